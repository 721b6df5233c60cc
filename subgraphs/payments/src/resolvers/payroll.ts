import type { Resolvers } from '../generated/resolvers-types.ts';
import { openPaymentAccount } from '../services/account-opening.ts';
import { recordBankStatement } from '../services/bank-statement.ts';
import { recordOverpayment } from '../recovery/recovery-service.ts';
import { recordPayroll, repayReturnedPayments, unwithdrawnAssignments } from '../services/payroll.ts';
import { paymentReconciliation } from '../reconciliation/reconciliation.ts';

/** The payroll writes and the engine's read of unwithdrawn payments: thin, rules in the services. */
export const payrollMutations: NonNullable<Resolvers['Mutation']> = {
  openPaymentAccount: (_, { input }, ctx) => openPaymentAccount(ctx, input),
  recordPayroll: (_, { input }, ctx) => recordPayroll(ctx, input.month, input.items),
  repayReturnedPayments: (_, { month }, ctx) => repayReturnedPayments(ctx, month),
  recordOverpayment: (_, { input }, ctx) => recordOverpayment(ctx, input),
  recordBankStatement: (_, { input }, ctx) =>
    recordBankStatement(
      ctx,
      input.items.map((item) => ({ paymentId: item.paymentId, status: item.status, at: new Date(item.at) })),
    ),
};

export const payrollQueries: Pick<NonNullable<Resolvers['Query']>, 'unwithdrawnAssignments' | 'paymentReconciliation'> = {
  unwithdrawnAssignments: (_, { month, months, page }, ctx) => unwithdrawnAssignments(ctx, month, months ?? 2, page),
  paymentReconciliation: (_, { month }, ctx) => paymentReconciliation(ctx, month),
};

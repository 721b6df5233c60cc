import type { Resolvers } from '../generated/resolvers-types.ts';
import { getAccount } from '../services/account-service.ts';
import { getPayment } from '../services/payment-service.ts';

/** Payments and accounts: thin, every link through a per-request loader. */
export const recordResolvers: Pick<Resolvers, 'Payment' | 'PaymentAccount'> = {
  Payment: {
    __resolveReference: (ref, ctx) => getPayment(ctx, ref.id),
    assignment: (p) => ({ id: p.assignmentId }),
    beneficiary: (p) => ({ pin: p.beneficiaryPin }),
    account: (p, _, ctx) => getAccount(ctx, p.accountId),
  },
  PaymentAccount: {
    __resolveReference: (ref, ctx) => getAccount(ctx, ref.id),
    holder: (a) => ({ pin: a.holderPin }),
  },
};

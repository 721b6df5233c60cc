import { forbidden, isAuthenticated, REFUSALS, unauthenticated } from '@usr/shared';
import type { PaymentsContext } from '../context.ts';
import { assertMonth } from '../services/payroll.ts';
import { findEntriesToReview, findPaymentsToRepay, findRunTotals, type EntryReviewRow, type RunTotalsRow } from './reconciliation-store.ts';

const FILE_KINDS = { 'pain.002': 'PAIN_002', 'camt.053': 'CAMT_053', 'camt.054': 'CAMT_054' } as const;

const cents = (amount: string): number => Math.round(Number(amount) * 100);

/** Auditors and registry administrators, with a declared purpose (as for any record they read). */
const assertReconciliationReader = (ctx: PaymentsContext): void => {
  if (!isAuthenticated(ctx.viewer)) throw unauthenticated('An access token is required.');
  if (ctx.viewer.kind !== 'auditor' && ctx.viewer.kind !== 'admin') throw forbidden('Only auditors and registry administrators may read the reconciliation.');
  if (!ctx.purpose) throw forbidden(REFUSALS.purpose);
};

const runOf = (row: RunTotalsRow) => {
  const settled = row.credited_count + row.rejected_count + row.returned_count;
  const settledSum = cents(row.credited_sum) + cents(row.rejected_sum) + cents(row.returned_sum);
  return {
    run: Number(row.run),
    msgId: row.msg_id,
    sentCount: Number(row.sent_count),
    sentSum: row.sent_sum,
    acceptedCount: row.accepted_count,
    rejectedCount: row.rejected_count,
    rejectedSum: row.rejected_sum,
    creditedCount: row.credited_count,
    creditedSum: row.credited_sum,
    returnedCount: row.returned_count,
    returnedSum: row.returned_sum,
    openCount: row.open_count,
    matched: row.open_count === 0 && settled === Number(row.sent_count) && settledSum === cents(row.sent_sum),
  };
};

const entryOf = (row: EntryReviewRow) => ({
  fileKind: FILE_KINDS[row.kind as keyof typeof FILE_KINDS],
  fileMsgId: row.msg_id,
  entry: row.index,
  reference: row.reference,
  outcome: row.outcome,
  paymentId: row.payment_id,
  accountMasked: row.account_iban === null ? null : `${'*'.repeat(Math.max(0, row.account_iban.length - 4))}${row.account_iban.slice(-4)}`,
  amount: row.amount,
  bookedOn: row.booked_on,
});

/**
 * `paymentReconciliation`: the control totals of each export run of the month against the bank's
 * answers, the entries to review and the payments to pay again. Three statements, whatever the size of the month.
 */
export const paymentReconciliation = async (ctx: PaymentsContext, month: string) => {
  assertReconciliationReader(ctx);
  assertMonth(month);
  const runs = await findRunTotals(ctx.orm(), month);
  const entries = await findEntriesToReview(ctx.orm(), month);
  const repay = await findPaymentsToRepay(ctx.orm(), month);
  const lines = runs.map(runOf);
  return {
    month,
    runs: lines,
    matched: lines.every((r) => r.matched) && entries.length === 0,
    entriesToReview: entries.map(entryOf),
    paymentsToRepay: repay.map((r) => ({ paymentId: r.id, status: r.status, bankReason: r.bank_reason, amount: r.amount })),
  };
};

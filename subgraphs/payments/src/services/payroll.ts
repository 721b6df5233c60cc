import { randomUUID } from 'node:crypto';
import { assertPin, assertUuid, badUserInput } from '@usr/shared';
import type { PaymentsContext } from '../context.ts';
import { assertPayrollWriter } from './payroll-access.ts';
import { findOpenAccountIds, findUnwithdrawnAssignments, insertPayments, insertRepayments, type NewPayment } from './payroll-store.ts';
import { applyRecoveryDeductions, recordDeductions } from '../recovery/recovery-deduction.ts';

/** At most this many items per recordPayroll / recordBankStatement call. */
export const MAX_PAYROLL_ITEMS = 5000;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** A `YYYY-MM` month, else BAD_USER_INPUT naming the field. */
export const assertMonth = (month: string, field = 'month'): string => {
  if (!MONTH.test(month)) throw badUserInput(field, 'expected a month YYYY-MM');
  return month;
};

/** The month `offset` months after `month` (negative: before), `YYYY-MM`. */
export const shiftMonth = (month: string, offset: number): string => {
  const [year, mon] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + mon - 1 + offset;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
};

export interface PayrollItem {
  readonly assignmentId: string;
  readonly beneficiaryPin: string;
  /** Money: a decimal string with two fraction digits. */
  readonly amount: string;
  readonly benefitCode?: string | null;
}

export type PayrollRejectionCode = 'NO_ACCOUNT' | 'INVALID_AMOUNT' | 'INVALID_BENEFIT_CODE';

export interface PayrollResult {
  readonly created: number;
  readonly existing: number;
  readonly rejected: Array<{ index: number; code: PayrollRejectionCode }>;
}

const MAX_BENEFIT_CODE = 40;

/**
 * `recordPayroll`: one SCHEDULED payment per (assignment, month), to the beneficiary's OPEN account,
 * all of the call's in ONE transaction (two statements: the accounts, then one multi-row insert
 * with ON CONFLICT DO NOTHING). A payment already there is never changed, so a replay writes
 * nothing and counts every item as existing. Malformed ids, PINs or month are BAD_USER_INPUT for
 * the whole call; an item that cannot be paid is rejected alone.
 */
export const recordPayroll = async (ctx: PaymentsContext, month: string, items: readonly PayrollItem[]): Promise<PayrollResult> => {
  assertPayrollWriter(ctx.viewer);
  assertMonth(month);
  if (items.length > MAX_PAYROLL_ITEMS) throw badUserInput('items', `at most ${MAX_PAYROLL_ITEMS} items a call`);
  const checked = items.map((item, index) => ({
    index,
    assignmentId: assertUuid(item.assignmentId, `items[${index}].assignmentId`),
    beneficiaryPin: assertPin(item.beneficiaryPin, `items[${index}].beneficiaryPin`),
    amount: item.amount,
    benefitCode: item.benefitCode ?? null,
  }));
  return ctx.orm().transactional(async (em) => {
    const accounts = await findOpenAccountIds(em, checked.map((i) => i.beneficiaryPin));
    const rejected: PayrollResult['rejected'] = [];
    const payments: NewPayment[] = [];
    for (const item of checked) {
      const accountId = accounts.get(item.beneficiaryPin);
      if (!(Number(item.amount) > 0)) rejected.push({ index: item.index, code: 'INVALID_AMOUNT' });
      else if (item.benefitCode !== null && (item.benefitCode.trim() === '' || item.benefitCode.length > MAX_BENEFIT_CODE))
        rejected.push({ index: item.index, code: 'INVALID_BENEFIT_CODE' });
      else if (accountId === undefined) rejected.push({ index: item.index, code: 'NO_ACCOUNT' });
      else payments.push({ id: randomUUID(), assignmentId: item.assignmentId, beneficiaryPin: item.beneficiaryPin, accountId, amount: item.amount, benefitCode: item.benefitCode });
    }
    // Overpayments are recovered from new payments (recovery/recovery-deduction.ts).
    const recovered = await applyRecoveryDeductions(em, month, payments);
    const created = await insertPayments(em, month, recovered.payments);
    await recordDeductions(em, month, recovered.deductions);
    return { created, existing: payments.length - created, rejected };
  });
};

/**
 * `repayReturnedPayments`: the payroll run of `month` pays again what the bank rejected or returned
 * in earlier months (payroll-store.ts insertRepayments), to the holder's open account; never twice.
 * Exported with the month's other payments (they are SCHEDULED payments of `month`).
 */
export const repayReturnedPayments = async (ctx: PaymentsContext, month: string) => {
  assertPayrollWriter(ctx.viewer);
  assertMonth(month);
  const repaid = await ctx.orm().transactional((em) => insertRepayments(em, month));
  return { month, repaid: repaid.map((r) => ({ paymentId: r.id, repaysPaymentId: r.repaysPaymentId, amount: r.amount, accountChanged: r.accountChanged })) };
};

const DEFAULT_KEYSET_LIMIT = 1000;

/**
 * `unwithdrawnAssignments`: assignments paid (and credited) for each of the `months` months up to
 * `month` with none of it withdrawn, by ascending id, one keyset page at a time.
 */
export const unwithdrawnAssignments = async (
  ctx: PaymentsContext,
  month: string,
  months: number,
  page: { after?: string | null; limit?: number | null } | null | undefined,
) => {
  assertPayrollWriter(ctx.viewer);
  assertMonth(month);
  if (!Number.isInteger(months) || months < 1 || months > 24) throw badUserInput('months', 'must be between 1 and 24');
  const limit = page?.limit ?? DEFAULT_KEYSET_LIMIT;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAYROLL_ITEMS) throw badUserInput('page.limit', `must be between 1 and ${MAX_PAYROLL_ITEMS}`);
  const after = page?.after ? assertUuid(page.after, 'page.after') : null;
  const ids = await findUnwithdrawnAssignments(ctx.orm(), { from: shiftMonth(month, 1 - months), to: month, months }, { after, limit });
  const items = ids.slice(0, limit);
  return { items: items.map((id) => ({ id })), endCursor: items.at(-1) ?? null, hasMore: ids.length > limit };
};

import { badUserInput, isUuid } from '@usr/shared';
import type { PaymentsContext } from '../context.ts';
import { assertPayrollWriter } from './payroll-access.ts';
import { MAX_PAYROLL_ITEMS } from './payroll.ts';
import { lockPaymentStatuses, updatePaymentStatuses, type PaymentStatus, type StatusChange } from './bank-statement-store.ts';

export type StatementStatus = 'PAID' | 'WITHDRAWN' | 'RETURNED';
export type StatementRejectionCode = 'UNKNOWN_PAYMENT' | 'NOT_SENT' | 'INVALID_TRANSITION';

export interface StatementItem {
  readonly paymentId: string;
  readonly status: StatementStatus;
  readonly at: Date;
}

export interface StatementResult {
  readonly applied: number;
  readonly unchanged: number;
  readonly rejected: Array<{ index: number; code: StatementRejectionCode }>;
}

type Move = 'APPLY' | 'UNCHANGED' | Exclude<StatementRejectionCode, 'UNKNOWN_PAYMENT'>;

/** What the bank can report about a payment, from its status report or its statements. */
export type ReportedStatus = StatementStatus | 'ACCEPTED' | 'REJECTED';

/** How far along a payment is on its one way forward; REJECTED and RETURNED are ends of their own. */
const RANK: Readonly<Record<PaymentStatus, number>> = { SCHEDULED: 0, SENT: 1, ACCEPTED: 2, PAID: 3, WITHDRAWN: 4, REJECTED: 9, RETURNED: 9 };

/**
 * The forward-only rule: SCHEDULED → SENT → ACCEPTED → PAID → WITHDRAWN; REJECTED from SENT or
 * ACCEPTED (the bank refused it before paying), RETURNED from SENT, ACCEPTED or PAID. A status the
 * payment has, or has gone past (ACCEPTED or PAID once WITHDRAWN), is no news: UNCHANGED, which is
 * what makes replayed and older files harmless. The bank cannot report on a payment it was never
 * sent; a rejected or returned payment is settled (a new payment pays it again), a withdrawn one too.
 */
export const statementMove = (current: PaymentStatus, reported: ReportedStatus): Move => {
  if (current === reported) return 'UNCHANGED';
  if (current === 'SCHEDULED') return 'NOT_SENT';
  if (current === 'RETURNED' || current === 'REJECTED') return 'INVALID_TRANSITION';
  switch (reported) {
    case 'ACCEPTED':
    case 'PAID':
    case 'WITHDRAWN':
      return RANK[current] < RANK[reported] ? 'APPLY' : 'UNCHANGED';
    case 'REJECTED':
      return current === 'SENT' || current === 'ACCEPTED' ? 'APPLY' : 'INVALID_TRANSITION';
    case 'RETURNED':
      return current === 'WITHDRAWN' ? 'INVALID_TRANSITION' : 'APPLY';
  }
};

const HEX_ID = /^[0-9a-f]{32}$/i;

/** A payment id as stored: a UUID, or the hyphen-less EndToEndId of the bank export. */
export const paymentIdOf = (text: string, field: string): string => {
  if (isUuid(text)) return text.toLowerCase();
  if (HEX_ID.test(text)) {
    const hex = text.toLowerCase();
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }
  throw badUserInput(field, 'expected a payment id (UUID, or the 32-character EndToEndId)');
};

/**
 * `recordBankStatement`: applies the lines in order, in ONE transaction. The payments named are
 * locked first (one statement), every line is decided against the status left by the lines before
 * it, and the final statuses are written in one statement.
 */
export const recordBankStatement = async (ctx: PaymentsContext, items: readonly StatementItem[]): Promise<StatementResult> => {
  assertPayrollWriter(ctx.viewer);
  if (items.length > MAX_PAYROLL_ITEMS) throw badUserInput('items', `at most ${MAX_PAYROLL_ITEMS} items a call`);
  const lines = items.map((item, index) => ({ ...item, paymentId: paymentIdOf(item.paymentId, `items[${index}].paymentId`) }));
  return ctx.orm().transactional(async (em) => {
    const statuses = await lockPaymentStatuses(em, lines.map((l) => l.paymentId));
    const changes = new Map<string, StatusChange>();
    const rejected: StatementResult['rejected'] = [];
    let applied = 0;
    let unchanged = 0;
    for (const [index, line] of lines.entries()) {
      const current = statuses.get(line.paymentId);
      if (current === undefined) {
        rejected.push({ index, code: 'UNKNOWN_PAYMENT' });
        continue;
      }
      const move = statementMove(current, line.status);
      if (move === 'UNCHANGED') unchanged++;
      else if (move !== 'APPLY') rejected.push({ index, code: move });
      else {
        applied++;
        statuses.set(line.paymentId, line.status);
        const before = changes.get(line.paymentId);
        changes.set(line.paymentId, {
          id: line.paymentId,
          status: line.status,
          // Withdrawn straight from SENT: it was credited by then, at the latest.
          paidAt: before?.paidAt ?? (line.status === 'RETURNED' ? null : line.at),
          withdrawnAt: line.status === 'WITHDRAWN' ? line.at : (before?.withdrawnAt ?? null),
        });
      }
    }
    await updatePaymentStatuses(em, [...changes.values()]);
    return { applied, unchanged, rejected };
  });
};

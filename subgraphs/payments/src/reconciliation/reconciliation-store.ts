import type { EntityManager } from '@mikro-orm/postgresql';

/** SQL of the reconciliation; no rules here. Two statements, whatever the size of the month. */

export interface RunTotalsRow {
  run: number;
  msg_id: string;
  sent_count: number;
  sent_sum: string;
  accepted_count: number;
  rejected_count: number;
  rejected_sum: string;
  credited_count: number;
  credited_sum: string;
  returned_count: number;
  returned_sum: string;
  open_count: number;
}

/** Each export run of the month with its control totals and what its payments have become. */
export const findRunTotals = (em: EntityManager, month: string): Promise<RunTotalsRow[]> =>
  em.execute<RunTotalsRow[]>(
    `select e.run, e.msg_id, e.transactions as sent_count, e.control_sum::text as sent_sum,
            count(p.id) filter (where p.accepted_at is not null or p.status in ('ACCEPTED', 'PAID', 'WITHDRAWN'))::int as accepted_count,
            count(p.id) filter (where p.status = 'REJECTED')::int as rejected_count,
            coalesce(sum(p.amount) filter (where p.status = 'REJECTED'), 0)::numeric(18, 2)::text as rejected_sum,
            count(p.id) filter (where p.status in ('PAID', 'WITHDRAWN'))::int as credited_count,
            coalesce(sum(p.amount) filter (where p.status in ('PAID', 'WITHDRAWN')), 0)::numeric(18, 2)::text as credited_sum,
            count(p.id) filter (where p.status = 'RETURNED')::int as returned_count,
            coalesce(sum(p.amount) filter (where p.status = 'RETURNED'), 0)::numeric(18, 2)::text as returned_sum,
            count(p.id) filter (where p.status in ('SENT', 'ACCEPTED'))::int as open_count
     from payments.payment_export e
     left join payments.payment p on p.month = e.month and p.export_run = e.run
     where e.month = ?
     group by e.run, e.msg_id, e.transactions, e.control_sum
     order by e.run`,
    [month],
  );

export interface EntryReviewRow {
  kind: string;
  msg_id: string;
  index: number;
  reference: string | null;
  outcome: (typeof REVIEW_OUTCOMES)[number];
  payment_id: string | null;
  account_iban: string | null;
  amount: string | null;
  booked_on: string | null;
}

/** Outcomes that call for review: not applied as they came, or applied and flagged. */
export const REVIEW_OUTCOMES = [
  'APPLIED_LATE',
  'UNKNOWN_PAYMENT',
  'UNKNOWN_ACCOUNT',
  'MESSAGE_MISMATCH',
  'ACCOUNT_MISMATCH',
  'AMOUNT_MISMATCH',
  'NOT_SENT',
  'INVALID_TRANSITION',
  'NOTHING_TO_WITHDRAW',
  'MALFORMED_ENTRY',
  'UNSUPPORTED_ENTRY',
] as const;

export const REVIEW_LIMIT = 1000;

/** Entries of the month to review: naming one of its payments, or booked in it; newest file first. */
export const findEntriesToReview = (em: EntityManager, month: string): Promise<EntryReviewRow[]> =>
  em.execute<EntryReviewRow[]>(
    `select f.kind, f.msg_id, e.index, e.reference, e.outcome, e.payment_id, e.account_iban, e.amount::text as amount, to_char(e.booked_on, 'YYYY-MM-DD') as booked_on
     from payments.bank_entry e
     join payments.bank_file f on f.id = e.file_id
     left join payments.payment p on p.id = e.payment_id
     where e.outcome = any(array[?]::varchar[])
       and (p.month = ? or to_char(e.booked_on, 'YYYY-MM') = ? or (e.payment_id is null and e.booked_on is null and to_char(f.received_at, 'YYYY-MM') = ?))
     order by f.received_at desc, e.index
     limit ?`,
    [[...REVIEW_OUTCOMES], month, month, month, REVIEW_LIMIT],
  );

export interface RepayRow {
  id: string;
  status: 'REJECTED' | 'RETURNED';
  bank_reason: string | null;
  amount: string;
}

/** The month's payments the bank rejected or returned and no later run has paid again, oldest first. */
export const findPaymentsToRepay = (em: EntityManager, month: string): Promise<RepayRow[]> =>
  em.execute<RepayRow[]>(
    `select id, status, bank_reason, amount::text as amount from payments.payment p
     where month = ? and status in ('REJECTED', 'RETURNED')
       and not exists (select 1 from payments.payment r where r.repays_payment_id = p.id)
     order by coalesce(returned_at, created_at), id
     limit ?`,
    [month, REVIEW_LIMIT],
  );

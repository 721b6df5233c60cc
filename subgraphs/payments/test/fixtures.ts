import { randomUUID } from 'node:crypto';
import type pg from 'pg';

/** Rows as the payroll run leaves them, inserted with plain SQL. */
export interface AccountRow {
  readonly id?: string;
  readonly holderPin: string;
  readonly status?: 'OPEN' | 'BLOCKED' | 'CLOSED';
  readonly openedAt?: string;
}

export const insertAccount = async (db: pg.ClientBase, row: AccountRow): Promise<string> => {
  const id = row.id ?? randomUUID();
  await db.query(
    `insert into payments.payment_account (id, holder_pin, bank, branch_address, card_pickup_date, card_number_masked, iban, opened_at, status)
     values ($1, $2, 'Kapital Bank', 'Bakı, Füzuli küç. 71', '2025-01-15', '4169 **** **** 1234', 'AZ21NABZ00000000137010001944', $3, $4)`,
    [id, row.holderPin, row.openedAt ?? '2025-01-10T08:00:00Z', row.status ?? 'OPEN'],
  );
  return id;
};

/**
 * Monthly payments of one assignment, from `firstMonth` on, one per month, all PAID. Returns
 * their ids, oldest month first.
 */
export const insertPayments = async (
  db: pg.ClientBase,
  payment: { assignmentId: string; beneficiaryPin: string; accountId: string; months: number; firstMonth?: string; amount?: string },
): Promise<string[]> => {
  const result = await db.query<{ id: string }>(
    `insert into payments.payment (id, assignment_id, beneficiary_pin, account_id, month, amount, status, created_at, paid_at)
     select gen_random_uuid(), $1, $2, $3, to_char(m, 'YYYY-MM'), $4, 'PAID', (m + interval '1 day') at time zone 'UTC', (m + interval '5 days') at time zone 'UTC'
     from generate_series($5::date, $5::date + ($6 - 1) * interval '1 month', interval '1 month') m
     order by m
     returning id`,
    [payment.assignmentId, payment.beneficiaryPin, payment.accountId, payment.amount ?? '285.00', `${payment.firstMonth ?? '2025-01'}-01`, payment.months],
  );
  return result.rows.map((r) => r.id);
};

import type { EntityManager } from '@mikro-orm/postgresql';
import type { PAYMENT_STATUSES } from '../entities/payment.ts';

export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

/** Current status of these payments, locked until the transaction ends (a concurrent import waits). */
export const lockPaymentStatuses = async (em: EntityManager, ids: readonly string[]): Promise<Map<string, PaymentStatus>> => {
  if (ids.length === 0) return new Map();
  const rows = await em.execute<Array<{ id: string; status: PaymentStatus }>>(
    `select id, status from payments.payment where id = any(array[?]::uuid[]) order by id for update`,
    [[...new Set(ids)]],
  );
  return new Map(rows.map((r) => [r.id, r.status]));
};

export interface StatusChange {
  readonly id: string;
  readonly status: PaymentStatus;
  readonly paidAt: Date | null;
  readonly withdrawnAt: Date | null;
}

/** Writes the payments' new statuses in one statement; a timestamp already set is kept. */
export const updatePaymentStatuses = async (em: EntityManager, changes: readonly StatusChange[]): Promise<void> => {
  if (changes.length === 0) return;
  await em.execute(
    `update payments.payment p
     set status = u.status,
         paid_at = coalesce(p.paid_at, nullif(u.paid_at, '')::timestamptz),
         withdrawn_at = coalesce(p.withdrawn_at, nullif(u.withdrawn_at, '')::timestamptz)
     from unnest(array[?]::uuid[], array[?]::varchar[], array[?]::text[], array[?]::text[]) as u(id, status, paid_at, withdrawn_at)
     where p.id = u.id`,
    // MikroORM writes a null inside an array literal as nothing: '' stands for null here.
    [changes.map((c) => c.id), changes.map((c) => c.status), changes.map((c) => c.paidAt?.toISOString() ?? ''), changes.map((c) => c.withdrawnAt?.toISOString() ?? '')],
  );
};

import type { EntityManager } from '@mikro-orm/postgresql';
import type { PaymentStatus } from '../services/bank-statement-store.ts';
import type { BankFileKind } from './bank-entries.ts';

/** SQL of the bank-file import; no rules here. Each function is one statement, whatever the batch size. */

/**
 * The file's row: a new one, or the one already kept for this message id (a replay). Returns its
 * id and the digest it was first imported with.
 */
export const openBankFile = async (em: EntityManager, file: { id: string; kind: BankFileKind; msgId: string; sha256: string }): Promise<{ id: string; sha256: string; replay: boolean }> => {
  const rows = await em.execute<Array<{ id: string; sha256: string; inserted: boolean }>>(
    `insert into payments.bank_file (id, kind, msg_id, sha256) values (?, ?, ?, ?)
     on conflict (kind, msg_id) do update set kind = excluded.kind
     returning id, sha256, (xmax = 0) as inserted`,
    [file.id, file.kind, file.msgId, file.sha256],
  );
  const row = rows[0];
  if (!row) throw new Error('The bank file row was neither inserted nor found.');
  return { id: row.id, sha256: row.sha256, replay: !row.inserted };
};

export const completeBankFile = async (em: EntityManager, id: string, entries: number, sha256: string, replay: boolean): Promise<void> => {
  // A first import records the digest of the whole file; a replay keeps the first one.
  await em.execute(`update payments.bank_file set completed = true, entries = greatest(entries, ?), sha256 = case when ? then sha256 else ? end where id = ?`, [entries, replay, sha256, id]);
};

export interface PaymentRow {
  readonly id: string;
  readonly status: PaymentStatus;
  readonly amount: string;
  readonly accountIban: string;
  readonly msgId: string | null;
  readonly paidAt: Date | null;
  readonly month: string;
}

interface PaymentRecord {
  id: string;
  status: PaymentStatus;
  amount: string;
  iban: string;
  msg_id: string | null;
  paid_at: Date | string | null;
  month: string;
}

const toRow = (r: PaymentRecord): PaymentRow => ({ id: r.id, status: r.status, amount: r.amount, accountIban: r.iban, msgId: r.msg_id, paidAt: r.paid_at === null ? null : new Date(r.paid_at), month: r.month });

/** These payments with their account and export message, locked until the transaction ends. */
export const lockPaymentsByIds = async (em: EntityManager, ids: readonly string[]): Promise<Map<string, PaymentRow>> => {
  if (ids.length === 0) return new Map();
  const rows = await em.execute<PaymentRecord[]>(
    `select p.id, p.status, p.amount::text as amount, a.iban, e.msg_id, p.paid_at, p.month
     from payments.payment p
     join payments.payment_account a on a.id = p.account_id
     left join payments.payment_export e on e.month = p.month and e.run = p.export_run
     where p.id = any(array[?]::uuid[]) order by p.id for update of p`,
    [[...new Set(ids)]],
  );
  return new Map(rows.map((r) => [r.id, toRow(r)]));
};

/** The PAID payments of the accounts with these IBANs, oldest credit first, locked; and which IBANs are ours at all. */
export const lockPaidPaymentsOfAccounts = async (em: EntityManager, ibans: readonly string[]): Promise<{ known: Set<string>; paid: Map<string, PaymentRow[]> }> => {
  if (ibans.length === 0) return { known: new Set(), paid: new Map() };
  const unique = [...new Set(ibans)];
  const accounts = await em.execute<Array<{ iban: string }>>(`select distinct iban from payments.payment_account where iban = any(array[?]::varchar[])`, [unique]);
  const rows = await em.execute<PaymentRecord[]>(
    `select p.id, p.status, p.amount::text as amount, a.iban, null as msg_id, p.paid_at, p.month
     from payments.payment_account a join payments.payment p on p.account_id = a.id and p.status = 'PAID'
     where a.iban = any(array[?]::varchar[]) order by p.id for update of p`,
    [unique],
  );
  const paid = new Map<string, PaymentRow[]>();
  for (const row of rows.map(toRow).sort((a, b) => (a.paidAt?.getTime() ?? 0) - (b.paidAt?.getTime() ?? 0))) {
    paid.set(row.accountIban, [...(paid.get(row.accountIban) ?? []), row]);
  }
  return { known: new Set(accounts.map((a) => a.iban)), paid };
};

/** Statement references already applied on these accounts (by any earlier file). */
export const findAppliedReferences = async (em: EntityManager, refs: ReadonlyArray<{ accountIban: string; reference: string }>): Promise<Set<string>> => {
  if (refs.length === 0) return new Set();
  const rows = await em.execute<Array<{ account_iban: string; reference: string }>>(
    `select e.account_iban, e.reference from payments.bank_entry e
     join unnest(array[?]::varchar[], array[?]::varchar[]) as k(iban, ref) on e.account_iban = k.iban and e.reference = k.ref
     where e.outcome in ('APPLIED', 'APPLIED_LATE')`,
    [refs.map((r) => r.accountIban), refs.map((r) => r.reference)],
  );
  return new Set(rows.map((r) => `${r.account_iban} ${r.reference}`));
};

export interface PaymentChange {
  readonly id: string;
  readonly status: PaymentStatus;
  readonly at: Date;
  readonly reason: string | null;
  /** When it was credited, when that happened earlier in the same batch. */
  readonly paidAt?: Date;
}

/** New statuses in one statement; the time goes to the column of the status reached, a time already set is kept. */
export const applyPaymentChanges = async (em: EntityManager, changes: readonly PaymentChange[]): Promise<void> => {
  if (changes.length === 0) return;
  await em.execute(
    `update payments.payment p
     set status = u.status,
         accepted_at = case when u.status = 'ACCEPTED' then coalesce(p.accepted_at, u.at) else p.accepted_at end,
         paid_at = case when u.status in ('PAID', 'WITHDRAWN') then coalesce(p.paid_at, nullif(u.paid_at, '')::timestamptz, u.at) else p.paid_at end,
         withdrawn_at = case when u.status = 'WITHDRAWN' then coalesce(p.withdrawn_at, u.at) else p.withdrawn_at end,
         returned_at = case when u.status in ('RETURNED', 'REJECTED') then coalesce(p.returned_at, u.at) else p.returned_at end,
         bank_reason = coalesce(nullif(u.reason, ''), p.bank_reason)
     from unnest(array[?]::uuid[], array[?]::varchar[], array[?]::timestamptz[], array[?]::varchar[], array[?]::text[]) as u(id, status, at, reason, paid_at)
     where p.id = u.id`,
    // MikroORM writes a null inside an array literal as nothing: '' stands for null here.
    [changes.map((c) => c.id), changes.map((c) => c.status), changes.map((c) => c.at.toISOString()), changes.map((c) => c.reason ?? ''), changes.map((c) => c.paidAt?.toISOString() ?? '')],
  );
};

export interface EntryRow {
  readonly index: number;
  readonly reference: string | null;
  readonly accountIban: string | null;
  readonly paymentId: string | null;
  readonly amount: string | null;
  readonly bookedOn: string | null;
  readonly outcome: string;
}

/**
 * Each entry's outcome, kept with its file. A replayed file keeps what an entry did the first time
 * it was applied; an entry the first import never reached (a cut-off upload) is written now.
 */
export const recordEntries = async (em: EntityManager, fileId: string, entries: readonly EntryRow[]): Promise<void> => {
  if (entries.length === 0) return;
  await em.execute(
    `insert into payments.bank_entry (file_id, index, reference, account_iban, payment_id, amount, booked_on, outcome)
     select ?, e.index, nullif(e.reference, ''), nullif(e.iban, ''), nullif(e.payment_id, '')::uuid, nullif(e.amount, '')::numeric, nullif(e.booked_on, '')::date, e.outcome
     from unnest(array[?]::int[], array[?]::varchar[], array[?]::varchar[], array[?]::text[], array[?]::text[], array[?]::text[], array[?]::varchar[])
       as e(index, reference, iban, payment_id, amount, booked_on, outcome)
     on conflict (file_id, index) do update set outcome = excluded.outcome, payment_id = excluded.payment_id
       where payments.bank_entry.outcome not in ('APPLIED', 'APPLIED_LATE')`,
    [
      fileId,
      entries.map((e) => e.index),
      entries.map((e) => e.reference ?? ''),
      entries.map((e) => e.accountIban ?? ''),
      entries.map((e) => e.paymentId ?? ''),
      entries.map((e) => e.amount ?? ''),
      entries.map((e) => e.bookedOn ?? ''),
      entries.map((e) => e.outcome),
    ],
  );
};

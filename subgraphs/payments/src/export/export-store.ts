import type { EntityManager } from '@mikro-orm/postgresql';
import type { ExportTransaction } from './pain001-xml.ts';

/** SQL of the bank export; no rules here. */

export interface ExportRunRow {
  readonly month: string;
  readonly run: number;
  readonly msgId: string;
  readonly createdAt: Date;
  readonly requestedExecutionDate: string;
  readonly transactions: number;
  readonly controlSum: string;
}

interface RunRecord {
  month: string;
  run: number;
  msg_id: string;
  created_at: Date | string;
  requested_execution_date: Date | string;
  transactions: number;
  control_sum: string;
}

const isoDay = (value: Date | string): string => (value instanceof Date ? value.toISOString().slice(0, 10) : value.slice(0, 10));

const toRun = (row: RunRecord): ExportRunRow => ({
  month: row.month,
  run: Number(row.run),
  msgId: row.msg_id,
  createdAt: new Date(row.created_at),
  requestedExecutionDate: isoDay(row.requested_execution_date),
  transactions: Number(row.transactions),
  controlSum: row.control_sum,
});

/** Serialises exports of one month (until the transaction ends): two runs never take the same payments. */
export const lockMonthExport = async (em: EntityManager, month: string): Promise<void> => {
  await em.execute(`select pg_advisory_xact_lock(hashtext(?))`, [`payments.pain001:${month}`]);
};

/** A run of a month: the given one, else the latest; undefined when there is none. */
export const findExportRun = async (em: EntityManager, month: string, run?: number): Promise<ExportRunRow | undefined> => {
  const rows = await em.execute<RunRecord[]>(
    `select month, run, msg_id, created_at, to_char(requested_execution_date, 'YYYY-MM-DD') as requested_execution_date, transactions, control_sum::text as control_sum
     from payments.payment_export where month = ? and (?::smallint is null or run = ?::smallint)
     order by run desc limit 1`,
    [month, run ?? null, run ?? null],
  );
  return rows[0] ? toRun(rows[0]) : undefined;
};

export interface NewRun {
  readonly month: string;
  readonly createdAt: Date;
  readonly msgIdOf: (run: number) => string;
  readonly requestedExecutionDate: string;
}

/**
 * Makes the month's next export run from its SCHEDULED payments: marks them SENT with the run's
 * number and time, and records the run with its count and sum (two statements, in the caller's
 * transaction). Undefined, and nothing written, when no payment of the month is SCHEDULED.
 */
export const createExportRun = async (em: EntityManager, next: NewRun): Promise<ExportRunRow | undefined> => {
  const [latest] = await em.execute<Array<{ run: number | null }>>(`select max(run) as run from payments.payment_export where month = ?`, [next.month]);
  const run = Number(latest?.run ?? 0) + 1;
  const [marked] = await em.execute<Array<{ transactions: string | number; control_sum: string | null }>>(
    `with marked as (
       update payments.payment set status = 'SENT', sent_at = ?, export_run = ?
       where month = ? and status = 'SCHEDULED'
       returning amount
     )
     select count(*) as transactions, sum(amount)::text as control_sum from marked`,
    [next.createdAt.toISOString(), run, next.month],
  );
  const transactions = Number(marked?.transactions ?? 0);
  if (transactions === 0) return undefined;
  const row: ExportRunRow = {
    month: next.month,
    run,
    msgId: next.msgIdOf(run),
    createdAt: next.createdAt,
    requestedExecutionDate: next.requestedExecutionDate,
    transactions,
    controlSum: marked?.control_sum ?? '0.00',
  };
  await em.execute(
    `insert into payments.payment_export (month, run, msg_id, created_at, requested_execution_date, transactions, control_sum)
     values (?, ?, ?, ?, ?::date, ?, ?::numeric)`,
    [row.month, row.run, row.msgId, row.createdAt.toISOString(), row.requestedExecutionDate, row.transactions, row.controlSum],
  );
  return row;
};

interface TransactionRecord {
  id: string;
  amount: string;
  month: string;
  benefit_code: string | null;
  beneficiary_pin: string;
  iban: string;
}

/**
 * The payments of one run, in id order, read through a server-side cursor (`chunk` rows a fetch)
 * inside `em`'s transaction: however many there are, only one chunk is in memory.
 */
export async function* streamRunTransactions(em: EntityManager, month: string, run: number, chunk = 2000): AsyncGenerator<ExportTransaction> {
  const rows = em.getConnection().stream<TransactionRecord>(
    `select p.id, p.amount::text as amount, p.month, p.benefit_code, p.beneficiary_pin, a.iban
     from payments.payment p join payments.payment_account a on a.id = p.account_id
     where p.month = ? and p.export_run = ?
     order by p.id`,
    [month, run],
    em.getTransactionContext(),
    undefined,
    chunk,
  );
  for await (const row of rows) {
    yield { paymentId: row.id, amount: row.amount, month: row.month, benefitCode: row.benefit_code, beneficiaryPin: row.beneficiary_pin, iban: row.iban };
  }
}

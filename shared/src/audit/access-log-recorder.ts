import pg from 'pg';
import type { AccessEntry, AccessRecorder } from '../auth/access-recorder.ts';
import { accessLogUnavailable } from '../errors.ts';
import type { Logger } from '../telemetry/logger.ts';
import { recordAccessLogCommitted } from '../telemetry/metrics.ts';
import { ACCESS_LOG_CHAIN_VERSION, accessLogContentSql, GENESIS_HASH } from './access-log-chain.ts';

export interface AccessLogRecorderOptions {
  readonly databaseUrl: string;
  readonly logger: Logger;
  /** Most entries committed in one transaction. */
  readonly maxBatch?: number;
  /** How long a write may wait for a connection before the reads waiting on it are refused. */
  readonly connectTimeoutMs?: number;
}

// One lock for every writer in every process: the chain needs one order.
const CHAIN_LOCK = 0x61756469; // "audi"

const INPUT_COLUMNS = ['n', 'at_text', 'subject_pin', 'accessor_kind', 'accessor_subject', 'client_id', 'service', 'fields_csv', 'purpose', 'request_id', 'accessor_office', 'accessor_region'] as const;

const ARRAY_COLUMNS = INPUT_COLUMNS.slice(1);

/**
 * audit.append_access_log(at_text[], subject_pin[], …): the chain extended from its current end and
 * the group inserted, in one statement whose plan PL/pgSQL keeps per connection (sent as text it was
 * parsed and planned for every group). Created by the audit schema's migration; called by
 * `audit.append_access_log_group`, which takes the chain's lock first, in the same transaction (a
 * statement after the lock sees every group committed before it).
 */
export const appendAccessLogFunctionSql = (): string => {
  const content = accessLogContentSql({
    seq: '(c.seq + 1)::text',
    at: 'i.at_text',
    subjectPin: 'i.subject_pin',
    accessorKind: 'i.accessor_kind',
    accessorSubject: 'i.accessor_subject',
    clientId: 'i.client_id',
    service: 'i.service',
    fields: 'i.fields_csv',
    purpose: 'i.purpose',
    requestId: 'i.request_id',
    accessorOffice: 'i.accessor_office',
    accessorRegion: 'i.accessor_region',
  });
  return `create or replace function audit.append_access_log(${ARRAY_COLUMNS.map((c) => `p_${c} text[]`).join(', ')})
returns void language plpgsql volatile as $fn$
begin
  with recursive
    entries (${INPUT_COLUMNS.join(', ')}) as (
      select u.n::int, ${ARRAY_COLUMNS.map((c) => `u.${c}`).join(', ')}
      from unnest(${ARRAY_COLUMNS.map((c) => `p_${c}`).join(', ')}) with ordinality as u(${ARRAY_COLUMNS.join(', ')}, n)),
    tail as (select seq, hash from audit.access_log order by seq desc limit 1),
    chain (n, seq, prev_hash, hash) as (
      select 0, coalesce((select seq from tail), 0)::bigint, null::text, coalesce((select hash from tail), '${GENESIS_HASH}')::text
      union all
      select i.n, c.seq + 1, c.hash, encode(sha256(convert_to(c.hash || ${content}, 'UTF8')), 'hex')
      from chain c join entries i on i.n = c.n + 1
    )
  insert into audit.access_log
    (seq, at, subject_pin, accessor_kind, accessor_subject, client_id, service, fields, purpose, request_id,
     accessor_office, accessor_region, chain_version, prev_hash, hash)
  select c.seq, i.at_text::timestamptz, i.subject_pin, i.accessor_kind, i.accessor_subject, i.client_id, i.service,
         string_to_array(i.fields_csv, ','), i.purpose, i.request_id, i.accessor_office, i.accessor_region, ${ACCESS_LOG_CHAIN_VERSION}, c.prev_hash, c.hash
  from chain c join entries i on i.n = c.n;
end
$fn$`;
};

/**
 * audit.append_access_log_group(at_text[], …, flush_after_commit): a whole group in ONE statement,
 * sent as a named prepared statement with one text array per column as bind parameters (parsed once
 * per connection; no value is ever SQL text). Created by the audit schema's migration. Inside, in
 * order: the commit mode, the chain's lock, `audit.append_access_log` (a later statement than the
 * lock, so it sees every group committed before it and extends the chain from its current end:
 * seq + 1, sha256 of the previous hash and the row's content, exactly `chainHash`), the commit, and
 * on PostgreSQL 17+ the WAL flush. The lock is held only while the server runs the procedure, never
 * across a round trip to this process. A procedure, not a function: only a procedure can commit
 * and then flush past its own commit record in the same statement. It replaced `begin; set local …;
 * select pg_advisory_xact_lock(…); select audit.append_access_log(…literals…); commit; select
 * pg_logical_emit_message(…)`: six statements parsed per group, every value escaped into the text.
 *
 * Nor is the lock held across the disk flush: a synchronous commit flushes the WAL before it releases
 * its locks, so every writer of every process would queue behind one fsync after another (with fsync
 * on, half of a group's wait was that queue: BENCHMARKS.md, session 6). The group commits without
 * waiting for the flush (its lock freed at once) and the procedure then flushes the WAL up to past
 * its commit record (a non-transactional, empty logical message with flush = true, PostgreSQL 17+);
 * concurrent writers' flushes are one fsync. The answer, and so the reads waiting on the group, still
 * comes only once the group is on disk. A crash before that flush may lose the group, but then no
 * read waiting on it was answered, and any group chained after it is lost with it (its commit is
 * later in the same WAL): the chain has no gap. A server older than 17 (DATABASE_URL may name any)
 * has no flushing message: there the group commits synchronously, whatever the server's default.
 */
export const appendAccessLogGroupProcedureSql = (): string => `create or replace procedure audit.append_access_log_group(${ARRAY_COLUMNS.map((c) => `p_${c} text[]`).join(', ')}, p_flush_after_commit boolean)
language plpgsql as $proc$
begin
  perform set_config('synchronous_commit', case when p_flush_after_commit then 'off' else 'on' end, true);
  perform pg_advisory_xact_lock(${CHAIN_LOCK});
  perform audit.append_access_log(${ARRAY_COLUMNS.map((c) => `p_${c}`).join(', ')});
  commit;
  if p_flush_after_commit then
    perform pg_logical_emit_message(false, 'usr.access_log', '', true);
  end if;
end
$proc$`;

const APPEND_GROUP = {
  name: 'usr_access_log_append_group',
  text: `call audit.append_access_log_group(${[...ARRAY_COLUMNS, 'flush_after_commit'].map((_, i) => `$${i + 1}`).join(', ')})`,
};

/** The procedure's parameters for `batch`: one text array per column, then the commit mode. */
const appendParameters = (batch: readonly AccessEntry[], flushAfterCommit: boolean): unknown[] => {
  const columns: string[][] = ARRAY_COLUMNS.map(() => []);
  for (const entry of batch) {
    const values = [
      entry.at.toISOString(),
      entry.subjectPin,
      entry.viewer.kind,
      entry.viewer.subject ?? 'anonymous',
      entry.viewer.clientId ?? '',
      entry.service,
      entry.fields.join(','),
      entry.purpose.slice(0, 300),
      entry.requestId.slice(0, 64),
      (entry.viewer.office ?? '').slice(0, 16),
      (entry.viewer.region ?? '').slice(0, 40),
    ];
    values.forEach((value, column) => columns[column]?.push(value));
  }
  return [...columns, flushAfterCommit];
};

interface Waiting {
  readonly entry: AccessEntry;
  resolve(): void;
  reject(error: unknown): void;
}

/**
 * Appends access entries to audit.access_log; `record` resolves once its entry is committed, so a
 * read is answered only after its entry is durable. Group commit keeps that cheap: while one
 * transaction is in flight, every entry recorded meanwhile waits for the next one, and all of them
 * are committed together (one transaction under an advisory lock that orders all writers and extends
 * the hash chain). When the audit database cannot be written, the waiting reads are refused with
 * ACCESS_LOG_UNAVAILABLE: nothing is answered untraced, and nothing stays queued in memory.
 */
export const createAccessLogRecorder = (options: AccessLogRecorderOptions): AccessRecorder => {
  const pool = new pg.Pool({
    connectionString: options.databaseUrl,
    max: 2,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 2_000,
    // A write stuck on a dead server is refused, not waited on forever.
    query_timeout: 10_000,
  });
  pool.on('error', (error) => options.logger.warn({ error: error.name }, 'access log connection error'));
  const maxBatch = options.maxBatch ?? 500;
  let waiting: Waiting[] = [];
  let writing: Promise<void> | undefined;
  /** PostgreSQL 17+ flushes the WAL on a logical message: asked once, on the first write. */
  let flushAfterCommit: boolean | undefined;

  const writeBatch = async (batch: readonly AccessEntry[]) => {
    const client = await pool.connect();
    // A connection cut while checked out (a database restart) emits 'error' on the client itself,
    // where the pool's handler does not listen: unhandled, it would end the process.
    let failure: Error | undefined;
    const onError = (error: Error) => {
      failure = error;
    };
    client.on('error', onError);
    try {
      flushAfterCommit ??= Number((await client.query<{ server_version_num: string }>('show server_version_num')).rows[0]?.server_version_num) >= 170_000;
      await client.query({ ...APPEND_GROUP, values: appendParameters(batch, flushAfterCommit) });
      recordAccessLogCommitted(batch);
    } catch (error) {
      failure ??= error instanceof Error ? error : new Error('access log write failed');
      throw error;
    } finally {
      client.off('error', onError);
      // A client that failed is discarded, never handed to the next batch half-broken.
      client.release(failure);
    }
  };

  const drain = async (): Promise<void> => {
    while (waiting.length > 0) {
      const batch = waiting.slice(0, maxBatch);
      waiting = waiting.slice(batch.length);
      try {
        await writeBatch(batch.map((w) => w.entry));
        for (const w of batch) w.resolve();
      } catch (error) {
        options.logger.error({ error: error instanceof Error ? error.name : 'unknown', refused: batch.length }, 'access log write failed; the reads waiting on it are refused');
        const refusal = accessLogUnavailable();
        for (const w of batch) w.reject(refusal);
      }
    }
  };

  // Started on the next turn of the event loop, so entries recorded together share a transaction.
  const startWriting = () => {
    if (writing) return;
    writing = new Promise<void>((resolve) => setImmediate(resolve))
      .then(drain)
      .finally(() => {
        writing = undefined;
        // Recorded after the last batch was taken but before this settled: not left behind.
        if (waiting.length > 0) startWriting();
      });
  };

  const flush = async (): Promise<void> => {
    while (writing) await writing;
  };

  return {
    record(entry) {
      return new Promise<void>((resolve, reject) => {
        waiting.push({ entry, resolve, reject });
        startWriting();
      });
    },
    flush,
    async close() {
      await flush();
      await pool.end();
    },
  };
};

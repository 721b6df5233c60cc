import pg from 'pg';
import type { AccessEntry, AccessRecorder } from '../auth/access-recorder.ts';
import type { Logger } from '../telemetry/logger.ts';
import { recordAccessLogCommitted } from '../telemetry/metrics.ts';
import { chainHash, GENESIS_HASH, type AccessLogRow } from './access-log-chain.ts';

export interface AccessLogRecorderOptions {
  readonly databaseUrl: string;
  readonly logger: Logger;
  /** Entries wait at most this long before they are written. */
  readonly flushIntervalMs?: number;
  readonly maxBatch?: number;
}

// One lock for every writer in every process: the chain needs one order.
const CHAIN_LOCK = 0x61756469; // "audi"

/**
 * Appends access entries to audit.access_log in batches, off the read path: `record` only queues.
 * A batch is written in one transaction under an advisory lock that orders all writers, extending
 * the hash chain. A failed batch stays queued and is retried; nothing is dropped silently.
 */
export const createAccessLogRecorder = (options: AccessLogRecorderOptions): AccessRecorder => {
  const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 2 });
  pool.on('error', (error) => options.logger.warn({ error: error.name }, 'access log connection error'));
  const maxBatch = options.maxBatch ?? 500;
  let queue: AccessEntry[] = [];
  let writing: Promise<void> | undefined;

  const writeBatch = async (batch: readonly AccessEntry[]) => {
    const client = await pool.connect();
    try {
      await client.query('begin');
      await client.query('select pg_advisory_xact_lock($1)', [CHAIN_LOCK]);
      const last = await client.query<{ seq: string; hash: string }>('select seq, hash from audit.access_log order by seq desc limit 1');
      let seq = Number(last.rows[0]?.seq ?? 0);
      let previous = last.rows[0]?.hash ?? GENESIS_HASH;
      const rows = batch.map((entry) => {
        seq += 1;
        const row: AccessLogRow = {
          seq,
          at: entry.at,
          subjectPin: entry.subjectPin,
          accessorKind: entry.viewer.kind,
          accessorSubject: entry.viewer.subject ?? 'anonymous',
          clientId: entry.viewer.clientId ?? '',
          service: entry.service,
          fields: entry.fields,
          purpose: entry.purpose.slice(0, 300),
          requestId: entry.requestId.slice(0, 64),
        };
        const hash = chainHash(previous, row);
        const result = { row, previous, hash };
        previous = hash;
        return result;
      });
      // Fields travel as comma-joined text: unnest cannot take a ragged array of arrays.
      await client.query(
        `insert into audit.access_log
           (seq, at, subject_pin, accessor_kind, accessor_subject, client_id, service, fields, purpose, request_id, prev_hash, hash)
         select seq, at, subject_pin, accessor_kind, accessor_subject, client_id, service,
                string_to_array(fields_csv, ','), purpose, request_id, prev_hash, hash
         from unnest($1::bigint[], $2::timestamptz[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
                     $8::text[], $9::text[], $10::text[], $11::text[], $12::text[])
           as t(seq, at, subject_pin, accessor_kind, accessor_subject, client_id, service, fields_csv, purpose, request_id, prev_hash, hash)`,
        [
          rows.map((r) => r.row.seq),
          rows.map((r) => r.row.at),
          rows.map((r) => r.row.subjectPin),
          rows.map((r) => r.row.accessorKind),
          rows.map((r) => r.row.accessorSubject),
          rows.map((r) => r.row.clientId),
          rows.map((r) => r.row.service),
          rows.map((r) => r.row.fields.join(',')),
          rows.map((r) => r.row.purpose),
          rows.map((r) => r.row.requestId),
          rows.map((r) => r.previous),
          rows.map((r) => r.hash),
        ],
      );
      await client.query('commit');
      recordAccessLogCommitted(batch);
    } catch (error) {
      await client.query('rollback').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  };

  const flush = async (): Promise<void> => {
    while (writing) await writing;
    if (queue.length === 0) return;
    const batch = queue.slice(0, maxBatch);
    writing = writeBatch(batch)
      .then(() => {
        queue = queue.slice(batch.length);
      })
      .catch((error: unknown) => {
        options.logger.error({ error: error instanceof Error ? error.name : 'unknown', pending: queue.length }, 'access log write failed; will retry');
      })
      .finally(() => {
        writing = undefined;
      });
    await writing;
    if (queue.length >= maxBatch) await flush();
  };

  const timer = setInterval(() => void flush(), options.flushIntervalMs ?? 250);
  timer.unref();

  return {
    record(entry) {
      queue.push(entry);
      if (queue.length >= maxBatch) void flush();
    },
    flush,
    async close() {
      clearInterval(timer);
      await flush();
      await pool.end();
    },
  };
};

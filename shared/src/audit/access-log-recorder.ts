import pg from 'pg';
import type { AccessEntry, AccessRecorder } from '../auth/access-recorder.ts';
import { accessLogUnavailable } from '../errors.ts';
import type { Logger } from '../telemetry/logger.ts';
import { recordAccessLogCommitted } from '../telemetry/metrics.ts';
import { ACCESS_LOG_CHAIN_VERSION, chainHash, GENESIS_HASH, type AccessLogRow } from './access-log-chain.ts';

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
const OPEN_BATCH = `begin; select pg_advisory_xact_lock(${CHAIN_LOCK}); select seq, hash from audit.access_log order by seq desc limit 1`;

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
      // One round trip to open, lock and read the chain's end, one to insert the group and commit
      // (parameterless multi-statement queries): the read path waits for this transaction, so each
      // round trip counts.
      const opened = (await client.query(OPEN_BATCH)) as unknown as pg.QueryResult<{ seq: string; hash: string }>[];
      const last = opened[opened.length - 1]?.rows[0];
      let seq = Number(last?.seq ?? 0);
      let previous = last?.hash ?? GENESIS_HASH;
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
          accessorOffice: (entry.viewer.office ?? '').slice(0, 16),
          accessorRegion: (entry.viewer.region ?? '').slice(0, 40),
          chainVersion: ACCESS_LOG_CHAIN_VERSION,
        };
        const hash = chainHash(previous, row);
        const result = { row, previous, hash };
        previous = hash;
        return result;
      });
      // The rows and the commit in ONE round trip (the chain's lock is held from the first round trip
      // to the commit, and every writer of every process waits on it): a multi-statement simple
      // query cannot take bind parameters, so each value is a literal escaped by the driver.
      const text = (value: string) => client.escapeLiteral(value);
      const values = rows.map(
        ({ row, previous, hash }) =>
          `(${row.seq}, ${text(row.at.toISOString())}::timestamptz, ${text(row.subjectPin)}, ${text(row.accessorKind)}, ${text(row.accessorSubject)}, ${text(row.clientId)}, ` +
          `${text(row.service)}, string_to_array(${text(row.fields.join(','))}, ','), ${text(row.purpose)}, ${text(row.requestId)}, ${text(row.accessorOffice)}, ` +
          `${text(row.accessorRegion)}, ${row.chainVersion}, ${text(previous)}, ${text(hash)})`,
      );
      await client.query(
        `insert into audit.access_log
           (seq, at, subject_pin, accessor_kind, accessor_subject, client_id, service, fields, purpose, request_id,
            accessor_office, accessor_region, chain_version, prev_hash, hash)
         values ${values.join(',\n')}; commit`,
      );
      recordAccessLogCommitted(batch);
    } catch (error) {
      failure ??= error instanceof Error ? error : new Error('access log write failed');
      await client.query('rollback').catch(() => undefined);
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

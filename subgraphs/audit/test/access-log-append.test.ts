import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chainHash, createAccessLogRecorder, createLogger, GENESIS_HASH, migrateSchemas, type AccessEntry, type AccessRecorder } from '@usr/shared';
import { createTestDatabase, type TestDatabase } from '@usr/shared/testing';
import { auditDatabase } from '../src/database.ts';

/**
 * The recorder extends the chain inside PostgreSQL (one statement under the chain's lock, values as
 * escaped literals): what it stores must be exactly what it was given, and every stored hash must be
 * the `chainHash` that auditors recompute, whatever the text holds (quotes, backslashes, non-ASCII).
 */
let db: TestDatabase;
let recorder: AccessRecorder;
let pool: pg.Pool;

beforeAll(async () => {
  db = await createTestDatabase(inject('adminDatabaseUrl'));
  await migrateSchemas(db.url, [auditDatabase]);
  recorder = createAccessLogRecorder({ databaseUrl: db.url, logger: createLogger('test', 'silent') });
  pool = new pg.Pool({ connectionString: db.url, max: 1 });
});

afterAll(async () => {
  await recorder?.close();
  await pool?.end();
  await db?.drop();
});

const AWKWARD = [`O'Brien`, 'back\\slash', 'Əliyev Ağa Şükür', 'Иванов', `'); drop table audit.access_log; --`, '', 'tab\tand\nnewline', 'emoji 👍'];

const entry = (i: number, text: string): AccessEntry => ({
  subjectPin: '5AZK7P2',
  viewer: { kind: 'caseworker', subject: text, clientId: `client-${text}`, roles: new Set(['caseworker']), scopes: new Set<string>(), serviceAccount: false, region: text.slice(0, 40), office: text.slice(0, 16), expiresAt: Date.now() + 60_000 },
  service: 'persons',
  fields: ['Person.firstName', 'Person.lastName'],
  purpose: text,
  requestId: `r-${i}`,
  at: new Date(Date.UTC(2026, 11, 6, 9, 0, 0, i)),
});

type Stored = { seq: string; seq_text?: string; at: Date; subject_pin: string; accessor_kind: string; accessor_subject: string; client_id: string; service: string; fields: string[]; purpose: string; request_id: string; accessor_office: string; accessor_region: string; chain_version: number; prev_hash: string; hash: string };

/** `chainHash` of a stored row at place `seq`: what an auditor recomputes. */
const storedHash = (previous: string, seq: number, row: Stored): string =>
  chainHash(previous, {
    seq,
    at: row.at,
    subjectPin: row.subject_pin,
    accessorKind: row.accessor_kind,
    accessorSubject: row.accessor_subject,
    clientId: row.client_id,
    service: row.service,
    fields: row.fields,
    purpose: row.purpose,
    requestId: row.request_id,
    accessorOffice: row.accessor_office,
    accessorRegion: row.accessor_region,
    chainVersion: row.chain_version,
  });

const stored = async (): Promise<Stored[]> => (await pool.query<Stored>('select *, seq::text as seq_text from audit.access_log order by access_log.seq')).rows.map(({ seq_text, ...r }) => ({ ...r, seq: String(seq_text) }));

describe('access log append', () => {
  it('stores a group exactly as given and chains it with chainHash, then continues from the tail', async () => {
    const first = AWKWARD.map((text, i) => entry(i, text));
    await Promise.all(first.map((e) => recorder.record(e)));
    const second = AWKWARD.slice(0, 3).map((text, i) => entry(100 + i, text));
    await Promise.all(second.map((e) => recorder.record(e)));

    const rows = await stored();
    const given = [...first, ...second];
    expect(rows).toHaveLength(given.length);
    let previous = GENESIS_HASH;
    for (const [i, row] of rows.entries()) {
      const e = given.find((g) => g.requestId === row.request_id);
      expect(e).toBeDefined();
      if (!e) continue;
      expect(row).toMatchObject({
        seq: String(i + 1),
        subject_pin: e.subjectPin,
        accessor_kind: 'caseworker',
        accessor_subject: e.viewer.subject,
        client_id: e.viewer.clientId,
        service: e.service,
        fields: [...e.fields],
        purpose: e.purpose,
        accessor_office: e.viewer.office,
        accessor_region: e.viewer.region,
        chain_version: 2,
        prev_hash: previous,
      });
      expect(row.at.toISOString()).toBe(e.at.toISOString());
      const hash = storedHash(previous, i + 1, row);
      expect(row.hash).toBe(hash);
      previous = hash;
    }
  });

  it('keeps one chain, without gap or fork, when six processes append at once (each its own recorder and connections)', async () => {
    const writers = Array.from({ length: 6 }, () => createAccessLogRecorder({ databaseUrl: db.url, logger: createLogger('test', 'silent') }));
    try {
      const before = (await stored()).length;
      // Interleaved, as concurrent reads in six subgraphs: several groups in flight in every writer.
      const given = Array.from({ length: 240 }, (_, i) => entry(1_000 + i, `writer-${i % 6}`));
      await Promise.all(given.map((e, i) => (writers[i % 6] ?? recorder).record(e)));
      const rows = await stored();
      expect(rows).toHaveLength(before + given.length);
      // Each entry exactly once.
      expect(new Set(rows.slice(before).map((r) => r.request_id))).toEqual(new Set(given.map((e) => e.requestId)));
      let previous = GENESIS_HASH;
      for (const [i, row] of rows.entries()) {
        expect(row.seq).toBe(String(i + 1));
        expect(row.prev_hash).toBe(previous);
        const hash = storedHash(previous, i + 1, row);
        expect(row.hash).toBe(hash);
        previous = hash;
      }
    } finally {
      for (const writer of writers) await writer.close();
    }
  });

  it('resolves a record only once the WAL is flushed past its group, even where commits do not wait for the disk', async () => {
    // The group commits without waiting for the flush (so the chain's lock is freed at once) and the
    // same round trip then flushes past it. Here every commit is asynchronous (as with
    // synchronous_commit off): without that flush the WAL would still be unflushed when the record
    // resolves (the WAL writer only runs every 200 ms).
    await pool.query(`alter database "${new URL(db.url).pathname.slice(1)}" set synchronous_commit = off`);
    const asynchronous = createAccessLogRecorder({ databaseUrl: db.url, logger: createLogger('test', 'silent') });
    try {
      await asynchronous.record(entry(4_999, 'connections open'));
      const lsnBefore = (await pool.query<{ lsn: string }>('select pg_current_wal_insert_lsn()::text as lsn')).rows[0]?.lsn;
      await asynchronous.record(entry(5_000, 'flushed'));
      const { rows } = await pool.query<{ flushed: boolean }>(`select pg_current_wal_flush_lsn() > $1::pg_lsn as flushed from audit.access_log where request_id = 'r-5000'`, [lsnBefore]);
      expect(rows).toEqual([{ flushed: true }]);
    } finally {
      await asynchronous.close();
    }
  });

  it('indexes the log by seq and by subject only: the readers\' look-ups, no write-only index on hash', async () => {
    const { rows } = await pool.query<{ indexname: string }>(`select indexname from pg_indexes where schemaname = 'audit' and tablename = 'access_log' order by indexname`);
    expect(rows.map((r) => r.indexname)).toEqual(['access_log_pkey', 'access_log_subject_idx']);
  });

  it('samples the log lightly for ANALYZE (target 10, every column) and gathers nothing on the two hashes, which no query filters on', async () => {
    const { rows: targets } = await pool.query<{ attname: string; target: number | null }>(
      `select attname, attstattarget::int as target from pg_attribute where attrelid = 'audit.access_log'::regclass and attnum > 0 and not attisdropped`,
    );
    expect(targets.length).toBeGreaterThan(10);
    for (const { attname, target } of targets) expect({ attname, target }).toEqual({ attname, target: attname === 'hash' || attname === 'prev_hash' ? 0 : 10 });
    await pool.query('analyze audit.access_log');
    const { rows } = await pool.query<{ attname: string }>(`select attname from pg_stats where schemaname = 'audit' and tablename = 'access_log'`);
    const analyzed = rows.map((r) => r.attname);
    expect(analyzed).not.toContain('hash');
    expect(analyzed).not.toContain('prev_hash');
    expect(analyzed).toEqual(expect.arrayContaining(['seq', 'subject_pin', 'accessor_subject', 'purpose', 'request_id', 'at', 'fields']));
  });
});
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { accessLogContent, chainHash, createAccessLogRecorder, createLogger, GENESIS_HASH, startSubgraph, type AccessRecorder, type RunningService } from '@usr/shared';
import { createTestDatabase, createTestTokens, errorCodes, postGraphQL, type TestDatabase, type TestTokenClaims, type TestTokens } from '@usr/shared/testing';
import { auditSubgraph } from '../src/subgraph.ts';

/**
 * Issue #11, item 3, for the access log: verification resumes after the newest signed checkpoint,
 * the checkpoints are exported, and a log rewritten and re-hashed inside the database is found
 * against them, in the query and in `npm run verify:access-log`.
 */
const auditor: TestTokenClaims = { roles: ['auditor'] };
const purpose = { 'x-purpose-of-use': 'ACCESS_AUDIT' };
const CHAIN = `query($against: [ChainCheckpointInput!], $fullScan: Boolean) { accessLogChain(against: $against, fullScan: $fullScan) { verified entries firstBrokenSeq problem resumedFromSeq checkpoint { seq } } }`;
const EXPORT = `{ accessLogCheckpoints { keyId checkpoints { chain seq hash signedAt keyId signature } } }`;

let db: TestDatabase;
let tokens: TestTokens;
let service: RunningService;
let recorder: AccessRecorder;
let pool: pg.Pool;
let dir: string;

beforeAll(async () => {
  db = await createTestDatabase(inject('adminDatabaseUrl'));
  tokens = await createTestTokens();
  service = await startSubgraph(auditSubgraph, { databaseUrl: db.url, port: 0, auth: { verifier: tokens.verifier } });
  recorder = createAccessLogRecorder({ databaseUrl: db.url, logger: createLogger('test', 'silent') });
  pool = new pg.Pool({ connectionString: db.url, max: 2 });
  dir = mkdtempSync(join(tmpdir(), 'usr-access-checkpoints-'));
});

afterAll(async () => {
  await recorder?.close();
  await pool?.end();
  await service?.stop();
  await db?.drop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const gql = async <T = Record<string, unknown>>(query: string, claims: TestTokenClaims, variables: Record<string, unknown> = {}) =>
  postGraphQL<T>(service.url, query, variables, { authorization: await tokens.bearer(claims), ...purpose });

type Checkpoint = { chain: string; seq: string; hash: string; signedAt: string; keyId: string; signature: string };
const verify = async (against?: Checkpoint[], fullScan = false) =>
  (await gql<{ accessLogChain: Record<string, unknown> }>(CHAIN, auditor, { ...(against ? { against } : {}), fullScan })).data?.accessLogChain;

const reads = (n: number) =>
  Promise.all(
    Array.from({ length: n }, (_, i) =>
      recorder.record({
        subjectPin: '5AZK7P2',
        viewer: { kind: 'caseworker', subject: `cw-${i}`, clientId: 'registry-portal', roles: new Set(['caseworker']), scopes: new Set<string>(), serviceAccount: false, region: 'baku', office: 'AZ-BA', expiresAt: Date.now() + 60_000 },
        service: 'persons',
        fields: ['Person.firstName'],
        purpose: 'BENEFIT_REVIEW',
        requestId: `r-${i}`,
        at: new Date(),
      }),
    ),
  );

type StoredRow = {
  seq: string;
  at: Date;
  subject_pin: string;
  accessor_kind: string;
  accessor_subject: string;
  client_id: string;
  service: string;
  fields: string[];
  purpose: string;
  request_id: string;
  accessor_office: string;
  accessor_region: string;
  chain_version: number;
};
const STORED_COLUMNS = `seq::text as seq, at, subject_pin, accessor_kind, accessor_subject, client_id, service, fields, purpose, request_id, accessor_office, accessor_region, chain_version`;
const asChainRow = (r: StoredRow) => ({
  seq: Number(r.seq),
  at: r.at,
  subjectPin: r.subject_pin,
  accessorKind: r.accessor_kind,
  accessorSubject: r.accessor_subject,
  clientId: r.client_id,
  service: r.service,
  fields: r.fields,
  purpose: r.purpose,
  requestId: r.request_id,
  accessorOffice: r.accessor_office,
  accessorRegion: r.accessor_region,
  chainVersion: r.chain_version,
});

const cli = (...args: string[]) =>
  promisify(execFile)(process.execPath, ['--experimental-strip-types', '--no-warnings=ExperimentalWarning', 'subgraphs/audit/scripts/verify-access-log.ts', ...args], {
    env: { ...process.env, AUDIT_DATABASE_URL: db.url },
  }).then(
    (out) => ({ code: 0, stdout: out.stdout }),
    (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
  );

describe('access log checkpoints', () => {
  let held: Checkpoint[] = [];

  it('resumes after the checkpoint the last verification signed: only the new entries are read', async () => {
    await reads(5);
    expect(await verify()).toMatchObject({ verified: true, entries: 5, resumedFromSeq: null, checkpoint: { seq: '5' } });
    await reads(3);
    expect(await verify()).toMatchObject({ verified: true, entries: 3, resumedFromSeq: '5', checkpoint: { seq: '8' } });
    expect(await cli()).toEqual({ code: 0, stdout: 'chain intact: 0 entries after the signed checkpoint at seq 8\n' });
  });

  it('exports the signed checkpoints to auditors only; the CLI writes the same file', async () => {
    const res = await gql<{ accessLogCheckpoints: { checkpoints: Checkpoint[] } }>(EXPORT, auditor);
    held = res.data?.accessLogCheckpoints.checkpoints ?? [];
    expect(held.map((c) => c.seq)).toEqual(['5', '8']);
    for (const claims of [{ roles: ['caseworker'], region: 'baku' }, { roles: ['citizen'], pin: '5AZK7P2' }]) expect(errorCodes(await gql(EXPORT, claims))).toEqual(['FORBIDDEN']);
    expect((await cli('--export', join(dir, 'held.json'))).code).toBe(0);
  });

  it('finds the log rewritten and re-hashed inside the database, even with its stored checkpoints removed', async () => {
    await pool.query(`alter table audit.access_log disable trigger user`);
    await pool.query(`alter table audit.access_log_checkpoint disable trigger user`);
    try {
      // Someone erases who read the record at seq 2 and makes the chain whole again.
      await pool.query(`update audit.access_log set accessor_subject = 'someone-else' where seq = 2`);
      const { rows } = await pool.query<StoredRow>(`select ${STORED_COLUMNS} from audit.access_log order by access_log.seq`);
      let previous = GENESIS_HASH;
      for (const r of rows) {
        const row = asChainRow(r);
        const hash = chainHash(previous, row);
        expect(accessLogContent(row)).toContain(r.request_id);
        await pool.query(`update audit.access_log set prev_hash = $2, hash = $3 where seq = $1`, [r.seq, previous, hash]);
        previous = hash;
      }
      expect(await verify()).toMatchObject({ verified: false, problem: 'CHECKPOINT_MISMATCH', firstBrokenSeq: '8' });
      await pool.query(`delete from audit.access_log_checkpoint`);
    } finally {
      await pool.query(`alter table audit.access_log enable trigger user`);
      await pool.query(`alter table audit.access_log_checkpoint enable trigger user`);
    }
    expect(await verify()).toMatchObject({ verified: true, resumedFromSeq: null });
    expect(await verify(held)).toMatchObject({ verified: false, problem: 'CHECKPOINT_MISMATCH', firstBrokenSeq: '5' });
    expect(await cli('--against', join(dir, 'held.json'))).toEqual({ code: 1, stdout: 'chain rewritten: the entry at signed checkpoint seq 5 no longer matches it\n' });
  });

  it("records the reader's office and region in the chain; entries written before (version 1) still verify", async () => {
    // An entry as the log held them before offices were recorded: chain version 1, hashed without them.
    const [tail] = (await pool.query<{ seq: string; hash: string }>(`select seq::text as seq, hash from audit.access_log order by seq desc limit 1`)).rows;
    const seq = Number(tail?.seq) + 1;
    const old = { seq, at: new Date(), subjectPin: '5AZK7P2', accessorKind: 'caseworker', accessorSubject: 'cw-old', clientId: 'registry-portal', service: 'persons', fields: ['Person.firstName'], purpose: 'BENEFIT_REVIEW', requestId: 'r-old', accessorOffice: '', accessorRegion: '', chainVersion: 1 };
    await pool.query(
      `insert into audit.access_log (seq, at, subject_pin, accessor_kind, accessor_subject, client_id, service, fields, purpose, request_id, prev_hash, hash)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [seq, old.at, old.subjectPin, old.accessorKind, old.accessorSubject, old.clientId, old.service, old.fields, old.purpose, old.requestId, tail?.hash, chainHash(tail?.hash ?? '', old)],
    );
    // A caseworker of the Sumgait office reads now: version 2, office and region in the hash.
    await recorder.record({
      subjectPin: '5AZK7P2',
      viewer: { kind: 'caseworker', subject: 'cw-sumgait', clientId: 'registry-portal', roles: new Set(['caseworker']), scopes: new Set<string>(), serviceAccount: false, region: 'absheron-khizi', office: 'AZ-SM', expiresAt: Date.now() + 60_000 },
      service: 'persons',
      fields: ['Person.firstName'],
      purpose: 'BENEFIT_REVIEW',
      requestId: 'r-sumgait',
      at: new Date(),
    });
    const stored = (await pool.query<StoredRow>(`select ${STORED_COLUMNS} from audit.access_log where access_log.seq >= $1 order by access_log.seq`, [seq])).rows;
    expect(stored.map((r) => [r.chain_version, r.accessor_office, r.accessor_region])).toEqual([
      [1, '', ''],
      [2, 'AZ-SM', 'absheron-khizi'],
    ]);
    expect(await verify()).toMatchObject({ verified: true, entries: 2 });
    expect(await verify(undefined, true)).toMatchObject({ verified: true, firstBrokenSeq: null });

    // Auditors (and the person) read the office and region on the visit; the version-1 entry has none.
    const visits = await gql<{ accessVisits: { items: { reader: { identity: string; office: string | null; region: string | null } }[] } }>(
      `{ accessVisits(filter: { subjectPin: "5AZK7P2" }, page: { limit: 2 }) { items { reader { identity office region } } } }`,
      auditor,
    );
    expect(visits.data?.accessVisits.items.map((v) => v.reader)).toEqual([
      { identity: 'cw-sumgait', office: 'AZ-SM', region: 'absheron-khizi' },
      { identity: 'cw-old', office: null, region: null },
    ]);

    // The office cannot be rewritten: the entry's own hash no longer matches.
    await pool.query(`alter table audit.access_log disable trigger user`);
    try {
      await pool.query(`update audit.access_log set accessor_office = 'AZ-BA' where seq = $1`, [seq + 1]);
    } finally {
      await pool.query(`alter table audit.access_log enable trigger user`);
    }
    expect(await verify(undefined, true)).toMatchObject({ verified: false, firstBrokenSeq: String(seq + 1) });
  });
});

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
const CHAIN = `query($against: [ChainCheckpointInput!]) { accessLogChain(against: $against) { verified entries firstBrokenSeq problem resumedFromSeq checkpoint { seq } } }`;
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
const verify = async (against?: Checkpoint[]) => (await gql<{ accessLogChain: Record<string, unknown> }>(CHAIN, auditor, against ? { against } : {})).data?.accessLogChain;

const reads = (n: number) =>
  Promise.all(
    Array.from({ length: n }, (_, i) =>
      recorder.record({
        subjectPin: '5AZK7P2',
        viewer: { kind: 'caseworker', subject: `cw-${i}`, clientId: 'registry-portal', roles: new Set(['caseworker']), scopes: new Set<string>(), serviceAccount: false, region: 'baku', expiresAt: Date.now() + 60_000 },
        service: 'persons',
        fields: ['Person.firstName'],
        purpose: 'BENEFIT_REVIEW',
        requestId: `r-${i}`,
        at: new Date(),
      }),
    ),
  );

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
      const { rows } = await pool.query<{ seq: string; at: Date; subject_pin: string; accessor_kind: string; accessor_subject: string; client_id: string; service: string; fields: string[]; purpose: string; request_id: string }>(
        `select seq::text as seq, at, subject_pin, accessor_kind, accessor_subject, client_id, service, fields, purpose, request_id from audit.access_log order by seq`,
      );
      let previous = GENESIS_HASH;
      for (const r of rows) {
        const row = { seq: Number(r.seq), at: r.at, subjectPin: r.subject_pin, accessorKind: r.accessor_kind, accessorSubject: r.accessor_subject, clientId: r.client_id, service: r.service, fields: r.fields, purpose: r.purpose, requestId: r.request_id };
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
});

import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chainLink, createChainSigner, DEV_CHAIN_SIGNING_KEY, GENESIS_HASH, openDatabase, startSubgraph, verifyChainFromCheckpoint, type RunningService } from '@usr/shared';
import { createTestDatabase, createTestTokens, ENGINE, errorCodes, postGraphQL, type TestDatabase, type TestTokenClaims, type TestTokens } from '@usr/shared/testing';
import { benefitsDatabase } from '../src/database.ts';
import { benefitsSubgraph } from '../src/index.ts';
import { decisionLogChainStore, decisionLogContent } from '../src/services/decision-log-store.ts';

/**
 * Issue #11, item 3, for the decision log: verification resumes after the newest signed checkpoint
 * (reading only the entries appended since), checkpoints are exported with the public key, and a
 * chain rewritten and re-hashed inside the database is found against the stored checkpoints, against
 * the exported ones once the stored ones are gone too, and a forged checkpoint is found by its
 * signature; in the query and in `npm run verify:decisions`.
 */
const PIN = '5AZK7P2';
const auditor: TestTokenClaims = { roles: ['auditor'] };
const purpose = { 'x-purpose-of-use': 'DECISION_AUDIT' };
const signer = createChainSigner(DEV_CHAIN_SIGNING_KEY);

let db: TestDatabase;
let tokens: TestTokens;
let service: RunningService;
let pool: pg.Pool;
let dir: string;

beforeAll(async () => {
  db = await createTestDatabase(inject('adminDatabaseUrl'));
  tokens = await createTestTokens();
  service = await startSubgraph(benefitsSubgraph, { databaseUrl: db.url, port: 0, auth: { verifier: tokens.verifier } });
  pool = new pg.Pool({ connectionString: db.url, max: 2 });
  dir = mkdtempSync(join(tmpdir(), 'usr-checkpoints-'));
});

afterAll(async () => {
  await pool?.end();
  await service?.stop();
  await db?.drop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const gql = async <T = Record<string, unknown>>(query: string, claims: TestTokenClaims, variables: Record<string, unknown> = {}) =>
  postGraphQL<T>(service.url, query, variables, { authorization: await tokens.bearer(claims), ...purpose });

const RECORD = `mutation($input: RecordDecisionInput!) { recordDecision(input: $input) { created } }`;
const CHAIN = `query($against: [ChainCheckpointInput!]) { decisionLogChain(against: $against) { verified entries firstBrokenSeq problem resumedFromSeq checkpoint { seq hash } } }`;
const EXPORT = `{ decisionLogCheckpoints { keyId publicKey checkpoints { chain seq hash signedAt keyId signature } } }`;

type Chain = { verified: boolean; entries: number; firstBrokenSeq: string | null; problem: string | null; resumedFromSeq: string | null; checkpoint: { seq: string; hash: string } | null };
type Exported = { keyId: string; publicKey: string; checkpoints: Array<{ chain: string; seq: string; hash: string; signedAt: string; keyId: string; signature: string }> };

const decide = async (key: string) => {
  const res = await gql(RECORD, ENGINE, {
    input: {
      idempotencyKey: key,
      benefitCode: 'TSA',
      subjectPin: PIN,
      householdId: randomUUID(),
      effectiveDate: '2026-12-01',
      outcome: 'REFUSED',
      ruleVersion: 'TSA@2020.1',
      reasonCode: 'INCOME_ABOVE_NEED',
      inputs: [{ kind: 'HOUSEHOLD_SIZE', summary: '4 members' }],
      steps: [{ description: 'Household checked against the register', result: 'true' }],
      parameters: [],
    },
  });
  expect(res.errors).toBeUndefined();
};
const verify = async (against?: Exported['checkpoints']) => (await gql<{ decisionLogChain: Chain }>(CHAIN, auditor, against ? { against } : {})).data?.decisionLogChain;
const lastSeq = async () => (await pool.query<{ seq: string }>(`select max(seq)::text as seq from benefits.decision_log`)).rows[0]?.seq ?? '0';

const cli = async (...args: string[]) =>
  promisify(execFile)(process.execPath, ['--experimental-strip-types', '--no-warnings=ExperimentalWarning', 'subgraphs/benefits/scripts/verify-decisions.ts', ...args], {
    env: { ...process.env, BENEFITS_DATABASE_URL: db.url },
  }).then(
    (out) => ({ code: 0, stdout: out.stdout }),
    (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
  );

/** With the append-only guards off: changes entry `seq`, then re-hashes it and every later entry so the chain is whole again. */
const rewriteAndRehash = async (seq: string) => {
  await pool.query(`alter table benefits.decision_log disable trigger decision_log_append_only`);
  try {
    await pool.query(`update benefits.decision_log set payload = jsonb_set(payload, '{reasonCode}', '"ELIGIBLE"') where seq = $1`, [seq]);
    const { rows } = await pool.query<{ seq: string; at: Date; entry_type: string; record_id: string; payload: unknown }>(
      `select seq::text as seq, at, entry_type, record_id, payload from benefits.decision_log order by seq`,
    );
    let previous = GENESIS_HASH;
    for (const row of rows) {
      const hash = chainLink(previous, decisionLogContent({ seq: row.seq, at: row.at, entryType: row.entry_type, recordId: row.record_id, payload: row.payload }));
      await pool.query(`update benefits.decision_log set prev_hash = $2, hash = $3 where seq = $1`, [row.seq, previous, hash]);
      previous = hash;
    }
  } finally {
    await pool.query(`alter table benefits.decision_log enable trigger decision_log_append_only`);
  }
};

describe('decision log checkpoints', () => {
  let exported: Exported;

  it('verifies from the first entry once, then resumes after the checkpoint it signed', async () => {
    for (const key of ['cp-1', 'cp-2', 'cp-3']) await decide(key);
    const first = await verify();
    expect(first).toMatchObject({ verified: true, entries: Number(await lastSeq()), resumedFromSeq: null, problem: null, checkpoint: { seq: await lastSeq() } });
    await decide('cp-4');
    const second = await verify();
    expect(second).toMatchObject({ verified: true, entries: 1, resumedFromSeq: first?.checkpoint?.seq, checkpoint: { seq: await lastSeq() } });
  });

  it('reads only the entries after the checkpoint (the rows the store hands out)', async () => {
    await decide('cp-5');
    await decide('cp-6');
    const orm = await openDatabase({ ...benefitsDatabase, url: db.url, poolMax: 1 });
    try {
      const store = decisionLogChainStore(orm.em.fork());
      const checkpoint = await store.latestCheckpoint();
      const read: string[] = [];
      const counting = {
        ...store,
        async *entriesAfter(seq: string) {
          for await (const row of store.entriesAfter(seq)) {
            read.push(row.seq);
            yield row;
          }
        },
      };
      const report = await verifyChainFromCheckpoint(counting, (row) => decisionLogContent(row), signer);
      const { rows } = await pool.query<{ seq: string }>(`select seq::text as seq from benefits.decision_log where seq > $1 order by seq`, [checkpoint?.seq]);
      expect(read).toEqual(rows.map((r) => r.seq));
      expect(read.length).toBe(2);
      expect(report).toMatchObject({ verified: true, entries: 2, resumedFromSeq: checkpoint?.seq });
    } finally {
      await orm.close();
    }
  });

  it('exports the checkpoints with the public key that verifies their signatures (auditors only)', async () => {
    const res = await gql<{ decisionLogCheckpoints: Exported }>(EXPORT, auditor);
    expect(res.errors).toBeUndefined();
    exported = res.data?.decisionLogCheckpoints ?? { keyId: '', publicKey: '', checkpoints: [] };
    expect(exported.keyId).toBe(signer.keyId);
    expect(exported.publicKey).toBe(signer.publicKeyPem);
    expect(exported.checkpoints.length).toBe(3);
    for (const c of exported.checkpoints) expect(signer.verify({ ...c, chain: 'decision-log' })).toBe(true);
    expect(errorCodes(await gql(EXPORT, ENGINE))).toEqual(['FORBIDDEN']);
    const cliExport = await cli('--export', join(dir, 'held.json'));
    expect(cliExport).toMatchObject({ code: 0 });
  });

  it('finds a chain rewritten and re-hashed inside the database: against the stored checkpoint, then against the exported ones once those are gone', async () => {
    await rewriteAndRehash('2');
    // A full rescan from the genesis cannot see it: the rewritten chain is self-consistent.
    const newest = exported.checkpoints[exported.checkpoints.length - 1];
    expect(await verify()).toMatchObject({ verified: false, problem: 'CHECKPOINT_MISMATCH', firstBrokenSeq: newest?.seq });
    expect((await cli()).stdout).toBe(`chain rewritten: the entry at signed checkpoint seq ${newest?.seq} no longer matches it\n`);

    // The attacker removes the stored checkpoints too: the database alone now looks intact...
    await pool.query(`alter table benefits.decision_log_checkpoint disable trigger decision_log_checkpoint_no_truncate`);
    await pool.query(`truncate benefits.decision_log_checkpoint`);
    await pool.query(`alter table benefits.decision_log_checkpoint enable trigger decision_log_checkpoint_no_truncate`);
    expect(await verify()).toMatchObject({ verified: true, resumedFromSeq: null });
    // ...but not against the checkpoints the auditor holds, in the query and in the CLI.
    expect(await verify(exported.checkpoints)).toMatchObject({ verified: false, problem: 'CHECKPOINT_MISMATCH', firstBrokenSeq: exported.checkpoints[0]?.seq });
    const cliAgainst = await cli('--against', join(dir, 'held.json'));
    expect(cliAgainst).toEqual({ code: 1, stdout: `chain rewritten: the entry at signed checkpoint seq ${exported.checkpoints[0]?.seq} no longer matches it\n` });
  });

  it('finds a checkpoint forged without the key', async () => {
    const forged = createChainSigner((await import('node:crypto')).generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());
    const last = await lastSeq();
    const { rows } = await pool.query<{ hash: string }>(`select hash from benefits.decision_log where seq = $1`, [last]);
    const fake = forged.sign('decision-log', last, rows[0]?.hash ?? '');
    await pool.query(`insert into benefits.decision_log_checkpoint (seq, hash, signed_at, key_id, signature) values ($1, $2, $3, $4, $5) on conflict (seq) do nothing`, [
      String(Number(last) + 1000),
      fake.hash,
      fake.signedAt,
      signer.keyId,
      fake.signature,
    ]);
    expect(await verify()).toMatchObject({ verified: false, problem: 'CHECKPOINT_SIGNATURE_INVALID', firstBrokenSeq: String(Number(last) + 1000) });
  });

  it('refuses a held checkpoint of the wrong shape with BAD_USER_INPUT', async () => {
    const res = await gql(CHAIN, auditor, { against: [{ ...exported.checkpoints[0], seq: 'x' }] });
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
  });
});

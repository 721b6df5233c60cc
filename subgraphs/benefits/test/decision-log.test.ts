import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createChainSigner, DEV_CHAIN_SIGNING_KEY, startSubgraph, type RunningService } from '@usr/shared';
import { LANGUAGES, translate } from '@usr/shared/i18n';
import { createTestDatabase, createTestTokens, ENGINE, errorCodes, postGraphQL, type TestDatabase, type TestTokenClaims, type TestTokens } from '@usr/shared/testing';
import { benefitsSubgraph } from '../src/index.ts';
import { describeVerification, verifyDecisionLogAt } from '../src/verify-decision-log.ts';

/**
 * The decision log: append-only (the database refuses changes), hash-chained (a change made with
 * the guard switched off is found, at its seq, by the query and by `npm run verify:decisions`), and
 * decisions explained in plain language in az, ru and en.
 */
const PIN = '5AZK7P2';
const auditor: TestTokenClaims = { roles: ['auditor'] };
const citizen: TestTokenClaims = { roles: ['citizen'], pin: PIN };
const purpose = { 'x-purpose-of-use': 'DECISION_AUDIT' };

let db: TestDatabase;
let tokens: TestTokens;
let service: RunningService;
let pool: pg.Pool;

beforeAll(async () => {
  db = await createTestDatabase(inject('adminDatabaseUrl'));
  tokens = await createTestTokens();
  service = await startSubgraph(benefitsSubgraph, { databaseUrl: db.url, port: 0, auth: { verifier: tokens.verifier } });
  pool = new pg.Pool({ connectionString: db.url, max: 2 });
});

afterAll(async () => {
  await pool?.end();
  await service?.stop();
  await db?.drop();
});

const gql = async <T = Record<string, unknown>>(query: string, claims: TestTokenClaims, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  postGraphQL<T>(service.url, query, variables, { authorization: await tokens.bearer(claims), ...headers });

const RECORD = `mutation($input: RecordDecisionInput!) { recordDecision(input: $input) { created decision { id } assignment { id } } }`;
const CHAIN = `{ decisionLogChain { verified entries firstBrokenSeq } }`;
// An entry changed in place (not re-hashed) before the newest checkpoint is found by a full scan.
const FULL_CHAIN = `{ decisionLogChain(fullScan: true) { verified entries firstBrokenSeq } }`;

const NEED_VALUES = { needCriterion: '285.00', members: '4', total: '1140.00', year: '2026' };

const granted = (key: string, extra: Record<string, unknown> = {}) => ({
  idempotencyKey: key,
  benefitCode: 'TSA',
  subjectPin: PIN,
  householdId: randomUUID(),
  effectiveDate: '2026-12-01',
  outcome: 'GRANTED',
  monthlyAmount: '540.00',
  ruleVersion: 'TSA@2020.1',
  reasonCode: 'ELIGIBLE',
  inputs: [
    { factId: '0b8a3c8e-5d1f-4a51-9a43-6f2f0d3c9e11', kind: 'INCOME', subjectPin: PIN, summary: 'INCOME 2026-10: 600.00 AZN', recordedAt: '2026-11-02T10:00:00Z' },
    { kind: 'HOUSEHOLD_SIZE', summary: '4 members' },
  ],
  steps: [
    { code: 'TSA_NEED_TOTAL', description: 'Need criterion of the family', formula: '285.00 × 4', result: '1140.00', values: NEED_VALUES },
    { code: 'TSA_AMOUNT', description: 'Monthly assistance', formula: '1140.00 − 600.00', result: '540.00', values: { need: '1140.00', average: '600.00', amount: '540.00' } },
    // A code with a value missing, and no code at all: both fall back to the description.
    { code: 'TSA_MEMBERS', description: 'Members counted', result: '4' },
    { description: 'Household checked against the register', result: 'true' },
  ],
  parameters: [{ name: 'needCriterion', value: 285, effectiveFrom: '2025-01-01' }],
  assignment: { beneficiaryPin: PIN, periodFrom: '2026-12-01', periodTo: '2027-11-30', monthlyAmount: '540.00' },
  ...extra,
});

const decisionIds: string[] = [];

describe('the decision log chain', () => {
  beforeAll(async () => {
    for (const key of ['chain-1', 'chain-2', 'chain-3']) {
      const res = await gql<{ recordDecision: { decision: { id: string } } }>(RECORD, ENGINE, { input: granted(key) });
      expect(res.errors).toBeUndefined();
      decisionIds.push(res.data?.recordDecision.decision.id ?? '');
    }
  });

  it('is intact after writes: the query (auditors) and the CLI agree', async () => {
    const res = await gql(CHAIN, auditor, {}, purpose);
    expect(res.data).toEqual({ decisionLogChain: { verified: true, entries: 6, firstBrokenSeq: null } });
    expect(describeVerification(await verifyDecisionLogAt(db.url, createChainSigner(DEV_CHAIN_SIGNING_KEY), { full: true }))).toBe('chain intact: 6 entries');
  });

  it('is verified by auditors and administrators only', async () => {
    for (const claims of [citizen, ENGINE, { roles: ['caseworker'], region: 'baku' }]) expect(errorCodes(await gql(CHAIN, claims, {}, purpose))).toEqual(['FORBIDDEN']);
    expect((await gql(CHAIN, { roles: ['registry-admin'] }, {}, purpose)).data).toMatchObject({ decisionLogChain: { verified: true } });
  });

  it('refuses UPDATE, DELETE and TRUNCATE in the database', async () => {
    await expect(pool.query(`update benefits.decision_log set payload = '{}' where seq = 1`)).rejects.toThrow(/append-only/);
    await expect(pool.query(`delete from benefits.decision_log where seq = 1`)).rejects.toThrow(/append-only/);
    await expect(pool.query(`truncate benefits.decision_log`)).rejects.toThrow(/append-only/);
  });

  it('names the first altered entry when a row is changed with the guard switched off, in the full-scan query and in `npm run verify:decisions -- --full`', async () => {
    const { rows } = await pool.query<{ seq: string }>(`select seq from benefits.decision_log where record_id = $1`, [decisionIds[1]]);
    const seq = rows[0]?.seq ?? '';
    await pool.query(`alter table benefits.decision_log disable trigger decision_log_append_only`);
    try {
      await pool.query(`update benefits.decision_log set payload = jsonb_set(payload, '{monthlyAmount}', '"999.00"') where seq = $1`, [seq]);
    } finally {
      await pool.query(`alter table benefits.decision_log enable trigger decision_log_append_only`);
    }
    expect((await gql(FULL_CHAIN, auditor, {}, purpose)).data).toEqual({ decisionLogChain: { verified: false, entries: Number(seq), firstBrokenSeq: seq } });

    const run = promisify(execFile);
    const cli = await run(process.execPath, ['--experimental-strip-types', '--no-warnings=ExperimentalWarning', 'subgraphs/benefits/scripts/verify-decisions.ts', '--full'], {
      env: { ...process.env, BENEFITS_DATABASE_URL: db.url },
    }).then(
      (out) => ({ code: 0, stdout: out.stdout }),
      (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
    );
    expect(cli).toEqual({ code: 1, stdout: `chain broken at seq ${seq} (${seq} entries checked)\n` });
  });
});

describe('plain language', () => {
  const DECISION = `query($id: ID!) {
    decision(id: $id) {
      en: summary az: summary(language: AZ) ru: summary(language: RU)
      inputs { factId fact { id } kind }
      steps { code description en: plain az: plain(language: AZ) ru: plain(language: RU) }
    }
  }`;
  interface Explained {
    decision: {
      en: string;
      az: string;
      ru: string;
      inputs: Array<{ factId: string | null; fact: { id: string } | null; kind: string }>;
      steps: Array<{ code: string | null; description: string; en: string; az: string; ru: string }>;
    };
  }

  it('renders each step from the catalogue in en, az and ru, values formatted, and falls back to the description', async () => {
    const res = await gql<Explained>(DECISION, citizen, { id: decisionIds[0] });
    expect(res.errors).toBeUndefined();
    const [need, amount, members, plain] = res.data?.decision.steps ?? [];
    expect(need).toMatchObject({ code: 'TSA_NEED_TOTAL', description: 'Need criterion of the family' });
    for (const language of LANGUAGES) expect(need?.[language]).toBe(translate(language, 'step.TSA_NEED_TOTAL', NEED_VALUES));
    // Amounts in the reader's convention: a decimal comma and the manat sign in az and ru.
    expect(need?.ru).toBe('Действующий критерий нуждаемости — 285,00\u00A0₼ на человека в месяц; для семьи из 4 человек потребность составляет 1\u00A0140,00\u00A0₼ в месяц.');
    expect(amount?.en).toBe('The assistance is the family’s need minus its average monthly income: 1,140.00 AZN − 600.00 AZN = 540.00 AZN.');
    expect(amount?.az).toContain('1\u00A0140,00\u00A0₼ − 600,00\u00A0₼ = 540,00\u00A0₼');
    // A value missing, or no code at all: the description rather than a half-filled sentence.
    expect(members).toMatchObject({ code: 'TSA_MEMBERS', en: 'Members counted', az: 'Members counted', ru: 'Members counted' });
    expect(plain).toMatchObject({ code: null, en: 'Household checked against the register', ru: 'Household checked against the register' });
  });

  it('sums a decision up in one sentence in each language, granted and refused', async () => {
    const res = await gql<Explained>(DECISION, citizen, { id: decisionIds[0] });
    expect(res.data?.decision).toMatchObject({
      en: 'Granted: Targeted State Social Assistance, 540.00 AZN a month from 1 December 2026.',
      az: 'Təyin edildi: Ünvanlı dövlət sosial yardımı, 01.12.2026 tarixindən ayda 540,00\u00A0₼.',
      ru: 'Назначено: Адресная государственная социальная помощь, 540,00\u00A0₼ в месяц с 01.12.2026.',
    });
    const refusal = await gql<{ recordDecision: { decision: { id: string } } }>(RECORD, ENGINE, {
      input: granted('refusal-1', { outcome: 'REFUSED', monthlyAmount: null, reasonCode: 'INCOME_ABOVE_NEED_CRITERION', assignment: null }),
    });
    const refused = await gql<Explained>(DECISION, citizen, { id: refusal.data?.recordDecision.decision.id });
    for (const language of LANGUAGES)
      expect(refused.data?.decision[language]).toBe(
        translate(language, 'summary.refused', { benefit: translate(language, 'benefit.TSA'), reason: translate(language, 'reason.INCOME_ABOVE_NEED_CRITERION') }),
      );
  });

  it('links a fact input to the Fact entity (for `contested`), and nothing for an input that is no fact', async () => {
    const res = await gql<Explained>(DECISION, citizen, { id: decisionIds[0] });
    expect(res.data?.decision.inputs).toEqual([
      { factId: '0b8a3c8e-5d1f-4a51-9a43-6f2f0d3c9e11', fact: { id: '0b8a3c8e-5d1f-4a51-9a43-6f2f0d3c9e11' }, kind: 'INCOME' },
      { factId: null, fact: null, kind: 'HOUSEHOLD_SIZE' },
    ]);
  });
});

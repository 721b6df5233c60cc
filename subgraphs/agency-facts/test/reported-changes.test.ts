import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { registryToday, startSubgraph, type RunningService } from '@usr/shared';
import { createTestDatabase, createTestTokens, ENGINE, errorCodes, postGraphQL, startDirectoryStub, type DirectoryStub, type TestDatabase, type TestTokenClaims, type TestTokens } from '@usr/shared/testing';
import { factsSubgraph } from '../src/index.ts';
import { CARE_CHANGES, HOUSEHOLD_CHANGES } from '../src/services/reported-change.ts';
import { UNREGISTERED } from './fixtures.ts';

/** Issue 13, item 2: a citizen reports a change; it is stored as self-declared facts with their jobs. */

let db: TestDatabase;
let service: RunningService;
let tokens: TestTokens;
let register: DirectoryStub;
let pool: pg.Pool;

const PIN = 'RPCH001';
const CITIZEN: TestTokenClaims = { roles: ['citizen'], pin: PIN };
const TAXES: TestTokenClaims = { roles: ['agency-feed'], agency: 'taxes', serviceAccount: true };
const CASEWORKER: TestTokenClaims = { roles: ['caseworker'], region: 'baku' };
const AUDITOR: TestTokenClaims = { roles: ['auditor'] };
const ADMIN: TestTokenClaims = { roles: ['registry-admin'] };
const PURPOSE = { 'x-purpose-of-use': 'PERSON_ENQUIRY' };

beforeAll(async () => {
  db = await createTestDatabase(inject('adminDatabaseUrl'));
  tokens = await createTestTokens();
  register = await startDirectoryStub({ regions: {}, households: {}, unregistered: UNREGISTERED });
  service = await startSubgraph(factsSubgraph, { databaseUrl: db.url, port: 0, auth: { verifier: tokens.verifier, directory: { personsUrl: register.personsUrl } } });
  pool = new pg.Pool({ connectionString: db.url, max: 2 });
});

afterAll(async () => {
  await pool?.end();
  await service?.stop();
  await register?.close();
  await db?.drop();
});

const gql = async <D = Record<string, unknown>>(query: string, variables: Record<string, unknown>, as: TestTokenClaims | null, headers: Record<string, string> = {}) =>
  postGraphQL<D>(service.url, query, variables, { ...(as ? { authorization: await tokens.bearer(as) } : {}), ...headers });

const REPORT = `mutation($input: ReportChangeInput!) { reportChange(input: $input) { created facts { id kind selfDeclared agency { code } validFrom validTo value { ... on IncomeValue { amount month source } ... on StudentValue { institution level fullTime } ... on HouseholdChangeValue { householdChange memberPin } ... on CareValue { careChange caredForPin } } } } }`;
interface Reported {
  reportChange: { created: boolean; facts: { id: string; kind: string; selfDeclared: boolean; agency: { code: string }; validFrom: string; validTo: string | null; value: Record<string, unknown> }[] };
}
const factCount = async () => Number((await pool.query<{ n: string }>(`select count(*) as n from facts.fact`)).rows[0]?.n);
const jobsOf = async (ids: string[]) => (await pool.query<{ id: string }>(`select id from pgboss.job where name = 'facts.ingested' and id = any($1::uuid[])`, [ids])).rows.map((r) => r.id).sort();

const today = registryToday();
const monthsAgo = (n: number) => {
  const d = new Date(`${today.slice(0, 7)}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - n);
  return d.toISOString().slice(0, 10);
};

describe('reportChange', () => {
  const income = { change: 'INCOME_STARTED', from: monthsAgo(2), monthlyAmount: '400.00', incomeSource: 'SALARY', idempotencyKey: 'job-2026' };

  it('is refused to anyone but a citizen (staff, agencies, the engine), and writes nothing', async () => {
    expect(errorCodes(await gql(REPORT, { input: income }, null))).toEqual(['UNAUTHENTICATED']);
    for (const as of [TAXES, CASEWORKER, AUDITOR, ADMIN, ENGINE]) expect(errorCodes(await gql(REPORT, { input: income }, as, PURPOSE))).toEqual(['FORBIDDEN']);
    expect(await factCount()).toBe(0);
  });

  it('stores a started income as one self-declared INCOME fact a month to this month, each with its facts.ingested job', async () => {
    const res = await gql<Reported>(REPORT, { input: income }, CITIZEN);
    expect(res.errors).toBeUndefined();
    const facts = res.data?.reportChange.facts ?? [];
    expect(res.data?.reportChange.created).toBe(true);
    expect(facts).toHaveLength(3);
    expect(facts.every((f) => f.kind === 'INCOME' && f.selfDeclared && f.value['amount'] === '400.00')).toBe(true);
    expect(facts.map((f) => f.value['month'])).toEqual([monthsAgo(2).slice(0, 7), monthsAgo(1).slice(0, 7), today.slice(0, 7)]);
    expect(await jobsOf(facts.map((f) => f.id))).toEqual(facts.map((f) => f.id).sort());
    const stored = await pool.query<{ declared_by: string; agency_code: string }>(`select declared_by, agency_code from facts.fact`);
    expect(stored.rows.every((r) => r.declared_by === PIN && r.agency_code === 'taxes')).toBe(true);
  });

  it('answers a replay of the key with the same facts and writes nothing', async () => {
    const before = await factCount();
    const replay = await gql<Reported>(REPORT, { input: income }, CITIZEN);
    expect(replay.data?.reportChange.created).toBe(false);
    expect(replay.data?.reportChange.facts).toHaveLength(3);
    expect(await factCount()).toBe(before);
  });

  it('marks agency facts as not self-declared', async () => {
    const res = await gql<{ submitFacts: { results: { fact: { selfDeclared: boolean } }[] } }>(
      `mutation($facts: [FactInput!]!) { submitFacts(facts: $facts) { results { fact { selfDeclared } } } }`,
      { facts: [{ subjectPin: PIN, kind: 'INCOME', value: { amount: 100, month: '2026-01', source: 'SALARY' }, validFrom: '2026-01-01', validTo: '2026-01-31', sourceReference: 'TAX-1' }] },
      TAXES,
    );
    expect(res.data?.submitFacts.results[0]?.fact.selfDeclared).toBe(false);
  });

  it('stores a started study as one self-declared STUDENT fact', async () => {
    const res = await gql<Reported>(REPORT, { input: { change: 'STUDY_STARTED', from: today, institution: 'Baku State University', educationLevel: 'BACHELOR', idempotencyKey: 'bsu' } }, CITIZEN);
    expect(res.errors).toBeUndefined();
    expect(res.data?.reportChange.facts).toEqual([
      expect.objectContaining({ kind: 'STUDENT', selfDeclared: true, validFrom: today, validTo: null, value: { institution: 'Baku State University', level: 'BACHELOR', fullTime: true } }),
    ]);
  });

  it('refuses values out of range and fields that do not belong to the change as BAD_USER_INPUT, writing nothing', async () => {
    const before = await factCount();
    const tomorrow = new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    for (const input of [
      { ...income, idempotencyKey: 'a', from: tomorrow },
      { ...income, idempotencyKey: 'b', from: monthsAgo(13) },
      { ...income, idempotencyKey: 'c', monthlyAmount: '0.00' },
      { ...income, idempotencyKey: 'd', monthlyAmount: '100000.01' },
      { ...income, idempotencyKey: 'e', monthlyAmount: null },
      { ...income, idempotencyKey: 'f', institution: 'School' },
      { change: 'INCOME_ENDED', from: today, monthlyAmount: '10.00', idempotencyKey: 'g' },
      { change: 'STUDY_STARTED', from: today, idempotencyKey: 'h' },
      { ...income, idempotencyKey: ' ' },
    ]) {
      const res = await gql(REPORT, { input }, CITIZEN);
      expect(errorCodes(res), JSON.stringify(input)).toEqual(['BAD_USER_INPUT']);
      expect(JSON.stringify(res.errors)).not.toContain('100000.01');
    }
    expect(await factCount()).toBe(before);
  });
});

/** Issue 13, item 2: household joins, leaves and births, and disability care, derived from the service's own tables. */
describe('reportChange: household and care changes', () => {
  const MEMBER = '4BXM2R8';
  const cases = [
    ...Object.entries(HOUSEHOLD_CHANGES).map(([change, value]) => ({ change, kind: 'HOUSEHOLD_CHANGE', agency: 'interior', value: { householdChange: value, memberPin: MEMBER } })),
    ...Object.entries(CARE_CHANGES).map(([change, value]) => ({ change, kind: 'CARE', agency: 'labour', value: { careChange: value, caredForPin: MEMBER } })),
  ];

  it.each(cases)('stores $change as one self-declared $kind fact of the confirming agency, with its job; a replay writes nothing', async ({ change, kind, agency, value }) => {
    const input = { change, from: monthsAgo(1), memberPin: MEMBER.toLowerCase(), idempotencyKey: `hh-${change}` };
    const res = await gql<Reported>(REPORT, { input }, CITIZEN);
    expect(res.errors).toBeUndefined();
    const facts = res.data?.reportChange.facts ?? [];
    expect(facts).toEqual([expect.objectContaining({ kind, agency: { code: agency }, selfDeclared: true, validFrom: monthsAgo(1), validTo: null, value })]);
    expect(await jobsOf(facts.map((f) => f.id))).toEqual(facts.map((f) => f.id));
    const before = await factCount();
    const replay = await gql<Reported>(REPORT, { input }, CITIZEN);
    expect(replay.data?.reportChange).toMatchObject({ created: false, facts: [{ id: facts[0]?.id }] });
    expect(await factCount()).toBe(before);
  });

  it('stores a birth without a PIN (a newborn may have none yet)', async () => {
    const res = await gql<Reported>(REPORT, { input: { change: 'CHILD_BORN', from: today, idempotencyKey: 'newborn' } }, CITIZEN);
    expect(res.errors).toBeUndefined();
    expect(res.data?.reportChange.facts).toEqual([expect.objectContaining({ kind: 'HOUSEHOLD_CHANGE', value: { householdChange: 'BORN', memberPin: null } })]);
  });

  it('refuses a missing, malformed or own PIN and fields of other changes as BAD_USER_INPUT, never echoing the value, writing nothing', async () => {
    const before = await factCount();
    const required = [...Object.keys(HOUSEHOLD_CHANGES).filter((c) => c !== 'CHILD_BORN'), ...Object.keys(CARE_CHANGES)];
    const inputs = [
      ...required.map((change) => ({ change, from: today, idempotencyKey: `missing-${change}` })),
      ...cases.map(({ change }) => ({ change, from: today, memberPin: 'NOT-A-PIN', idempotencyKey: `bad-${change}` })),
      ...cases.map(({ change }) => ({ change, from: today, memberPin: PIN, idempotencyKey: `own-${change}` })),
      ...cases.map(({ change }) => ({ change, from: today, memberPin: MEMBER, monthlyAmount: '10.00', idempotencyKey: `amount-${change}` })),
      { change: 'INCOME_ENDED', from: today, memberPin: MEMBER, idempotencyKey: 'income-member' },
    ];
    for (const input of inputs) {
      const res = await gql(REPORT, { input }, CITIZEN);
      expect(errorCodes(res), JSON.stringify(input)).toEqual(['BAD_USER_INPUT']);
      expect(JSON.stringify(res.errors)).not.toContain('NOT-A-PIN');
    }
    expect(await factCount()).toBe(before);
  });
});

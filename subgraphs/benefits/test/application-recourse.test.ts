import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { addWorkingDays, QUEUES, registryToday, startSubgraph, workingDaysBetween, type AccessEntry, type RunningService } from '@usr/shared';
import {
  createTestDatabase,
  createTestTokens,
  ENGINE,
  errorCodes,
  memoryRecorder,
  postGraphQL,
  startDirectoryStub,
  type DirectoryStub,
  type GraphQLResponse,
  type TestDatabase,
  type TestTokenClaims,
  type TestTokens,
} from '@usr/shared/testing';
import { benefitsSubgraph } from '../src/index.ts';
import { insertApplication } from './fixtures.ts';

/**
 * Issue 13 (items 5): an applicant withdraws an application not yet decided; applications past or
 * near their deadline, or whose decision job failed for good, surface to caseworkers (their region)
 * and auditors. Real tokens, real PostgreSQL, the real pg-boss job table.
 */
const A = '5AZK7P2'; // applicant, H1 (Baku)
const B = '6CGT3N5'; // A's spouse, H1
const C = '4BXM2R8'; // H2 (Ganja)
const H1 = randomUUID();
const H2 = randomUUID();

const citizenA: TestTokenClaims = { roles: ['citizen'], pin: A };
const citizenB: TestTokenClaims = { roles: ['citizen'], pin: B };
const citizenC: TestTokenClaims = { roles: ['citizen'], pin: C };
const bakuCaseworker: TestTokenClaims = { roles: ['caseworker'], region: 'baku' };
const ganjaCaseworker: TestTokenClaims = { roles: ['caseworker'], region: 'ganja-dashkasan' };
const auditor: TestTokenClaims = { roles: ['auditor'] };
const admin: TestTokenClaims = { roles: ['registry-admin'] };
const agency: TestTokenClaims = { roles: ['agency-feed'], agency: 'taxes', serviceAccount: true };
const purpose = { 'x-purpose-of-use': 'TSA_APPLICATION_ASSESSMENT' };

let db: TestDatabase;
let tokens: TestTokens;
let service: RunningService;
let directory: DirectoryStub;
let pool: pg.Pool;
const logged: AccessEntry[] = [];

beforeAll(async () => {
  db = await createTestDatabase(inject('adminDatabaseUrl'));
  tokens = await createTestTokens();
  directory = await startDirectoryStub({
    regions: { [A]: 'baku', [B]: 'baku', [C]: 'ganja-dashkasan' },
    households: { [A]: [A, B], [B]: [A, B], [C]: [C] },
    householdIds: { [A]: H1, [B]: H1, [C]: H2 },
  });
  service = await startSubgraph(benefitsSubgraph, {
    databaseUrl: db.url,
    port: 0,
    auth: { verifier: tokens.verifier, recorder: memoryRecorder(logged), directory: { personsUrl: directory.personsUrl, householdsUrl: directory.householdsUrl } },
  });
  pool = new pg.Pool({ connectionString: db.url, max: 2 });
});

afterAll(async () => {
  await pool?.end();
  await service?.stop();
  await directory?.close();
  await db?.drop();
});

const gql = async <T = Record<string, unknown>>(query: string, claims: TestTokenClaims | null, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  postGraphQL<T>(service.url, query, variables, { ...(claims ? { authorization: await tokens.bearer(claims) } : {}), ...headers });

const expectRefused = (res: GraphQLResponse<unknown>, code: string) => {
  expect(res.data ?? null).toBeNull();
  expect(errorCodes(res)).toEqual([code]);
};

const statusOf = async (id: string) => (await pool.query<{ status: string; withdrawn_at: Date | null }>(`select status, withdrawn_at from benefits.application where id = $1`, [id])).rows[0];

const APPLY = `mutation($input: ApplyForAssistanceInput!) { applyForAssistance(input: $input) { application { id status workingDaysLeft } } }`;
const WITHDRAW = `mutation($id: ID!) { withdrawApplication(applicationId: $id) { changed error { code } application { id status withdrawnAt workingDaysLeft } } }`;
interface WithdrawData {
  withdrawApplication: { changed: boolean; error: { code: string } | null; application: { id: string; status: string; withdrawnAt: string | null; workingDaysLeft: number | null } };
}
const QUEUE = `query($within: Int, $limit: Int, $offset: Int) {
  applicationsNeedingAttention(withinWorkingDays: $within, limit: $limit, offset: $offset) { reasons workingDaysLeft application { id deadline applicant { pin } } }
}`;
interface QueueData {
  applicationsNeedingAttention: { reasons: string[]; workingDaysLeft: number; application: { id: string; deadline: string; applicant: { pin: string } } }[];
}

describe('withdrawApplication', () => {
  let applicationId = '';

  it('an applicant sees the working days left on a fresh application', async () => {
    const res = await gql<{ applyForAssistance: { application: { id: string; status: string; workingDaysLeft: number } } }>(APPLY, citizenA, { input: { householdId: H1 } });
    expect(res.errors).toBeUndefined();
    applicationId = res.data?.applyForAssistance.application.id ?? '';
    expect(res.data?.applyForAssistance.application).toMatchObject({ status: 'SUBMITTED', workingDaysLeft: 15 });
  });

  it('is refused to everyone but the applicant (household members, staff, engine, agencies) and writes nothing', async () => {
    expectRefused(await gql(WITHDRAW, null, { id: applicationId }), 'UNAUTHENTICATED');
    for (const claims of [bakuCaseworker, auditor, admin, ENGINE, agency]) expectRefused(await gql(WITHDRAW, claims, { id: applicationId }, purpose), 'FORBIDDEN');
    for (const claims of [citizenB, citizenC]) expectRefused(await gql(WITHDRAW, claims, { id: applicationId }), 'FORBIDDEN');
    // An id that does not exist reads exactly like someone else's application.
    const unknown = await gql(WITHDRAW, citizenC, { id: randomUUID() });
    expectRefused(unknown, 'FORBIDDEN');
    expect(unknown.errors?.[0]?.message).toBe((await gql(WITHDRAW, citizenC, { id: applicationId })).errors?.[0]?.message);
    expect(errorCodes(await gql(WITHDRAW, citizenA, { id: 'not-a-uuid' }))).toEqual(['BAD_USER_INPUT']);
    expect(await statusOf(applicationId)).toMatchObject({ status: 'SUBMITTED', withdrawn_at: null });
  });

  it('lets the applicant withdraw it; a replay changes nothing', async () => {
    const res = await gql<WithdrawData>(WITHDRAW, citizenA, { id: applicationId });
    expect(res.errors).toBeUndefined();
    expect(res.data?.withdrawApplication).toMatchObject({ changed: true, error: null, application: { id: applicationId, status: 'WITHDRAWN', workingDaysLeft: null } });
    const at = res.data?.withdrawApplication.application.withdrawnAt;
    expect(at).toBeTruthy();
    const replay = await gql<WithdrawData>(WITHDRAW, citizenA, { id: applicationId });
    expect(replay.data?.withdrawApplication).toMatchObject({ changed: false, error: null, application: { status: 'WITHDRAWN', withdrawnAt: at } });
  });

  it('the engine can no longer decide a withdrawn application', async () => {
    const res = await gql(
      `mutation($input: RecordDecisionInput!) { recordDecision(input: $input) { created } }`,
      ENGINE,
      {
        input: {
          idempotencyKey: `TSA:application:${applicationId}`, benefitCode: 'TSA', subjectPin: A, householdId: H1, applicationId, effectiveDate: '2026-12-01',
          outcome: 'REFUSED', ruleVersion: 'TSA@2020.1', reasonCode: 'INCOME_ABOVE_NEED_CRITERION', inputs: [], steps: [], parameters: [],
        },
      },
    );
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(await statusOf(applicationId)).toMatchObject({ status: 'WITHDRAWN' });
  });

  it('answers ALREADY_DECIDED for a decided application and writes nothing', async () => {
    const decided = await insertApplication(pool, { householdId: H1, applicantPin: A, status: 'DECIDED' });
    const res = await gql<WithdrawData>(WITHDRAW, citizenA, { id: decided });
    expect(res.errors).toBeUndefined();
    expect(res.data?.withdrawApplication).toMatchObject({ changed: false, error: { code: 'ALREADY_DECIDED' }, application: { status: 'DECIDED', withdrawnAt: null } });
    expect(await statusOf(decided)).toMatchObject({ status: 'DECIDED', withdrawn_at: null });
  });
});

describe('applicationsNeedingAttention', () => {
  const today = registryToday();
  const ids = { pastA: '', soonC: '', laterA: '', failedA: '', decidedPast: '' };

  beforeAll(async () => {
    await pool.query(`delete from benefits.application`);
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    ids.pastA = await insertApplication(pool, { householdId: H1, applicantPin: A, deadline: yesterday });
    ids.soonC = await insertApplication(pool, { householdId: randomUUID(), applicantPin: C, deadline: addWorkingDays(today, 2) });
    ids.laterA = await insertApplication(pool, { householdId: randomUUID(), applicantPin: B, deadline: addWorkingDays(today, 10) });
    ids.decidedPast = await insertApplication(pool, { householdId: H2, applicantPin: C, deadline: yesterday, status: 'DECIDED' });
    // One pending application per household: the queue's rows are of other households (the index
    // allows that), and the failed one is C's own, applied through the API.
    // An application whose decision job exhausted its retries: the job the application wrote, failed.
    const applied = await gql<{ applyForAssistance: { application: { id: string } } }>(APPLY, citizenC, { input: { householdId: H2, idempotencyKey: 'failed-job' } });
    ids.failedA = applied.data?.applyForAssistance.application.id ?? '';
    await pool.query(`update pgboss.job set state = 'failed' where name = $1 and id = $2`, [QUEUES.applicationsSubmitted, ids.failedA]);
  });

  it('is refused to citizens, agencies, the engine and staff without a declared purpose', async () => {
    expectRefused(await gql(QUEUE, null), 'UNAUTHENTICATED');
    for (const claims of [citizenA, agency, ENGINE]) expectRefused(await gql(QUEUE, claims, {}, purpose), 'FORBIDDEN');
    for (const claims of [bakuCaseworker, auditor]) expectRefused(await gql(QUEUE, claims), 'FORBIDDEN');
  });

  it('shows an auditor every undecided application past or near its deadline, and the failed one, earliest deadline first', async () => {
    const res = await gql<QueueData>(QUEUE, auditor, {}, purpose);
    expect(res.errors).toBeUndefined();
    const items = res.data?.applicationsNeedingAttention ?? [];
    expect(items.map((i) => i.application.id)).toEqual([ids.pastA, ids.soonC, ids.failedA]);
    expect(items[0]).toMatchObject({ reasons: ['PAST_DEADLINE'], workingDaysLeft: workingDaysBetween(today, items[0]?.application.deadline ?? '') });
    expect(items[0]?.workingDaysLeft).toBeLessThanOrEqual(0);
    expect(items[1]).toMatchObject({ reasons: ['DUE_SOON'], workingDaysLeft: 2 });
    expect(items[2]).toMatchObject({ reasons: ['DECISION_FAILED'], workingDaysLeft: 15 });
    // A wider window brings in the later one.
    const wide = await gql<QueueData>(QUEUE, admin, { within: 10 }, purpose);
    expect(wide.data?.applicationsNeedingAttention.map((i) => i.application.id)).toContain(ids.laterA);
  });

  it('shows a caseworker only the applications of people of their region, each read logged', async () => {
    logged.length = 0;
    const baku = await gql<QueueData>(QUEUE, bakuCaseworker, {}, purpose);
    expect(baku.data?.applicationsNeedingAttention.map((i) => i.application.id)).toEqual([ids.pastA]);
    const ganja = await gql<QueueData>(QUEUE, ganjaCaseworker, {}, purpose);
    expect(ganja.data?.applicationsNeedingAttention.map((i) => i.application.id)).toEqual([ids.soonC, ids.failedA]);
    expect(logged.map((e) => e.subjectPin).sort()).toEqual([A, C].sort());
  });

  it('refuses a window, limit or offset out of range as BAD_USER_INPUT', async () => {
    for (const variables of [{ within: -1 }, { within: 16 }, { limit: 0 }, { limit: 101 }, { offset: -1 }]) {
      expect(errorCodes(await gql(QUEUE, auditor, variables, purpose))).toEqual(['BAD_USER_INPUT']);
    }
  });
});

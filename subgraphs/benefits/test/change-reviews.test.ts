import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { addWorkingDays, findBenefitType, parameterOn, QUEUES, registryToday, startSubgraph, type RunningService } from '@usr/shared';
import { createTestDatabase, createTestTokens, ENGINE, errorCodes, postGraphQL, startDirectoryStub, type DirectoryStub, type TestDatabase, type TestTokenClaims, type TestTokens } from '@usr/shared/testing';
import { CHANGE_REVIEW_STATUSES } from '../src/entities/change-review.ts';
import { benefitsSubgraph } from '../src/index.ts';
import { insertDecision } from './fixtures.ts';

/**
 * Issue 13, item 2: a self-declared change that would raise an amount opens a review item (the
 * engine's), seen by caseworkers of the household's region, appeals officers, auditors and
 * administrators, closed by a caseworker of that region or an appeals officer with a reason (a job
 * for the engine's SMS), never by anyone else. Real tokens, real PostgreSQL, the real job table.
 */
const A = '5AZK7P2'; // Baku
const H1 = randomUUID();
const citizen: TestTokenClaims = { roles: ['citizen'], pin: A };
const baku: TestTokenClaims = { roles: ['caseworker'], region: 'baku' };
const ganja: TestTokenClaims = { roles: ['caseworker'], region: 'ganja-dashkasan' };
const officer: TestTokenClaims = { roles: ['appeals-officer'] };
const auditor: TestTokenClaims = { roles: ['auditor'] };
const admin: TestTokenClaims = { roles: ['registry-admin'] };
const agency: TestTokenClaims = { roles: ['agency-feed'], agency: 'taxes', serviceAccount: true };
const purpose = { 'x-purpose-of-use': 'TSA_APPLICATION_ASSESSMENT' };

let db: TestDatabase;
let tokens: TestTokens;
let service: RunningService;
let directory: DirectoryStub;
let pool: pg.Pool;

beforeAll(async () => {
  db = await createTestDatabase(inject('adminDatabaseUrl'));
  tokens = await createTestTokens();
  directory = await startDirectoryStub({ regions: { [A]: 'baku' }, households: { [A]: [A] }, householdIds: { [A]: H1 } });
  service = await startSubgraph(benefitsSubgraph, { databaseUrl: db.url, port: 0, auth: { verifier: tokens.verifier, directory: { personsUrl: directory.personsUrl, householdsUrl: directory.householdsUrl } } });
  pool = new pg.Pool({ connectionString: db.url, max: 2 });
});

afterAll(async () => {
  await pool?.end();
  await service?.stop();
  await directory?.close();
  await db?.drop();
});

const gql = async <T = Record<string, unknown>>(query: string, claims: TestTokenClaims | null, variables: Record<string, unknown> = {}, headers: Record<string, string> = purpose) =>
  postGraphQL<T>(service.url, query, variables, { ...(claims ? { authorization: await tokens.bearer(claims) } : {}), ...headers });

const FIELDS = 'id status deadline workingDaysLeft regionCode factIds currentAmount declaredAmount reason subject { pin }';
const OPEN = `mutation($input: OpenChangeReviewInput!) { openChangeReview(input: $input) { changed review { ${FIELDS} } } }`;
const QUEUE = `query($status: ChangeReviewStatus) { changeReviews(status: $status) { ${FIELDS} } }`;
const CLOSE = `mutation($input: CloseChangeReviewInput!) { closeChangeReview(input: $input) { changed review { ${FIELDS} } } }`;
const CONFIRM = `mutation($id: ID!) { confirmChangeReview(reviewId: $id) { changed review { status } } }`;
interface Review { id: string; status: string; deadline: string; regionCode: string; reason: string | null }
const count = async (where: string, params: unknown[] = []) => Number((await pool.query<{ n: string }>(`select count(*) as n from ${where}`, params)).rows[0]?.n);

const openOne = async (key: string) => {
  const decisionId = await insertDecision(pool, { subjectPin: A, householdId: H1 });
  const input = { idempotencyKey: key, decisionId, subjectPin: A, householdId: H1, regionCode: 'baku', factIds: [randomUUID()], currentAmount: '300.00', declaredAmount: '420.00' };
  const res = await gql<{ openChangeReview: { changed: boolean; review: Review } }>(OPEN, ENGINE, { input }, {});
  expect(res.errors).toBeUndefined();
  return { input, review: res.data?.openChangeReview.review as Review, changed: res.data?.openChangeReview.changed };
};

describe('review items of self-declared raises', () => {
  let first: Review;

  it('only the engine opens one; its deadline is the benefit’s review period in working days; a replay of the key opens nothing', async () => {
    for (const as of [citizen, baku, officer, auditor, admin, agency]) {
      const decisionId = await insertDecision(pool, { subjectPin: A });
      const input = { idempotencyKey: 'x', decisionId, subjectPin: A, regionCode: 'baku', factIds: [randomUUID()], currentAmount: '1.00', declaredAmount: '2.00' };
      expect(errorCodes(await gql(OPEN, as, { input })), JSON.stringify(as.roles)).toEqual(expect.arrayContaining([expect.stringMatching(/FORBIDDEN|UNAUTHORIZED_FIELD_OR_TYPE/)]));
    }
    expect(await count('benefits.change_review')).toBe(0);
    const opened = await openOne('TSA:review:one');
    first = opened.review;
    expect(opened.changed).toBe(true);
    const today = registryToday();
    const days = parameterOn(findBenefitType('TSA')?.parameters.find((p) => p.name === 'reviewWorkingDays') ?? { name: '', unit: 'DAYS', description: '', values: [] }, today)?.value ?? -1;
    expect(first).toMatchObject({ status: 'OPEN', deadline: addWorkingDays(today, days), regionCode: 'baku', subject: { pin: A } });
    const replay = await gql<{ openChangeReview: { changed: boolean; review: Review } }>(OPEN, ENGINE, { input: opened.input }, {});
    expect(replay.data?.openChangeReview).toMatchObject({ changed: false, review: { id: first.id } });
    expect(await count('benefits.change_review')).toBe(1);
  });

  it('the queue shows it to the region’s caseworker, appeals officers, auditors and admins; not to another region; refused to others', async () => {
    for (const as of [baku, officer, auditor, admin]) {
      const res = await gql<{ changeReviews: Review[] }>(QUEUE, as);
      expect(res.errors, JSON.stringify(as.roles)).toBeUndefined();
      expect(res.data?.changeReviews.map((r) => r.id)).toEqual([first.id]);
    }
    expect((await gql<{ changeReviews: Review[] }>(QUEUE, ganja)).data?.changeReviews).toEqual([]);
    for (const as of [citizen, agency, ENGINE]) expect(errorCodes(await gql(QUEUE, as)), JSON.stringify(as.roles)).toEqual(['FORBIDDEN']);
    expect(errorCodes(await gql(QUEUE, baku, {}, {}))).toEqual(['FORBIDDEN']); // no purpose declared
  });

  it('is closed by the region’s caseworker or an appeals officer with a reason, one job for the SMS; refused to others; a replay changes nothing', async () => {
    const input = { reviewId: first.id, accept: false, reason: 'The tenancy contract does not name the person.' };
    for (const as of [citizen, ganja, auditor, admin, agency, ENGINE]) expect(errorCodes(await gql(CLOSE, as, { input })), JSON.stringify(as.roles)).toEqual(['FORBIDDEN']);
    expect(errorCodes(await gql(CLOSE, baku, { input: { ...input, reason: '  ' } }))).toEqual(['BAD_USER_INPUT']);
    expect(await count('pgboss.job where name = $1', [QUEUES.changeReviewsClosed])).toBe(0);
    const closed = await gql<{ closeChangeReview: { changed: boolean; review: Review } }>(CLOSE, baku, { input });
    expect(closed.data?.closeChangeReview).toMatchObject({ changed: true, review: { status: 'REJECTED', reason: input.reason } });
    const replay = await gql<{ closeChangeReview: { changed: boolean } }>(CLOSE, baku, { input });
    expect(replay.data?.closeChangeReview.changed).toBe(false);
    expect(errorCodes(await gql(CLOSE, officer, { input: { ...input, accept: true } }))).toEqual(['BAD_USER_INPUT']);
    expect(await count('pgboss.job where name = $1 and id = $2', [QUEUES.changeReviewsClosed, first.id])).toBe(1);
    expect((await gql<{ changeReviews: Review[] }>(QUEUE, officer)).data?.changeReviews).toEqual([]);
  });

  it('an appeals officer accepts one; the engine confirms another (no job: the re-decision tells the citizen)', async () => {
    const accepted = (await openOne('TSA:review:two')).review;
    const res = await gql<{ closeChangeReview: { review: Review } }>(CLOSE, officer, { input: { reviewId: accepted.id, accept: true, reason: 'The birth certificate was shown at the office.' } });
    expect(res.data?.closeChangeReview.review.status).toBe('ACCEPTED');
    const confirmed = (await openOne('TSA:review:three')).review;
    for (const as of [baku, officer, citizen]) expect(errorCodes(await gql(CONFIRM, as, { id: confirmed.id })), JSON.stringify(as.roles)).toEqual(expect.arrayContaining([expect.stringMatching(/FORBIDDEN|UNAUTHORIZED_FIELD_OR_TYPE/)]));
    const done = await gql<{ confirmChangeReview: { changed: boolean; review: { status: string } } }>(CONFIRM, ENGINE, { id: confirmed.id }, {});
    expect(done.data?.confirmChangeReview).toEqual({ changed: true, review: { status: 'CONFIRMED' } });
    expect(await count('pgboss.job where name = $1 and id = $2', [QUEUES.changeReviewsClosed, confirmed.id])).toBe(0);
    // Every status reads back through the queue's filter.
    for (const status of CHANGE_REVIEW_STATUSES) expect((await gql<{ changeReviews: Review[] }>(QUEUE, auditor, { status })).data?.changeReviews).toHaveLength(status === 'OPEN' ? 0 : 1);
  });
});

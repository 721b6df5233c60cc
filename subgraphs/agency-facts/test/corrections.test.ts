import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { queryCounter, startSubgraph, type RunningService, type SubgraphModule } from '@usr/shared';
import { createTestDatabase, createTestTokens, ENGINE, errorCodes, postGraphQL, type TestDatabase, type TestTokenClaims, type TestTokens, startDirectoryStub, type DirectoryStub } from '@usr/shared/testing';
import type { FactsContext } from '../src/context.ts';
import { factsSubgraph } from '../src/index.ts';
import { factSeeder, UNREGISTERED } from './fixtures.ts';

/** Issue "Agency data exchange": citizens contest facts, the owning agency answers. */

let db: TestDatabase;
let service: RunningService;
let tokens: TestTokens;
/** The population register (the persons subgraph's register route): every PIN registered but UNREGISTERED. */
let register: DirectoryStub;
let pool: pg.Pool;

const PIN = 'CRCT001';
const OTHER_PIN = 'CRCT002';
const CITIZEN: TestTokenClaims = { roles: ['citizen'], pin: PIN };
const OTHER_CITIZEN: TestTokenClaims = { roles: ['citizen'], pin: OTHER_PIN };
const TAXES: TestTokenClaims = { roles: ['agency-feed'], agency: 'taxes', serviceAccount: true };
const LABOUR: TestTokenClaims = { roles: ['agency-feed'], agency: 'labour', serviceAccount: true };
const AUDITOR: TestTokenClaims = { roles: ['auditor'] };
const CASEWORKER: TestTokenClaims = { roles: ['caseworker'], region: 'baku' };
const PURPOSE = { 'x-purpose-of-use': 'CORRECTION_REQUEST' };
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

/** The persons subgraph would tell the region; here it is told locally. */
const REGIONS: Record<string, string> = { [PIN]: 'baku', [OTHER_PIN]: 'ganja-dashkasan' };
const regionsKnown: SubgraphModule<FactsContext> = {
  ...factsSubgraph,
  createContext: (base, req) =>
    factsSubgraph.createContext(
      {
        ...base,
        directory: { ...base.directory, regionOf: async (pin) => REGIONS[pin] },
        recordAccess: (local) => base.recordAccess({ regionOf: async (pin) => REGIONS[pin], ...local }),
      },
      req,
    ),
};

beforeAll(async () => {
  db = await createTestDatabase(inject('adminDatabaseUrl'));
  tokens = await createTestTokens();
  register = await startDirectoryStub({ regions: {}, households: {}, unregistered: UNREGISTERED });
  service = await startSubgraph(regionsKnown, { databaseUrl: db.url, port: 0, auth: { verifier: tokens.verifier, directory: { personsUrl: register.personsUrl } } });
  pool = new pg.Pool({ connectionString: db.url, max: 2 });
});

afterAll(async () => {
  await pool?.end();
  await service?.stop();
  await register?.close();
  await db?.drop();
});

const gql = async <D = Record<string, unknown>>(query: string, variables: Record<string, unknown>, as: TestTokenClaims, headers: Record<string, string> = {}) =>
  postGraphQL<D>(service.url, query, variables, { authorization: await tokens.bearer(as), ...headers });

interface Request {
  id: string;
  status: string;
  reason: string;
  requestedAt: string;
  answeredAt: string | null;
  answerReason: string | null;
  answeredBy: string | null;
  fact: { id: string; contested: boolean };
  correctingFact: { id: string; value: { amount?: string } } | null;
}
const REQUEST_FIELDS = 'id status reason requestedAt answeredAt answerReason answeredBy fact { id contested } correctingFact { id value { ... on IncomeValue { amount } } }';

const REQUEST = `mutation($factId: ID!, $reason: String!) { requestFactCorrection(factId: $factId, reason: $reason) { ${REQUEST_FIELDS} } }`;
const ANSWER = `mutation($id: ID!, $outcome: CorrectionOutcome!, $reason: String, $correctingFactId: ID) {
  answerCorrectionRequest(id: $id, outcome: $outcome, reason: $reason, correctingFactId: $correctingFactId) { ${REQUEST_FIELDS} } }`;
const LIST = `query($status: CorrectionStatus, $page: PageInput) { correctionRequests(status: $status, page: $page) { items { ${REQUEST_FIELDS} } hasMore limit offset } }`;
const OF_PERSON = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { correctionRequests { ${REQUEST_FIELDS} } } } }`;

const request = (factId: string, reason: string, as: TestTokenClaims = CITIZEN) =>
  gql<{ requestFactCorrection: Request }>(REQUEST, { factId, reason }, as);
const answer = (id: string, vars: { outcome: string; reason?: string | null; correctingFactId?: string | null }, as: TestTokenClaims = TAXES) =>
  gql<{ answerCorrectionRequest: Request }>(ANSWER, { id, ...vars }, as);
const list = (vars: Record<string, unknown> = {}, as: TestTokenClaims = TAXES) =>
  gql<{ correctionRequests: { items: Request[]; hasMore: boolean } }>(LIST, vars, as);
const ofPerson = (pin: string, as: TestTokenClaims, headers: Record<string, string> = {}) =>
  gql<{ _entities: Array<{ correctionRequests: Request[] }> }>(OF_PERSON, { r: [{ __typename: 'Person', pin }] }, as, headers);

let sequence = 0;
/** Submits an INCOME fact through submitFacts, as the tax service does; returns its id. */
const submitIncome = async (amount: number, ref = `CR-${++sequence}`, pin = PIN): Promise<{ id: string; ref: string }> => {
  const res = await gql<{ submitFacts: { results: Array<{ outcome: string; fact: { id: string } | null }> } }>(
    `mutation($facts: [FactInput!]!) { submitFacts(facts: $facts) { results { outcome fact { id } } } }`,
    { facts: [{ subjectPin: pin, kind: 'INCOME', value: { amount, month: '2025-01', source: 'SALARY' }, validFrom: '2025-01-01', validTo: '2025-01-31', sourceReference: ref }] },
    TAXES,
  );
  expect(res.errors).toBeUndefined();
  const id = res.data?.submitFacts.results[0]?.fact?.id;
  if (!id) throw new Error('fact not stored');
  return { id, ref };
};

const requestCount = async (): Promise<number> => Number((await pool.query<{ n: string }>(`select count(*) as n from facts.correction_request`)).rows[0]?.n);

const mustRequest = async (factId: string, reason = 'I never worked there in January.'): Promise<Request> => {
  const res = await request(factId, reason);
  expect(res.errors).toBeUndefined();
  const created = res.data?.requestFactCorrection;
  if (!created) throw new Error('no request');
  return created;
};

describe('correction round trip', () => {
  it('citizen requests, the agency lists and answers CORRECTED with a fact submitted via submitFacts, the citizen sees it', async () => {
    const contested = await submitIncome(900);
    const created = await mustRequest(contested.id);
    expect(created).toMatchObject({ status: 'OPEN', reason: 'I never worked there in January.', answeredAt: null, answerReason: null, correctingFact: null, fact: { id: contested.id, contested: true } });

    const queue = await list({ status: 'OPEN' });
    expect(queue.errors).toBeUndefined();
    expect(queue.data?.correctionRequests.items.map((r) => r.id)).toContain(created.id);

    const corrected = await submitIncome(0, contested.ref);
    const answered = await answer(created.id, { outcome: 'CORRECTED', reason: 'Employer report was wrong.', correctingFactId: corrected.id });
    expect(answered.errors).toBeUndefined();
    expect(answered.data?.answerCorrectionRequest).toMatchObject({
      id: created.id,
      status: 'CORRECTED',
      answerReason: 'Employer report was wrong.',
      fact: { id: contested.id, contested: false },
      correctingFact: { id: corrected.id, value: { amount: '0.00' } },
    });
    expect(answered.data?.answerCorrectionRequest.answeredAt).not.toBeNull();

    const mine = await ofPerson(PIN, CITIZEN);
    expect(mine.errors).toBeUndefined();
    expect(mine.data?._entities[0]?.correctionRequests.find((r) => r.id === created.id)).toMatchObject({ status: 'CORRECTED', correctingFact: { id: corrected.id } });
    expect((await list({ status: 'OPEN' })).data?.correctionRequests.items.map((r) => r.id)).not.toContain(created.id);
    expect((await list({ status: 'CORRECTED' })).data?.correctionRequests.items.map((r) => r.id)).toContain(created.id);
  });

  it('answers CONFIRMED (the fact stands) and REJECTED (with a reason); a replay is unchanged, a different answer is CONFLICT', async () => {
    const confirmedReq = await mustRequest((await submitIncome(910)).id);
    const confirmed = await answer(confirmedReq.id, { outcome: 'CONFIRMED' });
    expect(confirmed.errors).toBeUndefined();
    expect(confirmed.data?.answerCorrectionRequest).toMatchObject({ status: 'CONFIRMED', answerReason: null, correctingFact: null, fact: { contested: false } });

    const rejectedReq = await mustRequest((await submitIncome(920)).id);
    const rejected = await answer(rejectedReq.id, { outcome: 'REJECTED', reason: 'Payroll records confirm the amount.' });
    expect(rejected.data?.answerCorrectionRequest).toMatchObject({ status: 'REJECTED', answerReason: 'Payroll records confirm the amount.' });

    const replay = await answer(rejectedReq.id, { outcome: 'REJECTED', reason: 'Payroll records confirm the amount.' });
    expect(replay.errors).toBeUndefined();
    expect(replay.data?.answerCorrectionRequest.answeredAt).toBe(rejected.data?.answerCorrectionRequest.answeredAt);
    expect(errorCodes(await answer(rejectedReq.id, { outcome: 'CONFIRMED' }))).toEqual(['CONFLICT']);
    expect(errorCodes(await answer(rejectedReq.id, { outcome: 'REJECTED', reason: 'Another reason.' }))).toEqual(['CONFLICT']);
    expect(errorCodes(await answer(confirmedReq.id, { outcome: 'REJECTED', reason: 'Changed my mind.' }))).toEqual(['CONFLICT']);

    // Once answered, the citizen may contest the same fact again.
    const again = await mustRequest(confirmedReq.fact.id, 'Still wrong.');
    expect(again.id).not.toBe(confirmedReq.id);
  });

  it('returns the existing OPEN request to a repeated request, writing nothing', async () => {
    const fact = await submitIncome(930);
    const first = await mustRequest(fact.id);
    const before = await requestCount();
    const [second, third] = await Promise.all([mustRequest(fact.id, 'Said differently.'), mustRequest(fact.id)]);
    expect(second.id).toBe(first.id);
    expect(third.id).toBe(first.id);
    expect(second.reason).toBe(first.reason);
    expect(await requestCount()).toBe(before);
  });
});

describe('who may do what', () => {
  it('refuses another citizen, and a fact that does not exist, alike (FORBIDDEN)', async () => {
    const fact = await submitIncome(940);
    const before = await requestCount();
    const other = await request(fact.id, 'Not mine but I object.', OTHER_CITIZEN);
    const unknown = await request(UNKNOWN_ID, 'No such fact.');
    expect(errorCodes(other)).toEqual(['FORBIDDEN']);
    expect(errorCodes(unknown)).toEqual(['FORBIDDEN']);
    expect(other.errors?.[0]?.message).toBe(unknown.errors?.[0]?.message);
    expect(await requestCount()).toBe(before);
  });

  it('refuses another agency: answering (FORBIDDEN, like an unknown id) and listing (none of the other agency’s requests)', async () => {
    const req = await mustRequest((await submitIncome(950)).id);
    const wrong = await answer(req.id, { outcome: 'CONFIRMED' }, LABOUR);
    const unknown = await answer(UNKNOWN_ID, { outcome: 'CONFIRMED' }, LABOUR);
    expect(errorCodes(wrong)).toEqual(['FORBIDDEN']);
    expect(errorCodes(unknown)).toEqual(['FORBIDDEN']);
    expect(wrong.errors?.[0]?.message).toBe(unknown.errors?.[0]?.message);
    const theirs = await list({}, LABOUR);
    expect(theirs.errors).toBeUndefined();
    expect(theirs.data?.correctionRequests.items).toEqual([]);
    const status = await pool.query<{ status: string }>(`select status from facts.correction_request where id = $1`, [req.id]);
    expect(status.rows[0]?.status).toBe('OPEN');
  });

  it('refuses every mutation and the queue to auditors, the engine and administrators, whatever other roles their tokens hold (caseworkers: see below)', async () => {
    const fact = await submitIncome(960);
    const req = await mustRequest(fact.id);
    const before = await requestCount();
    const callers: TestTokenClaims[] = [
      AUDITOR,
      ENGINE,
      { roles: ['registry-admin'] },
      { roles: ['auditor', 'citizen'], pin: PIN },
      { roles: ['auditor', 'agency-feed'], agency: 'taxes', serviceAccount: true },
      { roles: ['decision-engine', 'agency-feed'], agency: 'taxes', serviceAccount: true },
    ];
    for (const caller of callers) {
      const filed = await gql(REQUEST, { factId: fact.id, reason: 'Objection.' }, caller, PURPOSE);
      expect(errorCodes(filed), JSON.stringify(caller)).toEqual(['FORBIDDEN']);
      const answered = await gql(ANSWER, { id: req.id, outcome: 'CONFIRMED' }, caller, PURPOSE);
      expect(errorCodes(answered), JSON.stringify(caller)).toEqual(['FORBIDDEN']);
      expect(errorCodes(await gql(LIST, {}, caller, PURPOSE)), JSON.stringify(caller)).toEqual(['FORBIDDEN']);
    }
    // An agency feed never files requests; a citizen never answers them; nobody anonymous does anything.
    expect(errorCodes(await request(fact.id, 'Objection.', TAXES))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await answer(req.id, { outcome: 'CONFIRMED' }, CITIZEN))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await postGraphQL(service.url, REQUEST, { factId: fact.id, reason: 'x' }))).toEqual(['UNAUTHENTICATED']);
    expect(await requestCount()).toBe(before);
    const status = await pool.query<{ status: string }>(`select status from facts.correction_request where id = $1`, [req.id]);
    expect(status.rows[0]?.status).toBe('OPEN');
  });

  it('shows Person.correctionRequests to the person, caseworkers of the region and auditors, and to no one else', async () => {
    const req = await mustRequest((await submitIncome(970)).id);
    const ids = (res: Awaited<ReturnType<typeof ofPerson>>) => res.data?._entities[0]?.correctionRequests.map((r) => r.id);
    expect(ids(await ofPerson(PIN, CITIZEN))).toContain(req.id);
    expect(ids(await ofPerson(PIN, CASEWORKER, PURPOSE))).toContain(req.id);
    expect(ids(await ofPerson(PIN, AUDITOR, PURPOSE))).toContain(req.id);
    expect(errorCodes(await ofPerson(PIN, OTHER_CITIZEN))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await ofPerson(PIN, { roles: ['caseworker'], region: 'ganja-dashkasan' }, PURPOSE))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await ofPerson(PIN, AUDITOR))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await ofPerson(PIN, TAXES))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await ofPerson(PIN, ENGINE))).toEqual(['FORBIDDEN']);
  });
});

describe('caseworkers resolve the requests of their region', () => {
  const GANJA: TestTokenClaims = { roles: ['caseworker'], region: 'ganja-dashkasan' };
  const queue = async (as: TestTokenClaims, headers: Record<string, string> = PURPOSE) => {
    const res = await gql<{ correctionRequests: { items: Request[] } }>(LIST, { status: 'OPEN', page: { limit: 100 } }, as, headers);
    expect(res.errors).toBeUndefined();
    return res.data?.correctionRequests.items.map((r) => r.id) ?? [];
  };
  const status = async (id: string) => (await pool.query<{ status: string; answered_by: string | null }>(`select status, answered_by from facts.correction_request where id = $1`, [id])).rows[0];

  it('lists the OPEN requests about people of the caseworker’s region only, both ways', async () => {
    const baku = await mustRequest((await submitIncome(1010)).id);
    const ganjaFact = await submitIncome(1020, undefined, OTHER_PIN);
    const ganja = (await request(ganjaFact.id, 'Not mine.', OTHER_CITIZEN)).data?.requestFactCorrection;
    expect(ganja).toBeDefined();
    const bakuQueue = await queue(CASEWORKER);
    expect(bakuQueue).toContain(baku.id);
    expect(bakuQueue).not.toContain(ganja?.id);
    const ganjaQueue = await queue(GANJA);
    expect(ganjaQueue).toContain(ganja?.id);
    expect(ganjaQueue).not.toContain(baku.id);
  });

  it('lets a caseworker of the region REJECT with a reason (answeredBy CASEWORKER); a replay is unchanged, the agency then gets CONFLICT', async () => {
    const req = await mustRequest((await submitIncome(1030)).id);
    const first = await gql<{ answerCorrectionRequest: Request }>(ANSWER, { id: req.id, outcome: 'REJECTED', reason: 'The employer’s payroll confirms the payment.' }, CASEWORKER, PURPOSE);
    expect(first.errors).toBeUndefined();
    expect(first.data?.answerCorrectionRequest).toMatchObject({ status: 'REJECTED', answeredBy: 'CASEWORKER', answerReason: 'The employer’s payroll confirms the payment.', fact: { contested: false } });
    const replay = await gql<{ answerCorrectionRequest: Request }>(ANSWER, { id: req.id, outcome: 'REJECTED', reason: 'The employer’s payroll confirms the payment.' }, CASEWORKER, PURPOSE);
    expect(replay.data?.answerCorrectionRequest.answeredAt).toBe(first.data?.answerCorrectionRequest.answeredAt);
    expect(errorCodes(await answer(req.id, { outcome: 'CONFIRMED' }))).toEqual(['CONFLICT']);
    expect(await status(req.id)).toEqual({ status: 'REJECTED', answered_by: 'CASEWORKER' });
    // The citizen follows it.
    const mine = await ofPerson(PIN, CITIZEN);
    expect(mine.data?._entities[0]?.correctionRequests.find((r) => r.id === req.id)).toMatchObject({ status: 'REJECTED', answeredBy: 'CASEWORKER' });
  });

  it('lets a caseworker CONFIRM with a reason, but never CORRECT (the agency’s), nor answer without a reason or a purpose', async () => {
    const req = await mustRequest((await submitIncome(1040)).id);
    const corrected = await submitIncome(1041);
    expect(errorCodes(await gql(ANSWER, { id: req.id, outcome: 'CORRECTED', correctingFactId: corrected.id }, CASEWORKER, PURPOSE))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await gql(ANSWER, { id: req.id, outcome: 'CONFIRMED' }, CASEWORKER, PURPOSE))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await gql(ANSWER, { id: req.id, outcome: 'CONFIRMED', reason: 'Checked.' }, CASEWORKER))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await gql(LIST, {}, CASEWORKER))).toEqual(['FORBIDDEN']);
    expect((await status(req.id))?.status).toBe('OPEN');
    const confirmed = await gql<{ answerCorrectionRequest: Request }>(ANSWER, { id: req.id, outcome: 'CONFIRMED', reason: 'Checked with the tax office.' }, CASEWORKER, PURPOSE);
    expect(confirmed.data?.answerCorrectionRequest).toMatchObject({ status: 'CONFIRMED', answeredBy: 'CASEWORKER' });
  });

  it('refuses a caseworker of another region (FORBIDDEN, like an unknown id) and leaves the request OPEN', async () => {
    const req = await mustRequest((await submitIncome(1050)).id);
    const other = await gql(ANSWER, { id: req.id, outcome: 'REJECTED', reason: 'No.' }, GANJA, PURPOSE);
    const unknown = await gql(ANSWER, { id: UNKNOWN_ID, outcome: 'REJECTED', reason: 'No.' }, GANJA, PURPOSE);
    expect(errorCodes(other)).toEqual(['FORBIDDEN']);
    expect(other.errors?.[0]?.message).toBe(unknown.errors?.[0]?.message);
    expect(await status(req.id)).toEqual({ status: 'OPEN', answered_by: null });
    // Caseworkers never file requests.
    expect(errorCodes(await gql(REQUEST, { factId: req.fact.id, reason: 'Objection.' }, CASEWORKER, PURPOSE))).toEqual(['FORBIDDEN']);
  });

  it('keeps requests against health facts from caseworkers without the health scope, in the queue and when answering', async () => {
    const seed = factSeeder(db.url);
    const disability = await seed.fact({ pin: PIN, kind: 'DISABILITY', value: { group: 'II', cause: 'GENERAL' }, validFrom: '2024-01-01' });
    await seed.close();
    const req = await mustRequest(disability, 'My group was changed to III.');
    expect(await queue(CASEWORKER)).not.toContain(req.id);
    expect(errorCodes(await gql(ANSWER, { id: req.id, outcome: 'REJECTED', reason: 'No.' }, CASEWORKER, PURPOSE))).toEqual(['FORBIDDEN']);
    const HEALTH: TestTokenClaims = { roles: ['caseworker', 'health-data'], region: 'baku', scope: 'health' };
    expect(await queue(HEALTH)).toContain(req.id);
    const answered = await gql<{ answerCorrectionRequest: Request }>(ANSWER, { id: req.id, outcome: 'CONFIRMED', reason: 'Commission decision stands.' }, HEALTH, PURPOSE);
    expect(answered.data?.answerCorrectionRequest.status).toBe('CONFIRMED');
  });
});

describe('bad input', () => {
  const noPersonalData = (res: { errors?: ReadonlyArray<{ message: string }> }, ...secrets: string[]) => {
    const text = JSON.stringify(res.errors);
    for (const secret of [PIN, ...secrets]) expect(text).not.toContain(secret);
  };

  it('refuses malformed ids, blank or overlong reasons and superseded facts as BAD_USER_INPUT, echoing nothing', async () => {
    const fact = await submitIncome(980);
    const before = await requestCount();
    for (const [factId, reason] of [
      ['not-a-uuid-secret-1', 'Reason.'],
      [fact.id, ''],
      [fact.id, '   '],
      [fact.id, `secret-text-${'x'.repeat(1000)}`],
    ] as const) {
      const res = await request(factId, reason);
      expect(errorCodes(res), reason.slice(0, 20)).toEqual(['BAD_USER_INPUT']);
      noPersonalData(res, 'not-a-uuid-secret-1', 'secret-text');
    }
    await submitIncome(981, fact.ref);
    const superseded = await request(fact.id, 'Too late.');
    expect(errorCodes(superseded)).toEqual(['BAD_USER_INPUT']);
    noPersonalData(superseded, fact.id);
    expect(await requestCount()).toBe(before);
  });

  it('refuses incomplete or inconsistent answers as BAD_USER_INPUT and leaves the request OPEN', async () => {
    const contested = await submitIncome(990);
    const req = await mustRequest(contested.id);
    const unrelated = await submitIncome(991, undefined, OTHER_PIN);
    const olderSameSubject = await submitIncome(992);
    const cases = [
      { id: 'not-a-uuid-secret-2', vars: { outcome: 'CONFIRMED' } },
      { id: req.id, vars: { outcome: 'REJECTED' } },
      { id: req.id, vars: { outcome: 'REJECTED', reason: ' ' } },
      { id: req.id, vars: { outcome: 'CORRECTED' } },
      { id: req.id, vars: { outcome: 'CORRECTED', correctingFactId: 'not-a-uuid-secret-2' } },
      { id: req.id, vars: { outcome: 'CORRECTED', correctingFactId: UNKNOWN_ID } },
      { id: req.id, vars: { outcome: 'CORRECTED', correctingFactId: contested.id } },
      { id: req.id, vars: { outcome: 'CORRECTED', correctingFactId: unrelated.id } },
      // Same subject and kind, but recorded before the contested fact: it replaces nothing.
      { id: req.id, vars: { outcome: 'CORRECTED', correctingFactId: olderSameSubject.id } },
      { id: req.id, vars: { outcome: 'CONFIRMED', correctingFactId: unrelated.id } },
    ];
    // The older fact must predate the contested one for the last-but-one case.
    await pool.query(`update facts.fact set recorded_at = recorded_at - interval '1 day' where id = $1`, [olderSameSubject.id]);
    for (const { id, vars } of cases) {
      const res = await answer(id, vars);
      expect(errorCodes(res), JSON.stringify(vars)).toEqual(['BAD_USER_INPUT']);
      noPersonalData(res, 'not-a-uuid-secret-2', OTHER_PIN);
    }
    const status = await pool.query<{ status: string }>(`select status from facts.correction_request where id = $1`, [req.id]);
    expect(status.rows[0]?.status).toBe('OPEN');
    expect(errorCodes(await list({ page: { limit: 0 } }))).toEqual(['BAD_USER_INPUT']);
  });

  it('accepts a replacement sent under a new source reference as the correcting fact', async () => {
    const contested = await submitIncome(1000);
    const req = await mustRequest(contested.id);
    const replacement = await submitIncome(1001);
    const res = await answer(req.id, { outcome: 'CORRECTED', correctingFactId: replacement.id });
    expect(res.errors).toBeUndefined();
    expect(res.data?.answerCorrectionRequest).toMatchObject({ status: 'CORRECTED', correctingFact: { id: replacement.id } });
  });
});

describe('Fact.contested', () => {
  it('is read for N facts in ONE statement', async () => {
    const pins = ['CNTS001', 'CNTS002', 'CNTS003', 'CNTS004'];
    const seed = factSeeder(db.url);
    try {
      for (const pin of pins) await seed.monthlyIncome(pin, 3);
    } finally {
      await seed.close();
    }
    const [first] = (await pool.query<{ id: string }>(`select id from facts.fact where subject_pin = 'CNTS001' order by valid_from limit 1`)).rows;
    const filed = await request(first?.id ?? '', 'Wrong month.', { roles: ['citizen'], pin: 'CNTS001' });
    expect(filed.errors).toBeUndefined();
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { facts { items { id contested } } } } }`;
    const run = (n: number) =>
      queryCounter.during(() => gql<{ _entities: Array<{ facts: { items: Array<{ id: string; contested: boolean }> } }> }>(query, { r: pins.slice(0, n).map((pin) => ({ __typename: 'Person', pin })) }, ENGINE));
    const one = await run(1);
    const all = await run(pins.length);
    expect(all.result.errors).toBeUndefined();
    const items = all.result.data?._entities.flatMap((e) => e.facts.items) ?? [];
    expect(items).toHaveLength(12);
    expect(items.filter((f) => f.contested).map((f) => f.id)).toEqual([first?.id]);
    // One statement for the pages of facts, ONE for every fact's `contested`, whatever N.
    expect(one.statements).toBe(2);
    expect(all.statements).toBe(2);
  });
});

/** Issue 13, item 6: "forward to the owning agency: the citizen may be right", and the SMS job of every answer. */
describe('caseworkers forward a request to the owning agency', () => {
  const GANJA: TestTokenClaims = { roles: ['caseworker'], region: 'ganja-dashkasan' };
  const FORWARD_REASON = 'The employer closed in December; the citizen may be right.';
  const answeredJobs = async (requestId: string) =>
    (await pool.query<{ data: Record<string, unknown> }>(`select data from pgboss.job where name = 'corrections.answered' and data->>'requestId' = $1 order by created_on`, [requestId])).rows.map((r) => r.data);
  const forwardOf = async (id: string) =>
    (await pool.query<{ status: string; forwarded_at: Date | null; forward_reason: string | null; answered_by: string | null }>(`select status, forwarded_at, forward_reason, answered_by from facts.correction_request where id = $1`, [id])).rows[0];
  const FORWARD_FIELDS = `id status answeredBy answeredAt forwardedAt forwardReason fact { id contested value { ... on IncomeValue { amount } } }`;
  const FORWARD = `mutation($id: ID!, $outcome: CorrectionOutcome!, $reason: String, $correctingFactId: ID) {
    answerCorrectionRequest(id: $id, outcome: $outcome, reason: $reason, correctingFactId: $correctingFactId) { ${FORWARD_FIELDS} } }`;
  interface Forwarded { id: string; status: string; answeredBy: string | null; answeredAt: string | null; forwardedAt: string | null; forwardReason: string | null; fact: { id: string; contested: boolean; value: { amount?: string } } }

  it('refuses a forward to anyone but a caseworker of the region, with a reason; the agency cannot forward to itself', async () => {
    const contested = await submitIncome(640);
    const req = await mustRequest(contested.id);
    const vars = { id: req.id, outcome: 'FORWARDED', reason: FORWARD_REASON };
    expect(errorCodes(await gql(FORWARD, vars, TAXES))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await gql(FORWARD, vars, GANJA, PURPOSE))).toEqual(['FORBIDDEN']);
    for (const as of [CITIZEN, AUDITOR, ENGINE]) expect(errorCodes(await gql(FORWARD, vars, as, PURPOSE))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await gql(FORWARD, { id: req.id, outcome: 'FORWARDED' }, CASEWORKER, PURPOSE))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await gql(FORWARD, vars, CASEWORKER))).toEqual(['FORBIDDEN']); // no declared purpose
    expect(await forwardOf(req.id)).toMatchObject({ status: 'OPEN', forwarded_at: null });
    expect(await answeredJobs(req.id)).toEqual([]);
  });

  it('forwards: FORWARDED, still contested, the contested value in the queue, one SMS job; a replay changes nothing', async () => {
    const contested = await submitIncome(655);
    const req = await mustRequest(contested.id);
    const res = await gql<{ answerCorrectionRequest: Forwarded }>(FORWARD, { id: req.id, outcome: 'FORWARDED', reason: FORWARD_REASON }, CASEWORKER, PURPOSE);
    expect(res.errors).toBeUndefined();
    expect(res.data?.answerCorrectionRequest).toMatchObject({ status: 'FORWARDED', answeredBy: null, answeredAt: null, forwardReason: FORWARD_REASON, fact: { id: contested.id, contested: true, value: { amount: '655.00' } } });
    expect(res.data?.answerCorrectionRequest.forwardedAt).toBeTruthy();
    expect(await answeredJobs(req.id)).toEqual([{ requestId: req.id, subjectPin: PIN, status: 'FORWARDED' }]);

    const replay = await gql<{ answerCorrectionRequest: Forwarded }>(FORWARD, { id: req.id, outcome: 'FORWARDED', reason: FORWARD_REASON }, CASEWORKER, PURPOSE);
    expect(replay.data?.answerCorrectionRequest).toMatchObject({ status: 'FORWARDED', forwardedAt: res.data?.answerCorrectionRequest.forwardedAt });
    expect(await answeredJobs(req.id)).toHaveLength(1);
    // The citizen asking again gets the same pending request.
    expect((await request(contested.id, 'Again.')).data?.requestFactCorrection.id).toBe(req.id);
    // Now the agency's: a caseworker answering it otherwise is CONFLICT.
    expect(errorCodes(await gql(FORWARD, { id: req.id, outcome: 'REJECTED', reason: 'No.' }, CASEWORKER, PURPOSE))).toEqual(['CONFLICT']);
    // The agency's queue lists it, with the contested value.
    const agencyQueue = await gql<{ correctionRequests: { items: Forwarded[] } }>(`query { correctionRequests(status: FORWARDED) { items { ${FORWARD_FIELDS} } } }`, {}, TAXES);
    expect(agencyQueue.data?.correctionRequests.items.find((r) => r.id === req.id)).toMatchObject({ status: 'FORWARDED', fact: { value: { amount: '655.00' } } });
  });

  it('the agency answers a forwarded request; the forward stays on record and the citizen is told again', async () => {
    const contested = await submitIncome(700);
    const req = await mustRequest(contested.id);
    await gql(FORWARD, { id: req.id, outcome: 'FORWARDED', reason: FORWARD_REASON }, CASEWORKER, PURPOSE);
    const corrected = await submitIncome(0, contested.ref);
    const res = await gql<{ answerCorrectionRequest: Forwarded }>(FORWARD, { id: req.id, outcome: 'CORRECTED', correctingFactId: corrected.id }, TAXES);
    expect(res.errors).toBeUndefined();
    expect(res.data?.answerCorrectionRequest).toMatchObject({ status: 'CORRECTED', answeredBy: 'AGENCY', forwardReason: FORWARD_REASON, fact: { contested: false } });
    expect((await answeredJobs(req.id)).map((j) => j.status)).toEqual(['FORWARDED', 'CORRECTED']);
  });

  it('queues the SMS job for a caseworker’s and an agency’s plain answers too', async () => {
    const contested = await submitIncome(710);
    const req = await mustRequest(contested.id);
    await gql(FORWARD, { id: req.id, outcome: 'CONFIRMED', reason: 'Checked with the tax office.' }, CASEWORKER, PURPOSE);
    expect(await answeredJobs(req.id)).toEqual([{ requestId: req.id, subjectPin: PIN, status: 'CONFIRMED' }]);
  });
});

import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import pg from 'pg';
import { queryCounter, startSubgraph, type AccessEntry, type RunningService } from '@usr/shared';
import {
  createTestDatabase,
  createTestTokens,
  ENGINE,
  errorCodes,
  postGraphQL,
  type GraphQLResponse,
  type TestDatabase,
  type TestTokenClaims,
  type TestTokens,
} from '@usr/shared/testing';
import { entitiesQuery, memoryRecorder } from '@usr/shared/testing';
import { benefitsSubgraph } from '../src/index.ts';
import { startDirectoryStub, type DirectoryStub } from '@usr/shared/testing';
import { insertApplication, insertAssignment, insertDecision, insertGrantedHousehold } from './fixtures.ts';

/**
 * The role x record matrix of the benefits subgraph: for every rule, the refused case and the
 * allowed one. `main` runs alone, as in production without its peers: regions and households are
 * unknown, so caseworkers and household members fail closed. `linked` asks a stand-in for persons
 * and households, to show the allowed caseworker and household paths.
 */
const A = '5AZK7P2'; // citizen, head of household H1, registered in Baku
const B = '6CGT3N5'; // A's spouse, a current member of H1
const X = '7EXM001'; // a former member of H1, now living alone elsewhere
const C = '4BXM2R8'; // a stranger: another household, another region
const H1 = randomUUID();
const EMPTY_HOUSEHOLD = randomUUID();
const ids = {
  applicationA: randomUUID(),
  refusalA: randomUUID(),
  grantA: randomUUID(),
  assignmentA: randomUUID(),
  applicationX: randomUUID(),
  decisionX: randomUUID(),
  assignmentX: randomUUID(),
  // After X left, H1's case was decided again about A: that decision replaces X's.
  redecisionA: randomUUID(),
};
let stranger: { householdId: string; applicationId: string; decisionId: string; assignmentId: string };
const batch: string[] = [];

const citizenA: TestTokenClaims = { roles: ['citizen'], pin: A };
const citizenB: TestTokenClaims = { roles: ['citizen'], pin: B };
const citizenC: TestTokenClaims = { roles: ['citizen'], pin: C };
const citizenX: TestTokenClaims = { roles: ['citizen'], pin: X };
const bakuCaseworker: TestTokenClaims = { roles: ['caseworker'], region: 'baku' };
const auditor: TestTokenClaims = { roles: ['auditor'] };
const admin: TestTokenClaims = { roles: ['registry-admin'] };
const agencyFeed: TestTokenClaims = { roles: ['agency-feed'], agency: 'taxes', serviceAccount: true };
const purpose = { 'x-purpose-of-use': 'DECISION_AUDIT' };

let db: TestDatabase;
let tokens: TestTokens;
let main: RunningService;
let linked: RunningService;
let directory: DirectoryStub;
const logged: AccessEntry[] = [];
const recorder = memoryRecorder(logged);

beforeAll(async () => {
  db = await createTestDatabase(inject('adminDatabaseUrl'));
  tokens = await createTestTokens();
  main = await startSubgraph(benefitsSubgraph, { databaseUrl: db.url, port: 0, auth: { verifier: tokens.verifier, recorder } });
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  await insertApplication(client, { id: ids.applicationA, householdId: H1, applicantPin: A, status: 'DECIDED' });
  await insertDecision(client, { id: ids.refusalA, subjectPin: A, householdId: H1, decidedAt: '2024-03-20T08:00:00Z', outcome: 'REFUSED', monthlyAmount: null, reasonCode: 'INCOME_ABOVE_NEED_CRITERION' });
  await insertDecision(client, {
    id: ids.grantA,
    subjectPin: A,
    householdId: H1,
    applicationId: ids.applicationA,
    replacesId: ids.refusalA,
    inputs: [{ factId: 'f-income-1', kind: 'INCOME', subjectPin: B, summary: 'INCOME 2025-02: 600.00 AZN' }],
    steps: [{ description: 'Assistance: need minus income', formula: '1140.00 − 600.00', result: '540.00' }],
  });
  await client.query(`update benefits.application set decision_id = $1 where id = $2`, [ids.grantA, ids.applicationA]);
  await insertAssignment(client, { id: ids.assignmentA, decisionId: ids.grantA, beneficiaryPin: A, householdId: H1 });
  await insertApplication(client, { id: ids.applicationX, householdId: H1, applicantPin: X, submittedAt: '2022-02-01T09:00:00Z', status: 'DECIDED' });
  await insertDecision(client, { id: ids.decisionX, subjectPin: X, householdId: H1, applicationId: ids.applicationX, decidedAt: '2022-02-20T08:00:00Z', monthlyAmount: '310.00' });
  await insertAssignment(client, { id: ids.assignmentX, decisionId: ids.decisionX, beneficiaryPin: X, householdId: H1, periodFrom: '2022-03-01', periodTo: '2023-02-28', monthlyAmount: '310.00', status: 'ENDED' });
  await insertDecision(client, { id: ids.redecisionA, subjectPin: A, householdId: H1, replacesId: ids.decisionX, decidedAt: '2023-03-01T08:00:00Z', outcome: 'REFUSED', monthlyAmount: null });
  stranger = await insertGrantedHousehold(client, C);
  for (let i = 0; i < 8; i++) {
    batch.push(`7BAT00${i}`);
    await insertGrantedHousehold(client, `7BAT00${i}`);
  }
  await client.end();
  directory = await startDirectoryStub({
    regions: { [A]: 'baku', [B]: 'baku', [X]: 'baku', [C]: 'ganja-dashkasan', ...Object.fromEntries(batch.map((pin) => [pin, 'baku'])) },
    households: { [A]: [A, B], [B]: [A, B], [X]: [X], [C]: [C] },
  });
  linked = await startSubgraph(benefitsSubgraph, {
    databaseUrl: db.url,
    port: 0,
    auth: { verifier: tokens.verifier, recorder, directory: { personsUrl: directory.personsUrl, householdsUrl: directory.householdsUrl } },
  });
});

afterAll(async () => {
  await main?.stop();
  await linked?.stop();
  await directory?.close();
  await db?.drop();
});

beforeEach(() => {
  logged.length = 0;
});

const call = async (service: RunningService, query: string, claims: TestTokenClaims, headers: Record<string, string>, variables: Record<string, unknown>) =>
  postGraphQL(service.url, query, variables, { authorization: await tokens.bearer(claims), ...headers });
/** As this caller, on the subgraph running alone. */
const as = (query: string, claims: TestTokenClaims, headers: Record<string, string> = {}, variables: Record<string, unknown> = {}) =>
  call(main, query, claims, headers, variables);
/** As this caller, on the subgraph whose directory knows regions and households. */
const asLinked = (query: string, claims: TestTokenClaims, headers: Record<string, string> = {}, variables: Record<string, unknown> = {}) =>
  call(linked, query, claims, headers, variables);
const anonymous = (query: string, variables: Record<string, unknown> = {}) => postGraphQL(main.url, query, variables);
const entities = entitiesQuery;
const refs = (...representations: Array<[string, Record<string, string>]>) => ({ r: representations.map(([__typename, key]) => ({ __typename, ...key })) });

/** What A's records hold that no one refused may see: PIN, amounts, reasons, explanations. */
const A_RECORD = /5AZK7P2|6CGT3N5|540\.00|310\.00|ELIGIBLE|INCOME|tsa-20|1140/;
const expectRefused = (res: GraphQLResponse<unknown>, code: 'FORBIDDEN' | 'UNAUTHENTICATED') => {
  expect(errorCodes(res).length).toBeGreaterThan(0);
  expect(new Set(errorCodes(res))).toEqual(new Set([code]));
  expect(JSON.stringify(res)).not.toMatch(A_RECORD);
};
/** The refusal as the caller sees it, to compare an existing record's with an unknown id's. */
const refusal = (res: GraphQLResponse<unknown>) => ({ status: res.status, errors: res.errors?.map((e) => ({ message: e.message, code: e.extensions?.['code'] })) });

describe('anonymous callers', () => {
  it('read the benefit catalogue, and nothing else', async () => {
    const catalogue = await anonymous(`{ benefitTypes { code } benefitType(code: "TSA") { name parameters(on: "2025-06-01") { name value } parameterHistory { name } } }`);
    expect(catalogue.errors).toBeUndefined();
    expect((catalogue.data as { benefitTypes: Array<{ code: string }> }).benefitTypes.map((t) => t.code)).toContain('TSA');
    expect(catalogue.data).toMatchObject({ benefitType: { name: expect.any(String), parameters: expect.arrayContaining([expect.objectContaining({ name: 'needCriterion' })]) } });
    for (const [field, id] of [['decision', ids.grantA], ['application', ids.applicationA], ['assignment', ids.assignmentA]] as const) {
      const res = await anonymous(`query($id: ID!) { ${field}(id: $id) { id } }`, { id });
      expectRefused(res, 'UNAUTHENTICATED');
      expect(res.status).toBe(401);
    }
  });

  it('are refused forged references too', async () => {
    const records = await anonymous(entities(`... on Decision { id outcome } ... on Assignment { monthlyAmount } ... on Application { status }`), refs(['Decision', { id: ids.grantA }], ['Assignment', { id: ids.assignmentA }], ['Application', { id: ids.applicationA }]));
    expectRefused(records, 'UNAUTHENTICATED');
    // The type's own rule refuses the whole operation before any entity resolves.
    expect(records.data ?? null).toBeNull();
    expectRefused(await anonymous(entities(`... on Person { benefits { id } }`), refs(['Person', { pin: A }])), 'UNAUTHENTICATED');
    expectRefused(await anonymous(entities(`... on Household { assistance { id } applications { id } }`), refs(['Household', { id: H1 }])), 'UNAUTHENTICATED');
  });
});

describe('citizens', () => {
  it('read their own applications, decisions with explanations and assignments: by id, by Person and by reference', async () => {
    // A fellow member's figures are shown once the household is known (the directory); a subgraph
    // alone cannot tell, so it leaves that input out and refuses the steps derived from it.
    const alone = await as(`query($id: ID!) { decision(id: $id) { outcome inputs { summary } steps { result } } }`, citizenA, {}, { id: ids.grantA });
    expect(alone.data).toEqual({ decision: { outcome: 'GRANTED', inputs: [], steps: null } });
    expect(errorCodes(alone)).toEqual(['FORBIDDEN']);
    const decision = await asLinked(`query($id: ID!) { decision(id: $id) { outcome monthlyAmount inputs { subject { pin } summary factId } steps { result } application { id } replaces { id } assignment { id } } }`, citizenA, {}, { id: ids.grantA });
    expect(decision.errors).toBeUndefined();
    expect(decision.data).toEqual({
      decision: {
        outcome: 'GRANTED',
        monthlyAmount: '540.00',
        inputs: [{ subject: { pin: B }, summary: 'INCOME 2025-02: 600.00 AZN', factId: null }],
        steps: [{ result: '540.00' }],
        application: { id: ids.applicationA },
        replaces: { id: ids.refusalA },
        assignment: { id: ids.assignmentA },
      },
    });
    const application = await as(`query($id: ID!) { application(id: $id) { status applicant { pin } decision { id } } }`, citizenA, {}, { id: ids.applicationA });
    expect(application.data).toEqual({ application: { status: 'DECIDED', applicant: { pin: A }, decision: { id: ids.grantA } } });
    const assignment = await as(`query($id: ID!) { assignment(id: $id) { monthlyAmount decision { outcome } } }`, citizenA, {}, { id: ids.assignmentA });
    expect(assignment.data).toEqual({ assignment: { monthlyAmount: '540.00', decision: { outcome: 'GRANTED' } } });
    const person = await as(entities(`... on Person { benefits { id } decisions { id } applications { id } }`), citizenA, {}, refs(['Person', { pin: A }]));
    expect(person.data).toEqual({
      _entities: [{ benefits: [{ id: ids.assignmentA }], decisions: [{ id: ids.grantA }, { id: ids.refusalA }, { id: ids.redecisionA }], applications: [{ id: ids.applicationA }] }],
    });
    const references = await as(entities(`... on Decision { id } ... on Assignment { id } ... on Application { id }`), citizenA, {}, refs(['Decision', { id: ids.grantA }], ['Assignment', { id: ids.assignmentA }], ['Application', { id: ids.applicationA }]));
    expect(references.data).toEqual({ _entities: [{ id: ids.grantA }, { id: ids.assignmentA }, { id: ids.applicationA }] });
    // Reading one's own record is not an access to log; B's figures, read through it, are (B's log).
    expect(logged.map((e) => ({ subject: e.subjectPin, purpose: e.purpose, fields: e.fields }))).toEqual([{ subject: B, purpose: 'OWN_HOUSEHOLD', fields: ['Decision.inputs'] }]);
  });

  it("are refused anyone else's, and cannot tell a refused id from an unknown one", async () => {
    for (const [field, id] of [['decision', ids.grantA], ['application', ids.applicationA], ['assignment', ids.assignmentA]] as const) {
      const query = `query($id: ID!) { ${field}(id: $id) { id } }`;
      const others = await as(query, citizenC, {}, { id });
      expectRefused(others, 'FORBIDDEN');
      expect(others.data).toBeNull();
      expect(refusal(await as(query, citizenC, {}, { id: randomUUID() }))).toEqual(refusal(others));
    }
    const person = await as(entities(`... on Person { benefits { id } decisions { id } applications { id } }`), citizenC, {}, refs(['Person', { pin: A }]));
    expectRefused(person, 'FORBIDDEN');
    expect(person.data).toEqual({ _entities: [null] });
    const forged = await as(entities(`... on Decision { outcome } ... on Assignment { monthlyAmount } ... on Application { status }`), citizenC, {}, refs(['Decision', { id: ids.grantA }], ['Assignment', { id: ids.assignmentA }], ['Application', { id: ids.applicationA }]));
    expectRefused(forged, 'FORBIDDEN');
    expect(forged.data).toEqual({ _entities: [null, null, null] });
    expect(logged).toEqual([]);
  });

  it("are refused a link to someone else's record while the rest of their own stands", async () => {
    const res = await as(`query($id: ID!) { decision(id: $id) { outcome replaces { outcome monthlyAmount } } }`, citizenA, {}, { id: ids.redecisionA });
    expect(res.data).toEqual({ decision: { outcome: 'REFUSED', replaces: null } });
    expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    expect(res.errors?.[0]?.path).toEqual(['decision', 'replaces']);
    expect(JSON.stringify(res)).not.toContain('310.00');
  });

  it("never read a fellow household member's decisions, assignments or applications", async () => {
    expectRefused(await asLinked(`query($id: ID!) { decision(id: $id) { outcome } }`, citizenB, {}, { id: ids.grantA }), 'FORBIDDEN');
    expectRefused(await asLinked(`query($id: ID!) { assignment(id: $id) { monthlyAmount } }`, citizenB, {}, { id: ids.assignmentA }), 'FORBIDDEN');
    expectRefused(await asLinked(entities(`... on Person { decisions { outcome } }`), citizenB, {}, refs(['Person', { pin: A }])), 'FORBIDDEN');
  });
});

describe("households' assistance and applications", () => {
  const household = entities(`... on Household { assistance { id beneficiary { pin } } applications { id } }`);

  it("show a current member the rows about their household's current members, and log reads of others'", async () => {
    const res = await asLinked(household, citizenB, {}, refs(['Household', { id: H1 }]));
    expect(res.errors).toBeUndefined();
    // X has left: X's old assignment and application are X's business now, not H1's members'.
    expect(res.data).toEqual({ _entities: [{ assistance: [{ id: ids.assignmentA, beneficiary: { pin: A } }], applications: [{ id: ids.applicationA }] }] });
    expect(logged.map((e) => ({ subject: e.subjectPin, purpose: e.purpose, service: e.service }))).toEqual([
      { subject: A, purpose: 'OWN_HOUSEHOLD', service: 'benefits' },
      { subject: A, purpose: 'OWN_HOUSEHOLD', service: 'benefits' },
    ]);
    expect(logged.flatMap((e) => e.fields)).toEqual(expect.arrayContaining(['Household.assistance', 'Assignment.id', 'Household.applications']));
  });

  it('show anyone their own rows, and a former member only theirs', async () => {
    const own = await as(household, citizenA, {}, refs(['Household', { id: H1 }]));
    expect(own.data).toEqual({ _entities: [{ assistance: [{ id: ids.assignmentA, beneficiary: { pin: A } }], applications: [{ id: ids.applicationA }] }] });
    const former = await asLinked(household, citizenX, {}, refs(['Household', { id: H1 }]));
    expect(former.data).toEqual({ _entities: [{ assistance: [{ id: ids.assignmentX, beneficiary: { pin: X } }], applications: [{ id: ids.applicationX }] }] });
  });

  it('refuse a stranger, and a member whose household cannot be confirmed', async () => {
    const strangers = await asLinked(household, citizenC, {}, refs(['Household', { id: H1 }]));
    expectRefused(strangers, 'FORBIDDEN');
    expect(strangers.data).toEqual({ _entities: [null] });
    // Alone, the subgraph cannot ask households who B lives with: closed, not open.
    expectRefused(await as(household, citizenB, {}, refs(['Household', { id: H1 }])), 'FORBIDDEN');
    expect(logged).toEqual([]);
  });

  it('answer an empty list for a household with no rows, which reveals nothing', async () => {
    const res = await as(household, citizenC, {}, refs(['Household', { id: EMPTY_HOUSEHOLD }]));
    expect(res.data).toEqual({ _entities: [{ assistance: [], applications: [] }] });
  });
});

describe('staff and services', () => {
  const decision = `query($id: ID!) { decision(id: $id) { outcome monthlyAmount steps { result } } }`;

  it('auditors and administrators must declare a purpose, then read every record, and each read is logged', async () => {
    for (const staff of [auditor, admin]) {
      const undeclared = await as(decision, staff, {}, { id: ids.grantA });
      expectRefused(undeclared, 'FORBIDDEN');
      expect(undeclared.errors?.[0]?.message).toMatch(/purpose/);
      expect(refusal(await as(decision, staff, {}, { id: randomUUID() }))).toEqual(refusal(undeclared));
      expectRefused(await as(entities(`... on Person { benefits { id } }`), staff, {}, refs(['Person', { pin: A }])), 'FORBIDDEN');
      const declared = await as(decision, staff, purpose, { id: ids.grantA });
      expect(declared.data).toEqual({ decision: { outcome: 'GRANTED', monthlyAmount: '540.00', steps: [{ result: '540.00' }] } });
      // They may read every record, so for them an unknown id is simply not found.
      expect(errorCodes(await as(decision, staff, purpose, { id: randomUUID() }))).toEqual(['NOT_FOUND']);
    }
    expect(logged.map((e) => ({ subject: e.subjectPin, purpose: e.purpose, fields: e.fields, kind: e.viewer.kind }))).toEqual([
      { subject: A, purpose: purpose['x-purpose-of-use'], fields: ['Decision.monthlyAmount', 'Decision.outcome', 'Decision.steps'], kind: 'auditor' },
      // The steps are derived from B's income: reading them is a read of B's data, logged for B.
      { subject: B, purpose: purpose['x-purpose-of-use'], fields: ['Decision.inputs'], kind: 'auditor' },
      { subject: A, purpose: purpose['x-purpose-of-use'], fields: ['Decision.monthlyAmount', 'Decision.outcome', 'Decision.steps'], kind: 'admin' },
      { subject: B, purpose: purpose['x-purpose-of-use'], fields: ['Decision.inputs'], kind: 'admin' },
    ]);
  });

  it('the decision engine reads every record with no declared purpose', async () => {
    const res = await as(entities(`... on Person { benefits { id } } ... on Household { assistance { id } }`), ENGINE, {}, refs(['Person', { pin: C }], ['Household', { id: H1 }]));
    expect(res.data).toEqual({ _entities: [{ benefits: [{ id: stranger.assignmentId }] }, { assistance: [{ id: ids.assignmentA }, { id: ids.assignmentX }] }] });
    expect(logged.map((e) => e.purpose)).toEqual(['AUTOMATED_DECISION', 'AUTOMATED_DECISION', 'AUTOMATED_DECISION']);
  });

  it('agency feeds read the catalogue and no record, not even through forged references', async () => {
    expect((await as(`{ benefitTypes { code } }`, agencyFeed)).errors).toBeUndefined();
    for (const query of [decision, `query($id: ID!) { assignment(id: $id) { id } }`, `query($id: ID!) { application(id: $id) { id } }`]) {
      const res = await as(query, agencyFeed, purpose, { id: ids.grantA });
      expectRefused(res, 'FORBIDDEN');
      expect(res.status).toBe(403);
    }
    const forged = await as(entities(`... on Decision { id outcome }`), agencyFeed, purpose, refs(['Decision', { id: ids.grantA }]));
    expectRefused(forged, 'FORBIDDEN');
    // The type's own rule refuses the whole operation before any entity resolves.
    expect(forged.data ?? null).toBeNull();
    expectRefused(await as(entities(`... on Person { decisions { id } }`), agencyFeed, purpose, refs(['Person', { pin: A }])), 'FORBIDDEN');
    expectRefused(await as(entities(`... on Household { assistance { id } }`), agencyFeed, purpose, refs(['Household', { id: H1 }])), 'FORBIDDEN');
  });

  it('caseworkers fail closed when the region of the person cannot be known', async () => {
    expectRefused(await as(decision, bakuCaseworker, {}, { id: ids.grantA }), 'FORBIDDEN');
    const res = await as(decision, bakuCaseworker, purpose, { id: ids.grantA });
    expectRefused(res, 'FORBIDDEN');
    expect(refusal(await as(decision, bakuCaseworker, purpose, { id: randomUUID() }))).toEqual(refusal(res));
    expectRefused(await as(entities(`... on Person { benefits { id } }`), bakuCaseworker, purpose, refs(['Person', { pin: A }])), 'FORBIDDEN');
    expectRefused(await as(entities(`... on Household { assistance { id } }`), bakuCaseworker, purpose, refs(['Household', { id: H1 }])), 'FORBIDDEN');
  });

  it('caseworkers read the records of people of their region, with a purpose, asking persons with their own token', async () => {
    const before = directory.requests.length;
    const inRegion = await asLinked(decision, bakuCaseworker, purpose, { id: ids.grantA });
    expect(inRegion.data).toMatchObject({ decision: { outcome: 'GRANTED' } });
    expect(directory.requests.slice(before).every((r) => r.authorization?.startsWith('Bearer '))).toBe(true);
    expectRefused(await asLinked(decision, bakuCaseworker, {}, { id: ids.grantA }), 'FORBIDDEN');
    const elsewhere = await asLinked(`query($id: ID!) { decision(id: $id) { outcome } }`, bakuCaseworker, purpose, { id: stranger.decisionId });
    expect(errorCodes(elsewhere)).toEqual(['FORBIDDEN']);
    const households = await asLinked(entities(`... on Household { assistance { id } }`), bakuCaseworker, purpose, refs(['Household', { id: H1 }], ['Household', { id: stranger.householdId }]));
    expect(households.data).toEqual({ _entities: [{ assistance: [{ id: ids.assignmentA }, { id: ids.assignmentX }] }, null] });
    expect(errorCodes(households)).toEqual(['FORBIDDEN']);
  });
});

describe('decisions are immutable', () => {
  it("no operation changes or deletes a decision: the only writes are an application (applied for, withdrawn before a decision) and the engine's appends", async () => {
    const res = await as(`{ __schema { mutationType { fields { name } } } }`, admin, purpose);
    expect((res.data as { __schema: { mutationType: { fields: Array<{ name: string }> } } } | undefined)?.__schema.mutationType.fields.map((f) => f.name).sort()).toEqual(
      // The appeal steps move an appeal, never a decision: a changed outcome is the engine's new decision.
      // The parameter mutations draft, approve or reject a rule parameter's new version (append-only, four eyes) and record a dry run: none writes a decision.
      ['applyForAssistance', 'endAssignment', 'markNotificationFailed', 'markNotificationSent', 'queueNotification', 'recordDecision', 'fileAppeal', 'pursueAppeal', 'upholdAppeal', 'referAppealToAgency', 'sendAppealToReview', 'withdrawApplication',
        'draftParameterChange', 'approveParameterDraft', 'rejectParameterDraft', 'requestParameterDryRun', 'recordParameterDryRunReport',
        // Review items of declared changes move the item only; a raise it leads to is the engine's new decision.
        'openChangeReview', 'confirmChangeReview', 'closeChangeReview'].sort(),
    );
  });
});

describe('record rules add no SQL per row', () => {
  const query = entities(`... on Person {
    benefits { id decision { id replaces { id } application { id } assignment { id } } }
    decisions { id inputs { kind } }
    applications { id decision { id } }
  }`);
  const persons = (n: number) => ({ r: batch.slice(0, n).map((pin) => ({ __typename: 'Person', pin })) });
  const measure = async (send: () => Promise<GraphQLResponse<unknown>>, n: number) => {
    const { result, statements } = await queryCounter.during(send);
    expect(result.errors).toBeUndefined();
    expect((result.data as { _entities: unknown[] })._entities).toHaveLength(n);
    return statements;
  };

  it('an auditor costs the statements the engine does, whatever the number of persons', async () => {
    const engine = await measure(() => as(query, ENGINE, {}, persons(2)), 2);
    expect(await measure(() => as(query, auditor, purpose, persons(2)), 2)).toBe(engine);
    expect(await measure(() => as(query, auditor, purpose, persons(8)), 8)).toBe(engine);
  });

  it("an assignment's decision is read with the assignments: asking for it adds no statement", async () => {
    const benefits = (selection: string) => () => as(entities(`... on Person { benefits { ${selection} } }`), ENGINE, {}, persons(8));
    const without = await measure(benefits('id'), 8);
    const res = await queryCounter.during(benefits('id decisionId: decision { id }'));
    expect(res.result.errors).toBeUndefined();
    expect(res.statements).toBe(without);
    const rows = (res.result.data as { _entities: Array<{ benefits: Array<{ decisionId: { id: string } | null }> }> })._entities.flatMap((p) => p.benefits);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.decisionId?.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('a caseworker too, with one region look-up per request for all persons', async () => {
    const engine = await measure(() => as(query, ENGINE, {}, persons(8)), 8);
    const before = directory.requests.length;
    expect(await measure(() => asLinked(query, bakuCaseworker, purpose, persons(8)), 8)).toBe(engine);
    const lookups = directory.requests.slice(before);
    expect(lookups).toHaveLength(1);
    expect(lookups[0]?.pins.sort()).toEqual([...batch].sort());
  });
});

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ACCESS_LOG_HEADER, queryCounter, startSubgraph, type AccessEntry, type RunningService } from '@usr/shared';
import { createTestDatabase, errorCodes, postGraphQL, type TestDatabase } from '@usr/shared/testing';
import { memoryRecorder } from '@usr/shared/testing';
import { createTestTokens, ENGINE, type TestTokenClaims, type TestTokens } from '@usr/shared/testing';
import { householdsSubgraph } from '../src/index.ts';
import { householdSeeder } from './fixtures.ts';

let db: TestDatabase;
let service: RunningService;
let tokens: TestTokens;
const ids = { family: '', parents: '', headless: '', future: '', singles: [] as string[] };
const SINGLES = Array.from({ length: 8 }, (_, i) => `7ZZZ00${i}`);
/** Every granted read of someone else's record, as the audit subgraph would receive it. */
const accessLog: AccessEntry[] = [];
const recorder = memoryRecorder(accessLog);

beforeAll(async () => {
  db = await createTestDatabase(inject('adminDatabaseUrl'));
  tokens = await createTestTokens();
  service = await startSubgraph(householdsSubgraph, { databaseUrl: db.url, port: 0, auth: { verifier: tokens.verifier, recorder } });
  const seed = householdSeeder(db.url);
  try {
    // Aysel grew up in her parents' household in Ganja, then married Rəşad in Baku.
    ids.parents = await seed
      .household('AZ-GA', 'ganja-dashkasan')
      .member('6CGT3N5', 'HEAD', '1990-01-01')
      .member('5AZK7P2', 'CHILD', '1990-04-12', '2019-12-31')
      .save();
    ids.family = await seed
      .household()
      .member('4BXM2R8', 'HEAD', '2020-01-01')
      .member('5AZK7P2', 'SPOUSE', '2020-01-01')
      .member('8CHL0D1', 'CHILD', '2021-05-01')
      .save();
    // The head moved out: no head today, the remaining member stays.
    ids.headless = await seed.household().member('3HDL0FT', 'HEAD', '2010-01-01', '2022-06-30').member('3RMN1NG', 'SIBLING', '2010-01-01').save();
    ids.future = await seed.household().member('2FTR0NE', 'HEAD', '2999-01-01').save();
    for (const pin of SINGLES) ids.singles.push(await seed.household().member(pin, 'HEAD', '2020-01-01').save());
  } finally {
    await seed.close();
  }
});

afterAll(async () => {
  await service?.stop();
  await db?.drop();
});

/** As the decision engine (sees everything) unless another caller is given. */
const gql = async <D = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, as: TestTokenClaims = ENGINE) =>
  postGraphQL<D>(service.url, query, variables, { authorization: await tokens.bearer(as) });

const personEntities = (fields: string) => `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { pin ${fields} } } }`;
const householdEntities = (fields: string) => `query($r: [_Any!]!) { _entities(representations: $r) { ... on Household { id ${fields} } } }`;
const persons = (...pins: string[]) => pins.map((pin) => ({ __typename: 'Person', pin }));
const households = (...hids: string[]) => hids.map((id) => ({ __typename: 'Household', id }));

describe('households subgraph', () => {
  it('looks a household up with its address, region and district references, head and members', async () => {
    const res = await gql(`query($id: ID!) { household(id: $id) {
      id addressLine region { code } district { code } head { pin } createdAt
      members { relation from to person { pin } household { id } }
    } }`, { id: ids.family });
    expect(res.errors).toBeUndefined();
    expect(res.data).toMatchObject({
      household: {
        id: ids.family,
        addressLine: 'Nizami küç. 10',
        region: { code: 'baku' },
        district: { code: 'AZ-BA' },
        head: { pin: '4BXM2R8' },
        members: [
          { relation: 'HEAD', from: '2020-01-01', to: null, person: { pin: '4BXM2R8' }, household: { id: ids.family } },
          { relation: 'SPOUSE', from: '2020-01-01', to: null, person: { pin: '5AZK7P2' } },
          { relation: 'CHILD', from: '2021-05-01', to: null, person: { pin: '8CHL0D1' } },
        ],
      },
    });
    expect(Date.parse((res.data as { household: { createdAt: string } }).household.createdAt)).not.toBeNaN();
  });

  it('refuses a malformed id with BAD_USER_INPUT and an unknown one with NOT_FOUND, echoing neither', async () => {
    const malformed = await gql(`{ household(id: "not-a-uuid") { id } }`);
    expect(errorCodes(malformed)).toEqual(['BAD_USER_INPUT']);
    expect(JSON.stringify(malformed.errors)).not.toContain('not-a-uuid');
    expect(JSON.stringify(malformed.errors)).not.toContain('stacktrace');
    const unknownId = '00000000-0000-4000-8000-000000000000';
    const unknown = await gql(`{ household(id: "${unknownId}") { id } }`);
    expect(errorCodes(unknown)).toEqual(['NOT_FOUND']);
    expect(JSON.stringify(unknown.errors)).not.toContain(unknownId);
    expect(errorCodes(await gql(`{ household(id: "${ids.family}") { members(asOf: "2024-02-30") { relation } } }`))).toEqual(['BAD_USER_INPUT']);
  });

  it('keeps ended memberships in the history and lists members on a past date with asOf', async () => {
    const res = await gql<{ household: Record<string, Array<{ person: { pin: string }; to: string | null }>> }>(
      `query($id: ID!) { household(id: $id) {
        today: members { person { pin } to }
        past: members(asOf: "2018-06-01") { person { pin } to }
        memberHistory { person { pin } to }
      } }`,
      { id: ids.parents },
    );
    expect(res.errors).toBeUndefined();
    const pins = (list: Array<{ person: { pin: string } }> | undefined) => list?.map((m) => m.person.pin);
    expect(pins(res.data?.household['today'])).toEqual(['6CGT3N5']);
    expect(pins(res.data?.household['past'])).toEqual(['6CGT3N5', '5AZK7P2']);
    expect(res.data?.household['memberHistory']).toEqual([
      { person: { pin: '6CGT3N5' }, to: null },
      { person: { pin: '5AZK7P2' }, to: '2019-12-31' },
    ]);
  });

  it('has no head when the head has left, and counts a membership only from its first day', async () => {
    const res = await gql(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Household { id head { pin } members { person { pin } } } } }`, {
      r: households(ids.headless, ids.future),
    });
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      _entities: [
        { id: ids.headless, head: null, members: [{ person: { pin: '3RMN1NG' } }] },
        { id: ids.future, head: null, members: [] },
      ],
    });
  });

  it("extends Person with today's household and the membership history, latest first", async () => {
    const res = await gql(personEntities(`household { id } memberships { relation from to household { id district { code } } }`), {
      r: persons('5AZK7P2', '9NOBODY', 'IO-BAD!'),
    });
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      _entities: [
        {
          pin: '5AZK7P2',
          household: { id: ids.family },
          memberships: [
            { relation: 'SPOUSE', from: '2020-01-01', to: null, household: { id: ids.family, district: { code: 'AZ-BA' } } },
            { relation: 'CHILD', from: '1990-04-12', to: '2019-12-31', household: { id: ids.parents, district: { code: 'AZ-GA' } } },
          ],
        },
        { pin: '9NOBODY', household: null, memberships: [] },
        { pin: 'IO-BAD!', household: null, memberships: [] },
      ],
    });
  });

  it('resolves Person.household for 8 people in ONE statement, as for 2', async () => {
    const query = personEntities('household { id addressLine }');
    const two = await queryCounter.during(() => gql(query, { r: persons(...SINGLES.slice(0, 2)) }));
    const eight = await queryCounter.during(() => gql<{ _entities: Array<{ household: { id: string } }> }>(query, { r: persons(...SINGLES) }));
    expect(eight.result.data?._entities.map((e) => e.household.id)).toEqual(ids.singles);
    expect(two.statements).toBe(1);
    expect(eight.statements).toBe(two.statements);
  });

  it("reads a person's household with its members today in ONE statement: the members of that household, not of a past one", async () => {
    type Answer = { _entities: Array<{ household: { id: string; members: Array<{ relation: string; person: { pin: string } }>; head: { pin: string } } }> };
    const members = 'id members { relation person { pin } } head { pin }';
    const { result, statements } = await queryCounter.during(() => gql<Answer>(personEntities(`household { ${members} }`), { r: persons('5AZK7P2', SINGLES[0] ?? '') }));
    expect(result.errors).toBeUndefined();
    expect(statements).toBe(1);
    const [aysel, single] = result.data?._entities ?? [];
    expect(aysel?.household).toEqual({
      id: ids.family,
      members: [
        { relation: 'HEAD', person: { pin: '4BXM2R8' } },
        { relation: 'SPOUSE', person: { pin: '5AZK7P2' } },
        { relation: 'CHILD', person: { pin: '8CHL0D1' } },
      ],
      head: { pin: '4BXM2R8' },
    });
    expect(single?.household).toEqual({ id: ids.singles[0], members: [{ relation: 'HEAD', person: { pin: SINGLES[0] } }], head: { pin: SINGLES[0] } });
    // The same members as the household asked by id (its own statement).
    const byId = await gql<{ _entities: unknown[] }>(householdEntities('members { relation person { pin } } head { pin }'), { r: households(ids.family) });
    expect(byId.data?._entities).toEqual([{ id: ids.family, members: aysel?.household.members, head: aysel?.household.head }]);
  });

  it('batches households and their members: the statement count does not grow with the number of households', async () => {
    const query = householdEntities('members { relation person { pin household { id } } household { id } } memberHistory { from } head { pin }');
    const two = await queryCounter.during(() => gql(query, { r: households(...ids.singles.slice(0, 2)) }));
    const eight = await queryCounter.during(() => gql<{ _entities: unknown[] }>(query, { r: households(...ids.singles) }));
    expect(eight.result.errors).toBeUndefined();
    expect(eight.result.data?._entities).toHaveLength(8);
    // households by id, members today, history, and the members' own current households.
    expect(two.statements).toBe(4);
    expect(eight.statements).toBe(two.statements);
  });

  it('answers a household reference that is malformed or unknown with a typed error, not a failed batch', async () => {
    const res = await gql(householdEntities('addressLine'), { r: households(ids.family, 'nope', '00000000-0000-4000-8000-000000000000') });
    expect(errorCodes(res).sort()).toEqual(['BAD_USER_INPUT', 'NOT_FOUND']);
    expect((res.data as { _entities: unknown[] })._entities[0]).toEqual({ id: ids.family, addressLine: 'Nizami küç. 10' });
  });
});

describe('record rules', () => {
  // Aysel (5AZK7P2) lives with Rəşad (4BXM2R8, head) and their child in Baku; she grew up in her
  // mother Leyla's (6CGT3N5) household in Ganja, which she left at the end of 2019.
  const aysel = { roles: ['citizen'], pin: '5AZK7P2' };
  const rashad = { roles: ['citizen'], pin: '4BXM2R8' };
  const leyla = { roles: ['citizen'], pin: '6CGT3N5' };
  const bakuCaseworker = { roles: ['caseworker'], region: 'baku' };
  const ganjaCaseworker = { roles: ['caseworker'], region: 'ganja-dashkasan' };
  const agencyFeed = { roles: ['agency-feed'], agency: 'taxes', serviceAccount: true };
  const purpose = { 'x-purpose-of-use': 'BENEFIT_REVIEW' };
  const as = async <D = Record<string, unknown>>(query: string, claims: TestTokenClaims | null, headers: Record<string, string> = {}, variables: Record<string, unknown> = {}) =>
    postGraphQL<D>(service.url, query, variables, { ...(claims ? { authorization: await tokens.bearer(claims) } : {}), ...headers });
  const householdQuery = (id: string, fields = 'id addressLine members { relation person { pin } }') => `{ household(id: "${id}") { ${fields} } }`;
  const personQuery = (pin: string, fields: string) => `{ _entities(representations: [{ __typename: "Person", pin: "${pin}" }]) { ... on Person { pin ${fields} } } }`;
  const householdRef = (id: string, fields = 'addressLine members { person { pin } }') =>
    `{ _entities(representations: [{ __typename: "Household", id: "${id}" }]) { ... on Household { id ${fields} } } }`;
  /** Nothing of the refused record in the response: no household id, address, region or member. */
  const expectNothingLeaked = (res: unknown, ...secrets: string[]) => {
    const text = JSON.stringify(res);
    for (const secret of ['Nizami', 'baku', 'ganja', 'HEAD', 'SPOUSE', 'CHILD', ...secrets]) expect(text).not.toContain(secret);
  };
  const refused = (res: { errors?: unknown }, code = 'FORBIDDEN') => expect(errorCodes(res as never)).toEqual([code]);

  it('refuses anonymous callers on every path, with 401 where the SDL rules apply', async () => {
    const byId = await as(householdQuery(ids.family), null);
    refused(byId, 'UNAUTHENTICATED');
    expect(byId.status).toBe(401);
    refused(await as(personQuery('5AZK7P2', 'household { id }'), null), 'UNAUTHENTICATED');
    refused(await as(personQuery('5AZK7P2', 'memberships { from }'), null), 'UNAUTHENTICATED');
    const ref = await as(householdRef(ids.family, 'addressLine'), null);
    refused(ref, 'UNAUTHENTICATED');
    expectNothingLeaked(ref);
  });

  it('refuses agency feeds households, memberships and forged household references', async () => {
    const byId = await as(householdQuery(ids.family), agencyFeed);
    refused(byId);
    expectNothingLeaked(byId, ids.family);
    refused(await as(personQuery('5AZK7P2', 'household { id }'), agencyFeed));
    refused(await as(personQuery('5AZK7P2', 'memberships { from }'), agencyFeed));
    // `... on Household { id addressLine }` selects no field the SDL protects: the record rule refuses it.
    const ref = await as(householdRef(ids.family), agencyFeed);
    refused(ref);
    expectNothingLeaked(ref);
  });

  it('lets a citizen read the household they live in, with its members, and their own history', async () => {
    const own = await as(householdQuery(ids.family, 'id head { pin } members { relation person { pin } } memberHistory { from }'), aysel);
    expect(own.errors).toBeUndefined();
    expect(own.data).toMatchObject({ household: { id: ids.family, head: { pin: '4BXM2R8' }, members: [{ relation: 'HEAD' }, { relation: 'SPOUSE' }, { relation: 'CHILD' }] } });
    const mine = await as(personQuery('5AZK7P2', 'household { id members { person { pin } } } memberships { relation from to }'), aysel);
    expect(mine.errors).toBeUndefined();
    expect(mine.data).toMatchObject({
      _entities: [{ household: { id: ids.family }, memberships: [{ relation: 'SPOUSE', to: null }, { relation: 'CHILD', to: '2019-12-31' }] }],
    });
    const ref = await as(householdRef(ids.family), aysel);
    expect(ref.errors).toBeUndefined();
    expect(ref.data).toMatchObject({ _entities: [{ id: ids.family, addressLine: 'Nizami küç. 10' }] });
  });

  it('refuses a citizen every other household, a past one included, and unknown ids alike', async () => {
    for (const id of [ids.parents, ids.headless, '00000000-0000-4000-8000-000000000000']) {
      const res = await as(householdQuery(id), aysel);
      refused(res);
      expect(res.data).toBeNull();
      expectNothingLeaked(res, id, '6CGT3N5', '3RMN1NG');
    }
    const unknown = await as(householdQuery('00000000-0000-4000-8000-000000000000'), aysel);
    const other = await as(householdQuery(ids.headless), aysel);
    expect(unknown.errors?.[0]?.message).toBe(other.errors?.[0]?.message);
    const ref = await as(householdRef(ids.parents), aysel);
    refused(ref);
    expectNothingLeaked(ref, '6CGT3N5');
  });

  it('withholds a past household from a citizen’s own history, keeping the membership itself', async () => {
    const res = await as(personQuery('5AZK7P2', 'memberships { relation to household { id addressLine members { person { pin } } } }'), aysel);
    expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    expect(res.errors?.[0]?.path).toEqual(['_entities', 0, 'memberships', 1, 'household']);
    expect(res.data).toMatchObject({
      _entities: [{ memberships: [{ relation: 'SPOUSE', household: { id: ids.family } }, { relation: 'CHILD', to: '2019-12-31', household: null }] }],
    });
    expectNothingLeaked(res.errors, ids.parents, '6CGT3N5');
    expect(JSON.stringify(res.data)).not.toContain('6CGT3N5');
  });

  it('shows a fellow member the shared household but not their membership history, and outsiders nothing', async () => {
    const shared = await as(personQuery('5AZK7P2', 'household { id members { person { pin } } }'), rashad);
    expect(shared.errors).toBeUndefined();
    expect(shared.data).toMatchObject({ _entities: [{ household: { id: ids.family, members: [{ person: { pin: '4BXM2R8' } }, { person: { pin: '5AZK7P2' } }, { person: { pin: '8CHL0D1' } }] } }] });
    const history = await as(personQuery('5AZK7P2', 'memberships { from household { id } }'), rashad);
    refused(history);
    expect(history.data).toEqual({ _entities: [null] });
    expectNothingLeaked(history, ids.parents, ids.family);
    // Leyla is Aysel's mother but no longer lives with her: a forged reference gets nothing.
    for (const fields of ['household { id addressLine }', 'memberships { from }']) {
      const forged = await as(personQuery('5AZK7P2', fields), leyla);
      refused(forged);
      expectNothingLeaked(forged, ids.family, ids.parents);
    }
    const forgedMany = await as(`{ _entities(representations: [{ __typename: "Person", pin: "6CGT3N5" }, { __typename: "Person", pin: "4BXM2R8" }]) { ... on Person { pin household { id } } } }`, leyla);
    expect(errorCodes(forgedMany)).toEqual(['FORBIDDEN']);
    expect(forgedMany.data).toEqual({ _entities: [{ pin: '6CGT3N5', household: { id: ids.parents } }, { pin: '4BXM2R8', household: null }] });
  });

  it('requires a declared purpose from a caseworker and confines them to their region', async () => {
    const noPurpose = await as(householdQuery(ids.family), bakuCaseworker);
    refused(noPurpose);
    expectNothingLeaked(noPurpose, ids.family);
    refused(await as(personQuery('5AZK7P2', 'household { id }'), bakuCaseworker));
    const internalApp = await as(householdQuery(ids.family, 'id'), { roles: ['caseworker'], region: 'baku', serviceAccount: true }, purpose);
    expect(internalApp.data).toEqual({ household: { id: ids.family } });
    refused(await as(householdQuery(ids.parents, 'id'), { roles: ['caseworker'], region: 'baku', serviceAccount: true }, purpose));
    const inRegion = await as(householdQuery(ids.family), bakuCaseworker, purpose);
    expect(inRegion.errors).toBeUndefined();
    expect(inRegion.data).toMatchObject({ household: { id: ids.family, members: [{ relation: 'HEAD' }, { relation: 'SPOUSE' }, { relation: 'CHILD' }] } });
    const person = await as(personQuery('5AZK7P2', 'household { id } memberships { relation }'), bakuCaseworker, purpose);
    expect(person.errors).toBeUndefined();
    expect(person.data).toMatchObject({ _entities: [{ household: { id: ids.family }, memberships: [{ relation: 'SPOUSE' }, { relation: 'CHILD' }] }] });
    const otherRegion = await as(householdQuery(ids.parents), bakuCaseworker, purpose);
    refused(otherRegion);
    expectNothingLeaked(otherRegion, ids.parents, '6CGT3N5');
    refused(await as(householdRef(ids.parents), bakuCaseworker, purpose));
    refused(await as(householdQuery('00000000-0000-4000-8000-000000000000'), bakuCaseworker, purpose));
    const otherPerson = await as(personQuery('6CGT3N5', 'household { id addressLine }'), bakuCaseworker, purpose);
    refused(otherPerson);
    expectNothingLeaked(otherPerson, ids.parents);
    // A region is the region of the household a person lives in today, not of one they left.
    refused(await as(personQuery('5AZK7P2', 'household { id }'), ganjaCaseworker, purpose));
    refused(await as(personQuery('5AZK7P2', 'memberships { from }'), ganjaCaseworker, purpose));
    // The former head of a Baku household lives in none today, and without the persons subgraph to
    // ask no region is known: nothing is granted (fail closed).
    const noHousehold = await as(personQuery('3HDL0FT', 'memberships { from household { id } }'), bakuCaseworker, purpose);
    refused(noHousehold);
    expectNothingLeaked(noHousehold, ids.headless);
    expect((await as(personQuery('3HDL0FT', 'memberships { to }'), ENGINE)).data).toEqual({ _entities: [{ pin: '3HDL0FT', memberships: [{ to: '2022-06-30' }] }] });
  });

  it('withholds a past household of another region from a caseworker’s view of a person’s history', async () => {
    const res = await as(personQuery('5AZK7P2', 'memberships { relation household { id } }'), bakuCaseworker, purpose);
    expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    expect(res.data).toMatchObject({ _entities: [{ memberships: [{ relation: 'SPOUSE', household: { id: ids.family } }, { relation: 'CHILD', household: null }] }] });
    expect(JSON.stringify(res)).not.toContain(ids.parents);
    const ganja = await as(householdQuery(ids.parents, 'id memberHistory { person { pin } }'), ganjaCaseworker, purpose);
    expect(ganja.errors).toBeUndefined();
    expect(ganja.data).toEqual({ household: { id: ids.parents, memberHistory: [{ person: { pin: '6CGT3N5' } }, { person: { pin: '5AZK7P2' } }] } });
  });

  it('lets auditors and administrators read every household with a declared purpose, and the engine without one', async () => {
    for (const staff of [{ roles: ['auditor'] }, { roles: ['registry-admin'] }]) {
      refused(await as(householdQuery(ids.parents), staff));
      const res = await as(householdQuery(ids.parents, 'id'), staff, purpose);
      expect(res.data).toEqual({ household: { id: ids.parents } });
      expect(errorCodes(await as(householdQuery('00000000-0000-4000-8000-000000000000'), staff, purpose))).toEqual(['NOT_FOUND']);
    }
    expect((await as(personQuery('6CGT3N5', 'household { id }'), ENGINE)).data).toEqual({ _entities: [{ pin: '6CGT3N5', household: { id: ids.parents } }] });
  });

  it('records every granted read of someone else’s household data, and no refused or own read', async () => {
    accessLog.length = 0;
    await as(householdQuery(ids.family, 'id addressLine'), bakuCaseworker, purpose);
    expect(accessLog.map((e) => [e.subjectPin, e.viewer.kind, e.fields, e.purpose, e.service]).sort()).toEqual([
      ['4BXM2R8', 'caseworker', ['Household.addressLine', 'Household.id'], purpose['x-purpose-of-use'], 'households'],
      ['5AZK7P2', 'caseworker', ['Household.addressLine', 'Household.id'], purpose['x-purpose-of-use'], 'households'],
      ['8CHL0D1', 'caseworker', ['Household.addressLine', 'Household.id'], purpose['x-purpose-of-use'], 'households'],
    ]);
    accessLog.length = 0;
    await as(householdQuery(ids.family, 'id'), aysel);
    expect(accessLog.map((e) => [e.subjectPin, e.purpose]).sort()).toEqual([
      ['4BXM2R8', 'OWN_HOUSEHOLD'],
      ['8CHL0D1', 'OWN_HOUSEHOLD'],
    ]);
    accessLog.length = 0;
    await as(personQuery('5AZK7P2', 'memberships { from }'), aysel);
    await as(personQuery('5AZK7P2', 'household { id }'), rashad);
    expect(accessLog.map((e) => [e.subjectPin, e.viewer.pin, e.fields, e.purpose])).toEqual([['5AZK7P2', '4BXM2R8', ['Person.household'], 'OWN_HOUSEHOLD']]);
    accessLog.length = 0;
    await as(householdQuery(ids.parents), aysel);
    await as(personQuery('5AZK7P2', 'memberships { from }'), rashad);
    await as(householdQuery(ids.parents), bakuCaseworker, purpose);
    expect(accessLog).toEqual([]);
  });

  it('ignores `x-access-log: gateway` when it has no gateway secret to check: it writes its entries itself and reports none', async () => {
    accessLog.length = 0;
    const res = await as(householdQuery(ids.family, 'id'), bakuCaseworker, { ...purpose, [ACCESS_LOG_HEADER]: 'gateway' });
    expect(res.data).toMatchObject({ household: { id: ids.family } });
    expect(JSON.stringify(res)).not.toContain('accessLog');
    expect(accessLog.map((e) => e.subjectPin).sort()).toEqual(['4BXM2R8', '5AZK7P2', '8CHL0D1']);
  });
});

// ---- rules-screens (issue #15 item 4): the engine's walk over the population ----
describe('householdIds', () => {
  const IDS = `query($r: String, $p: HouseholdIdPageInput) { householdIds(regionCode: $r, page: $p) { ids hasMore } }`;
  type Page = { householdIds: { ids: string[]; hasMore: boolean } };
  const all = () => [ids.family, ids.parents, ids.headless, ids.future, ...ids.singles].sort();

  it('the engine pages every household id in id order, or those of one region', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const res: { data?: Page | null } = await gql<Page>(IDS, { p: { after, limit: 5 } });
      const page = res.data?.householdIds;
      if (!page) throw new Error('no page');
      seen.push(...page.ids);
      if (!page.hasMore) break;
      after = page.ids.at(-1) ?? null;
    }
    expect(seen).toEqual(all());
    const ganja = await gql<Page>(IDS, { r: 'ganja-dashkasan' });
    expect(ganja.data?.householdIds).toEqual({ ids: [ids.parents], hasMore: false });
  });

  it('refuses everyone but the engine, and a bad page with BAD_USER_INPUT', async () => {
    const purpose = { 'x-purpose-of-use': 'BENEFIT_REVIEW' };
    for (const claims of [{ roles: ['auditor'] }, { roles: ['registry-admin'] }, { roles: ['caseworker'], region: 'baku' }, { roles: ['rules-approver'] }, { roles: ['citizen'], pin: '5AZK7P2' }]) {
      const res = await postGraphQL(service.url, IDS, {}, { authorization: await tokens.bearer(claims as TestTokenClaims), ...purpose });
      expect(errorCodes(res), JSON.stringify(claims)).toEqual(['FORBIDDEN']);
    }
    expect(errorCodes(await gql(IDS, { p: { limit: 0 } }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await gql(IDS, { p: { after: 'not-a-uuid' } }))).toEqual(['BAD_USER_INPUT']);
  });
});
// ---- end rules-screens ----

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { queryCounter, startSubgraph, type RunningService } from '@usr/shared';
import { createTestDatabase, errorCodes, postGraphQL, type TestDatabase } from '@usr/shared/testing';
import { createTestTokens, ENGINE, type TestTokenClaims, type TestTokens } from '@usr/shared/testing';
import { householdsSubgraph } from '../src/index.ts';
import { householdSeeder } from './fixtures.ts';

let db: TestDatabase;
let service: RunningService;
let tokens: TestTokens;
const ids = { family: '', parents: '', headless: '', future: '', singles: [] as string[] };
const SINGLES = Array.from({ length: 8 }, (_, i) => `7ZZZ00${i}`);

beforeAll(async () => {
  db = await createTestDatabase(inject('adminDatabaseUrl'));
  tokens = await createTestTokens();
  service = await startSubgraph(householdsSubgraph, { databaseUrl: db.url, port: 0, auth: { verifier: tokens.verifier } });
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

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import pg from 'pg';
import { POPULATION_REGISTER_PATH, queryCounter, startSubgraph, type RunningService } from '@usr/shared';
import { createTestDatabase, errorCodes, postGraphQL, type TestDatabase } from '@usr/shared/testing';
import { createTestTokens, ENGINE, type TestTokenClaims, type TestTokens } from '@usr/shared/testing';
import { personsSubgraph } from '../src/index.ts';

let db: TestDatabase;
let service: RunningService;
let tokens: TestTokens;

const insertPerson = (client: pg.Client, pin: string, last: string, first: string, birth: string, district = 'AZ-BA', region = 'baku') =>
  client.query(
    `insert into persons.person (pin, first_name, last_name, patronymic, birth_date, sex, citizenship, address_line, district_code, region_code, phone, language)
     values ($1, $2, $3, null, $4, 'FEMALE', 'AZE', 'Nizami küç. 10', $5, $6, '+994501234567', 'az')`,
    [pin, first, last, birth, district, region],
  );

beforeAll(async () => {
  db = await createTestDatabase(inject('adminDatabaseUrl'));
  tokens = await createTestTokens();
  service = await startSubgraph(personsSubgraph, { databaseUrl: db.url, port: 0, auth: { verifier: tokens.verifier } });
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  await insertPerson(client, '5AZK7P2', 'Məmmədova', 'Aysel', '1990-04-12');
  await insertPerson(client, '4BXM2R8', 'Məmmədov', 'Rəşad', '1987-09-03');
  await insertPerson(client, '6CGT3N5', 'Hüseynova', 'Leyla', '1961-11-20', 'AZ-GA', 'ganja-dashkasan');
  for (let i = 0; i < 8; i++) await insertPerson(client, `7ZZZ00${i}`, 'Əliyev', `Test${i}`, `2000-01-0${i + 1}`);
  await client.end();
});

afterAll(async () => {
  await service?.stop();
  await db?.drop();
});

/** As the decision engine (sees everything) unless another caller is given. */
const gql = async (query: string, variables: Record<string, unknown> = {}, as: TestTokenClaims = ENGINE) =>
  postGraphQL(service.url, query, variables, { authorization: await tokens.bearer(as) });

describe('persons subgraph', () => {
  it('looks a person up by PIN with address, region and derived age', async () => {
    const res = await gql(`{ person(pin: "6CGT3N5") { pin firstName lastName birthDate sex language age address { line district { code name } region { code name } } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data).toMatchObject({
      person: { pin: '6CGT3N5', firstName: 'Leyla', sex: 'FEMALE', language: 'AZ', address: { district: { code: 'AZ-GA', name: 'Ganja' }, region: { code: 'ganja-dashkasan' } } },
    });
    expect((res.data as { person: { age: number } }).person.age).toBeGreaterThanOrEqual(64);
  });

  it('refuses a malformed PIN with BAD_USER_INPUT and an unknown one with NOT_FOUND, echoing neither', async () => {
    const malformed = await gql(`{ person(pin: "IO12345") { pin } }`);
    expect(errorCodes(malformed)).toEqual(['BAD_USER_INPUT']);
    expect(JSON.stringify(malformed.errors)).not.toContain('IO12345');
    expect(JSON.stringify(malformed.errors)).not.toContain('stacktrace');
    const unknown = await gql(`{ person(pin: "9ZZZ999") { pin } }`);
    expect(errorCodes(unknown)).toEqual(['NOT_FOUND']);
    expect(JSON.stringify(unknown.errors)).not.toContain('9ZZZ999');
  });

  it('searches by name prefix (case-insensitive, Azerbaijani letters), region and birth range, paged', async () => {
    const byName = await gql(`{ searchPersons(filter: { name: "məmmədov" }) { items { pin } hasMore } }`);
    expect(byName.data).toEqual({ searchPersons: { items: [{ pin: '4BXM2R8' }, { pin: '5AZK7P2' }], hasMore: false } });
    const byRegion = await gql(`{ searchPersons(filter: { regionCode: "baku", bornFrom: "2000-01-01", bornTo: "2000-01-05" }, page: { limit: 3 }) { items { pin } hasMore limit } }`);
    expect(byRegion.data).toEqual({ searchPersons: { items: [{ pin: '7ZZZ000' }, { pin: '7ZZZ001' }, { pin: '7ZZZ002' }], hasMore: true, limit: 3 } });
  });

  it('answers bad search input with typed errors', async () => {
    expect(errorCodes(await gql(`{ searchPersons(filter: {}) { hasMore } }`))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await gql(`{ searchPersons(filter: { regionCode: "atlantis" }) { hasMore } }`))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await gql(`{ searchPersons(filter: { name: "Ə" }, page: { limit: 1000 }) { hasMore } }`))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await gql(`{ searchPersons(filter: { bornFrom: "2024-02-30" }) { hasMore } }`))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await gql(`{ searchPersons(filter: { regionCode: "baku" }, page: { offset: -1 }) { hasMore } }`))).toEqual(['BAD_USER_INPUT']);
  });

  it('resolves _entities references in one SQL statement however many are asked for', async () => {
    const entities = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { pin lastName } } }`;
    const reps = (n: number) => Array.from({ length: n }, (_, i) => ({ __typename: 'Person', pin: `7ZZZ00${i}` }));
    const two = await queryCounter.during(() => gql(entities, { r: reps(2) }));
    const eight = await queryCounter.during(() => gql(entities, { r: reps(8) }));
    expect((eight.result.data as { _entities: unknown[] })._entities).toHaveLength(8);
    expect(two.statements).toBe(1);
    expect(eight.statements).toBe(two.statements);
  });

  it('lists the economic regions with their districts', async () => {
    const res = await gql(`{ regions { code districts { code region { code } } } }`);
    const regions = (res.data as { regions: Array<{ code: string; districts: unknown[] }> }).regions;
    expect(regions).toHaveLength(14);
    expect(regions.find((r) => r.code === 'baku')?.districts).toEqual([{ code: 'AZ-BA', region: { code: 'baku' } }]);
  });
});

describe('record rules and masking', () => {
  const citizen = { roles: ['citizen'], pin: '5AZK7P2' };
  const bakuCaseworker = { roles: ['caseworker'], region: 'baku' };
  const purpose = { 'x-purpose-of-use': 'BENEFIT_REVIEW' };
  const as = async (query: string, claims: TestTokenClaims, headers: Record<string, string> = {}) =>
    postGraphQL(service.url, query, {}, { authorization: await tokens.bearer(claims), ...headers });

  it('lets a citizen read their own record and refuses anyone else’s without saying whether it exists', async () => {
    const own = await as(`{ person(pin: "5AZK7P2") { pin phone address { line } } }`, citizen);
    expect(own.data).toEqual({ person: { pin: '5AZK7P2', phone: '+994501234567', address: { line: 'Nizami küç. 10' } } });
    expect(errorCodes(await as(`{ person(pin: "4BXM2R8") { pin } }`, citizen))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await as(`{ person(pin: "9ZZZ999") { pin } }`, citizen))).toEqual(['FORBIDDEN']);
    const entities = await as(`{ _entities(representations: [{ __typename: "Person", pin: "6CGT3N5" }]) { ... on Person { firstName } } }`, citizen);
    expect(errorCodes(entities)).toEqual(['FORBIDDEN']);
    expect(JSON.stringify(entities)).not.toContain('Leyla');
  });

  it('lets a caseworker read their region only, and only with a declared purpose', async () => {
    expect(errorCodes(await as(`{ person(pin: "5AZK7P2") { pin } }`, bakuCaseworker))).toEqual(['FORBIDDEN']);
    const inRegion = await as(`{ person(pin: "5AZK7P2") { pin } }`, bakuCaseworker, purpose);
    expect(inRegion.data).toEqual({ person: { pin: '5AZK7P2' } });
    expect(errorCodes(await as(`{ person(pin: "6CGT3N5") { pin } }`, bakuCaseworker, purpose))).toEqual(['FORBIDDEN']);
  });

  it('confines a caseworker’s search to their region', async () => {
    const mine = await as(`{ searchPersons(filter: { name: "Hüseynova" }) { items { pin } } }`, bakuCaseworker, purpose);
    expect(mine.data).toEqual({ searchPersons: { items: [] } });
    const other = await as(`{ searchPersons(filter: { regionCode: "ganja-dashkasan" }) { items { pin } } }`, bakuCaseworker, purpose);
    expect(errorCodes(other)).toEqual(['FORBIDDEN']);
    expect(errorCodes(await as(`{ searchPersons(filter: { name: "Məmmədov" }) { items { pin } } }`, { roles: ['citizen'], pin: '5AZK7P2' }))).toEqual(['FORBIDDEN']);
  });

  it('shows auditors everything but masked contact details, and refuses agency feeds and anonymous callers', async () => {
    const audited = await as(`{ person(pin: "5AZK7P2") { firstName phone address { line } } }`, { roles: ['auditor'] }, purpose);
    expect(audited.data).toEqual({ person: { firstName: 'Aysel', phone: '***********67', address: { line: '**************' } } });
    const agency = await as(`{ person(pin: "5AZK7P2") { pin } }`, { roles: ['agency-feed'], agency: 'taxes', serviceAccount: true });
    expect(errorCodes(agency)).toEqual(['FORBIDDEN']);
    const anonymous = await postGraphQL(service.url, `{ person(pin: "5AZK7P2") { pin } }`);
    expect(errorCodes(anonymous)).toEqual(['UNAUTHENTICATED']);
    expect(anonymous.status).toBe(401);
    const catalogue = await postGraphQL(service.url, `{ regions { code } }`);
    expect((catalogue.data as { regions: unknown[] }).regions).toHaveLength(14);
  });
});

describe('the register route (POPULATION_REGISTER_PATH): personsExist for the UNKNOWN_PIN check, without GraphQL', () => {
  const ask = async (pins: readonly string[], claims?: TestTokenClaims) =>
    fetch(new URL(POPULATION_REGISTER_PATH, service.url), {
      method: 'POST',
      headers: { 'content-type': 'text/plain', ...(claims ? { authorization: await tokens.bearer(claims) } : {}) },
      body: pins.join('\n'),
    });

  it('answers one character per PIN in the order asked, a malformed PIN not registered', async () => {
    const res = await ask(['5AZK7P2', 'UNREG01', 'bad', '6CGT3N5', '5AZK7P2'], { roles: ['agency-feed'], agency: 'taxes', serviceAccount: true });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('10011');
    expect(await (await ask([], ENGINE)).text()).toBe('');
  });

  it('allows whom personsExist allows and refuses the rest as GraphQL would', async () => {
    expect((await ask(['5AZK7P2'], { roles: ['registry-admin'] })).status).toBe(200);
    const citizen = await ask(['5AZK7P2'], { roles: ['citizen'], pin: '5AZK7P2' });
    expect(citizen.status).toBe(403);
    expect(await citizen.text()).not.toContain('5AZK7P2');
    expect((await ask(['5AZK7P2'], { roles: ['caseworker'], region: 'baku' })).status).toBe(403);
    expect((await ask(['5AZK7P2'])).status).toBe(401);
  });

  it('answers only requests carrying the gateway secret when one is configured, as GraphQL does', async () => {
    const secured = await startSubgraph(personsSubgraph, { databaseUrl: db.url, port: 0, migrate: false, auth: { verifier: tokens.verifier, gatewaySecret: 'the-secret' } });
    try {
      const ask = async (headers: Record<string, string>) =>
        fetch(new URL(POPULATION_REGISTER_PATH, secured.url), { method: 'POST', headers: { authorization: await tokens.bearer(ENGINE), ...headers }, body: '5AZK7P2' });
      expect((await ask({})).status).toBe(403);
      expect((await ask({ 'x-gateway-secret': 'not-the-secret' })).status).toBe(403);
      const allowed = await ask({ 'x-gateway-secret': 'the-secret' });
      expect([allowed.status, await allowed.text()]).toEqual([200, '1']);
    } finally {
      await secured.stop();
    }
  });

  it('refuses more than 1,000 PINs a call, as personsExist does (one limit, registeredAmong)', async () => {
    const res = await ask(Array.from({ length: 1001 }, () => '5AZK7P2'), ENGINE);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ errors: [{ message: 'Invalid pins: at most 1000 a call.', extensions: { code: 'BAD_USER_INPUT' } }] });
    const pins = Array.from({ length: 1001 }, () => '5AZK7P2');
    const graphql = await postGraphQL(service.url, `query ($pins: [String!]!) { personsExist(pins: $pins) }`, { pins }, { authorization: await tokens.bearer(ENGINE) });
    expect(errorCodes(graphql)).toEqual(['BAD_USER_INPUT']);
    expect(await (await ask(Array.from({ length: 1000 }, () => '5AZK7P2'), ENGINE)).text()).toBe('1'.repeat(1000));
  });
});

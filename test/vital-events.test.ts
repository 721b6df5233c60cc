import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestDatabase, errorCodes, postGraphQL, type TestDatabase } from '@usr/shared/testing';
import type { VariablesOf } from '../engine/src/gateway-client.ts';
import type { TypedDocumentString } from '../engine/src/generated/graphql.ts';
import { applyVitalEvent, type GatewayClient } from '../engine/src/vital-events.ts';
import { GATEWAY_SECRET, startRegistry, type RunningRegistry } from './support/registry.ts';
import { seeder, type SeededHousehold } from './support/seed.ts';

/**
 * Vital events from the civil registry, end to end through the gateway with real tokens: the
 * justice agency's feed submits BIRTH/DEATH/MARRIAGE/DIVORCE facts, the engine applies them with
 * `applyVitalEvent` (persons and households mutations only it may call), replays change nothing.
 */
let db: TestDatabase;
let registry: RunningRegistry;
let pool: pg.Pool;
let family: SeededHousehold;
let other: SeededHousehold;
const tokens: Record<string, string> = {};
const PURPOSE = { 'x-purpose-of-use': 'PERSON_ENQUIRY' };

const as = (who: string, query: string, variables: Record<string, unknown> = {}) =>
  postGraphQL<Record<string, unknown>>(registry.gatewayUrl, query, variables, { authorization: `Bearer ${tokens[who] ?? ''}`, ...PURPOSE });

/** The engine's client, as engine/src/gateway-client.ts provides it: data, or a throw on errors. */
const engineClient = (): GatewayClient => ({
  async request<TResult, TVariables>(operation: TypedDocumentString<TResult, TVariables>, ...[variables]: VariablesOf<TVariables>): Promise<TResult> {
    const res = await postGraphQL<TResult>(registry.gatewayUrl, operation.toString(), variables ?? {}, { authorization: `Bearer ${tokens['engine'] ?? ''}` });
    if (res.errors?.length || !res.data) throw new Error(`gateway error: ${errorCodes(res).join(', ')}`);
    return res.data;
  },
});

interface Submitted {
  submitFacts: { results: Array<{ outcome: string; fact: { id: string } | null; rejection: { code: string } | null }> };
}
let refCounter = 0;
/** The civil registry (agency-justice) submits one fact; returns its id. */
const justiceFact = async (subjectPin: string, kind: string, value: unknown, validFrom: string): Promise<string> => {
  const res = await postGraphQL<Submitted>(
    registry.gatewayUrl,
    `mutation($facts: [FactInput!]!) { submitFacts(facts: $facts) { results { outcome fact { id } rejection { code } } } }`,
    { facts: [{ subjectPin, kind, value, validFrom, sourceReference: `CIV-${kind}-${++refCounter}-${randomUUID().slice(0, 8)}` }] },
    { authorization: `Bearer ${tokens['justice'] ?? ''}` },
  );
  expect(res.errors).toBeUndefined();
  const result = res.data?.submitFacts.results[0];
  expect(result?.outcome).toBe('ACCEPTED');
  return result?.fact?.id ?? '';
};

const count = async (sql: string, params: unknown[] = []): Promise<number> => Number((await pool.query<{ n: string }>(sql, params)).rows[0]?.n);

interface Member {
  relation: string;
  from: string;
  to: string | null;
  person: { pin: string };
}
const membersOf = async (householdId: string, asOf: string): Promise<Member[]> => {
  const res = await as('engine', `query($id: ID!, $on: Date) { household(id: $id) { members(asOf: $on) { relation from to person { pin } } } }`, { id: householdId, on: asOf });
  expect(res.errors).toBeUndefined();
  return (res.data?.['household'] as { members: Member[] }).members;
};

beforeAll(async () => {
  db = await createTestDatabase(inject('adminDatabaseUrl'));
  registry = await startRegistry(db.url, inject('keycloakUrl') || undefined);
  pool = new pg.Pool({ connectionString: db.url, max: 2 });
  const seed = seeder(db.url);
  // Head (MALE, 1985), spouse (FEMALE, 1985): the mother; then children.
  family = await seed.household(3).save();
  other = await seed.household(2).inRegion('ganja-dashkasan', 'AZ-GA').save();
  await seed.close();
  // Someone registered but living in no household, to marry into one.
  await pool.query(
    `insert into persons.person (pin, first_name, last_name, birth_date, sex, address_line, district_code, region_code) values ('SNGL001', 'Tək', 'Adamov', '1990-02-02', 'MALE', 'Xətai pr. 5', 'AZ-BA', 'baku')`,
  );
  tokens['engine'] = await registry.serviceToken('decision-engine');
  tokens['justice'] = await registry.serviceToken('agency-justice');
  tokens['taxes'] = await registry.serviceToken('agency-taxes');
  tokens['citizen'] = await registry.userToken('aysel');
  tokens['caseworker'] = await registry.userToken('caseworker.baku');
  tokens['auditor'] = await registry.userToken('auditor');
});

afterAll(async () => {
  await pool?.end();
  await registry?.stop();
  await db?.drop();
});

const MUTATIONS: ReadonlyArray<[name: string, document: string, input: Record<string, unknown>]> = [
  ['registerBirth', `mutation($input: RegisterBirthInput!) { registerBirth(input: $input) { changed } }`, { factId: randomUUID(), childPin: 'RLMX001', birthDate: '2026-11-01', motherPin: 'T000001', districtCode: 'AZ-BA', firstName: 'X', sex: 'MALE' }],
  ['registerDeath', `mutation($input: RegisterDeathInput!) { registerDeath(input: $input) { changed } }`, { factId: randomUUID(), pin: 'T000001', deathDate: '2026-11-01' }],
  ['addNewborn', `mutation($input: AddNewbornInput!) { addNewborn(input: $input) { changed } }`, { factId: randomUUID(), childPin: 'RLMX001', motherPin: 'T000001', from: '2026-11-01' }],
  ['closeMembershipsOnDeath', `mutation($input: CloseMembershipsOnDeathInput!) { closeMembershipsOnDeath(input: $input) { changed } }`, { factId: randomUUID(), pin: 'T000001', on: '2026-11-01' }],
  ['registerMarriage', `mutation($input: VitalEventPairInput!) { registerMarriage(input: $input) { changed } }`, { factId: randomUUID(), pin: 'T000001', spousePin: 'SNGL001', on: '2026-11-01' }],
  ['registerDivorce', `mutation($input: VitalEventPairInput!) { registerDivorce(input: $input) { changed } }`, { factId: randomUUID(), pin: 'T000001', spousePin: 'SNGL001', on: '2026-11-01' }],
];

describe('vital-event mutations: only the decision engine', () => {
  it.each(MUTATIONS)('%s is refused to citizens, caseworkers, auditors and agency feeds, at the gateway, and writes nothing', async (name, document, input) => {
    const before = await count(`select (select count(*) from persons.vital_event) + (select count(*) from households.vital_event) as n`);
    for (const who of ['citizen', 'caseworker', 'auditor', 'justice']) {
      const res = await as(who, document, { input });
      expect(res.data?.[name] ?? null, `${who} ${name}`).toBeNull();
      expect(errorCodes(res), `${who} ${name}`).toEqual(['UNAUTHORIZED_FIELD_OR_TYPE']);
    }
    expect(await count(`select (select count(*) from persons.vital_event) + (select count(*) from households.vital_event) as n`)).toBe(before);
  });

  it.each(MUTATIONS)('%s is refused by its subgraph too, when called directly with a non-engine token', async (name, document, input) => {
    const subgraph = ['registerBirth', 'registerDeath'].includes(name) ? 'persons' : 'households';
    const res = await postGraphQL<Record<string, unknown>>(registry.subgraphs[subgraph]?.url ?? '', document, { input }, {
      authorization: `Bearer ${tokens['justice'] ?? ''}`,
      'x-gateway-secret': GATEWAY_SECRET,
    });
    expect(res.data?.[name] ?? null).toBeNull();
    expect(errorCodes(res)).toEqual(['FORBIDDEN']);
  });

  it('answers BAD_USER_INPUT naming the field for malformed input, NOT_FOUND for an unregistered person', async () => {
    const [, birth] = MUTATIONS[0] ?? [];
    const bad = await as('engine', birth ?? '', { input: { factId: 'not-a-uuid', childPin: 'RLMX001', birthDate: '2026-11-01', motherPin: family.pins[1], districtCode: 'AZ-BA' } });
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(bad.errors?.[0]?.message).toContain('input.factId');
    const unknown = await as('engine', `mutation($input: RegisterDeathInput!) { registerDeath(input: $input) { changed } }`, {
      input: { factId: randomUUID(), pin: 'UNREG01', deathDate: '2026-11-01' },
    });
    expect(errorCodes(unknown)).toEqual(['NOT_FOUND']);
  });
});

describe('applyVitalEvent through the gateway', () => {
  it('BIRTH: registers the child at the mother’s address with the father’s last name and adds them to her household as CHILD; a replay changes nothing', async () => {
    const [father, mother] = [family.pins[0] ?? '', family.pins[1] ?? ''];
    const factId = await justiceFact('CHLD001', 'BIRTH', { motherPin: mother, fatherPin: father, districtCode: 'AZ-BA', firstName: 'Nərmin', sex: 'FEMALE' }, '2026-11-20');
    const result = await applyVitalEvent(engineClient(), { factId, kind: 'BIRTH', subjectPin: 'CHLD001' });
    expect(result).toEqual({
      applied: true,
      kind: 'BIRTH',
      steps: [
        { mutation: 'registerBirth', changed: true, errorCode: null },
        { mutation: 'addNewborn', changed: true, errorCode: null },
      ],
    });
    const child = await as('engine', `{ person(pin: "CHLD001") { firstName lastName sex birthDate address { line region { code } } } }`);
    expect(child.data?.['person']).toEqual({ firstName: 'Nərmin', lastName: 'Testov', sex: 'FEMALE', birthDate: '2026-11-20', address: { line: 'Nizami küç. 1', region: { code: 'baku' } } });
    expect((await membersOf(family.householdId, '2026-11-21')).find((m) => m.person.pin === 'CHLD001')).toEqual({ relation: 'CHILD', from: '2026-11-20', to: null, person: { pin: 'CHLD001' } });

    const rows = async () => [await count(`select count(*) as n from persons.person`), await count(`select count(*) as n from households.membership`)];
    const before = await rows();
    const replay = await applyVitalEvent(engineClient(), { factId, kind: 'BIRTH', subjectPin: 'CHLD001' });
    expect(replay).toMatchObject({ applied: true, steps: [{ changed: false, errorCode: null }, { changed: false, errorCode: null }] });
    expect(await rows()).toEqual(before);
  });

  it('BIRTH without a first name or sex registers nobody (INCOMPLETE_BIRTH_RECORD) and adds nobody to a household', async () => {
    const factId = await justiceFact('CHLD002', 'BIRTH', { motherPin: family.pins[1], districtCode: 'AZ-BA' }, '2026-11-21');
    const result = await applyVitalEvent(engineClient(), { factId, kind: 'BIRTH', subjectPin: 'CHLD002' });
    expect(result).toEqual({ applied: true, kind: 'BIRTH', steps: [{ mutation: 'registerBirth', changed: false, errorCode: 'INCOMPLETE_BIRTH_RECORD' }] });
    expect(await count(`select count(*) as n from persons.person where pin = 'CHLD002'`)).toBe(0);
    expect(await count(`select count(*) as n from households.membership where person_pin = 'CHLD002'`)).toBe(0);
  });

  it('DEATH: records the date of death and ends the deceased’s membership on it; a replay changes nothing', async () => {
    const deceased = other.pins[0] ?? '';
    const factId = await justiceFact(deceased, 'DEATH', { certificateNumber: 'AA-777' }, '2026-11-10');
    const result = await applyVitalEvent(engineClient(), { factId, kind: 'DEATH', subjectPin: deceased });
    expect(result).toEqual({
      applied: true,
      kind: 'DEATH',
      steps: [
        { mutation: 'registerDeath', changed: true, errorCode: null },
        { mutation: 'closeMembershipsOnDeath', changed: true, errorCode: null },
      ],
    });
    const person = await as('engine', `query($pin: String!) { person(pin: $pin) { deathDate } }`, { pin: deceased });
    expect(person.data?.['person']).toEqual({ deathDate: '2026-11-10' });
    expect((await membersOf(other.householdId, '2026-11-10')).map((m) => m.person.pin)).toContain(deceased);
    expect((await membersOf(other.householdId, '2026-11-11')).map((m) => m.person.pin)).toEqual([other.pins[1]]);
    const replay = await applyVitalEvent(engineClient(), { factId, kind: 'DEATH', subjectPin: deceased });
    expect(replay).toMatchObject({ applied: true, steps: [{ changed: false }, { changed: false }] });
  });

  it('MARRIAGE: the spouse in no household joins the head’s as SPOUSE; DIVORCE: the spouse leaves the day before; replays change nothing', async () => {
    const head = family.pins[0] ?? '';
    const marriage = await justiceFact('SNGL001', 'MARRIAGE', { spousePin: head }, '2026-06-01');
    expect(await applyVitalEvent(engineClient(), { factId: marriage, kind: 'MARRIAGE', subjectPin: 'SNGL001' })).toEqual({
      applied: true,
      kind: 'MARRIAGE',
      steps: [{ mutation: 'registerMarriage', changed: true, errorCode: null }],
    });
    expect((await membersOf(family.householdId, '2026-06-01')).find((m) => m.person.pin === 'SNGL001')).toMatchObject({ relation: 'SPOUSE', from: '2026-06-01', to: null });
    expect(await applyVitalEvent(engineClient(), { factId: marriage, kind: 'MARRIAGE', subjectPin: 'SNGL001' })).toMatchObject({ steps: [{ changed: false, errorCode: null }] });

    const divorce = await justiceFact('SNGL001', 'DIVORCE', { spousePin: head }, '2026-09-15');
    expect(await applyVitalEvent(engineClient(), { factId: divorce, kind: 'DIVORCE', subjectPin: 'SNGL001' })).toMatchObject({ steps: [{ mutation: 'registerDivorce', changed: true }] });
    expect((await membersOf(family.householdId, '2026-09-14')).map((m) => m.person.pin)).toContain('SNGL001');
    expect((await membersOf(family.householdId, '2026-09-15')).map((m) => m.person.pin)).not.toContain('SNGL001');
    const memberships = await count(`select count(*) as n from households.membership where person_pin = 'SNGL001'`);
    expect(await applyVitalEvent(engineClient(), { factId: divorce, kind: 'DIVORCE', subjectPin: 'SNGL001' })).toMatchObject({ steps: [{ changed: false }] });
    expect(await count(`select count(*) as n from households.membership where person_pin = 'SNGL001'`)).toBe(memberships);
  });

  it('applies a fact once when two engine workers apply it at the same time', async () => {
    const factId = await justiceFact('CHLD003', 'BIRTH', { motherPin: family.pins[1], districtCode: 'AZ-BA', firstName: 'Tural', sex: 'MALE' }, '2026-11-25');
    const results = await Promise.all(Array.from({ length: 4 }, () => applyVitalEvent(engineClient(), { factId, kind: 'BIRTH', subjectPin: 'CHLD003' })));
    const changed = results.flatMap((r) => (r.applied ? r.steps.filter((s) => s.changed).map((s) => s.mutation) : []));
    expect(changed.sort()).toEqual(['addNewborn', 'registerBirth']);
    expect(await count(`select count(*) as n from households.membership where person_pin = 'CHLD003'`)).toBe(1);
    expect(await count(`select count(*) as n from persons.person where pin = 'CHLD003'`)).toBe(1);
  });

  it('MARRIAGE of two people who both live in households moves nobody (BOTH_IN_HOUSEHOLDS)', async () => {
    const factId = await justiceFact(other.pins[1] ?? '', 'MARRIAGE', { spousePin: family.pins[2] }, '2026-10-01');
    expect(await applyVitalEvent(engineClient(), { factId, kind: 'MARRIAGE', subjectPin: other.pins[1] ?? '' })).toEqual({
      applied: true,
      kind: 'MARRIAGE',
      steps: [{ mutation: 'registerMarriage', changed: false, errorCode: 'BOTH_IN_HOUSEHOLDS' }],
    });
  });

  it('skips facts that are not vital events and facts superseded since (their correction has its own job)', async () => {
    expect(await applyVitalEvent(engineClient(), { factId: randomUUID(), kind: 'INCOME', subjectPin: family.head })).toEqual({ applied: false, reason: 'NOT_A_VITAL_EVENT' });
    const reference = `CIV-SUPERSEDED-${randomUUID().slice(0, 8)}`;
    const submit = (certificateNumber: string) =>
      postGraphQL<Submitted>(
        registry.gatewayUrl,
        `mutation($facts: [FactInput!]!) { submitFacts(facts: $facts) { results { outcome fact { id } rejection { code } } } }`,
        { facts: [{ subjectPin: family.pins[2], kind: 'DEATH', value: { certificateNumber }, validFrom: '2026-08-01', sourceReference: reference }] },
        { authorization: `Bearer ${tokens['justice'] ?? ''}` },
      );
    const first = (await submit('AA-1')).data?.submitFacts.results[0]?.fact?.id ?? '';
    expect((await submit('AA-2')).data?.submitFacts.results[0]?.outcome).toBe('SUPERSEDED');
    expect(await applyVitalEvent(engineClient(), { factId: first, kind: 'DEATH', subjectPin: family.pins[2] ?? '' })).toEqual({ applied: false, reason: 'SUPERSEDED' });
    expect(await count(`select count(*) as n from persons.person where pin = $1 and death_date is not null`, [family.pins[2]])).toBe(0);
  });
});

describe('UNKNOWN_PIN through the gateway (the persons subgraph answers personsExist to the agency)', () => {
  it('rejects an income fact about an unregistered PIN and accepts one about a registered person', async () => {
    const res = await postGraphQL<Submitted>(
      registry.gatewayUrl,
      `mutation($facts: [FactInput!]!) { submitFacts(facts: $facts) { results { outcome rejection { code } } } }`,
      {
        facts: ['UNREG01', family.head].map((subjectPin, i) => ({
          subjectPin,
          kind: 'INCOME',
          value: { amount: 300, month: '2026-10', source: 'SALARY' },
          validFrom: '2026-10-01',
          validTo: '2026-10-31',
          sourceReference: `TAX-UNK-${i}-${randomUUID().slice(0, 8)}`,
        })),
      },
      { authorization: `Bearer ${tokens['taxes'] ?? ''}` },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.submitFacts.results).toEqual([
      { outcome: 'REJECTED', rejection: { code: 'UNKNOWN_PIN' } },
      { outcome: 'ACCEPTED', rejection: null },
    ]);
  });

  it('rejects feed lines about unregistered people through the gateway’s feed proxy, storing the rest', async () => {
    const line = (subjectPin: string, i: number) =>
      JSON.stringify({ subjectPin, kind: 'INCOME', value: { amount: 10, month: '2026-09', source: 'SALARY' }, validFrom: '2026-09-01', sourceReference: `TAX-FEED-${i}-${randomUUID().slice(0, 8)}` });
    const res = await fetch(new URL('/feeds/facts', registry.gatewayUrl), {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens['taxes'] ?? ''}`, 'content-type': 'application/x-ndjson' },
      body: [line(family.head, 0), line('UNREG02', 1), line(other.head, 2)].join('\n'),
    });
    const answers = (await res.text()).trim().split('\n').map((l) => JSON.parse(l) as { outcome?: string; rejection?: { code: string }; summary?: unknown });
    expect(answers.map((a) => a.outcome ?? 'summary')).toEqual(['ACCEPTED', 'REJECTED', 'ACCEPTED', 'summary']);
    expect(answers[1]?.rejection?.code).toBe('UNKNOWN_PIN');
  });

  it('lets agency feeds ask personsExist but not citizens', async () => {
    const agency = await as('taxes', `query($pins: [String!]!) { personsExist(pins: $pins) }`, { pins: [family.head, 'UNREG01', 'bad'] });
    expect(agency.data?.['personsExist']).toEqual([true, false, false]);
    const citizen = await as('citizen', `query($pins: [String!]!) { personsExist(pins: $pins) }`, { pins: [family.head] });
    expect(errorCodes(citizen)).toEqual(['UNAUTHORIZED_FIELD_OR_TYPE']);
  });
});

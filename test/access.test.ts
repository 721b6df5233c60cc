import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { inProcessEndpoint } from '@usr/shared';
import { createTestDatabase, errorCodes, postGraphQL, type GraphQLResponse, type TestDatabase } from '@usr/shared/testing';
import { GATEWAY_SECRET, startRegistry, type RunningRegistry } from './support/registry.ts';
import { seeder } from './support/seed.ts';

/**
 * The access table of ARCHITECTURE.md walked through the gateway with real tokens from the realm
 * (the embedded issuer in `npm test`, real Keycloak in CI): each forbidden read refused, each
 * allowed read working.
 */
const AYSEL = '5AZK7P2';
const RASHAD = '4BXM2R8';
const LEYLA = '6CGT3N5';
const PURPOSE = { 'x-purpose-of-use': 'BENEFIT_REVIEW' };

let db: TestDatabase;
let registry: RunningRegistry;
let leylasHousehold = '';
let ayselsHousehold = '';
const tokens = new Map<string, string>();

const token = async (who: string, scope?: string): Promise<string> => {
  const key = `${who}|${scope ?? ''}`;
  let value = tokens.get(key);
  if (!value) {
    value = who.startsWith('client:') ? await registry.serviceToken(who.slice(7)) : await registry.userToken(who, scope);
    tokens.set(key, value);
  }
  return value;
};

const as = async (who: string | null, query: string, headers: Record<string, string> = {}, scope?: string): Promise<GraphQLResponse> =>
  postGraphQL(registry.gatewayUrl, query, {}, { ...(who ? { authorization: `Bearer ${await token(who, scope)}` } : {}), ...headers });

/** A call straight to a subgraph, the way this table's gateway reaches it: over HTTP, or in process when it serves so. */
const direct = async (url: string, query: string, variables: Record<string, unknown>, headers: Record<string, string>): Promise<GraphQLResponse> => {
  const local = inProcessEndpoint(url);
  if (!local) return postGraphQL(url, query, variables, headers);
  const answer = await local({ headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  return { status: answer.status, ...(JSON.parse(answer.body) as Omit<GraphQLResponse, 'status'>) };
};

const codesAt = (res: GraphQLResponse, path: string) =>
  (res.errors ?? []).filter((e) => (e.path ?? []).join('.') === path).map((e) => e.extensions?.['code']);

/**
 * The same table over both ways the gateway and the subgraphs can talk: HTTP (a process per
 * subgraph, `npm start`) and in process (the subgraph host with a gateway beside it: the gateway's
 * calls and the record rules' look-ups made without a socket, http/in-process.ts).
 */
describe.each([
  { transport: 'over HTTP', callInProcess: false },
  { transport: 'in process', callInProcess: true },
])('the access table $transport', ({ callInProcess }) => {
  beforeAll(async () => {
    // Each table has its own issuer (the embedded one signs with a key of its own).
    tokens.clear();
    db = await createTestDatabase(inject('adminDatabaseUrl'));
    registry = await startRegistry(db.url, inject('keycloakUrl') || undefined, { callInProcess });
    const seed = seeder(db.url);
    ayselsHousehold = (await seed.household(3).withPins(RASHAD, AYSEL).withFacts(3).withHealthFact().withBenefit('TSA', '150.00').withPayments(2).save()).householdId;
    leylasHousehold = (await seed.household(1).withPins(LEYLA).inRegion('ganja-dashkasan', 'AZ-GA').withFacts(2).save()).householdId;
    await seed.close();
  });

  afterAll(async () => {
    await registry?.stop();
    await db?.drop();
  });

  describe('anonymous callers', () => {
    it('see the benefit catalogue', async () => {
      const res = await as(null, `{ benefitTypes { code } }`);
      expect(res.errors).toBeUndefined();
      expect((res.data as { benefitTypes: unknown[] }).benefitTypes.length).toBeGreaterThan(3);
    });

    it('see nothing personal: the field is removed before planning and comes back null with an error', async () => {
      const res = await as(null, `{ person(pin: "${AYSEL}") { firstName } benefitTypes { code } }`);
      expect(res.data?.['person']).toBeNull();
      expect(codesAt(res, 'person')).toEqual(['UNAUTHORIZED_FIELD_OR_TYPE']);
      expect((res.data as { benefitTypes: unknown[] }).benefitTypes.length).toBeGreaterThan(0);
    });
  });

  describe('citizens', () => {
    it('read their own record across subgraphs', async () => {
      const res = await as('aysel', `{ person(pin: "${AYSEL}") { firstName phone facts { items { kind } } payments { items { amount } } household { members { relation person { pin firstName } } } } }`);
      expect(res.errors).toBeUndefined();
      const person = (res.data as { person: { firstName: string; facts: { items: Array<{ kind: string }> }; household: { members: unknown[] } } }).person;
      expect(person.firstName).toBe('Member1');
      expect(person.facts.items.map((f) => f.kind)).toContain('INCOME');
      expect(person.household.members).toHaveLength(3);
    });

    it('see only the basic fields of their household members, not their contact details or facts', async () => {
      const basic = await as('aysel', `{ person(pin: "${AYSEL}") { household { members { person { pin firstName birthDate } } } } }`);
      expect(basic.errors).toBeUndefined();
      const contact = await as('aysel', `{ person(pin: "${RASHAD}") { phone } }`);
      expect(errorCodes(contact)).toContain('FORBIDDEN');
      expect(JSON.stringify(contact)).not.toContain('+99450');
      const facts = await as('aysel', `{ person(pin: "${AYSEL}") { household { members { person { pin facts { items { kind } } } } } } }`);
      expect(errorCodes(facts)).toContain('FORBIDDEN');
    });

    it('cannot read another person by PIN, alias, fragment or nested path', async () => {
      for (const query of [
        `{ person(pin: "${LEYLA}") { firstName } }`,
        `{ mine: person(pin: "${AYSEL}") { pin } other: person(pin: "${LEYLA}") { firstName } }`,
        `query { ...Q } fragment Q on Query { person(pin: "${LEYLA}") { ... on Person { lastName } } }`,
      ]) {
        const res = await as('aysel', query);
        expect(errorCodes(res)).toContain('FORBIDDEN');
        expect(JSON.stringify(res)).not.toMatch(/Member0|Testov/);
      }
    });

    it('read their own household by id, and no other', async () => {
      const own = await as('aysel', `{ household(id: "${ayselsHousehold}") { members { relation } assistance { monthlyAmount } } }`);
      expect(own.errors).toBeUndefined();
      const other = await as('aysel', `{ household(id: "${leylasHousehold}") { members { person { firstName } } } }`);
      expect(errorCodes(other)).toContain('FORBIDDEN');
      expect(JSON.stringify(other)).not.toContain('Member0');
    });

    it('cannot search the register', async () => {
      const res = await as('aysel', `{ searchPersons(filter: { name: "Testov" }) { items { pin } } }`);
      expect(codesAt(res, 'searchPersons')).toEqual(['UNAUTHORIZED_FIELD_OR_TYPE']);
    });
  });

  describe('caseworkers', () => {
    it('must declare a purpose of use', async () => {
      expect(errorCodes(await as('caseworker.baku', `{ person(pin: "${AYSEL}") { firstName } }`))).toContain('FORBIDDEN');
    });

    it('read people of their region only', async () => {
      const mine = await as('caseworker.baku', `{ person(pin: "${AYSEL}") { firstName facts { items { kind } } benefits { monthlyAmount } } }`, PURPOSE);
      expect(mine.errors).toBeUndefined();
      expect(errorCodes(await as('caseworker.baku', `{ person(pin: "${LEYLA}") { firstName } }`, PURPOSE))).toContain('FORBIDDEN');
      expect(errorCodes(await as('caseworker.ganja', `{ person(pin: "${AYSEL}") { firstName } }`, PURPOSE))).toContain('FORBIDDEN');
      const ganja = await as('caseworker.ganja', `{ person(pin: "${LEYLA}") { firstName } }`, PURPOSE);
      expect(ganja.errors).toBeUndefined();
    });

    it('see health facts only with the health scope (and the health-data role)', async () => {
      const kinds = async (scope?: string) => {
        const res = await as('caseworker.baku', `{ person(pin: "${RASHAD}") { facts { items { kind } } } }`, PURPOSE, scope);
        expect(res.errors).toBeUndefined();
        return (res.data as { person: { facts: { items: Array<{ kind: string }> } } }).person.facts.items.map((f) => f.kind);
      };
      expect(await kinds()).not.toContain('DISABILITY');
      expect(await kinds('health')).toContain('DISABILITY');
    });
  });

  describe('auditors, the engine and agency feeds', () => {
    it('auditors read with a purpose, contact details masked', async () => {
      const res = await as('auditor', `{ person(pin: "${RASHAD}") { firstName phone } }`, PURPOSE);
      expect(res.errors).toBeUndefined();
      expect((res.data as { person: { phone: string } }).person.phone).toMatch(/^\*+\d{2}$/);
    });

    it('the decision engine reads everyone', async () => {
      const res = await as('client:decision-engine', `{ a: person(pin: "${AYSEL}") { facts { items { kind } } } l: person(pin: "${LEYLA}") { firstName } }`);
      expect(res.errors).toBeUndefined();
    });

    it('agency feeds read no personal record', async () => {
      const res = await as('client:agency-taxes', `{ person(pin: "${AYSEL}") { firstName } }`);
      expect(res.data?.['person'] ?? null).toBeNull();
      expect(errorCodes(res).some((c) => c === 'UNAUTHORIZED_FIELD_OR_TYPE' || c === 'FORBIDDEN')).toBe(true);
    });
  });

  describe('who looked at my data', () => {
    it('shows the citizen a caseworker’s read with its purpose, and hides others’ logs', async () => {
      await as('caseworker.baku', `{ person(pin: "${AYSEL}") { firstName } }`, PURPOSE);
      await registry.recorder.flush();
      const res = await as('aysel', `{ person(pin: "${AYSEL}") { accessLog { items { accessorKind service fields purpose } } } }`);
      expect(res.errors).toBeUndefined();
      const items = (res.data as { person: { accessLog: { items: Array<{ accessorKind: string; purpose: string; fields: string[] }> } } }).person.accessLog.items;
      expect(items).toContainEqual(expect.objectContaining({ accessorKind: 'caseworker', purpose: PURPOSE['x-purpose-of-use'], fields: ['Person.firstName'] }));
      expect(errorCodes(await as('aysel', `{ person(pin: "${LEYLA}") { accessLog { items { purpose } } } }`))).toContain('FORBIDDEN');
    });

    it('lets auditors read the whole log and verify its chain', async () => {
      await registry.recorder.flush();
      const res = await as('auditor', `{ accessLog { items { service } } accessLogChain { verified entries } }`);
      expect(res.errors).toBeUndefined();
      expect(res.data?.['accessLogChain']).toMatchObject({ verified: true });
      const citizen = await as('aysel', `{ accessLogChain { verified } }`);
      expect(codesAt(citizen, 'accessLogChain')).toEqual(['UNAUTHORIZED_FIELD_OR_TYPE']);
    });
  });

  describe('tokens and direct calls', () => {
    it(callInProcess ? 'reaches every subgraph in process' : 'reaches every subgraph over HTTP', () => {
      for (const [name, running] of Object.entries(registry.subgraphs)) expect(inProcessEndpoint(running.url) !== undefined, name).toBe(callInProcess);
    });

    it('refuses a tampered token, and a request without the gateway secret at a subgraph', async () => {
      const good = await token('aysel');
      const [h, p, s] = good.split('.');
      const tampered = `${h}.${p}.${(s ?? '').slice(0, -4)}AAAA`;
      const res = await postGraphQL(registry.gatewayUrl, `{ benefitTypes { code } }`, {}, { authorization: `Bearer ${tampered}` });
      expect(res.status).toBe(401);
      expect(errorCodes(res)).toEqual(['UNAUTHENTICATED']);
      const withoutSecret = await direct(registry.subgraphs['persons']?.url ?? '', `{ person(pin: "${AYSEL}") { pin } }`, {}, { authorization: `Bearer ${good}` });
      expect(withoutSecret.status).toBe(403);
      expect(errorCodes(withoutSecret)).toEqual(['FORBIDDEN']);
    });

    it('every subgraph refuses a forged _entities call: without a token, and for someone else’s record', async () => {
      const forged = {
        persons: '... on Person { firstName phone }',
        households: '... on Person { household { id } memberships { relation } }',
        'agency-facts': '... on Person { facts { items { kind } } }',
        benefits: '... on Person { benefits { monthlyAmount } decisions { outcome } }',
        payments: '... on Person { payments { items { amount } } paymentAccounts { iban } }',
        audit: '... on Person { accessLog { items { purpose } } }',
      } as const;
      const citizen = `Bearer ${await token('aysel')}`;
      for (const [name, selection] of Object.entries(forged)) {
        const url = registry.subgraphs[name]?.url ?? '';
        const query = `query($r: [_Any!]!) { _entities(representations: $r) { ${selection} } }`;
        const variables = { r: [{ __typename: 'Person', pin: LEYLA }] };
        const anonymous = await direct(url, query, variables, { 'x-gateway-secret': GATEWAY_SECRET });
        expect(errorCodes(anonymous), name).toEqual(['UNAUTHENTICATED']);
        const other = await direct(url, query, variables, { 'x-gateway-secret': GATEWAY_SECRET, authorization: citizen });
        expect(errorCodes(other), name).toContain('FORBIDDEN');
        expect(JSON.stringify(other.data ?? null), name).not.toMatch(/Member0|amount|kind|\+994/);
      }
    });
  });
});

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { queryCounter } from '@usr/shared';
import { createTestDatabase, errorCodes, postGraphQL, type TestDatabase } from '@usr/shared/testing';
import { startRegistry, type RunningRegistry } from './support/registry.ts';
import { FULL_RECORD } from './support/full-record-query.ts';
import { seeder, type SeededHousehold } from './support/seed.ts';

/**
 * One person's whole record crosses all five subgraphs through the gateway, and the number of SQL
 * statements it costs does not depend on how many members the household has or how many facts a
 * person has: every reference and list is batched.
 */

interface FullRecord {
  person: {
    pin: string;
    household: { members: Array<{ person: { pin: string; facts: { items: unknown[] } } }>; assistance: unknown[] };
    facts: { items: Array<{ kind: string; value: { __typename: string } }> };
    benefits: Array<{ monthlyAmount: string; benefitType: { code: string }; payments: unknown[] }>;
    payments: { items: unknown[] };
    paymentAccounts: Array<{ bank: string }>;
  };
}

let db: TestDatabase;
let engineToken: string;
let registry: RunningRegistry;
let small: SeededHousehold;
let large: SeededHousehold;
let fewFacts: SeededHousehold;
let manyFacts: SeededHousehold;

const asEngine = () => ({ authorization: `Bearer ${engineToken}` });
const fullRecord = (pin: string) => postGraphQL<FullRecord>(registry.gatewayUrl, FULL_RECORD, { pin }, asEngine());
const statementsFor = async (pin: string) => {
  // Warm-up: the first request also plans the query and checks out connections.
  await fullRecord(pin);
  const { result, statements } = await queryCounter.during(() => fullRecord(pin));
  expect(result.errors).toBeUndefined();
  return { result, statements };
};

beforeAll(async () => {
  db = await createTestDatabase(inject('adminDatabaseUrl'));
  registry = await startRegistry(db.url, inject('keycloakUrl') || undefined);
  engineToken = await registry.serviceToken('decision-engine');
  const seed = seeder(db.url);
  small = await seed.household(2).withFacts(5).withBenefit('TSA', '120.00').withPayments(3).save();
  large = await seed.household(8).withFacts(5).withBenefit('TSA', '120.00').withPayments(3).save();
  fewFacts = await seed.household(3).withFacts(5).withBenefit('TSA', '80.00').withPayments(2).save();
  manyFacts = await seed.household(3).withFacts(500).withBenefit('TSA', '80.00').withPayments(2).save();
  await seed.close();
});

afterAll(async () => {
  await registry?.stop();
  await db?.drop();
});

describe('a citizen’s full record through the gateway', () => {
  it('crosses persons, households, agency-facts, benefits and payments', async () => {
    const { data, errors } = await fullRecord(small.head);
    expect(errors).toBeUndefined();
    const person = data?.person;
    expect(person?.pin).toBe(small.head);
    expect(person?.household.members.map((m) => m.person.pin).sort()).toEqual([...small.pins].sort());
    expect(person?.facts.items).toHaveLength(5);
    expect(person?.facts.items[0]?.value.__typename).toBe('IncomeValue');
    expect(person?.benefits).toMatchObject([{ monthlyAmount: '120.00', benefitType: { code: 'TSA' } }]);
    expect(person?.benefits[0]?.payments).toHaveLength(3);
    expect(person?.payments.items).toHaveLength(3);
    expect(person?.paymentAccounts).toEqual([expect.objectContaining({ bank: 'Kapital Bank' })]);
    expect(person?.household.assistance).toHaveLength(1);
  });

  it('costs the same number of SQL statements for a household of 2 and of 8', async () => {
    const two = await statementsFor(small.head);
    const eight = await statementsFor(large.head);
    expect(eight.result.data?.person.household.members).toHaveLength(8);
    expect(eight.statements).toBe(two.statements);
    expect(two.statements).toBeGreaterThan(0);
    // 12 since a person's household is read with its members (13 before, 14 before the decisions joined).
    expect(two.statements).toBeLessThanOrEqual(12);
  });

  it('costs the same number of SQL statements for 5 facts a person and for 500', async () => {
    const five = await statementsFor(fewFacts.head);
    const fiveHundred = await statementsFor(manyFacts.head);
    expect(fiveHundred.result.data?.person.facts.items).toHaveLength(500);
    expect(fiveHundred.result.data?.person.household.members[1]?.person.facts.items).toHaveLength(500);
    expect(fiveHundred.statements).toBe(five.statements);
  });

  it('answers bad input through the gateway with typed errors and no stack trace', async () => {
    const malformed = await fullRecord('I0O1234');
    expect(errorCodes(malformed)).toContain('BAD_USER_INPUT');
    const unknown = await fullRecord('ZZZZZZ9');
    expect(errorCodes(unknown)).toContain('NOT_FOUND');
    for (const res of [malformed, unknown]) {
      expect(JSON.stringify(res)).not.toMatch(/stacktrace|at .*\.ts:\d+/);
    }
    const badPage = await postGraphQL(registry.gatewayUrl, `{ person(pin: "${small.head}") { facts(page: { limit: 5000 }) { hasMore } } }`, {}, asEngine());
    expect(errorCodes(badPage)).toContain('BAD_USER_INPUT');
    const badDate = await postGraphQL(registry.gatewayUrl, `{ person(pin: "${small.head}") { facts(filter: { validOn: "2025-13-40" }) { hasMore } } }`, {}, asEngine());
    expect(errorCodes(badDate)).toContain('BAD_USER_INPUT');
  });
});

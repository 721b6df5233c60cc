import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { EXPLANATION_REFUSED } from '../subgraphs/benefits/src/services/decision-reading.ts';
import { LOOKUP_REFUSED, RECORD_RULE_LOOKUPS, REFUSALS } from '@usr/shared';
import { createTestDatabase, errorCodes, postGraphQL, type GraphQLResponse, type TestDatabase } from '@usr/shared/testing';
import { seedDecisionRecord, type SeededDecision } from './support/decision-seed.ts';
import { seedHealthBenefit, type SeededHealthBenefit } from './support/health-benefit-seed.ts';
import { GATEWAY_SECRET, startRegistry, type RunningRegistry } from './support/registry.ts';
import { seeder, type SeededHousehold } from './support/seed.ts';

/**
 * Issue #11's findings, each through the gateway (or straight at a subgraph, as the attack was) with
 * real tokens: each failed on the code before the fix.
 */
const RASHAD = '4BXM2R8';
const AYSEL = '5AZK7P2';
const PURPOSE = { 'x-purpose-of-use': 'BENEFIT_REVIEW' };

let db: TestDatabase;
let registry: RunningRegistry;
let family: SeededHousehold;
let decision: SeededDecision;
let health: SeededHealthBenefit;
const tokens = new Map<string, string>();

const token = async (who: string, scope?: string): Promise<string> => {
  const key = `${who}|${scope ?? ''}`;
  let value = tokens.get(key);
  if (!value) {
    value = await registry.userToken(who, scope);
    tokens.set(key, value);
  }
  return value;
};

const as = async (who: string, query: string, headers: Record<string, string> = {}, scope?: string): Promise<GraphQLResponse> =>
  postGraphQL(registry.gatewayUrl, query, {}, { authorization: `Bearer ${await token(who, scope)}`, ...headers });

const codesAt = (res: GraphQLResponse, path: string) =>
  (res.errors ?? []).filter((e) => (e.path ?? []).join('.') === path).map((e) => e.extensions?.['code']);

interface InputRow {
  kind: string;
  summary: string;
  factId: string | null;
  recordedAt: string | null;
  subject: { pin: string } | null;
  fact: { id: string } | null;
}

const DECISION_INPUTS = `inputs { kind summary factId recordedAt subject { pin } fact { id } }`;

beforeAll(async () => {
  db = await createTestDatabase(inject('adminDatabaseUrl'));
  registry = await startRegistry(db.url, inject('keycloakUrl') || undefined);
  const seed = seeder(db.url);
  family = await seed.household(3).withPins(RASHAD, AYSEL).withFacts(2).withHealthFact().withBenefit('TSA', '150.00').withPayments(1).save();
  await seed.close();
  decision = await seedDecisionRecord(db.url, family.householdId, family.pins);
  health = await seedHealthBenefit(db.url, RASHAD, family.householdId);
});

afterAll(async () => {
  await registry?.stop();
  await db?.drop();
});

describe('health data through a decision (DecisionInput.summary and the steps)', () => {
  const query = `{ decision(id: "ID") { ${DECISION_INPUTS} steps { description plain } } }`;

  it('is withheld from a caseworker without the health scope: the input left out, the steps refused', async () => {
    const res = await as('caseworker.baku', query.replace('ID', decision.decisionId), PURPOSE);
    const inputs = (res.data as { decision: { inputs: InputRow[] } | null }).decision?.inputs ?? [];
    expect(inputs.map((i) => i.kind)).not.toContain(decision.healthInput.kind);
    expect(inputs.length).toBe(decision.inputs.length); // every income, plus the household size
    expect(codesAt(res, 'decision.steps')).toEqual(['FORBIDDEN']);
    expect(res.errors?.[0]?.message).toBe(EXPLANATION_REFUSED);
    const text = JSON.stringify(res);
    expect(text).not.toContain(decision.healthInput.summary);
    expect(text).not.toContain(decision.healthInput.factId);
    expect(text).not.toMatch(/Disability group/);
  });

  it('is withheld on every path to the decision (a person’s decisions, an assignment’s decision)', async () => {
    for (const path of [
      `{ person(pin: "${RASHAD}") { decisions { ${DECISION_INPUTS} } } }`,
      `{ person(pin: "${RASHAD}") { benefits { decision { ${DECISION_INPUTS} } } } }`,
      `{ household(id: "${family.householdId}") { assistance { decision { ${DECISION_INPUTS} } } } }`,
    ]) {
      const res = await as('caseworker.baku', path, PURPOSE);
      expect(res.errors, path).toBeUndefined();
      expect(JSON.stringify(res), path).not.toContain(decision.healthInput.summary);
    }
  });

  it('is shown to a caseworker with the health scope, and to the subject', async () => {
    const withHealth = await as('caseworker.baku', query.replace('ID', decision.decisionId), PURPOSE, 'health');
    expect(withHealth.errors).toBeUndefined();
    expect(JSON.stringify(withHealth)).toContain(decision.healthInput.summary);
    const subject = await as('rashad', query.replace('ID', decision.decisionId));
    expect(subject.errors).toBeUndefined();
    expect(JSON.stringify(subject)).toContain(decision.healthInput.summary);
  });
});

describe('a TSA applicant reading the figures of her household through her decision', () => {
  it('sees each member’s figures the decision used, by member, but not their fact records', async () => {
    const res = await as('rashad', `{ decision(id: "${decision.decisionId}") { ${DECISION_INPUTS} } }`);
    expect(res.errors).toBeUndefined();
    const inputs = (res.data as { decision: { inputs: InputRow[] } }).decision.inputs;
    const others = inputs.filter((i) => i.subject !== null && i.subject.pin !== RASHAD);
    const own = inputs.filter((i) => i.subject?.pin === RASHAD);
    expect(others.length).toBe(decision.inputs.filter((i) => i.subjectPin !== RASHAD).length);
    for (const input of others) expect(input).toMatchObject({ factId: null, fact: null, recordedAt: null, summary: expect.any(String) });
    expect(others.map((i) => i.summary).sort()).toEqual(decision.inputs.filter((i) => i.subjectPin !== RASHAD).map((i) => i.summary).sort());
    for (const input of own) expect(input.factId).not.toBeNull();
    const text = JSON.stringify(res);
    for (const fact of decision.inputs.filter((i) => i.subjectPin !== RASHAD)) expect(text).not.toContain(fact.factId);
  });

  it('logs the read of each fellow member’s figures in their access log', async () => {
    await registry.recorder.flush();
    const res = await as('aysel', `{ person(pin: "${AYSEL}") { accessLog { items { fields purpose } } } }`);
    const items = (res.data as { person: { accessLog: { items: Array<{ fields: string[]; purpose: string }> } } }).person.accessLog.items;
    expect(items).toContainEqual(expect.objectContaining({ fields: ['Decision.inputs'], purpose: 'OWN_HOUSEHOLD' }));
  });
});

describe('an auditor’s masked address', () => {
  it('is masked through Household.addressLine', async () => {
    const res = await as('auditor', `{ household(id: "${family.householdId}") { addressLine } person(pin: "${RASHAD}") { address { line } household { addressLine } } }`, PURPOSE);
    expect(res.errors).toBeUndefined();
    expect(JSON.stringify(res)).not.toContain(decision.address);
    const data = res.data as { household: { addressLine: string }; person: { address: { line: string }; household: { addressLine: string } } };
    expect(data.household.addressLine).toMatch(/^\*+$/);
    expect(data.person.household.addressLine).toBe(data.person.address.line);
  });

  it('is masked through the REGISTERED_ADDRESS fact’s value, by id and in the person’s facts', async () => {
    const value = `value { ... on RegisteredAddressValue { address districtCode } }`;
    const res = await as('auditor', `{ fact(id: "${decision.addressFactId}") { ${value} } person(pin: "${RASHAD}") { facts(filter: { kinds: [REGISTERED_ADDRESS] }) { items { ${value} } } } }`, PURPOSE);
    expect(res.errors).toBeUndefined();
    expect(JSON.stringify(res)).not.toContain(decision.address);
    expect((res.data as { fact: { value: { address: string } } }).fact.value.address).toMatch(/^\*+$/);
  });

  it('stays in clear for the person themself and their caseworker', async () => {
    const own = await as('rashad', `{ household(id: "${family.householdId}") { addressLine } fact(id: "${decision.addressFactId}") { value { ... on RegisteredAddressValue { address } } } }`);
    expect(own.errors).toBeUndefined();
    expect((own.data as { household: { addressLine: string } }).household.addressLine).toBe(decision.address);
    expect((own.data as { fact: { value: { address: string } } }).fact.value.address).toBe(decision.address);
  });
});

describe('a direct subgraph call with the gateway secret and a client-set x-registry-lookup', () => {
  it('is refused for any read but the record-rule look-ups, so no read escapes the access log', async () => {
    const persons = registry.subgraphs['persons']?.url ?? '';
    const headers = { 'x-gateway-secret': GATEWAY_SECRET, 'x-registry-lookup': 'record-rule', authorization: `Bearer ${await token('caseworker.baku')}`, ...PURPOSE };
    const phone = await postGraphQL(persons, `{ person(pin: "${AYSEL}") { phone } }`, {}, headers);
    expect(errorCodes(phone)).toEqual(['FORBIDDEN']);
    expect(phone.errors?.[0]?.message).toBe(LOOKUP_REFUSED);
    expect(JSON.stringify(phone)).not.toContain('+99450');
    const disguised = await postGraphQL(persons, `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Person { phone address { region { code } } } } }`, { representations: [{ __typename: 'Person', pin: AYSEL }] }, headers);
    expect(errorCodes(disguised)).toEqual(['FORBIDDEN']);
    // The genuine look-up is still answered.
    const lookup = await postGraphQL(persons, RECORD_RULE_LOOKUPS.region, { representations: [{ __typename: 'Person', pin: AYSEL }] }, headers);
    expect(lookup.errors).toBeUndefined();
    expect(JSON.stringify(lookup.data)).toContain('baku');
  });
});

describe('searchPersons without a purpose', () => {
  it('is refused with a typed error, not answered with an empty page that says more exist', async () => {
    const res = await as('caseworker.baku', `{ searchPersons(filter: { name: "Testov" }) { items { pin } hasMore } }`);
    expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    expect(res.errors?.[0]?.message).toBe(REFUSALS.purpose);
    expect(res.data?.['searchPersons'] ?? null).toBeNull();
    const withPurpose = await as('caseworker.baku', `{ searchPersons(filter: { name: "Testov" }) { items { pin } } }`, PURPOSE);
    expect(withPurpose.errors).toBeUndefined();
  });
});

describe('a benefit whose type reveals health (a disability pension), along every path', () => {
  /** Every way to a person's benefit records that a caseworker of their region may take. */
  const personPaths = () => [
    `{ person(pin: "${RASHAD}") { benefits { id amount benefitType { code name } decision { id summary } payments { id amount } } } }`,
    `{ person(pin: "${RASHAD}") { decisions { id benefitType { code } summary reasonCode monthlyAmount referenceNumber } } }`,
    `{ person(pin: "${RASHAD}") { applications { id benefitType { code } } } }`,
    `{ person(pin: "${RASHAD}") { notifications { id text template decision { id } } } }`,
    `{ person(pin: "${RASHAD}") { payments(page: { limit: 100 }) { items { id amount month assignment { id benefitType { code } } } hasMore } } }`,
    `{ person(pin: "${RASHAD}") { recoveries { id benefitCode amount } } }`,
    `{ household(id: "${family.householdId}") { assistance { id amount benefitType { code } } applications { id benefitType { code } } } }`,
    `{ person(pin: "${RASHAD}") { household { assistance { id amount } members { person { benefits { id amount } } } } } }`,
  ];
  const byId = () => [
    ['decision', `{ decision(id: "${health.decisionId}") { id benefitType { code } summary } }`],
    ['assignment', `{ assignment(id: "${health.assignmentId}") { id benefitType { code } amount } }`],
    ['notification', `{ notification(id: "${health.notificationId}") { id text } }`],
    ['payment', `{ payment(id: "${health.paymentId}") { id amount } }`],
    ['application', `{ application(id: "${health.applicationId}") { id benefitType { code } } }`],
  ] as const;
  const queue = `{ applicationsNeedingAttention(withinWorkingDays: 15, limit: 100) { application { id benefitType { code } } reasons } }`;
  const tellsIn = (res: GraphQLResponse) => health.tells.filter((tell) => JSON.stringify(res).includes(tell));

  it('is left out of every list, queue and household view for a caseworker without the health scope, with no refusal that betrays it', async () => {
    for (const path of [...personPaths(), queue]) {
      const res = await as('caseworker.baku', path, PURPOSE);
      expect(res.errors, path).toBeUndefined();
      expect(tellsIn(res), path).toEqual([]);
    }
  });

  it('is refused by id to a caseworker without the health scope, as another person’s record is', async () => {
    for (const [field, query] of byId()) {
      const res = await as('caseworker.baku', query, PURPOSE);
      expect(codesAt(res, field), field).toEqual(['FORBIDDEN']);
      expect(res.errors?.[0]?.message, field).toBe(REFUSALS.caseworker);
      expect(tellsIn(res), field).toEqual([]);
    }
  });

  it('is not a fellow household member’s to learn of: Household.assistance and applications leave it out for her', async () => {
    const res = await as('aysel', `{ household(id: "${family.householdId}") { assistance { id amount benefitType { code } } applications { id benefitType { code } } } }`);
    expect(res.errors).toBeUndefined();
    expect(tellsIn(res)).toEqual([]);
    expect(JSON.stringify(res)).toContain('"TSA"'); // the household's own assistance is still hers to see
  });

  it('is not in the review queue of an appeals officer without the health scope, nor readable by id', async () => {
    const res = await as('appeals.officer', `{ appealReviewQueue(page: { limit: 200 }) { items { id decision { id benefitType { code } } } } }`, PURPOSE);
    expect(res.errors).toBeUndefined();
    expect(tellsIn(res)).toEqual([]);
    const one = await as('appeals.officer', `{ appeal(id: "${health.appealId}") { id decision { id } } }`, PURPOSE);
    expect(codesAt(one, 'appeal')).toEqual(['FORBIDDEN']);
    expect(tellsIn(one)).toEqual([]);
  });

  it('is in the review queue of an appeals officer who holds the health scope (health-data role), and readable by id', async () => {
    const res = await as('appeals.officer', `{ appealReviewQueue(page: { limit: 200 }) { items { id decision { id benefitType { code } } } } }`, PURPOSE, 'health');
    expect(res.errors).toBeUndefined();
    expect(JSON.stringify(res)).toContain(health.appealId);
    const one = await as('appeals.officer', `{ appeal(id: "${health.appealId}") { id decision { id } } }`, PURPOSE, 'health');
    expect(one.errors).toBeUndefined();
    expect(JSON.stringify(one)).toContain(health.appealId);
  });

  it('is shown, on the same paths, to a caseworker with the health scope, to the person herself and to an auditor', async () => {
    for (const [who, headers, scope] of [['caseworker.baku', PURPOSE, 'health'], ['rashad', {}, undefined], ['auditor', PURPOSE, undefined]] as const) {
      const seen = new Set<string>();
      for (const path of personPaths()) {
        const res = await as(who, path, headers, scope);
        if (who !== 'rashad' || !path.includes('members')) expect(res.errors, `${who} ${path}`).toBeUndefined();
        for (const tell of tellsIn(res)) seen.add(tell);
      }
      for (const [field, query] of byId()) {
        const res = await as(who, query, headers, scope);
        expect(res.errors, `${who} ${field}`).toBeUndefined();
        for (const tell of tellsIn(res)) seen.add(tell);
      }
      expect([...seen].sort(), who).toEqual(expect.arrayContaining([health.code, health.decisionId, health.assignmentId, health.paymentId, health.notificationId, health.recoveryId, health.applicationId, '271.37']));
    }
    const queueWithHealth = await as('caseworker.baku', queue, PURPOSE, 'health');
    expect(JSON.stringify(queueWithHealth)).toContain(health.applicationId);
    const auditorQueue = await as('auditor', `{ appealReviewQueue(page: { limit: 200 }) { items { id } } }`, PURPOSE);
    expect(JSON.stringify(auditorQueue)).toContain(health.appealId);
    const own = await as('rashad', `{ person(pin: "${RASHAD}") { appeals { id } } }`);
    expect(JSON.stringify(own)).toContain(health.appealId);
  });
});

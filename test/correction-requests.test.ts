import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestDatabase, errorCodes, postGraphQL, type TestDatabase } from '@usr/shared/testing';
import { startRegistry, type RunningRegistry } from './support/registry.ts';
import { seeder } from './support/seed.ts';

/**
 * Caseworkers resolve correction requests of their region, through the gateway with real tokens:
 * the region comes from the persons subgraph (the citizen's registered address), never from the
 * caller. Aysel lives in Baku, Leyla in Ganja.
 */
const AYSEL = '5AZK7P2';
const LEYLA = '6CGT3N5';
const PURPOSE = { 'x-purpose-of-use': 'CORRECTION_REQUEST' };
let db: TestDatabase;
let registry: RunningRegistry;
const tokens: Record<string, string> = {};

const as = <D = Record<string, unknown>>(who: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = PURPOSE) =>
  postGraphQL<D>(registry.gatewayUrl, query, variables, { authorization: `Bearer ${tokens[who] ?? ''}`, ...headers });

interface Request {
  id: string;
  status: string;
  answeredBy: string | null;
  answerReason: string | null;
}
const FIELDS = 'id status answeredBy answerReason';
const QUEUE = `{ correctionRequests(status: OPEN, page: { limit: 100 }) { items { ${FIELDS} } } }`;
const ANSWER = `mutation($id: ID!, $outcome: CorrectionOutcome!, $reason: String) { answerCorrectionRequest(id: $id, outcome: $outcome, reason: $reason) { ${FIELDS} } }`;

/** The tax service reports an income of the citizen, who contests it; returns the request. */
const contestedIncome = async (pin: string, citizen: string): Promise<Request> => {
  const submitted = await as<{ submitFacts: { results: Array<{ fact: { id: string } | null }> } }>(
    'taxes',
    `mutation($facts: [FactInput!]!) { submitFacts(facts: $facts) { results { fact { id } } } }`,
    { facts: [{ subjectPin: pin, kind: 'INCOME', value: { amount: 900, month: '2026-10', source: 'SALARY' }, validFrom: '2026-10-01', validTo: '2026-10-31', sourceReference: `TAX-${randomUUID()}` }] },
    {},
  );
  const factId = submitted.data?.submitFacts.results[0]?.fact?.id;
  expect(factId).toBeDefined();
  const filed = await as<{ requestFactCorrection: Request }>(citizen, `mutation($id: ID!) { requestFactCorrection(factId: $id, reason: "I earned 300, not 900.") { ${FIELDS} } }`, { id: factId }, {});
  expect(filed.errors).toBeUndefined();
  const request = filed.data?.requestFactCorrection;
  if (!request) throw new Error('no request');
  return request;
};

const queueOf = async (who: string): Promise<string[]> => {
  const res = await as<{ correctionRequests: { items: Request[] } }>(who, QUEUE);
  expect(res.errors).toBeUndefined();
  return res.data?.correctionRequests.items.map((r) => r.id) ?? [];
};

beforeAll(async () => {
  db = await createTestDatabase(inject('adminDatabaseUrl'));
  registry = await startRegistry(db.url, inject('keycloakUrl') || undefined);
  const seed = seeder(db.url);
  await seed.household(2).withPins(AYSEL).save();
  await seed.household(1).withPins(LEYLA).inRegion('ganja-dashkasan', 'AZ-GA').save();
  await seed.close();
  tokens['taxes'] = await registry.serviceToken('agency-taxes');
  tokens['aysel'] = await registry.userToken('aysel');
  tokens['leyla'] = await registry.userToken('leyla');
  tokens['baku'] = await registry.userToken('caseworker.baku');
  tokens['ganja'] = await registry.userToken('caseworker.ganja');
  tokens['auditor'] = await registry.userToken('auditor');
});

afterAll(async () => {
  await registry?.stop();
  await db?.drop();
});

describe('caseworkers resolve correction requests of their region (through the gateway)', () => {
  it('queues each request for the caseworkers of the citizen’s region only', async () => {
    const aysels = await contestedIncome(AYSEL, 'aysel');
    const leylas = await contestedIncome(LEYLA, 'leyla');
    const baku = await queueOf('baku');
    const ganja = await queueOf('ganja');
    expect(baku).toContain(aysels.id);
    expect(baku).not.toContain(leylas.id);
    expect(ganja).toContain(leylas.id);
    expect(ganja).not.toContain(aysels.id);
  });

  it('lets the Baku caseworker reject Aysel’s request with a reason, refuses the Ganja caseworker, and Aysel follows the outcome', async () => {
    const request = await contestedIncome(AYSEL, 'aysel');
    const refused = await as('ganja', ANSWER, { id: request.id, outcome: 'REJECTED', reason: 'Payroll confirms 900.' });
    expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
    const answered = await as<{ answerCorrectionRequest: Request }>('baku', ANSWER, { id: request.id, outcome: 'REJECTED', reason: 'Payroll confirms 900.' });
    expect(answered.errors).toBeUndefined();
    expect(answered.data?.answerCorrectionRequest).toEqual({ id: request.id, status: 'REJECTED', answeredBy: 'CASEWORKER', answerReason: 'Payroll confirms 900.' });
    const mine = await as<{ person: { correctionRequests: Request[] } }>('aysel', `{ person(pin: "${AYSEL}") { correctionRequests { ${FIELDS} } } }`, {}, {});
    expect(mine.data?.person.correctionRequests.find((r) => r.id === request.id)).toMatchObject({ status: 'REJECTED', answeredBy: 'CASEWORKER' });
  });

  it('refuses the queue and answers to citizens and auditors at the gateway', async () => {
    const request = await contestedIncome(AYSEL, 'aysel');
    for (const who of ['aysel', 'auditor']) {
      expect(errorCodes(await as(who, QUEUE)), who).toEqual(['UNAUTHORIZED_FIELD_OR_TYPE']);
      expect(errorCodes(await as(who, ANSWER, { id: request.id, outcome: 'CONFIRMED', reason: 'Fine.' })), who).toEqual(['UNAUTHORIZED_FIELD_OR_TYPE']);
    }
    expect(await queueOf('baku')).toContain(request.id);
  });
});

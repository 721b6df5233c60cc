import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestDatabase, postGraphQL, type TestDatabase } from '@usr/shared/testing';
import { PAYROLL_WRITE_BATCH } from '../engine/src/flows/payroll.ts';
import { startRegistry, type RunningRegistry } from './support/registry.ts';
import { seeder } from './support/seed.ts';

/**
 * The largest batches the API documents pass the gateway's request limits with real tokens: an
 * agency's submitFacts of 1,000 facts, and the engine's recordPayroll calls as large as the engine
 * sends them. (Both once exceeded the gateway's former 100 KB body limit and were refused with 413.)
 */
const AYSEL = '5AZK7P2';
let db: TestDatabase;
let registry: RunningRegistry;
const tokens: Record<string, string> = {};

const as = <D = Record<string, unknown>>(who: string, query: string, variables: Record<string, unknown>) =>
  postGraphQL<D>(registry.gatewayUrl, query, variables, { authorization: `Bearer ${tokens[who] ?? ''}` });

beforeAll(async () => {
  db = await createTestDatabase(inject('adminDatabaseUrl'));
  registry = await startRegistry(db.url, inject('keycloakUrl') || undefined);
  const seed = seeder(db.url);
  await seed.household(1).withPins(AYSEL).save();
  await seed.close();
  tokens['taxes'] = await registry.serviceToken('agency-taxes');
  tokens['engine'] = await registry.serviceToken('decision-engine');
});

afterAll(async () => {
  await registry?.stop();
  await db?.drop();
});

describe('the largest documented batches pass the gateway', () => {
  it('takes an agency batch of 1,000 facts and answers every item', async () => {
    const batch = randomUUID();
    const facts = Array.from({ length: 1000 }, (_, i) => ({
      subjectPin: AYSEL,
      kind: 'INCOME',
      value: { amount: 100 + i, month: '2026-10', source: 'SALARY', payer: 'Azərbaycan Dəmir Yolları QSC' },
      validFrom: '2026-10-01',
      validTo: '2026-10-31',
      sourceReference: `TAX-${batch}-${String(i).padStart(6, '0')}`,
    }));
    expect(JSON.stringify(facts).length).toBeGreaterThan(100_000);
    const res = await as<{ submitFacts: { results: Array<{ outcome: string }> } }>(
      'taxes',
      `mutation($facts: [FactInput!]!) { submitFacts(facts: $facts) { results { outcome } } }`,
      { facts },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.submitFacts.results.filter((r) => r.outcome === 'ACCEPTED')).toHaveLength(1000);
  });

  it('takes a payroll call as large as the engine sends and answers every item', async () => {
    const items = Array.from({ length: PAYROLL_WRITE_BATCH }, () => ({ assignmentId: randomUUID(), beneficiaryPin: AYSEL, amount: '1234.56', benefitCode: 'DISABILITY_ALLOWANCE' }));
    const res = await as<{ recordPayroll: { created: number; existing: number; rejected: Array<{ code: string }> } }>(
      'engine',
      `mutation($input: RecordPayrollInput!) { recordPayroll(input: $input) { created existing rejected { code } } }`,
      { input: { month: '2026-11', items } },
    );
    expect(res.errors).toBeUndefined();
    // Aysel has no card account in this database: every item is answered, none paid.
    expect(res.data?.recordPayroll.created).toBe(0);
    expect(res.data?.recordPayroll.rejected).toHaveLength(PAYROLL_WRITE_BATCH);
    expect(new Set(res.data?.recordPayroll.rejected.map((r) => r.code))).toEqual(new Set(['NO_ACCOUNT']));
  });
});

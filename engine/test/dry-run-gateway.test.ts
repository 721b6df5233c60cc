import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { findBenefitType, parameterOn, registryToday } from '@usr/shared';
import { postGraphQL } from '@usr/shared/testing';
import { collectHousehold, type CollectedHousehold } from '../src/collect/index.ts';
import { outOfShare } from '../src/dry-run/dry-run.ts';
import { householdIds } from '../src/flows/parameter-dry-run.ts';
import { refreshParameters } from '../src/parameter-snapshot.ts';
import { addMonthsToMonth, formatQepik, monthOf, parseMoney, rules } from '../src/rules/index.ts';
import { startWorker, type EngineWorker } from '../src/worker.ts';
import { enginePin, eventually, incomeFacts, seedHousehold, startEngineTestbed, submitFacts, type EngineTestbed } from './support/engine-harness.ts';

/**
 * The dry run end to end (issue #15 item 4), through the gateway with the demo users' real tokens:
 * rules.editor drafts a higher TSA need criterion, rules.approver requests a dry run, the engine's
 * worker runs it over the registry's households and records the report; its figures equal what
 * approving the draft really does: the engine, refreshed with the approved parameters, decides
 * every household of the registry on the draft's date, before and after.
 */
let testbed: EngineTestbed;
let worker: EngineWorker | undefined;
const on = `${addMonthsToMonth(monthOf(registryToday()), 1)}-01`;
const need = parameterOn(findBenefitType('TSA')?.parameters.find((p) => p.name === 'needCriterion') ?? { name: '', unit: 'MONTHS', description: '', values: [] }, on)?.value ?? 0;
const RAISED = Math.round(need * 120) / 100;

const as = async <D>(user: string, query: string, variables: Record<string, unknown>): Promise<D> => {
  const token = await testbed.registry.userToken(user);
  const res = await postGraphQL<D>(testbed.registry.gatewayUrl, query, variables, { authorization: `Bearer ${token}` });
  if (res.errors || !res.data) throw new Error(JSON.stringify(res.errors?.map((e) => [e.extensions?.['code'], e.path])));
  return res.data;
};

beforeAll(async () => {
  testbed = await startEngineTestbed('engine_dry_run', inject('adminDatabaseUrl'), inject('keycloakUrl'));
  // Elderly heads living alone (not expected to work) with incomes around the need criterion.
  for (const share of [0.5, 0.8, 0.95, 1.05, 1.1, 1.15, 1.3]) {
    const pin = enginePin();
    await seedHousehold(testbed.db.url, [{ pin, birthDate: '1950-05-05', sex: 'FEMALE', relation: 'HEAD' }]);
    await submitFacts(testbed.registry, 'taxes', incomeFacts(pin, monthOf(on), Math.round(need * share)));
  }
  worker = await startWorker(testbed.env, testbed.runtime, { schedule: false });
}, 120_000);

afterAll(async () => {
  await worker?.stop();
  await testbed?.stop();
});

/** Every household of the registry as the engine reads it on the draft's date. */
const population = async (): Promise<CollectedHousehold[]> => {
  const out: CollectedHousehold[] = [];
  const ctx = testbed.runtime.ctx;
  for await (const id of householdIds(ctx)) out.push(await collectHousehold(ctx.client, id, { asOf: on, knownAt: ctx.now(), validFrom: `${addMonthsToMonth(monthOf(on), -13)}-01` }));
  return out.filter((h) => h.members.length > 0);
};
const tsaMonthly = (h: CollectedHousehold): number | null => {
  const r = rules.tsa({ householdId: h.id, applicationDate: on, members: h.members });
  return r?.outcome === 'GRANTED' && r.monthlyAmount ? parseMoney(r.monthlyAmount) : null;
};

describe('parameter dry run through the gateway', () => {
  it("a rules approver's dry run reports what approving the draft really does", async () => {
    const drafted = await as<{ draftParameterChange: { draft: { id: string } } }>(
      'rules.editor',
      `mutation($input: DraftParameterChangeInput!) { draftParameterChange(input: $input) { draft { id } error { code } } }`,
      {
        input: {
          idempotencyKey: randomUUID(),
          reason: 'Budget law',
          changes: [{ benefitCode: 'TSA', name: 'needCriterion', value: RAISED, effectiveFrom: on, sourced: true, legalBasis: { act: { az: 'Qanun', ru: 'Закон', en: 'Law' }, article: '1', date: registryToday(), text: { az: 'Mətn', ru: 'Текст', en: 'Text' } } }],
        },
      },
    );
    const draftId = drafted.draftParameterChange.draft.id;
    const requested = await as<{ requestParameterDryRun: { dryRun: { id: string; status: string } } }>(
      'rules.approver',
      `mutation($id: ID!, $k: String!) { requestParameterDryRun(input: { draftId: $id, idempotencyKey: $k }) { dryRun { id status } error { code } } }`,
      { id: draftId, k: randomUUID() },
    );
    expect(requested.requestParameterDryRun.dryRun.status).toBe('QUEUED');
    type Report = { assessed: number; changed: number; newlyGranted: number; newlyRefused: number; monthlyCostDelta: string; distribution: { from: number | null; to: number | null; decisions: number }[]; examples: { benefitCode: string; subjectPin: string | null; before: string | null; after: string | null }[] };
    const READ = `query($id: ID!) { parameterDryRun(id: $id) { status report { assessed changed newlyGranted newlyRefused monthlyCostDelta distribution { from to decisions } examples { benefitCode subjectPin before after } } } }`;
    const report = await eventually(async () => {
      const r = await as<{ parameterDryRun: { status: string; report: Report | null } }>('rules.approver', READ, { id: requested.requestParameterDryRun.dryRun.id });
      return r.parameterDryRun.status === 'QUEUED' ? undefined : r.parameterDryRun;
    }, 30_000);
    expect(report.status).toBe('DONE');
    // Half the population, by the stable hash of the household id: only those households are read and run.
    const half = await as<{ requestParameterDryRun: { dryRun: { id: string } } }>(
      'rules.editor',
      `mutation($id: ID!, $k: String!) { requestParameterDryRun(input: { draftId: $id, idempotencyKey: $k, sampleShare: 0.5 }) { dryRun { id } error { code } } }`,
      { id: draftId, k: randomUUID() },
    );
    const halfReport = await eventually(async () => {
      const r = await as<{ parameterDryRun: { status: string; report: Report | null } }>('rules.editor', READ, { id: half.requestParameterDryRun.dryRun.id });
      return r.parameterDryRun.report ?? undefined;
    }, 30_000);

    // What approving really does: decide every household before, approve (another person), refresh, decide again.
    const households = await population();
    const before = households.map(tsaMonthly);
    const approved = await as<{ approveParameterDraft: { draft: { status: string } } }>('rules.approver', `mutation($id: ID!) { approveParameterDraft(input: { draftId: $id }) { draft { status } error { code } } }`, { id: draftId });
    expect(approved.approveParameterDraft.draft.status).toBe('APPROVED');
    await refreshParameters(testbed.runtime.ctx);
    const after = households.map(tsaMonthly);
    const changed = before.flatMap((b, i) => (b !== after[i] ? [{ b, a: after[i] ?? null }] : []));
    expect(changed.length).toBeGreaterThan(0);
    const r = report.report as Report;
    expect(r.assessed).toBe(households.length);
    expect(halfReport.assessed).toBe(households.filter((h) => !outOfShare(h.id, { kind: 'SHARE', share: 0.5 })).length);
    expect(r.changed).toBe(changed.length);
    expect(r.newlyGranted).toBe(changed.filter((c) => c.b === null).length);
    expect(r.newlyRefused).toBe(changed.filter((c) => c.a === null).length);
    expect(r.monthlyCostDelta).toBe(formatQepik(changed.reduce((sum, c) => sum + (c.a ?? 0) - (c.b ?? 0), 0)));
    expect(r.distribution.reduce((sum, b) => sum + b.decisions, 0)).toBe(changed.length);
    // The rules staff read no personal records: the examples are anonymised for them.
    expect(r.examples.length).toBe(changed.length);
    expect(r.examples.every((e) => e.subjectPin === null)).toBe(true);
    // An auditor with a declared purpose (who reads every person) sees the PINs; without one, not.
    for (const [purpose, pins] of [['DECISION_AUDIT', true], [null, false]] as const) {
      const res = await postGraphQL<{ parameterDryRun: { report: Report } }>(testbed.registry.gatewayUrl, READ, { id: requested.requestParameterDryRun.dryRun.id }, {
        authorization: `Bearer ${await testbed.registry.userToken('auditor')}`,
        ...(purpose ? { 'x-purpose-of-use': purpose } : {}),
      });
      const examples = res.data?.parameterDryRun.report.examples ?? [];
      expect(examples.length, String(purpose)).toBe(changed.length);
      expect(examples.every((e) => (pins ? typeof e.subjectPin === 'string' : e.subjectPin === null)), String(purpose)).toBe(true);
    }
  }, 180_000);

  it('householdIds is the engine’s only: a rules approver is refused', async () => {
    const token = await testbed.registry.userToken('rules.approver');
    const res = await postGraphQL(testbed.registry.gatewayUrl, `{ householdIds { ids hasMore } }`, {}, { authorization: `Bearer ${token}` });
    expect(res.errors?.[0]?.extensions?.['code']).toBe('UNAUTHORIZED_FIELD_OR_TYPE');
    const ids: string[] = [];
    for await (const id of householdIds(testbed.runtime.ctx)) ids.push(id);
    expect(ids.length).toBeGreaterThanOrEqual(7);
  });
});

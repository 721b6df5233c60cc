import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ECONOMIC_REGIONS, findBenefitType, parameterOn, registryToday } from '@usr/shared';
import { postGraphQL } from '@usr/shared/testing';
import { collectHousehold, type CollectedHousehold } from '../src/collect/index.ts';
import { outOfShare, SmallestHashes } from '../src/dry-run/dry-run.ts';
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
 * every household of the registry on the draft's date, before and after. The approver's samples too:
 * a REGION sample is that region's households, N RANDOM households are the N a seeded hash draws
 * (households nobody lives in are passed over), each reported as approving does on them.
 */
let testbed: EngineTestbed;
let worker: EngineWorker | undefined;
const on = `${addMonthsToMonth(monthOf(registryToday()), 1)}-01`;
const need = parameterOn(findBenefitType('TSA')?.parameters.find((p) => p.name === 'needCriterion') ?? { name: '', unit: 'MONTHS', description: '', values: [] }, on)?.value ?? 0;
const RAISED = Math.round(need * 120) / 100;
/** The second region of the test registry (the first is Baku, where seedHousehold puts households). */
const REGION = ECONOMIC_REGIONS.find((r) => r.code !== 'baku') ?? { code: '', districts: [] };
const seededRegion = { region: REGION.code, district: REGION.districts[0]?.code ?? '' };
/** Households nobody lives in (a random sample passes them over): one per region. */
const emptyHouseholds: string[] = [];

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
  // The same in another region, and an empty household in each.
  for (const share of [0.6, 0.9, 1.02, 1.12, 1.25]) {
    const pin = enginePin();
    await seedHousehold(testbed.db.url, [{ pin, birthDate: '1951-03-03', sex: 'MALE', relation: 'HEAD' }], '2010-01-01', seededRegion);
    await submitFacts(testbed.registry, 'taxes', incomeFacts(pin, monthOf(on), Math.round(need * share)));
  }
  const sql = new pg.Client({ connectionString: testbed.db.url });
  await sql.connect();
  try {
    for (const [region, district] of [['baku', 'AZ-BA'], [seededRegion.region, seededRegion.district]]) {
      const id = randomUUID();
      await sql.query(`insert into households.household (id, address_line, district_code, region_code) values ($1, 'Nizami küç. 7', $2, $3)`, [id, district, region]);
      emptyHouseholds.push(id);
    }
  } finally {
    await sql.end();
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
  it("a rules approver's dry run (everyone, a share, a region, N random households) reports what approving the draft really does", async () => {
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

    // A region, and N random households drawn with a seed chosen so that an empty household is among
    // the N smallest hashes of all ids (so the draw must pass it over and draw again).
    const allIds: string[] = [];
    for await (const id of householdIds(testbed.runtime.ctx)) allIds.push(id);
    const inhabited = (await population()).map((h) => h.id);
    expect(inhabited.filter((id) => emptyHouseholds.includes(id))).toEqual([]);
    const drawCount = inhabited.length - 2;
    const draw = (ids: readonly string[], seed: number): string[] => {
      const d = new SmallestHashes(drawCount, seed);
      for (const id of ids) {
        const at = d.wouldKeep(id);
        if (at) d.keep(at, undefined);
      }
      return d.sorted().map((k) => k.id);
    };
    const seed = Array.from({ length: 10_000 }, (_, i) => i + 1).find((s) => draw(allIds, s).some((id) => emptyHouseholds.includes(id)));
    expect(seed).toBeDefined();
    const SAMPLE = `mutation($id: ID!, $k: String!, $s: ParameterDryRunSampleInput!) { requestParameterDryRun(input: { draftId: $id, idempotencyKey: $k, sample: $s }) { dryRun { id sample { kind regionCode households seed } } error { code } } }`;
    const sampled = async (sample: Record<string, unknown>): Promise<{ sample: Record<string, unknown>; report: Report }> => {
      const asked = await as<{ requestParameterDryRun: { dryRun: { id: string; sample: Record<string, unknown> } } }>('rules.approver', SAMPLE, { id: draftId, k: randomUUID(), s: sample });
      const done = await eventually(async () => {
        const r = await as<{ parameterDryRun: { status: string; report: Report | null } }>('rules.approver', READ, { id: asked.requestParameterDryRun.dryRun.id });
        return r.parameterDryRun.status === 'QUEUED' ? undefined : r.parameterDryRun;
      }, 30_000);
      expect(done.status, JSON.stringify(sample)).toBe('DONE');
      return { sample: asked.requestParameterDryRun.dryRun.sample, report: done.report as Report };
    };
    const regionRun = await sampled({ kind: 'REGION', regionCode: REGION.code });
    expect(regionRun.sample).toEqual({ kind: 'REGION', regionCode: REGION.code, households: null, seed: null });
    const randomRun = await sampled({ kind: 'RANDOM', households: drawCount, seed });
    expect(randomRun.sample).toEqual({ kind: 'RANDOM', regionCode: null, households: drawCount, seed });

    // What approving really does: decide every household before, approve (another person), refresh, decide again.
    const households = await population();
    const before = households.map(tsaMonthly);
    const approved = await as<{ approveParameterDraft: { draft: { status: string } } }>('rules.approver', `mutation($id: ID!) { approveParameterDraft(input: { draftId: $id }) { draft { status } error { code } } }`, { id: draftId });
    expect(approved.approveParameterDraft.draft.status).toBe('APPROVED');
    await refreshParameters(testbed.runtime.ctx);
    const after = households.map(tsaMonthly);
    const changed = before.flatMap((b, i) => (b !== after[i] ? [{ b, a: after[i] ?? null }] : []));
    expect(changed.length).toBeGreaterThan(0);
    /** The figures approving gives on the households kept. */
    const figuresOf = (keep: (h: CollectedHousehold) => boolean) => {
      const changes = households.flatMap((h, i) => (keep(h) && before[i] !== after[i] ? [{ b: before[i] ?? null, a: after[i] ?? null }] : []));
      return {
        assessed: households.filter(keep).length,
        changed: changes.length,
        newlyGranted: changes.filter((c) => c.b === null).length,
        newlyRefused: changes.filter((c) => c.a === null).length,
        monthlyCostDelta: formatQepik(changes.reduce((sum, c) => sum + (c.a ?? 0) - (c.b ?? 0), 0)),
      };
    };
    const inRegion = figuresOf((h) => h.regionCode === REGION.code);
    expect(inRegion.assessed).toBe(5);
    expect(inRegion.changed).toBeGreaterThan(0);
    expect(regionRun.report).toMatchObject(inRegion);
    const drawn = new Set(draw(inhabited, seed ?? 0));
    const inDraw = figuresOf((h) => drawn.has(h.id));
    expect(inDraw.assessed).toBe(drawCount);
    expect(randomRun.report).toMatchObject(inDraw);
    for (const run of [regionRun, randomRun]) expect(run.report.distribution.reduce((sum, b) => sum + b.decisions, 0)).toBe(run.report.changed);
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

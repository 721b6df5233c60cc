import type { EngineContext } from '../context.ts';
import { collectHousehold } from '../collect/index.ts';
import { outOfShare, runDryRun, type DryRunCase, type DryRunSample } from '../dry-run/dry-run.ts';
import { graphql } from '../generated/gql.ts';
import { addMonthsToMonth, monthOf } from '../rules/index.ts';
import type { ParameterChange } from '../rules/parameters.ts';

/**
 * The `parameters.dry-run` job (issue #15 item 4): reads the draft and its sample, walks the
 * registry's households a page of ids at a time (householdIds, engine only), reads each household
 * as a decision does, runs the draft over them (dry-run.ts, streamed: memory flat) and records the
 * figures with recordParameterDryRunReport. Idempotent: a dry run already DONE or FAILED is left as
 * it is, and recording twice changes nothing.
 */
const DRY_RUN = graphql(`
  query EngineParameterDryRun($id: ID!) {
    parameterDryRun(id: $id) { id status sampleShare draft { id status versions { benefitCode name value effectiveFrom } } }
  }
`);
const HOUSEHOLD_IDS = graphql(`
  query EngineHouseholdIds($regionCode: String, $page: HouseholdIdPageInput) { householdIds(regionCode: $regionCode, page: $page) { ids hasMore } }
`);
const RECORD = graphql(`
  mutation EngineRecordParameterDryRunReport($input: RecordParameterDryRunReportInput!) {
    recordParameterDryRunReport(input: $input) { created error { code } }
  }
`);

/** Ids per page of the population walk. */
const PAGE = 1000;

/** Every household id of the registry (or of one region), keyset by id. */
export async function* householdIds(ctx: EngineContext, regionCode: string | null = null): AsyncGenerator<string> {
  let after: string | null = null;
  for (;;) {
    const { householdIds: page }: { householdIds: { ids: string[]; hasMore: boolean } } = await ctx.client.request(HOUSEHOLD_IDS, { regionCode, page: { after, limit: PAGE } });
    yield* page.ids;
    const last = page.ids.at(-1);
    if (!page.hasMore || !last) return;
    after = last;
  }
}

/** The households of the sample as the rules read them on `on` (facts from 13 months before, as known now). */
async function* populationOn(ctx: EngineContext, on: string, sample: DryRunSample): AsyncGenerator<DryRunCase> {
  const validFrom = `${addMonthsToMonth(monthOf(on), -13)}-01`;
  for await (const id of householdIds(ctx, sample.kind === 'REGION' ? sample.regionCode : null)) {
    // A share sample: households outside it are not even read (runDryRun would skip them anyway).
    if (outOfShare(id, sample)) continue;
    const household = await collectHousehold(ctx.client, id, { asOf: on, knownAt: ctx.now(), validFrom });
    if (household.members.length > 0) yield { householdId: household.id, regionCode: household.regionCode, members: household.members };
  }
}

export const runParameterDryRun = async (ctx: EngineContext, dryRunId: string): Promise<void> => {
  const { parameterDryRun: dryRun } = await ctx.client.request(DRY_RUN, { id: dryRunId });
  if (dryRun.status !== 'QUEUED') return;
  const draft: ParameterChange[] = dryRun.draft.versions.map((v) => ({ benefitCode: v.benefitCode, name: v.name, value: v.value, effectiveFrom: v.effectiveFrom }));
  if (draft.length === 0) {
    await ctx.client.request(RECORD, { input: { dryRunId, status: 'FAILED' } });
    return;
  }
  // The day decided: when the draft first takes effect (runDryRun's default), read on that day.
  const on = draft.map((d) => d.effectiveFrom).reduce((a, b) => (a < b ? a : b));
  const sample: DryRunSample = dryRun.sampleShare >= 1 ? { kind: 'ALL' } : { kind: 'SHARE', share: dryRun.sampleShare };
  const report = await runDryRun(populationOn(ctx, on, sample), draft, { on, sample });
  await ctx.client.request(RECORD, {
    input: {
      dryRunId,
      status: 'DONE',
      assessed: report.assessed,
      changed: report.changed,
      newlyGranted: report.newlyGranted,
      newlyRefused: report.newlyRefused,
      monthlyCostDelta: report.monthlyCostDelta,
      distribution: report.distribution.map((b) => ({ from: b.from, to: b.to, decisions: b.decisions })),
      examples: report.examples.map((e) => ({ benefitCode: e.benefitCode, subjectPin: e.subjectPin, before: e.before, after: e.after })),
    },
  });
};

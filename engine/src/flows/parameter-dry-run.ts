import type { EngineContext } from '../context.ts';
import { collectHousehold } from '../collect/index.ts';
import { outOfShare, runDryRun, SmallestHashes, type DryRunCase, type DryRunSample } from '../dry-run/dry-run.ts';
import { graphql } from '../generated/gql.ts';
import { addMonthsToMonth, monthOf } from '../rules/index.ts';
import type { ParameterChange } from '../rules/parameters.ts';

/**
 * The `parameters.dry-run` job (issue #15 item 4): reads the draft and its sample, walks the
 * registry's households a page of ids at a time (householdIds, engine only; a REGION sample walks
 * only that region's), reads each household of the sample as a decision does, runs the draft over
 * them (dry-run.ts, streamed: memory flat) and records the figures with
 * recordParameterDryRunReport. A RANDOM sample is drawn from the ids alone (its seed stored with the
 * dry run), so only the N drawn households are read. Idempotent: a dry run already DONE or FAILED is
 * left as it is, and recording twice changes nothing.
 */
const DRY_RUN = graphql(`
  query EngineParameterDryRun($id: ID!) {
    parameterDryRun(id: $id) { id status sample { kind share regionCode households seed } draft { id status versions { benefitCode name value effectiveFrom } } }
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
/**
 * Households read at once, ahead of the one the dry run decides: reading one waits on the gateway,
 * the subgraphs and the database, so a few in flight keep the engine busy (memory: this many).
 */
const READ_AHEAD = 8;

/** The reads of the ids, at most `width` in flight, in the ids' order (the figures do not depend on it). */
async function* readAhead<T>(ids: AsyncIterable<string> | Iterable<string>, read: (id: string) => Promise<T>, width = READ_AHEAD): AsyncGenerator<T> {
  const window: Promise<T>[] = [];
  const start = (id: string): void => {
    const reading = read(id);
    // Awaited in turn below; a failure meanwhile must not count as unhandled.
    reading.catch(() => undefined);
    window.push(reading);
  };
  for await (const id of ids) {
    start(id);
    const next = window.length >= width ? window.shift() : undefined;
    if (next) yield await next;
  }
  for (let next = window.shift(); next; next = window.shift()) yield await next;
}

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

type SampleRead = { kind: 'ALL' | 'SHARE' | 'REGION' | 'RANDOM'; share?: number | null; regionCode?: string | null; households?: number | null; seed?: number | null };

/** The stored sample as runDryRun takes it. */
export const dryRunSample = (s: SampleRead): DryRunSample => {
  switch (s.kind) {
    case 'SHARE':
      return { kind: 'SHARE', share: s.share ?? 1 };
    case 'REGION':
      return { kind: 'REGION', regionCode: s.regionCode ?? '' };
    case 'RANDOM':
      return { kind: 'RANDOM', count: s.households ?? 0, seed: s.seed ?? 1 };
    case 'ALL':
      return { kind: 'ALL' };
  }
};

/**
 * A RANDOM sample's households, smallest hash first, drawn from the ids alone: each pass walks the
 * ids keeping the smallest hashes not yet taken (SmallestHashes, N held), then reads those; a
 * household nobody lives in on the day is replaced in another pass, so exactly N are read as
 * runDryRun would choose them from the whole population.
 */
async function* randomHouseholds<T>(ctx: EngineContext, sample: Extract<DryRunSample, { kind: 'RANDOM' }>, read: (id: string) => Promise<T | null>): AsyncGenerator<T> {
  let missing = sample.count;
  let after: { hash: number; id: string } | null = null;
  while (missing > 0) {
    const wanted = missing;
    const draw: SmallestHashes = new SmallestHashes(wanted, sample.seed ?? 1, after);
    for await (const id of householdIds(ctx)) {
      const at = draw.wouldKeep(id);
      if (at) draw.keep(at, undefined);
    }
    const drawn: { hash: number; id: string }[] = draw.sorted();
    for await (const household of readAhead(drawn.map((d) => d.id), read)) {
      if (household === null) continue;
      missing -= 1;
      yield household;
    }
    const last: { hash: number; id: string } | undefined = drawn.at(-1);
    if (drawn.length < wanted || !last) return;
    after = { hash: last.hash, id: last.id };
  }
}

/** The households of the sample as the rules read them on `on` (facts from 13 months before, as known now). */
async function* populationOn(ctx: EngineContext, on: string, sample: DryRunSample): AsyncGenerator<DryRunCase> {
  const validFrom = `${addMonthsToMonth(monthOf(on), -13)}-01`;
  const read = async (id: string): Promise<DryRunCase | null> => {
    const household = await collectHousehold(ctx.client, id, { asOf: on, knownAt: ctx.now(), validFrom });
    return household.members.length > 0 ? { householdId: household.id, regionCode: household.regionCode, members: household.members } : null;
  };
  if (sample.kind === 'RANDOM') {
    yield* randomHouseholds(ctx, sample, read);
    return;
  }
  async function* inSample(): AsyncGenerator<string> {
    for await (const id of householdIds(ctx, sample.kind === 'REGION' ? sample.regionCode : null)) {
      // A share sample: households outside it are not even read (runDryRun would skip them anyway).
      if (!outOfShare(id, sample)) yield id;
    }
  }
  for await (const household of readAhead(inSample(), read)) if (household) yield household;
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
  const sample = dryRunSample(dryRun.sample);
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

import { randomInt } from 'node:crypto';
import { badUserInput, findRegion } from '@usr/shared';
import type { DryRunSampleKind, ParameterDryRun } from '../entities/parameter-version.ts';
import type { ParameterDryRunSample, ParameterDryRunSampleInput } from '../generated/resolvers-types.ts';

/**
 * The sample a dry run runs on (issue #15 item 4), as the approver chooses it: everyone, a share, an
 * economic region or N random households. Checked here once, stored as one kind and that kind's
 * columns only (benefits.parameter_dry_run.sample_*), read back for the API and the engine.
 */

/** The most households a RANDOM sample draws (the engine holds them while drawing). */
export const MAX_RANDOM_HOUSEHOLDS = 100_000;
/** Seeds are GraphQL Ints, not negative. */
export const MAX_SEED = 2_147_483_647;

/** A dry run's sample as stored. */
export interface DryRunSampleRow {
  readonly sampleKind: DryRunSampleKind;
  readonly sampleShare: number | null;
  readonly sampleRegionCode: string | null;
  readonly sampleHouseholds: number | null;
  /** RANDOM: null in a request that leaves the seed to the registry (withSeed chooses it). */
  readonly sampleSeed: number | null;
}

const EVERYONE: DryRunSampleRow = { sampleKind: 'ALL', sampleShare: 1, sampleRegionCode: null, sampleHouseholds: null, sampleSeed: null };

const shareSample = (share: number, field: string): DryRunSampleRow => {
  if (!(share > 0 && share <= 1)) throw badUserInput(field, 'above 0 and at most 1');
  return share === 1 ? EVERYONE : { ...EVERYONE, sampleKind: 'SHARE', sampleShare: share };
};

/** The fields of the sample input each kind takes; any other one given is out of place. */
const FIELDS_OF: Record<DryRunSampleKind, ReadonlySet<string>> = {
  ALL: new Set(),
  SHARE: new Set(['share']),
  REGION: new Set(['regionCode']),
  RANDOM: new Set(['households', 'seed']),
};

const fromSampleInput = (sample: ParameterDryRunSampleInput): DryRunSampleRow => {
  const given = (['share', 'regionCode', 'households', 'seed'] as const).filter((f) => sample[f] !== null && sample[f] !== undefined);
  const misplaced = given.find((f) => !FIELDS_OF[sample.kind].has(f));
  if (misplaced) throw badUserInput(`input.sample.${misplaced}`, `not part of a ${sample.kind} sample`);
  switch (sample.kind) {
    case 'ALL':
      return EVERYONE;
    case 'SHARE':
      if (sample.share === null || sample.share === undefined) throw badUserInput('input.sample.share', 'required for a SHARE sample');
      return shareSample(sample.share, 'input.sample.share');
    case 'REGION':
      if (!sample.regionCode || !findRegion(sample.regionCode)) throw badUserInput('input.sample.regionCode', "an economic region's code");
      return { ...EVERYONE, sampleKind: 'REGION', sampleShare: null, sampleRegionCode: sample.regionCode };
    case 'RANDOM': {
      const households = sample.households;
      if (households === null || households === undefined || !Number.isInteger(households) || households < 1 || households > MAX_RANDOM_HOUSEHOLDS) {
        throw badUserInput('input.sample.households', `1 to ${MAX_RANDOM_HOUSEHOLDS} for a RANDOM sample`);
      }
      const seed = sample.seed ?? null;
      if (seed !== null && !(Number.isInteger(seed) && seed >= 0 && seed <= MAX_SEED)) throw badUserInput('input.sample.seed', `0 to ${MAX_SEED}`);
      return { ...EVERYONE, sampleKind: 'RANDOM', sampleShare: null, sampleHouseholds: households, sampleSeed: seed };
    }
  }
};

/** The requested sample, checked: `sampleShare` (the short form) or `sample`, not both; everyone by default. */
export const requestedSample = (input: { readonly sampleShare?: number | null; readonly sample?: ParameterDryRunSampleInput | null }): DryRunSampleRow => {
  const hasShare = input.sampleShare !== null && input.sampleShare !== undefined;
  if (hasShare && input.sample) throw badUserInput('input.sample', 'either sample or sampleShare, not both');
  if (input.sample) return fromSampleInput(input.sample);
  return input.sampleShare !== null && input.sampleShare !== undefined ? shareSample(input.sampleShare, 'input.sampleShare') : EVERYONE;
};

/** Whether a stored dry run ran the requested sample (a request that left the seed to the registry takes the stored one). */
export const sameSample = (stored: ParameterDryRun, requested: DryRunSampleRow): boolean =>
  stored.sampleKind === requested.sampleKind &&
  (stored.sampleShare ?? null) === requested.sampleShare &&
  (stored.sampleRegionCode ?? null) === requested.sampleRegionCode &&
  (stored.sampleHouseholds ?? null) === requested.sampleHouseholds &&
  (requested.sampleSeed === null || stored.sampleSeed === requested.sampleSeed);

/** The sample to store: a RANDOM one drawn with the requested seed or one the registry chooses now. */
export const withSeed = (sample: DryRunSampleRow): DryRunSampleRow =>
  sample.sampleKind === 'RANDOM' && sample.sampleSeed === null ? { ...sample, sampleSeed: randomInt(0, MAX_SEED + 1) } : sample;

/** `ParameterDryRun.sample`. */
export const sampleOf = (dryRun: ParameterDryRun): ParameterDryRunSample => ({
  kind: dryRun.sampleKind,
  share: dryRun.sampleKind === 'SHARE' ? dryRun.sampleShare : null,
  regionCode: dryRun.sampleRegionCode,
  households: dryRun.sampleHouseholds,
  seed: dryRun.sampleSeed,
});

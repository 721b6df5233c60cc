import type { CombinedError } from 'urql';
import type { MessageKey } from '@usr/shared/i18n';
import type { DryRunFieldsFragment, ParameterDryRunSampleInput, ParameterDryRunSampleKind } from '../../generated/graphql.ts';
import type { Speech } from '../i18n/intl.ts';
import { errorCodes } from '../registry-client.ts';
import { failureKey } from './rules-parts.tsx';

/**
 * The sample a dry run runs on (issue #15 item 4), as the approver chooses it in the page: everyone,
 * a share (typed as a per cent), an economic region or N random households (with a seed or not).
 * The form's typing checked into `ParameterDryRunSampleInput`, a refusal of the registry into the
 * sentence for the field it names, a recorded sample (`ParameterDryRun.sample`) into words.
 */

/** RANDOM: the most households one dry run draws (the SDL's ParameterDryRunSampleInput.households). */
export const MAX_RANDOM_HOUSEHOLDS = 100_000;
/** RANDOM: the greatest seed (a GraphQL Int, not negative). */
export const MAX_SEED = 2_147_483_647;

/** What the form holds as typed. */
export interface SampleForm {
  readonly kind: ParameterDryRunSampleKind;
  readonly percent: string;
  readonly regionCode: string;
  readonly households: string;
  readonly seed: string;
}

/** The form before anything is chosen: everyone. */
export const EMPTY_SAMPLE_FORM: SampleForm = { kind: 'ALL', percent: '', regionCode: '', households: '', seed: '' };

/** The form's fields, each named as the registry names it in a BAD_USER_INPUT (`input.sample.<field>`). */
export type SampleField = 'share' | 'regionCode' | 'households' | 'seed';

/** The fields each kind shows (typed over the SDL's enum: a kind added there fails to compile here), in the form's order. */
export const FIELDS_OF_KIND: Readonly<Record<ParameterDryRunSampleKind, readonly SampleField[]>> = {
  ALL: [],
  SHARE: ['share'],
  REGION: ['regionCode'],
  RANDOM: ['households', 'seed'],
};

/** The kinds in the order the form offers them. */
export const SAMPLE_KINDS = Object.keys(FIELDS_OF_KIND) as ParameterDryRunSampleKind[];

/** The sentence telling what each field takes, with the bound it names. */
export const FIELD_PROBLEM: Readonly<Record<SampleField, { readonly key: MessageKey; readonly values?: Readonly<Record<string, number>> }>> = {
  share: { key: 'rules.dryRunShareInvalid' },
  regionCode: { key: 'rules.dryRunRegionMissing' },
  households: { key: 'rules.dryRunHouseholdsInvalid', values: { max: MAX_RANDOM_HOUSEHOLDS } },
  seed: { key: 'rules.dryRunSeedInvalid', values: { max: MAX_SEED } },
};

/** A share typed as a per cent (above 0, at most 100, decimals allowed) as the API's share (above 0, at most 1). */
export const shareOfPercent = (typed: string): number | undefined => {
  const normal = typed.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(normal)) return undefined;
  const percent = Number(normal);
  return percent > 0 && percent <= 100 ? percent / 100 : undefined;
};

/** A whole number typed (spaces between thousands allowed) within bounds, else undefined. */
const wholeNumber = (typed: string, min: number, max: number): number | undefined => {
  const normal = typed.replace(/[\s\u00a0\u202f]/g, '');
  if (!/^\d+$/.test(normal)) return undefined;
  const value = Number(normal);
  return value >= min && value <= max ? value : undefined;
};

/** The form checked: the sample to send, or the first field that is wrong. */
export const sampleOfForm = (form: SampleForm, regionCodes: ReadonlySet<string>): { sample: ParameterDryRunSampleInput } | { invalid: SampleField } => {
  switch (form.kind) {
    case 'ALL':
      return { sample: { kind: 'ALL' } };
    case 'SHARE': {
      const share = shareOfPercent(form.percent);
      // 100 % is everyone: the registry stores it as ALL.
      return share === undefined ? { invalid: 'share' } : { sample: { kind: 'SHARE', share } };
    }
    case 'REGION':
      return regionCodes.has(form.regionCode) ? { sample: { kind: 'REGION', regionCode: form.regionCode } } : { invalid: 'regionCode' };
    case 'RANDOM': {
      const households = wholeNumber(form.households, 1, MAX_RANDOM_HOUSEHOLDS);
      if (households === undefined) return { invalid: 'households' };
      if (form.seed.trim() === '') return { sample: { kind: 'RANDOM', households } };
      const seed = wholeNumber(form.seed, 0, MAX_SEED);
      return seed === undefined ? { invalid: 'seed' } : { sample: { kind: 'RANDOM', households, seed } };
    }
  }
};

const isSampleField = (name: string): name is SampleField => name in FIELD_PROBLEM;

/**
 * A request the registry refused with a typed error: BAD_USER_INPUT naming a field of the sample
 * (`extensions.field` "input.sample.households") is that field's sentence, CONFLICT (the key was used
 * for another sample) its own, anything else the rules screens' sentence for its code.
 */
export const requestFailure = (error: CombinedError | undefined): { key: MessageKey; field?: SampleField } => {
  const [code] = errorCodes(error);
  if (code === 'CONFLICT') return { key: 'rules.error.CONFLICT' };
  const named = error?.graphQLErrors[0]?.extensions['field'];
  const field = code === 'BAD_USER_INPUT' && typeof named === 'string' ? named.replace(/^input\.sample\./, '') : '';
  if (isSampleField(field)) return { key: FIELD_PROBLEM[field].key, field };
  return { key: failureKey(error) };
};

/** Which sample a dry run ran, in words: "All households", "25% of households", "Region: Bakı", "10,000 random households (seed 42)". */
export const sampleText = (speech: Speech, sample: DryRunFieldsFragment['sample']): string => {
  switch (sample.kind) {
    case 'ALL':
      return speech.t('rules.sample.ALL');
    case 'SHARE':
      return speech.t('rules.sample.SHARE', { percent: Math.round((sample.share ?? 0) * 1000) / 10 });
    case 'REGION':
      return speech.t('rules.sample.REGION', { region: speech.code('region', sample.regionCode ?? '') });
    case 'RANDOM':
      return speech.t('rules.sample.RANDOM', { households: sample.households ?? 0, seed: String(sample.seed ?? '') });
  }
};

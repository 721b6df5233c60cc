import { readFileSync } from 'node:fs';
import { Kind, parse } from 'graphql';
import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { ECONOMIC_REGIONS } from '@usr/shared';
import { LANGUAGES, formatNumber, translate, type Language, type MessageKey } from '@usr/shared/i18n';
import { MAX_RANDOM_HOUSEHOLDS as REGISTRY_MAX_HOUSEHOLDS, MAX_SEED as REGISTRY_MAX_SEED } from '../../subgraphs/benefits/src/services/dry-run-sample.ts';
import type { Speech } from '../src/app/i18n/intl.ts';
import { FIELD_PROBLEM, FIELDS_OF_KIND, MAX_RANDOM_HOUSEHOLDS, MAX_SEED, SAMPLE_KINDS, requestFailure, sampleOfForm, sampleText, type SampleForm } from '../src/app/rules/dry-run-sample.ts';

/**
 * The dry-run sample in the page (issue #15 item 4): the kinds and fields the form offers are the
 * SDL's, its bounds the registry's, each refusal naming a field of the sample is that field's
 * sentence, and each recorded sample reads in words in every language. Cases derived from the SDL
 * and the registry's code, never listed by hand.
 */
const supergraph = parse(readFileSync(new URL('../../schema/supergraph.graphql', import.meta.url), 'utf8'));
const enumValues = (name: string): string[] =>
  supergraph.definitions.flatMap((d) => (d.kind === Kind.ENUM_TYPE_DEFINITION && d.name.value === name ? (d.values ?? []).map((v) => v.name.value) : []));
const inputFields = (name: string): string[] =>
  supergraph.definitions.flatMap((d) => (d.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION && d.name.value === name ? (d.fields ?? []).map((f) => f.name.value) : []));

/** A Speech over the shared catalogue and formatters, as the page has it (without React). */
const speechIn = (language: Language): Speech => ({
  language,
  t: (key, values) => translate(language, key, values),
  code: (area, value) => translate(language, `${area}.${value}` as MessageKey),
  date: () => '',
  dateTime: () => '',
  month: () => '',
  money: () => '',
  number: (value) => formatNumber(value, language),
});

const form = (change: Partial<SampleForm>): SampleForm => ({ kind: 'ALL', percent: '', regionCode: '', households: '', seed: '', ...change });
const regionCodes = new Set(ECONOMIC_REGIONS.map((r) => r.code));
const badInput = (field: string) => new CombinedError({ graphQLErrors: [{ message: 'Bad input', extensions: { code: 'BAD_USER_INPUT', field } }] });

describe('the dry-run sample in the page', () => {
  it('offers exactly the SDL kinds, with exactly the fields of ParameterDryRunSampleInput, within the registry bounds', () => {
    expect([...SAMPLE_KINDS].sort()).toEqual(enumValues('ParameterDryRunSampleKind').sort());
    const fields = inputFields('ParameterDryRunSampleInput').filter((f) => f !== 'kind');
    expect(fields.length).toBeGreaterThan(1);
    expect([...new Set(Object.values(FIELDS_OF_KIND).flat())].sort()).toEqual([...fields].sort());
    expect(Object.keys(FIELD_PROBLEM).sort()).toEqual([...fields].sort());
    expect([MAX_RANDOM_HOUSEHOLDS, MAX_SEED]).toEqual([REGISTRY_MAX_HOUSEHOLDS, REGISTRY_MAX_SEED]);
  });

  it('sends each kind with its own fields only, and names the first wrong field', () => {
    const region = ECONOMIC_REGIONS.at(-1)?.code ?? '';
    // Whatever else was typed before a switch of kind is not sent.
    const typed = { percent: '25', regionCode: region, households: '10 000', seed: '42' };
    expect(sampleOfForm(form({ ...typed, kind: 'ALL' }), regionCodes)).toEqual({ sample: { kind: 'ALL' } });
    expect(sampleOfForm(form({ ...typed, kind: 'SHARE' }), regionCodes)).toEqual({ sample: { kind: 'SHARE', share: 0.25 } });
    expect(sampleOfForm(form({ ...typed, kind: 'REGION' }), regionCodes)).toEqual({ sample: { kind: 'REGION', regionCode: region } });
    expect(sampleOfForm(form({ ...typed, kind: 'RANDOM' }), regionCodes)).toEqual({ sample: { kind: 'RANDOM', households: 10_000, seed: 42 } });
    expect(sampleOfForm(form({ kind: 'RANDOM', households: '7' }), regionCodes)).toEqual({ sample: { kind: 'RANDOM', households: 7 } });
    expect(sampleOfForm(form({ kind: 'SHARE', percent: '12,5' }), regionCodes)).toEqual({ sample: { kind: 'SHARE', share: 0.125 } });
    expect(sampleOfForm(form({ kind: 'RANDOM', households: String(MAX_RANDOM_HOUSEHOLDS), seed: String(MAX_SEED) }), regionCodes)).toEqual({
      sample: { kind: 'RANDOM', households: MAX_RANDOM_HOUSEHOLDS, seed: MAX_SEED },
    });
    const wrong: Array<[Partial<SampleForm>, string]> = [
      [{ kind: 'SHARE', percent: '0' }, 'share'],
      [{ kind: 'SHARE', percent: '100.5' }, 'share'],
      [{ kind: 'SHARE', percent: 'half' }, 'share'],
      [{ kind: 'REGION' }, 'regionCode'],
      [{ kind: 'REGION', regionCode: ECONOMIC_REGIONS[0]?.districts[0]?.code ?? '' }, 'regionCode'],
      [{ kind: 'RANDOM' }, 'households'],
      [{ kind: 'RANDOM', households: '0' }, 'households'],
      [{ kind: 'RANDOM', households: '2.5' }, 'households'],
      [{ kind: 'RANDOM', households: String(MAX_RANDOM_HOUSEHOLDS + 1) }, 'households'],
      [{ kind: 'RANDOM', households: '5', seed: '-1' }, 'seed'],
      [{ kind: 'RANDOM', households: '5', seed: String(MAX_SEED + 1) }, 'seed'],
    ];
    for (const [change, field] of wrong) expect(sampleOfForm(form(change), regionCodes), JSON.stringify(change)).toEqual({ invalid: field });
  });

  it("words a refusal naming a field of the sample as that field's sentence, CONFLICT as its own, anything else by its code", () => {
    for (const field of inputFields('ParameterDryRunSampleInput').filter((f) => f !== 'kind')) {
      expect(requestFailure(badInput(`input.sample.${field}`)), field).toEqual({ key: FIELD_PROBLEM[field as keyof typeof FIELD_PROBLEM].key, field });
    }
    expect(requestFailure(badInput('input.sample'))).toEqual({ key: 'rules.error.BAD_USER_INPUT' });
    expect(requestFailure(badInput('input.sampleShare'))).toEqual({ key: 'rules.error.BAD_USER_INPUT' });
    expect(requestFailure(new CombinedError({ graphQLErrors: [{ message: 'Conflict', extensions: { code: 'CONFLICT' } }] }))).toEqual({ key: 'rules.error.CONFLICT' });
    expect(requestFailure(new CombinedError({ graphQLErrors: [{ message: 'Forbidden', extensions: { code: 'FORBIDDEN' } }] }))).toEqual({ key: 'rules.error.FORBIDDEN' });
    expect(requestFailure(new CombinedError({ networkError: new Error('offline') }))).toEqual({ key: 'rules.failed' });
  });

  it.each(LANGUAGES)('says each kind of sample in words in %s, the region by its name, the numbers formatted', (language) => {
    const speech = speechIn(language);
    const none = { share: null, regionCode: null, households: null, seed: null };
    const samples = { ALL: { ...none, kind: 'ALL' }, SHARE: { ...none, kind: 'SHARE', share: 0.25 }, REGION: { ...none, kind: 'REGION', regionCode: 'baku' }, RANDOM: { ...none, kind: 'RANDOM', households: 10_000, seed: 42 } } as const;
    expect(Object.keys(samples).sort()).toEqual(enumValues('ParameterDryRunSampleKind').sort());
    const words = Object.fromEntries(Object.entries(samples).map(([kind, sample]) => [kind, sampleText(speech, sample)]));
    expect(words['ALL']).toBe(translate(language, 'rules.sample.ALL'));
    expect(words['SHARE']).toContain('25');
    expect(words['REGION']).toContain(translate(language, 'region.baku'));
    expect(words['RANDOM']).toContain(formatNumber(10_000, language));
    expect(words['RANDOM']).toContain('42');
    // Never a raw code, never an empty argument.
    for (const text of Object.values(words)) expect(text).not.toMatch(/ALL|SHARE|REGION|RANDOM|baku|\{|undefined|null/);
  });

  it('says "1 random household" and Russian plural forms from the shared plural rules', () => {
    const one = { kind: 'RANDOM', share: null, regionCode: null, households: 1, seed: 7 } as const;
    expect(sampleText(speechIn('en'), one)).toBe('1 random household (seed 7)');
    expect(sampleText(speechIn('ru'), { ...one, households: 3 })).toContain('3 случайно выбранные семьи');
    expect(sampleText(speechIn('ru'), { ...one, households: 5 })).toContain('5 случайно выбранных семей');
  });
});

import { readFileSync } from 'node:fs';
import { Kind, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { BENEFIT_TYPES } from '@usr/shared';
import { CATALOGUES, LANGUAGES } from '@usr/shared/i18n';

/**
 * The rules screens' texts, derived from what produces the codes (never listed here): every
 * parameter of the benefit catalogue has a label (the screens never show a camelCase name), and
 * every value of the SDL enums the screens show has its words, and every refusal code its sentence.
 * A parameter or an enum value added without its texts fails here.
 */
const supergraph = parse(readFileSync(new URL('../../schema/supergraph.graphql', import.meta.url), 'utf8'));
const enumValues = (name: string): string[] =>
  supergraph.definitions.flatMap((d) => (d.kind === Kind.ENUM_TYPE_DEFINITION && d.name.value === name ? (d.values ?? []).map((v) => v.name.value) : []));

/** The enums the rules screens show, and the catalogue areas each value needs a text in. */
const SHOWN: Record<string, readonly string[]> = {
  ParameterStatus: ['enum.ParameterStatus'],
  ParameterDraftStatus: ['enum.ParameterDraftStatus'],
  ParameterDryRunStatus: ['enum.ParameterDryRunStatus'],
  // The form's choice (enum.*) and each dry run's sample in words (rules.sample.*).
  ParameterDryRunSampleKind: ['enum.ParameterDryRunSampleKind', 'rules.sample'],
  ParameterDraftErrorCode: ['enum.ParameterDraftErrorCode', 'parameters.error'],
  ParameterUnit: ['enum.ParameterUnit', 'parameterValue'],
  CoverageProblemKind: ['enum.CoverageProblemKind'],
};

const parameterNames = [...new Set(BENEFIT_TYPES.flatMap((b) => b.parameters.map((p) => p.name)))];

describe('the rules screens speak every code they show', () => {
  it('derives non-trivial lists', () => {
    expect(parameterNames.length).toBeGreaterThan(20);
    for (const name of Object.keys(SHOWN)) expect(enumValues(name).length, name).toBeGreaterThan(1);
  });

  it.each(LANGUAGES)('labels every parameter of the benefit catalogue in %s', (language) => {
    const catalogue: Readonly<Record<string, string>> = CATALOGUES[language];
    expect(parameterNames.filter((name) => !catalogue[`staff.parameter.${name}`]?.trim())).toEqual([]);
  });

  it('keeps no parameter label for a parameter the catalogue no longer has', () => {
    const labelled = Object.keys(CATALOGUES.en).filter((key) => key.startsWith('staff.parameter.')).map((key) => key.slice('staff.parameter.'.length));
    expect(labelled.filter((name) => !parameterNames.includes(name))).toEqual([]);
  });

  it.each(LANGUAGES)('has words for every value of the enums the screens show in %s', (language) => {
    const catalogue: Readonly<Record<string, string>> = CATALOGUES[language];
    const missing = Object.entries(SHOWN).flatMap(([name, areas]) => areas.flatMap((area) => enumValues(name).map((value) => `${area}.${value}`))).filter((key) => !catalogue[key]?.trim());
    expect(missing).toEqual([]);
  });
});

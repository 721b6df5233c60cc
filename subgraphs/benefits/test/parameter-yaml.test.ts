import { describe, expect, it } from 'vitest';
import { BENEFIT_TYPES } from '@usr/shared';
import { changesAgainst, ParameterFileError, parametersFromYaml, parametersToYaml, type FileValue } from '../src/domain/parameter-yaml.ts';

/** The YAML file (OpenFisca style: values keyed by date, each with its reference) round-trips every catalogue value. */
const catalogue: FileValue[] = BENEFIT_TYPES.flatMap((b) =>
  b.parameters.flatMap((p) => p.values.map((v) => ({ benefitCode: b.code, name: p.name, value: v.value, effectiveFrom: v.from, effectiveUntil: null, sourced: v.sourced, legalBasis: v.basis }))),
);

describe('parameter YAML', () => {
  it('round-trips: values, dates, placeholders and the legal basis in az/ru/en', () => {
    const yaml = parametersToYaml(catalogue);
    const back = parametersFromYaml(yaml);
    const key = (v: FileValue) => `${v.benefitCode}.${v.name}.${v.effectiveFrom}`;
    const sorted = [...catalogue].sort((a, b) => key(a).localeCompare(key(b)));
    expect([...back].sort((a, b) => key(a).localeCompare(key(b)))).toEqual(sorted);
    expect(parametersToYaml(back)).toBe(yaml);
    // Keyed by date, OpenFisca style.
    expect(yaml).toMatch(/needCriterion:\n\s+values:\n\s+2017-01-01:\n\s+value: 116/);
  });

  it('an import drafts only what differs from the approved values', () => {
    expect(changesAgainst(catalogue, catalogue)).toEqual([]);
    const edited = parametersFromYaml(parametersToYaml(catalogue).replace(/2026-01-01:\n(\s+)value: 300/, '2026-01-01:\n$1value: 310'));
    expect(changesAgainst(catalogue, edited)).toEqual([expect.objectContaining({ benefitCode: 'TSA', name: 'needCriterion', effectiveFrom: '2026-01-01', value: 310 })]);
  });

  it('refuses a malformed file, naming the entry and never a value', () => {
    expect(() => parametersFromYaml('TSA:\n  needCriterion:\n    values:\n      2026-13-01:\n        value: 1\n')).toThrow(ParameterFileError);
    expect(() => parametersFromYaml('TSA:\n  needCriterion:\n    values:\n      2026-01-01:\n        value: 1\n        sourced: true\n        reference:\n          act: { az: a, en: b }\n          text: { az: a, ru: b, en: c }\n')).toThrow(/reference\.act\.ru/);
  });
});

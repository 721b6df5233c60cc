import { describe, expect, it } from 'vitest';
import { BENEFIT_TYPES, coverageProblems } from '@usr/shared';
import { RULE_VERSIONS } from '../src/rules/registry.ts';

/**
 * CI's coverage check of the seeded parameters (issue #15 item 3), the same rule the registry applies
 * to drafts (shared/src/domain/parameter-coverage.ts): for every rule version and every parameter
 * of its benefit, every date from the version's start has exactly one value. A parameter the rules
 * read with `find` (marked optional) is needed from its first value on.
 */
describe('coverage of the seeded parameters', () => {
  const cases = RULE_VERSIONS.flatMap((version) => {
    const benefit = BENEFIT_TYPES.find((b) => b.code === version.benefitCode);
    return (benefit?.parameters ?? []).map((parameter) => ({ version, benefit: version.benefitCode, parameter }));
  });

  it('every rule version has a benefit in the catalogue', () => {
    expect(RULE_VERSIONS.filter((v) => !BENEFIT_TYPES.some((b) => b.code === v.benefitCode)).map((v) => v.id)).toEqual([]);
  });

  it.each(cases.map((c) => [`${c.version.id} ${c.parameter.name}`, c] as const))('%s: no gap, no overlap from the version start', (_, { version, benefit, parameter }) => {
    const values = parameter.values.map((v) => ({ from: v.from, until: null }));
    expect(coverageProblems(benefit, parameter.name, values, parameter.optional ? undefined : version.appliesFrom)).toEqual([]);
  });

  it('the check finds a gap and an overlap, naming the dates', () => {
    expect(coverageProblems('TSA', 'x', [{ from: '2020-01-01', until: '2020-12-31' }, { from: '2021-02-01', until: null }], '2019-06-01')).toEqual([
      { kind: 'GAP', benefitCode: 'TSA', name: 'x', from: '2019-06-01', until: '2019-12-31' },
      { kind: 'GAP', benefitCode: 'TSA', name: 'x', from: '2021-01-01', until: '2021-01-31' },
    ]);
    expect(coverageProblems('TSA', 'x', [{ from: '2020-01-01', until: '2020-12-31' }, { from: '2020-06-01', until: null }])).toEqual([{ kind: 'OVERLAP', benefitCode: 'TSA', name: 'x', from: '2020-06-01', until: '2020-12-31' }]);
  });
});

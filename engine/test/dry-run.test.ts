import { BENEFIT_TYPES, findBenefitType, parameterOn } from '@usr/shared';
import { describe, expect, it } from 'vitest';
import { populationCases } from '../../test/support/population-cases.ts';
import { runDryRun, SmallestHashes, type DryRunCase } from '../src/dry-run/dry-run.ts';
import { formatQepik, parseMoney, rules } from '../src/rules/index.ts';
import { useCatalogueParameters, useParameterSnapshot, type DatedParameterValue, type ParameterChange } from '../src/rules/parameters.ts';

/**
 * The dry run of a parameter draft against a generated test population (population/, 4,000
 * persons): its figures are what applying the change really does, i.e. what the TSA rule decides
 * for every household once the value is in the catalogue the engine reads, against what it decides
 * today. Samples: a region is that region's share of the whole; N random households are N, the same
 * N in any order.
 */
const ON = '2026-12-01';
const POPULATION = { persons: 4000, seed: 1, today: '2026-11-24', on: ON };
const cases = (): DryRunCase[] => [...populationCases(POPULATION)];
const needCriterion = () => {
  const parameter = findBenefitType('TSA')?.parameters.find((p) => p.name === 'needCriterion');
  if (!parameter) throw new Error('TSA.needCriterion is not in the catalogue.');
  return parameter;
};
const today = parameterOn(needCriterion(), ON);
if (!today) throw new Error('No need criterion in force on the dry run date.');
/** The draft: the need criterion raised by a tenth from the dry run's date. */
const RAISED = Math.round(today.value * 110) / 100;
const DRAFT: ParameterChange[] = [{ benefitCode: 'TSA', name: 'needCriterion', value: RAISED, effectiveFrom: ON }];

const monthly = (c: DryRunCase): number | null => {
  const result = rules.tsa({ householdId: c.householdId, applicationDate: ON, members: c.members });
  return result?.outcome === 'GRANTED' && result.monthlyAmount ? parseMoney(result.monthlyAmount) : null;
};

/**
 * Applies the draft as an approval does: the engine installs the registry's new approved snapshot
 * (the seeded values plus the approved version) and decides with it; then back to the seed.
 */
const applied = <T>(run: () => T): T => {
  const seeded: DatedParameterValue[] = BENEFIT_TYPES.flatMap((b) =>
    b.parameters.flatMap((p) => p.values.map((v) => ({ benefitCode: b.code, name: p.name, value: v.value, effectiveFrom: v.from, effectiveUntil: null, versionId: null }))),
  );
  useParameterSnapshot([...seeded, { benefitCode: 'TSA', name: 'needCriterion', value: RAISED, effectiveFrom: ON, effectiveUntil: null, versionId: 'approved-draft' }], 'after-approval');
  try {
    return run();
  } finally {
    useCatalogueParameters();
  }
};

describe('parameter dry run', () => {
  const population = cases();

  it("reports what applying the draft really does: decisions changed, newly granted or refused, monthly cost", async () => {
    const report = await runDryRun(population, DRAFT, { on: ON });
    const before = population.map(monthly);
    const after = applied(() => population.map(monthly));
    const changed = before.flatMap((b, i) => (b !== after[i] ? [{ b, a: after[i] ?? null }] : []));
    expect(changed.length).toBeGreaterThan(0);
    expect(report.assessed).toBe(population.length);
    expect(report.changed).toBe(changed.length);
    expect(report.newlyGranted).toBe(changed.filter((c) => c.b === null).length);
    expect(report.newlyRefused).toBe(changed.filter((c) => c.a === null).length);
    expect(report.monthlyCostDelta).toBe(formatQepik(changed.reduce((sum, c) => sum + (c.a ?? 0) - (c.b ?? 0), 0)));
    expect(report.distribution.reduce((sum, b) => sum + b.decisions, 0)).toBe(report.changed);
    // Raising the criterion never lowers an amount.
    expect(report.distribution.filter((b) => b.to !== null && b.to <= 0).every((b) => b.decisions === 0)).toBe(true);
    expect(report.examples.length).toBe(20);
    for (const e of report.examples) expect(e.before === null || parseMoney(e.after ?? '0') > parseMoney(e.before)).toBe(true);
    // The dry run left the parameters as they were.
    expect(population.map(monthly)).toEqual(before);
  });

  it('a region sample is that region of the whole population', async () => {
    const regionCode = population[0]?.regionCode ?? '';
    const region = await runDryRun(population, DRAFT, { on: ON, sample: { kind: 'REGION', regionCode } });
    const alone = await runDryRun(population.filter((c) => c.regionCode === regionCode), DRAFT, { on: ON });
    expect(region).toEqual(alone);
    expect(region.assessed).toBeLessThan(population.length);
  });

  it('N random households are N, the same ones whatever the order', async () => {
    const forward = await runDryRun(population, DRAFT, { on: ON, sample: { kind: 'RANDOM', count: 500, seed: 7 } });
    const backward = await runDryRun([...population].reverse(), DRAFT, { on: ON, sample: { kind: 'RANDOM', count: 500, seed: 7 } });
    expect(forward.assessed).toBe(500);
    expect(backward).toEqual(forward);
    const share = await runDryRun(population, DRAFT, { on: ON, sample: { kind: 'SHARE', share: 0.25 } });
    expect(share.assessed).toBeGreaterThan(population.length * 0.2);
    expect(share.assessed).toBeLessThan(population.length * 0.3);
  });

  it('a random draw in two passes (the engine passing over empty households) is the draw of them all', () => {
    const ids = population.map((c) => c.householdId);
    const draw = (count: number, order: readonly string[], after: { hash: number; id: string } | null = null) => {
      const d = new SmallestHashes(count, 7, after);
      for (const id of order) {
        const at = d.wouldKeep(id);
        if (at) d.keep(at, undefined);
      }
      return d.sorted();
    };
    const whole = draw(600, ids);
    const first = draw(250, [...ids].reverse());
    const last = first.at(-1);
    expect(whole.map((k) => k.id)).toEqual([...first, ...draw(350, ids, last ? { hash: last.hash, id: last.id } : null)].map((k) => k.id));
    expect(new Set(whole.map((k) => k.id)).size).toBe(600);
    expect(whole.every((k, i) => i === 0 || (whole[i - 1]?.hash ?? 0) <= k.hash)).toBe(true);
  });

  it('refuses an empty draft and a sample out of range', async () => {
    await expect(runDryRun(population, [])).rejects.toThrow(RangeError);
    await expect(runDryRun(population, DRAFT, { sample: { kind: 'SHARE', share: 0 } })).rejects.toThrow(RangeError);
    await expect(runDryRun(population, DRAFT, { sample: { kind: 'RANDOM', count: 0 } })).rejects.toThrow(RangeError);
  });
});

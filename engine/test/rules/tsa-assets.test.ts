import { findBenefitType, parameterOn } from '@usr/shared';
import { describe, expect, it } from 'vitest';
import { rules, type RuleResult } from '../../src/rules/index.ts';
import { TSA_ASSET_CONDITIONS, TSA_ASSET_REASONS, type TsaAssetCondition } from '../../src/rules/tsa-assets.ts';
import { assets, member, type MemberBuilder } from './builders.ts';

/**
 * TSA's property and asset conditions. The limits are read from the catalogue (never restated
 * here), so a corrected value changes the boundary the cases probe, not the test.
 */
const ON = '2025-03-10';
const PARAMETER: Record<TsaAssetCondition, string> = {
  DWELLINGS: 'maxPropertiesOfOnePurpose',
  VEHICLE: 'maxVehicles',
  LAND: 'maxLandHectaresPerMember',
  DEPOSITS: 'maxDeposits',
  ABROAD: 'maxDaysAbroad',
};
const limit = (condition: TsaAssetCondition, on = ON): number => {
  const parameter = findBenefitType('TSA')?.parameters.find((p) => p.name === PARAMETER[condition]);
  const value = parameter && parameterOn(parameter, on);
  if (!value) throw new Error(`no ${PARAMETER[condition]} on ${on}`);
  return value.value;
};

/** An unemployed head and a child under 8 with no income: eligible unless an asset excludes them. */
const family = (on = ON) => {
  const head = member('1985-01-01').unemployed();
  const spouse = member('1987-01-01', 'SPOUSE');
  const child = member('2021-01-01', 'CHILD');
  return { head, spouse, child, decide: () => decide(on, head, spouse, child) };
};
const decide = (on: string, ...members: MemberBuilder[]): RuleResult => {
  const result = rules.tsa({ householdId: 'h', applicationDate: on, members: members.map((m) => m.build()) });
  if (!result) throw new Error('no TSA version in force');
  return result;
};
const stepOf = (r: RuleResult, code: string) => r.steps.find((s) => s.code === code);

/** For each condition: how to put the family just within the limit, and just above it. */
const CASES: Record<TsaAssetCondition, { within: (f: ReturnType<typeof family>) => void; above: (f: ReturnType<typeof family>) => void }> = {
  DWELLINGS: {
    // Up to the limit of dwellings, plus a commercial object (another purpose) is still within.
    within: (f) => {
      for (let i = 0; i < limit('DWELLINGS'); i++) assets.dwelling(f.head, `100-0000-${i}`);
      assets.dwelling(f.spouse, '200-0000-0', 'COMMERCIAL');
    },
    above: (f) => {
      for (let i = 0; i <= limit('DWELLINGS'); i++) assets.dwelling(i % 2 ? f.spouse : f.head, `100-0000-${i}`, i % 2 ? 'HOUSE' : 'APARTMENT');
    },
  },
  VEHICLE: {
    // A vehicle sold before the application date no longer counts.
    within: (f) => {
      for (let i = 0; i < limit('VEHICLE'); i++) assets.vehicle(f.head);
      f.spouse.fact('VEHICLE', { make: 'Lada', model: '2107', year: 2001, engineCc: 1500 }, '2015-01-01', '2024-12-31');
    },
    above: (f) => {
      for (let i = 0; i <= limit('VEHICLE'); i++) assets.vehicle(f.spouse);
    },
  },
  LAND: {
    // The limit is per member (3 here); the plot under the family's house does not count.
    within: (f) => {
      assets.land(f.head, limit('LAND') * 3);
      assets.land(f.spouse, 0.2, 'RESIDENTIAL');
    },
    above: (f) => {
      assets.land(f.head, limit('LAND') * 3);
      assets.land(f.spouse, 0.01);
    },
  },
  DEPOSITS: {
    // Deposits at the end of the month before the application; an older, larger balance does not count.
    within: (f) => {
      assets.deposit(f.head, '2025-02', limit('DEPOSITS'));
      assets.deposit(f.head, '2024-12', limit('DEPOSITS') * 10);
    },
    above: (f) => {
      assets.deposit(f.head, '2025-02', limit('DEPOSITS') / 2);
      assets.deposit(f.spouse, '2025-02', limit('DEPOSITS') / 2 + 0.01);
    },
  },
  ABROAD: {
    // Days in the 12 months before the application month; days before that window do not count.
    within: (f) => {
      const from = '2024-03-01';
      assets.abroad(f.spouse, from, addDays(from, limit('ABROAD') - 1));
      assets.abroad(f.spouse, '2023-10-01', '2024-02-29');
    },
    above: (f) => {
      assets.abroad(f.spouse, '2024-06-01', addDays('2024-06-01', Math.floor(limit('ABROAD') / 2) - 1));
      assets.abroad(f.spouse, '2025-01-01', addDays('2025-01-01', Math.ceil(limit('ABROAD') / 2)));
    },
  },
};
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

describe('TSA property and asset conditions', () => {
  it('checks every condition the rule declares, in its order, when nothing is owned', () => {
    const r = family().decide();
    expect(r.outcome).toBe('GRANTED');
    expect(r.steps.filter((s) => s.code.startsWith('TSA_ASSET_')).map((s) => s.code)).toEqual(TSA_ASSET_CONDITIONS.map((c) => `TSA_ASSET_${c}`));
    // Each limit used is recorded with the decision, with the date it took effect.
    for (const condition of TSA_ASSET_CONDITIONS) expect(r.parameters.map((p) => p.name)).toContain(PARAMETER[condition]);
  });

  it.each(TSA_ASSET_CONDITIONS)('%s: within the limit is granted, above it refused with its own reason and step', (condition) => {
    const ok = family();
    CASES[condition].within(ok);
    const granted = ok.decide();
    expect(granted.outcome).toBe('GRANTED');
    expect(stepOf(granted, `TSA_ASSET_${condition}`)?.result).toBe('met');

    const over = family();
    CASES[condition].above(over);
    const refused = over.decide();
    expect(refused).toMatchObject({ outcome: 'REFUSED', reasonCode: TSA_ASSET_REASONS[condition], monthlyAmount: null, period: null });
    expect(stepOf(refused, `TSA_ASSET_${condition}`)?.result).toBe('exceeded');
    expect(stepOf(refused, `TSA_REFUSED_${condition}`)?.values).toEqual(stepOf(refused, `TSA_ASSET_${condition}`)?.values);
    // The facts counted are recorded among the inputs, without any identifier of the object.
    const counted = refused.inputs.filter((i) => i.factId && i.kind !== 'UNEMPLOYMENT');
    expect(counted.length).toBeGreaterThan(0);
    for (const input of counted) expect(JSON.stringify(input)).not.toMatch(/100-0000|Kapital|Lada/);
  });

  it('refuses a vehicle with its limit as sourced law, and shows the unsourced limits as placeholders', () => {
    const sourced = (name: string) => parameterOn(findBenefitType('TSA')?.parameters.find((p) => p.name === name) ?? { name, unit: 'COUNT', description: '', values: [] }, ON)?.sourced;
    expect(sourced('maxVehicles')).toBe(true);
    expect(sourced('maxPropertiesOfOnePurpose')).toBe(true);
    for (const name of ['maxLandHectaresPerMember', 'maxDeposits', 'maxDaysAbroad']) expect(sourced(name)).toBe(false);
  });

  it('an able-bodied adult without a reason is the refusal reason before an asset; an asset before the income', () => {
    const f = family();
    assets.vehicle(f.head);
    expect(decide(ON, f.head, f.spouse).reasonCode).toBe('ABLE_BODIED_ADULT_WITHOUT_REASON');
    for (let m = 1; m <= 12; m++) f.head.income(`2024-${String(m).padStart(2, '0')}`, 5000);
    expect(f.decide().reasonCode).toBe(TSA_ASSET_REASONS.VEHICLE);
  });
});

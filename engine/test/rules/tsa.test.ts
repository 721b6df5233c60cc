import { describe, expect, it } from 'vitest';
import { rules, ruleVersionOn, type RuleResult } from '../../src/rules/index.ts';
import { member } from './builders.ts';

const household = (applicationDate: string, ...members: ReturnType<typeof member>[]) => ({ householdId: 'h', applicationDate, members: members.map((m) => m.build()) });
const decide = (c: ReturnType<typeof household>, version?: string): RuleResult => {
  const result = rules.tsa(c, version);
  if (!result) throw new Error('no TSA version in force');
  return result;
};
const stepOf = (r: RuleResult, code: string) => r.steps.find((s) => s.code === code);

describe('TSA rule', () => {
  it('grants need criterion × members − average income, with the 2025 need criterion and a 12-month term', () => {
    // Two adults (one unemployed, one caring for the child under 8), one child: 285 × 3 = 855.
    const head = member('1985-01-01').unemployed();
    for (let m = 1; m <= 12; m++) head.income(`2024-${String(m).padStart(2, '0')}`, 100);
    const r = decide(household('2025-01-20', head, member('1987-01-01', 'SPOUSE'), member('2020-06-01', 'CHILD')));
    expect(r.ruleVersion).toBe('TSA@2020.2');
    expect(r.outcome).toBe('GRANTED');
    expect(r.reasonCode).toBe('ELIGIBLE');
    // Income 1200 over 12 months = 100 a month; 855 − 100 = 755.
    expect(r.monthlyAmount).toBe('755.00');
    expect(r.period).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(stepOf(r, 'TSA_NEED_TOTAL')?.values).toMatchObject({ needCriterion: '285.00', members: '3', total: '855.00' });
    expect(stepOf(r, 'TSA_INCOME_AVERAGE')?.formula).toBe('1200.00 / 12');
    expect(stepOf(r, 'TSA_AMOUNT')?.result).toBe('755.00');
    expect(r.parameters).toEqual(
      expect.arrayContaining([
        { name: 'needCriterion', value: '285', effectiveFrom: '2025-01-01' },
        { name: 'termMonths', value: '12', effectiveFrom: '2020-01-01' },
      ]),
    );
    // Every income fact read is recorded with its id and when the registry received it.
    expect(r.inputs.filter((i) => i.kind === 'INCOME')).toHaveLength(12);
    expect(r.inputs.find((i) => i.kind === 'INCOME')).toMatchObject({ factId: expect.any(String), recordedAt: expect.any(String), summary: expect.stringContaining('100.00 AZN') });
    expect(r.steps.every((s) => s.code && s.description)).toBe(true);
  });

  it('uses the parameters in force on the decision date: 2019 (130, 24 months) vs 2020 (160, 12 months) vs 2025 (285)', () => {
    const make = (date: string) => household(date, member('1980-01-01').unemployed(), member('1950-01-01', 'PARENT'));
    const r2019 = decide(make('2019-06-10'));
    expect(r2019.ruleVersion).toBe('TSA@2017.1');
    expect(r2019.monthlyAmount).toBe('260.00');
    expect(r2019.period).toEqual({ from: '2019-06-01', to: '2021-05-31' });
    const r2020 = decide(make('2020-03-02'));
    expect(r2020.monthlyAmount).toBe('320.00');
    expect(r2020.period).toEqual({ from: '2020-03-01', to: '2021-02-28' });
    const r2025 = decide(make('2025-07-31'));
    expect(r2025.monthlyAmount).toBe('570.00');
    expect(r2025.parameters.find((p) => p.name === 'needCriterion')).toEqual({ name: 'needCriterion', value: '285', effectiveFrom: '2025-01-01' });
    expect(decide(make('2026-01-01')).monthlyAmount).toBe('600.00');
  });

  it('refuses when the average income reaches the need criterion', () => {
    const head = member('1980-01-01').unemployed();
    for (let m = 1; m <= 12; m++) head.income(`2024-${String(m).padStart(2, '0')}`, 3000);
    const r = decide(household('2025-02-03', head));
    expect(r.outcome).toBe('REFUSED');
    expect(r.reasonCode).toBe('INCOME_ABOVE_NEED_CRITERION');
    expect(r.monthlyAmount).toBeNull();
    expect(r.period).toBeNull();
    // 2024-02..2025-01 holds 11 of the 12 incomes: 285 − 33000/12.
    expect(stepOf(r, 'TSA_AMOUNT')?.result).toBe('-2465.00');
  });

  it('refuses when an able-bodied adult has no reason beyond the family control, and names no person', () => {
    const r = decide(household('2025-02-03', member('1980-01-01').unemployed(), member('1982-01-01', 'SPOUSE')));
    expect(r.outcome).toBe('REFUSED');
    expect(r.reasonCode).toBe('ABLE_BODIED_ADULT_WITHOUT_REASON');
    expect(stepOf(r, 'TSA_ADULT_NO_REASON')?.values).toEqual({ age: '43' });
  });

  it('accepts each reason: disability, carer of a child under 8 or a disabled member, student under 23, unemployment, military service', () => {
    const on = '2025-02-03';
    expect(decide(household(on, member('1980-01-01').disabled())).reasonCode).toBe('ELIGIBLE');
    expect(decide(household(on, member('1980-01-01'), member('2022-01-01', 'CHILD'))).reasonCode).toBe('ELIGIBLE');
    expect(decide(household(on, member('1980-01-01'), member('1940-01-01', 'PARENT').disabled())).reasonCode).toBe('ELIGIBLE');
    expect(decide(household(on, member('2004-01-01').student())).reasonCode).toBe('ELIGIBLE');
    expect(decide(household(on, member('1980-01-01').fact('MILITARY_SERVICE', { serviceType: 'CONSCRIPT' }))).reasonCode).toBe('ELIGIBLE');
    // A part-time student, a student of 23 and more, a child of 8: no reason.
    expect(decide(household(on, member('2004-01-01').student(false))).reasonCode).toBe('ABLE_BODIED_ADULT_WITHOUT_REASON');
    expect(decide(household(on, member('2000-01-01').student())).reasonCode).toBe('ABLE_BODIED_ADULT_WITHOUT_REASON');
    expect(decide(household(on, member('1980-01-01'), member('2016-01-01', 'CHILD'))).reasonCode).toBe('ABLE_BODIED_ADULT_WITHOUT_REASON');
    // One child under 8 excuses one carer, not two.
    expect(decide(household(on, member('1980-01-01'), member('1981-01-01', 'SPOUSE'), member('2022-01-01', 'CHILD'))).reasonCode).toBe('ABLE_BODIED_ADULT_WITHOUT_REASON');
    // A fact no longer true on the date does not count.
    expect(decide(household(on, member('1980-01-01').fact('UNEMPLOYMENT', { office: 'x' }, '2020-01-01', '2024-12-31'))).reasonCode).toBe('ABLE_BODIED_ADULT_WITHOUT_REASON');
    // People of pension age and children are not able-bodied adults.
    expect(decide(household(on, member('1955-01-01'), member('2010-01-01', 'GRANDCHILD'))).reasonCode).toBe('ELIGIBLE');
  });

  it('shows the infant supplement for children under one only from 2025-11-01', () => {
    const make = (date: string) => household(date, member('1990-01-01').unemployed(), member('2025-09-15', 'CHILD'));
    const before = decide(make('2025-10-20'));
    expect(stepOf(before, 'TSA_INFANT_SUPPLEMENT')).toBeUndefined();
    expect(before.parameters.some((p) => p.name === 'infantSupplement')).toBe(false);
    const after = decide(make('2025-11-03'));
    expect(stepOf(after, 'TSA_INFANT_SUPPLEMENT')?.values).toEqual({ children: '1', amount: '140.00', total: '140.00' });
    expect(after.parameters).toContainEqual({ name: 'infantSupplement', value: '140', effectiveFrom: '2025-11-01' });
    // Paid as CHILD_UNDER_ONE, not inside the TSA amount: 285 × 2.
    expect(after.monthlyAmount).toBe('570.00');
  });

  it('counts income of the 12 months before the application month; the defective TSA@2020.1 counted the month itself', () => {
    const head = member('1980-01-01').unemployed().income('2025-03', 1200).income('2024-03', 600);
    const c = household('2025-03-15', head);
    // 2020.2: 2024-03..2025-02 → 600/12 = 50 → 285 − 50.
    expect(decide(c).monthlyAmount).toBe('235.00');
    expect(stepOf(decide(c), 'TSA_INCOME_TOTAL')?.values).toMatchObject({ from: '2024-03', to: '2025-02' });
    // 2020.1: 2024-04..2025-03 → 1200/12 = 100 → 185.
    const old = decide(c, 'TSA@2020.1');
    expect(old.ruleVersion).toBe('TSA@2020.1');
    expect(old.monthlyAmount).toBe('185.00');
  });

  it('ignores members who died before the application date', () => {
    const dead = member('1950-01-01', 'PARENT');
    dead.deathDate = '2024-12-01';
    expect(decide(household('2025-02-03', member('1980-01-01').unemployed(), dead)).monthlyAmount).toBe('285.00');
  });
});

describe('rule versions', () => {
  it('picks the version by date, and a corrected version only from its release', () => {
    expect(ruleVersionOn('TSA', '2019-12-31')?.id).toBe('TSA@2017.1');
    expect(ruleVersionOn('TSA', '2020-01-01')?.id).toBe('TSA@2020.2');
    expect(ruleVersionOn('TSA', '2023-05-05', '2026-11-30')?.id).toBe('TSA@2020.1');
    expect(ruleVersionOn('TSA', '2016-12-31')).toBeUndefined();
    expect(ruleVersionOn('CHILD_UNDER_ONE', '2025-10-31')).toBeUndefined();
    expect(ruleVersionOn('CHILD_UNDER_ONE', '2025-11-01')?.id).toBe('CHILD_UNDER_ONE@2025.11');
  });

  it('re-runs an older version over a past period, and refuses a version of another benefit', () => {
    const c = { householdId: 'h', applicationDate: '2019-04-10', members: [member('1980-01-01').unemployed().build()] };
    expect(rules.tsa(c, 'TSA@2017.1')?.monthlyAmount).toBe('130.00');
    expect(() => rules.tsa(c, 'BIRTH_GRANT@2023.1')).toThrow(/not a version of TSA/);
    expect(() => rules.tsa(c, 'TSA@1999.9')).toThrow(/Unknown rule version/);
  });
});

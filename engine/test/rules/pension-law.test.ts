import { disabilityAmountParameter, findBenefitType, parameterOn } from '@usr/shared';
import { describe, expect, it } from 'vitest';
import { rules, type RuleResult } from '../../src/rules/index.ts';
import { SURVIVOR_DEPENDANTS, type Kinship, type Survivor, type SurvivorDependant } from '../../src/rules/survivor-pension.ts';
import { member, type MemberBuilder } from './builders.ts';

/**
 * The pensions and allowances computed the way the law says: every amount and age limit is read
 * from the catalogue here too (never restated), so the cases follow a corrected value.
 */
const value = (benefit: string, name: string, on: string): number => {
  const parameter = findBenefitType(benefit)?.parameters.find((p) => p.name === name);
  const v = parameter && parameterOn(parameter, on);
  if (!v) throw new Error(`no ${benefit}.${name} on ${on}`);
  return v.value;
};
const money = (manat: number) => (Math.round(manat * 100) / 100).toFixed(2);
const person = (m: MemberBuilder) => {
  const built = m.build();
  return { person: built.person, facts: built.facts };
};
const stepOf = (r: RuleResult | undefined, code: string) => r?.steps.find((s) => s.code === code);

describe('old-age pension from the insured record', () => {
  const on = '2025-06-14';
  it('is the base part plus the accrual for each whole insured year, with both recorded', () => {
    const years = 40;
    const r = rules.oldAgePension(person(member('1960-06-14').insured(years)), on);
    const computed = value('OLD_AGE_PENSION', 'basePart', on) + years * value('OLD_AGE_PENSION', 'accrualPerInsuredYear', on);
    expect(computed).toBeGreaterThan(value('OLD_AGE_PENSION', 'minimumPension', on));
    expect(r).toMatchObject({ outcome: 'GRANTED', monthlyAmount: money(computed) });
    expect(stepOf(r, 'PENSION_INSURANCE_PART')?.values).toMatchObject({ years: String(years), amount: money(computed) });
    expect(stepOf(r, 'PENSION_AMOUNT')?.values).toMatchObject({ insurancePart: money(computed), amount: money(computed) });
    expect(r?.parameters.map((p) => p.name)).toEqual(['pensionAge', 'minimumInsuredYears', 'basePart', 'accrualPerInsuredYear', 'minimumPension']);
  });

  it('is never below the minimum pension in force on the date (280 from February 2023, 320 from February 2025)', () => {
    const short = value('OLD_AGE_PENSION', 'minimumInsuredYears', on);
    const r = rules.oldAgePension(person(member('1960-06-14').insured(short)), on);
    expect(r?.monthlyAmount).toBe(money(value('OLD_AGE_PENSION', 'minimumPension', on)));
    expect(rules.oldAgePension(person(member('1959-01-20').insured(short)), '2025-01-20')?.monthlyAmount).toBe('280.00');
    expect(rules.oldAgePension(person(member('1960-02-03').insured(short)), '2025-02-03')?.monthlyAmount).toBe('320.00');
    // The minimum is sourced law; the base part and accrual are placeholders shown as such.
    const params = findBenefitType('OLD_AGE_PENSION')?.parameters ?? [];
    expect(params.find((p) => p.name === 'minimumPension')?.values.every((v) => v.sourced)).toBe(true);
    for (const name of ['basePart', 'accrualPerInsuredYear']) expect(params.find((p) => p.name === name)?.values.every((v) => !v.sourced)).toBe(true);
  });
});

describe('disability benefits by group and cause', () => {
  const on = '2025-08-12';
  const disabled = (group: string, cause: string, insuredYears = 0) => {
    const m = member('1980-01-01').fact('DISABILITY', { group, cause }, '2025-08-01');
    return insuredYears ? m.insured(insuredYears) : m;
  };

  it.each(['I', 'II', 'III'])('group %s: the allowance without a record, by cause (war has its own scale)', (group) => {
    for (const cause of ['GENERAL', 'WAR']) {
      const r = rules.disability(person(disabled(group, cause)), on);
      const name = disabilityAmountParameter('DISABILITY_ALLOWANCE', group, cause);
      expect(r).toMatchObject({ benefitCode: 'DISABILITY_ALLOWANCE', outcome: 'GRANTED', monthlyAmount: money(value('DISABILITY_ALLOWANCE', name, on)) });
      expect(r?.parameters.map((p) => p.name)).toEqual([name]);
      expect(stepOf(r, 'DISABILITY_AMOUNT')?.values).toEqual({ group, cause, amount: money(value('DISABILITY_ALLOWANCE', name, on)) });
    }
    // The three groups and the war scale differ from July 2025.
    expect(value('DISABILITY_ALLOWANCE', disabilityAmountParameter('DISABILITY_ALLOWANCE', group, 'WAR'), on)).toBeGreaterThan(
      value('DISABILITY_ALLOWANCE', disabilityAmountParameter('DISABILITY_ALLOWANCE', group, 'GENERAL'), on),
    );
  });

  it('a child’s disability gets the child amount', () => {
    const r = rules.disability(person(member('2015-01-01').fact('DISABILITY', { group: 'CHILD', cause: 'CHILDHOOD' }, '2025-08-01')), on);
    expect(r).toMatchObject({ benefitCode: 'DISABILITY_ALLOWANCE', monthlyAmount: money(value('DISABILITY_ALLOWANCE', 'amountChild', on)) });
  });

  it.each(['I', 'II', 'III'])('group %s with a record: the labour pension by group, never below the minimum labour pension', (group) => {
    const r = rules.disability(person(disabled(group, 'GENERAL', 5)), on);
    const byGroup = value('DISABILITY_PENSION', `amountGroup${group}`, on);
    const minimum = value('OLD_AGE_PENSION', 'minimumPension', on);
    expect(r).toMatchObject({ benefitCode: 'DISABILITY_PENSION', monthlyAmount: money(Math.max(byGroup, minimum)) });
    expect(stepOf(r, 'DISABILITY_MINIMUM_PENSION') !== undefined).toBe(minimum > byGroup);
  });

  it('a work injury or occupational disease gives the labour pension without any record; a general illness does not', () => {
    for (const cause of ['WORK_INJURY', 'OCCUPATIONAL']) {
      const r = rules.disability(person(disabled('II', cause)), on);
      expect(r?.benefitCode).toBe('DISABILITY_PENSION');
      expect(stepOf(r, 'DISABILITY_WORK_INJURY')?.values).toEqual({ cause });
    }
    expect(rules.disability(person(disabled('II', 'GENERAL')), on)?.benefitCode).toBe('DISABILITY_ALLOWANCE');
  });
});

describe('survivor pension for every dependant the law names', () => {
  const death = '2025-05-20';
  const limit = (name: string) => value('SURVIVOR_PENSION', name, death);
  const deceased = member('1970-01-01').insured(15);
  deceased.deathDate = death;
  const yearsBefore = (years: number, days = 0) => {
    const d = new Date(Date.parse(`${death}T00:00:00Z`));
    d.setUTCFullYear(d.getUTCFullYear() - years);
    d.setUTCDate(d.getUTCDate() - days);
    return d.toISOString().slice(0, 10);
  };
  const decide = (dependant: MemberBuilder, kinship: Kinship, others: { m: MemberBuilder; kinship: Kinship }[] = []) => {
    const household: Survivor[] = [{ m: dependant, kinship }, ...others].map(({ m, kinship: k }) => ({ person: m.build().person, kinship: k, facts: m.facts }));
    return rules.survivorPension({ deceased: deceased.build().person, deceasedFacts: deceased.facts, dependant: dependant.build().person, kinship, dependantFacts: dependant.facts, household });
  };
  const category = (r: RuleResult | undefined) => stepOf(r, 'SURVIVOR_DEPENDANT')?.values['category'];

  /** One case granted for each dependant the rule declares, and one just outside it. */
  const CASES: Record<SurvivorDependant, { granted: () => RuleResult | undefined; refused: () => RuleResult | undefined; to?: string | null }> = {
    CHILD: { granted: () => decide(member(yearsBefore(limit('childAgeLimit') - 1)), 'CHILD'), refused: () => decide(member(yearsBefore(limit('childAgeLimit'))), 'CHILD') },
    STUDENT: {
      granted: () => decide(member(yearsBefore(limit('studentAgeLimit') - 1)).student(true, '2024-09-01'), 'CHILD'),
      refused: () => decide(member(yearsBefore(limit('studentAgeLimit'))).student(true, '2024-09-01'), 'CHILD'),
    },
    DISABLED_CHILD: {
      granted: () => decide(member('1995-01-01').fact('DISABILITY', { group: 'I', cause: 'CHILDHOOD' }, '2005-01-01'), 'CHILD'),
      // A disability that began in adulthood does not make an adult child a dependant.
      refused: () => decide(member('1995-01-01').fact('DISABILITY', { group: 'I', cause: 'GENERAL' }, '2020-01-01'), 'CHILD'),
      to: null,
    },
    AGED_SPOUSE_OR_PARENT: {
      granted: () => decide(member(yearsBefore(value('OLD_AGE_PENSION', 'pensionAge', death))), 'SPOUSE'),
      refused: () => decide(member(yearsBefore(value('OLD_AGE_PENSION', 'pensionAge', death) - 1)), 'SPOUSE'),
      to: null,
    },
    DISABLED_SPOUSE_OR_PARENT: {
      granted: () => decide(member('1972-01-01').fact('DISABILITY', { group: 'II', cause: 'GENERAL', reviewDate: '2027-01-01' }, '2024-01-01'), 'PARENT'),
      refused: () => decide(member('1972-01-01').fact('DISABILITY', { group: 'II', cause: 'GENERAL' }, '2025-06-01'), 'PARENT'),
      to: '2027-01-01',
    },
    CARER: {
      granted: () => decide(member('1985-01-01'), 'SPOUSE', [{ m: member(yearsBefore(limit('carerChildAge') - 1)), kinship: 'CHILD' }]),
      // Working, or the youngest child already at the carer age: no carer.
      refused: () => decide(member('1985-01-01').fact('EMPLOYMENT', { employer: 'x', position: 'y' }, '2020-01-01'), 'SPOUSE', [{ m: member(yearsBefore(limit('carerChildAge') - 1)), kinship: 'CHILD' }]),
    },
    GRANDCHILD_OR_SIBLING: { granted: () => decide(member(yearsBefore(5)), 'GRANDCHILD'), refused: () => decide(member(yearsBefore(5)), 'OTHER') },
  };

  it.each(SURVIVOR_DEPENDANTS)('%s: granted as that dependant, refused just outside it', (dependant) => {
    const c = CASES[dependant];
    const granted = c.granted();
    expect(granted).toMatchObject({ outcome: 'GRANTED', monthlyAmount: money(limit('monthlyAmount')), period: { from: '2025-06-01' } });
    expect(category(granted)).toBe(dependant);
    if (c.to !== undefined) expect(granted?.period?.to).toBe(c.to);
    expect(stepOf(granted, c.to === null ? 'SURVIVOR_GRANTED_OPEN' : 'SURVIVOR_GRANTED')).toBeDefined();
    const refused = c.refused();
    expect(refused).toMatchObject({ outcome: 'REFUSED', reasonCode: 'NOT_DEPENDANT' });
    expect(category(refused)).toBe('NONE');
  });

  it('only one carer, the spouse before a parent; a child’s pension ends the day before the age limit', () => {
    const child = member(yearsBefore(3));
    const spouse = member('1985-01-01');
    const parent = member('1950-06-01');
    const others = [
      { m: child, kinship: 'CHILD' as const },
      { m: parent, kinship: 'PARENT' as const },
    ];
    expect(category(decide(spouse, 'SPOUSE', others))).toBe('CARER');
    // The parent is of pension age: a dependant in their own right, not as the carer.
    expect(category(decide(parent, 'PARENT', [{ m: child, kinship: 'CHILD' }, { m: spouse, kinship: 'SPOUSE' }]))).toBe('AGED_SPOUSE_OR_PARENT');
    const r = decide(child, 'CHILD');
    expect(r?.period?.to).toBe(`${Number(child.birthDate.slice(0, 4)) + limit('childAgeLimit')}${child.birthDate.slice(4, 8)}${String(Number(child.birthDate.slice(8)) - 1).padStart(2, '0')}`);
  });
});

import { describe, expect, it } from 'vitest';
import { rules } from '../../src/rules/index.ts';
import { member } from './builders.ts';

const person = (m: ReturnType<typeof member>) => {
  const built = m.build();
  return { person: built.person, facts: built.facts };
};

describe('old-age pension', () => {
  it('grants on reaching pension age with enough insured years, from the 1st of the next month, open-ended', () => {
    const r = rules.oldAgePension(person(member('1960-06-14').insured(30)), '2025-06-14');
    // 120 base part + 30 × 9.50 (placeholders), above the 320 minimum (pension-law.test.ts derives these from the catalogue).
    expect(r).toMatchObject({ outcome: 'GRANTED', reasonCode: 'ELIGIBLE', monthlyAmount: '405.00', period: { from: '2025-07-01', to: null }, ruleVersion: 'OLD_AGE_PENSION@2024.1' });
    expect(r?.parameters.map((p) => p.name)).toEqual(['pensionAge', 'minimumInsuredYears', 'basePart', 'accrualPerInsuredYear', 'minimumPension']);
    expect(r?.inputs.some((i) => i.kind === 'INSURED_YEARS' && i.factId)).toBe(true);
  });

  it('refuses below pension age and with too short a record; the minimum record rises in 2026', () => {
    expect(rules.oldAgePension(person(member('1960-06-15').insured(30)), '2025-06-14')?.reasonCode).toBe('BELOW_PENSION_AGE');
    expect(rules.oldAgePension(person(member('1960-06-14').insured(11)), '2025-06-14')?.reasonCode).toBe('INSUFFICIENT_INSURED_YEARS');
    expect(rules.oldAgePension(person(member('1960-06-14')), '2025-06-14')?.reasonCode).toBe('INSUFFICIENT_INSURED_YEARS');
    // 15 years suffice in 2025 (minimum 12) but not in 2026 (minimum 21).
    expect(rules.oldAgePension(person(member('1960-06-14').insured(15)), '2025-06-14')?.outcome).toBe('GRANTED');
    expect(rules.oldAgePension(person(member('1961-03-01').insured(15)), '2026-03-01')?.reasonCode).toBe('INSUFFICIENT_INSURED_YEARS');
  });

  it('has no version before the minimum pension was set', () => {
    expect(rules.oldAgePension(person(member('1955-01-01').insured(30)), '2020-01-01')).toBeUndefined();
  });
});

describe('disability', () => {
  it('a disability pension with an insurance record, until the review date', () => {
    const r = rules.disability(person(member('1980-01-01').insured(5).disabled('2025-03-10', '2027-03-01')), '2025-03-12');
    // Group II's 260 is raised to the minimum labour pension, 320 from February 2025.
    expect(r).toMatchObject({ benefitCode: 'DISABILITY_PENSION', outcome: 'GRANTED', monthlyAmount: '320.00', period: { from: '2025-03-01', to: '2027-03-01' }, ruleVersion: 'DISABILITY_PENSION@2025.1' });
  });
  it('the social allowance without one, open-ended without a review date', () => {
    const r = rules.disability(person(member('2001-01-01').disabled('2025-03-10')), '2025-03-12');
    expect(r).toMatchObject({ benefitCode: 'DISABILITY_ALLOWANCE', monthlyAmount: '200.00', period: { from: '2025-03-01', to: null } });
  });
  it('refuses without a disability true on the date', () => {
    expect(rules.disability(person(member('2001-01-01').disabled('2025-04-01')), '2025-03-12')?.reasonCode).toBe('NO_DISABILITY');
  });
});

describe('survivor pension', () => {
  const deceased = (facts: (m: ReturnType<typeof member>) => void) => {
    const d = member('1975-01-01');
    facts(d);
    d.deathDate = '2025-05-20';
    return { person: d.build().person, facts: d.facts };
  };
  it('a child under 18 of a breadwinner, from the 1st of the next month to the day before 18', () => {
    const d = deceased((m) => m.insured(10));
    const r = rules.survivorPension({ deceased: d.person, deceasedFacts: d.facts, dependant: member('2010-08-09', 'CHILD').build().person });
    expect(r).toMatchObject({ outcome: 'GRANTED', monthlyAmount: '240.00', period: { from: '2025-06-01', to: '2028-08-08' } });
  });
  it('income in the last 12 months also makes a breadwinner; none refuses; an adult child is no dependant', () => {
    const earner = deceased((m) => m.income('2025-01', 500));
    expect(rules.survivorPension({ deceased: earner.person, deceasedFacts: earner.facts, dependant: member('2010-08-09').build().person })?.outcome).toBe('GRANTED');
    const none = deceased(() => undefined);
    expect(rules.survivorPension({ deceased: none.person, deceasedFacts: none.facts, dependant: member('2010-08-09').build().person })?.reasonCode).toBe('NOT_BREADWINNER');
    expect(rules.survivorPension({ deceased: earner.person, deceasedFacts: earner.facts, dependant: member('2005-01-01').build().person })?.reasonCode).toBe('NOT_DEPENDANT');
  });
});

describe('birth grant and child under one', () => {
  it('birth grant: once, the amount in force on the birth date, paid in the month of the decision', () => {
    const child = member('2025-11-20', 'CHILD');
    child.fact('BIRTH', { motherPin: 'M000001', districtCode: 'AZ-BA' }, '2025-11-20');
    const birthFact = child.facts[0];
    if (!birthFact) throw new Error('fixture');
    const r = rules.birthGrant({ childPin: child.pin, birthDate: '2025-11-20', motherPin: 'M000001', birthFact }, '2025-11-21');
    expect(r).toMatchObject({ outcome: 'GRANTED', oneTimeAmount: '400.00', monthlyAmount: null, period: { from: '2025-11-01', to: '2025-11-30' } });
    expect(r?.inputs[0]?.factId).toBe(birthFact.id);
    expect(rules.birthGrant({ childPin: child.pin, birthDate: '2022-12-31', motherPin: 'M000001', birthFact }, '2023-01-02')).toBeUndefined();
    // Re-run by the decision's own version after the birth date was corrected to before any amount
    // was in force: refused, with its reason and step (redecide.ts).
    const refused = rules.birthGrant({ childPin: child.pin, birthDate: '2022-12-31', motherPin: 'M000001', birthFact }, '2025-11-21', r?.ruleVersion);
    expect(refused).toMatchObject({ outcome: 'REFUSED', reasonCode: 'BIRTH_GRANT_NOT_IN_FORCE', oneTimeAmount: null, period: null });
    expect(refused?.steps.map((st) => st.code)).toEqual(['BIRTH_REGISTERED', 'BIRTH_GRANT_REFUSED_NOT_IN_FORCE']);
    expect(refused?.inputs[0]?.factId).toBe(birthFact.id);
  });

  it('child under one in a TSA family: 140 from 2025-11-01 until the day before the first birthday or the end of TSA', () => {
    const tsa = { assignmentId: 'a', beneficiaryPin: 'M000001', periodFrom: '2025-06-01', periodTo: '2026-05-31' };
    expect(rules.childUnderOne({ childPin: 'C1', birthDate: '2025-10-02', tsa }, '2025-10-30')).toBeUndefined();
    const r = rules.childUnderOne({ childPin: 'C1', birthDate: '2025-11-20', tsa }, '2025-11-21');
    expect(r).toMatchObject({ outcome: 'GRANTED', monthlyAmount: '140.00', period: { from: '2025-11-01', to: '2026-05-31' } });
    const longTsa = { ...tsa, periodTo: '2026-12-31' };
    expect(rules.childUnderOne({ childPin: 'C1', birthDate: '2025-11-20', tsa: longTsa }, '2025-11-21')?.period).toEqual({ from: '2025-11-01', to: '2026-11-19' });
    expect(rules.childUnderOne({ childPin: 'C1', birthDate: '2025-11-20', tsa: null }, '2025-11-21')?.reasonCode).toBe('NO_ACTIVE_TSA');
    expect(rules.childUnderOne({ childPin: 'C1', birthDate: '2024-11-20', tsa }, '2025-11-21')?.reasonCode).toBe('CHILD_NOT_UNDER_ONE');
  });
});

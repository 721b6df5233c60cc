import { describe, expect, it } from 'vitest';
import { DEMO_PERSONS, DEMO_PINS } from '@usr/population';
import { collectPopulation, REFERENCE_DATE } from './collect.ts';

const rows = collectPopulation({ persons: 300, seed: 1, today: REFERENCE_DATE });
const person = (pin: string) => {
  const found = rows.persons.find((p) => p.pin === pin);
  if (!found) throw new Error(`demo person ${pin} missing`);
  return found;
};
const membership = (pin: string) => rows.memberships.find((m) => m.personPin === pin && m.validTo === null);
const factsOf = (pin: string) => rows.facts.filter((f) => f.subjectPin === pin);
const { aysel, rashad, kenan, ayan, leyla } = DEMO_PERSONS;

describe('demo persons', () => {
  it('carry the PINs of the Keycloak demo users', () => {
    expect(aysel.pin).toBe('5AZK7P2');
    expect(rashad.pin).toBe('4BXM2R8');
    expect(leyla.pin).toBe('6CGT3N5');
    for (const pin of DEMO_PINS) expect(person(pin)).toBeDefined();
    // They are written first, whatever the seed.
    expect(collectPopulation({ persons: 5, seed: 99, today: REFERENCE_DATE }).persons.map((p) => p.pin).sort()).toEqual([...DEMO_PINS].sort());
  });

  it('Aysel Məmmədova and Rəşad Məmmədov head a Baku household with two children', () => {
    expect(person(aysel.pin)).toMatchObject({ firstName: 'Aysel', lastName: 'Məmmədova', sex: 'FEMALE', birthDate: '1990-04-12', phone: '+994501234567', language: 'az', districtCode: 'AZ-BA', regionCode: 'baku' });
    expect(person(rashad.pin)).toMatchObject({ firstName: 'Rəşad', lastName: 'Məmmədov', sex: 'MALE', birthDate: '1987-09-03', language: 'az', regionCode: 'baku' });
    const household = membership(aysel.pin)?.householdId;
    expect(membership(rashad.pin)).toMatchObject({ householdId: household, relation: 'HEAD' });
    expect(membership(aysel.pin)?.relation).toBe('SPOUSE');
    expect(membership(kenan.pin)).toMatchObject({ householdId: household, relation: 'CHILD' });
    expect(membership(ayan.pin)).toMatchObject({ householdId: household, relation: 'CHILD' });
    expect(person(kenan.pin).birthDate).toBe('2020-09-14'); // 6 years and 70 days before 2026-11-23
    expect(person(ayan.pin).birthDate).toBe('2026-08-23'); // 92 days before
  });

  it('the newborn has a BIRTH fact naming Aysel as mother, and Aysel a birth grant paid on her card', () => {
    const birth = factsOf(ayan.pin).find((f) => f.kind === 'BIRTH');
    expect(birth?.value).toMatchObject({ motherPin: aysel.pin, fatherPin: rashad.pin, districtCode: 'AZ-BA' });
    const grant = rows.assignments.find((a) => a.beneficiaryPin === aysel.pin && a.benefitCode === 'BIRTH_GRANT');
    expect(grant).toBeDefined();
    expect(rows.paymentAccounts.filter((a) => a.holderPin === aysel.pin)).toHaveLength(1);
    expect(rows.payments.some((p) => p.assignmentId === grant?.id && p.beneficiaryPin === aysel.pin)).toBe(true);
  });

  it('Aysel has facts from several agencies, one INCOME corrected with its history kept', () => {
    const facts = factsOf(aysel.pin);
    expect(facts.length).toBeGreaterThanOrEqual(5);
    expect(new Set(facts.map((f) => f.agencyCode)).size).toBeGreaterThanOrEqual(4);
    const superseded = facts.filter((f) => f.kind === 'INCOME' && f.supersededBy !== null);
    expect(superseded).toHaveLength(1);
    const correction = facts.find((f) => f.id === superseded[0]?.supersededBy);
    expect(correction?.sourceReference).toBe(superseded[0]?.sourceReference);
    expect(correction?.value).not.toEqual(superseded[0]?.value);
  });

  it('the Məmmədov family is low-income and has no TSA yet (it can apply)', () => {
    const members = [aysel, rashad, kenan, ayan];
    const income = rows.facts
      .filter((f) => f.kind === 'INCOME' && f.supersededBy === null && f.validFrom >= '2025-11-01' && members.some((m) => m.pin === f.subjectPin))
      .reduce((sum, f) => sum + (f.value as { amount: number }).amount, 0);
    expect(income / 12 / members.length).toBeLessThan(300);
    expect(rows.decisions.some((d) => d.benefitCode === 'TSA' && d.subjectPin === rashad.pin)).toBe(false);
  });

  it('Leyla Hüseynova lives alone in Ganja, just 65, with 30 insured years and no pension yet', () => {
    expect(person(leyla.pin)).toMatchObject({ firstName: 'Leyla', lastName: 'Hüseynova', sex: 'FEMALE', birthDate: '1961-11-20', language: 'ru', districtCode: 'AZ-GA', regionCode: 'ganja-dashkasan' });
    const household = membership(leyla.pin);
    expect(household?.relation).toBe('HEAD');
    expect(rows.memberships.filter((m) => m.householdId === household?.householdId)).toHaveLength(1);
    const insured = factsOf(leyla.pin).find((f) => f.kind === 'INSURED_YEARS');
    expect(insured?.value).toEqual({ years: 30, months: 0 });
    expect(rows.decisions.some((d) => d.subjectPin === leyla.pin)).toBe(false);
  });

  it('keeps relative birth dates relative to the reference date', () => {
    const later = collectPopulation({ persons: 5, seed: 1, today: '2027-03-01' });
    expect(later.persons.find((p) => p.pin === leyla.pin)?.birthDate).toBe('1962-02-26');
    expect(later.persons.find((p) => p.pin === ayan.pin)?.birthDate).toBe('2026-11-29');
    expect(later.persons.find((p) => p.pin === aysel.pin)?.birthDate).toBe('1990-04-12');
  });
});

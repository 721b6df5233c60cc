import { describe, expect, it } from 'vitest';
import { FACT_KINDS, ECONOMIC_REGIONS, PIN_PATTERN, isFactKind } from '@usr/shared';
import { findTranslation, LANGUAGES } from '@usr/shared/i18n';
import { AGE_PYRAMID, TABLES, TABLE_NAMES } from '@usr/population';
import { parseDecisionInputs, parseExplanationSteps, parseUsedParameters } from '../../subgraphs/benefits/src/domain/decision-record.ts';
import { collectPopulation, populationHash, REFERENCE_DATE } from './collect.ts';

const PERSONS = 4000;

/** The value, or a failed test when it is missing. */
const defined = <T>(value: T | null | undefined, what = 'value'): T => {
  if (value === null || value === undefined) throw new Error(`${what} is missing`);
  return value;
};
const rows = collectPopulation({ persons: PERSONS, seed: 7, today: REFERENCE_DATE });
const today = new Date(`${REFERENCE_DATE}T00:00:00+04:00`);
const yearAgo = '2025-11-23';

const ageOn = (birth: string, on: string): number => {
  const [by, bm, bd] = birth.split('-').map(Number);
  const [oy, om, od] = on.split('-').map(Number);
  return (oy ?? 0) - (by ?? 0) - ((om ?? 0) < (bm ?? 0) || (om === bm && (od ?? 0) < (bd ?? 0)) ? 1 : 0);
};
const personByPin = new Map(rows.persons.map((p) => [p.pin, p]));
const age = (pin: string): number => {
  const person = personByPin.get(pin);
  if (!person) throw new Error(`no person ${pin}`);
  return ageOn(person.birthDate, person.deathDate ?? REFERENCE_DATE);
};

describe('determinism', () => {
  it('gives the same rows for the same seed and reference date', () => {
    const a = populationHash({ persons: 1500, seed: 1, today: REFERENCE_DATE });
    const b = populationHash({ persons: 1500, seed: 1, today: REFERENCE_DATE });
    expect(a).toBe(b);
  });

  it('gives different rows for another seed or another reference date', () => {
    const base = populationHash({ persons: 1500, seed: 1, today: REFERENCE_DATE });
    expect(populationHash({ persons: 1500, seed: 2, today: REFERENCE_DATE })).not.toBe(base);
    expect(populationHash({ persons: 1500, seed: 1, today: '2026-11-24' })).not.toBe(base);
  });

  it('makes exactly the number of persons asked for', () => {
    expect(rows.persons).toHaveLength(PERSONS);
    expect(collectPopulation({ persons: 5, seed: 3, today: REFERENCE_DATE }).persons).toHaveLength(5);
    expect(() => collectPopulation({ persons: 4, seed: 3, today: REFERENCE_DATE })).toThrow(RangeError);
  });
});

describe('persons', () => {
  it('have valid, unique PINs', () => {
    const pins = rows.persons.map((p) => p.pin);
    expect(pins.every((pin) => PIN_PATTERN.test(pin))).toBe(true);
    expect(new Set(pins).size).toBe(pins.length);
  });

  it('have Azerbaijani names whose surname and patronymic agree with their sex', () => {
    const azerbaijani = /[əğıöüçşİ]/;
    expect(rows.persons.filter((p) => azerbaijani.test(`${p.firstName}${p.lastName}`)).length / PERSONS).toBeGreaterThan(0.5);
    for (const p of rows.persons) {
      if (/(ov|yev)$/.test(p.lastName)) expect(p.sex).toBe('MALE');
      if (/(ova|yeva)$/.test(p.lastName)) expect(p.sex).toBe('FEMALE');
      if (p.patronymic !== null) expect(p.patronymic.endsWith(p.sex === 'MALE' ? ' oğlu' : ' qızı')).toBe(true);
    }
  });

  it('follow the national age pyramid', () => {
    const total = AGE_PYRAMID.reduce((sum, [, percent]) => sum + percent, 0);
    const observed = new Array<number>(AGE_PYRAMID.length).fill(0);
    const living = rows.persons.filter((p) => p.deathDate === null);
    for (const p of living) {
      const band = Math.min(AGE_PYRAMID.length - 1, Math.floor(ageOn(p.birthDate, REFERENCE_DATE) / 5));
      observed[band] = (observed[band] ?? 0) + 1;
    }
    const share = (from: number, to: number) => observed.slice(from, to).reduce((a, b) => a + b, 0) / living.length;
    expect(share(0, 3)).toBeGreaterThan(0.17); // 0–14: ≈21%
    expect(share(0, 3)).toBeLessThan(0.27);
    expect(share(13, 18)).toBeGreaterThan(0.06); // 65+: ≈10%
    expect(share(13, 18)).toBeLessThan(0.14);
    const distance = AGE_PYRAMID.reduce((sum, [, percent], i) => sum + Math.abs((observed[i] ?? 0) / living.length - percent / total), 0) / 2;
    expect(distance).toBeLessThan(0.1);
  });

  it('live mostly in Baku and spread over every economic region', () => {
    const baku = rows.persons.filter((p) => p.regionCode === 'baku').length / PERSONS;
    expect(baku).toBeGreaterThan(0.18);
    expect(baku).toBeLessThan(0.3);
    const regions = new Set(rows.persons.map((p) => p.regionCode));
    expect(regions.size).toBeGreaterThanOrEqual(ECONOMIC_REGIONS.length - 1);
    for (const p of rows.persons) expect(ECONOMIC_REGIONS.find((r) => r.code === p.regionCode)?.districts.some((d) => d.code === p.districtCode)).toBe(true);
  });

  it('have +994 mobile numbers when adult, none as children, and speak mostly Azerbaijani', () => {
    for (const p of rows.persons) {
      if (age(p.pin) < 16) expect(p.phone).toBeNull();
      if (p.phone !== null) expect(p.phone).toMatch(/^\+994(50|51|55|70|77|99)\d{7}$/);
    }
    const adults = rows.persons.filter((p) => age(p.pin) >= 18);
    expect(adults.filter((p) => p.phone !== null).length / adults.length).toBeGreaterThan(0.8);
    const az = rows.persons.filter((p) => p.language === 'az').length / PERSONS;
    expect(az).toBeGreaterThan(0.8);
    expect(rows.persons.some((p) => p.language === 'ru')).toBe(true);
    expect(rows.persons.some((p) => p.language === 'en')).toBe(true);
  });

  it('include births and deaths of the last year', () => {
    const born = rows.persons.filter((p) => p.birthDate >= yearAgo);
    const died = rows.persons.filter((p) => p.deathDate !== null);
    expect(born.length / PERSONS).toBeGreaterThan(0.005);
    expect(born.length / PERSONS).toBeLessThan(0.025);
    expect(died.length).toBeGreaterThan(0);
    for (const p of died) {
      const death = defined(p.deathDate);
      expect(death >= yearAgo && death < REFERENCE_DATE).toBe(true);
      expect(death >= p.birthDate).toBe(true);
    }
  });
});

describe('households', () => {
  const current = rows.memberships.filter((m) => m.validTo === null);
  const byHousehold = Map.groupBy(current, (m) => m.householdId);

  it('have 1–9 current members and exactly one current head', () => {
    expect(byHousehold.size).toBe(rows.households.length);
    for (const members of byHousehold.values()) {
      expect(members.length).toBeGreaterThanOrEqual(1);
      expect(members.length).toBeLessThanOrEqual(9);
      expect(members.filter((m) => m.relation === 'HEAD')).toHaveLength(1);
    }
    expect(new Set(current.map((m) => m.personPin)).size).toBe(current.length);
  });

  it('have coherent relations: adult spouses, children younger than the head, parents older', () => {
    for (const members of byHousehold.values()) {
      const head = defined(members.find((m) => m.relation === 'HEAD'), 'head');
      for (const m of members) {
        if (m.relation === 'SPOUSE') expect(age(m.personPin)).toBeGreaterThanOrEqual(18);
        if (m.relation === 'CHILD') expect(age(head.personPin) - age(m.personPin)).toBeGreaterThanOrEqual(15);
        if (m.relation === 'GRANDCHILD') expect(age(head.personPin) - age(m.personPin)).toBeGreaterThanOrEqual(30);
        if (m.relation === 'PARENT') expect(age(m.personPin) - age(head.personPin)).toBeGreaterThanOrEqual(15);
      }
    }
    const mothers = rows.facts.filter((f) => f.kind === 'BIRTH');
    for (const birth of mothers) {
      const mother = (birth.value as { motherPin: string }).motherPin;
      expect(age(mother) - age(birth.subjectPin)).toBeGreaterThanOrEqual(16);
    }
  });

  it('close the membership of the dead and keep history when a head dies', () => {
    const died = new Map(rows.persons.filter((p) => p.deathDate !== null).map((p) => [p.pin, p.deathDate]));
    for (const m of rows.memberships) {
      if (died.has(m.personPin)) expect(m.validTo).toBe(died.get(m.personPin));
      if (m.validTo !== null) expect(m.validTo >= m.validFrom).toBe(true);
    }
  });
});

describe('facts', () => {
  it('validate against their kind and come from the kind’s agency', () => {
    for (const fact of rows.facts) {
      expect(isFactKind(fact.kind)).toBe(true);
      expect(fact.agencyCode).toBe(FACT_KINDS[fact.kind].agency);
      const parsed = FACT_KINDS[fact.kind].value.safeParse(fact.value);
      if (!parsed.success) throw new Error(`${fact.kind} value does not validate: ${parsed.error.message}`);
    }
  });

  it('come from many agencies and cover the expected kinds', () => {
    expect(new Set(rows.facts.map((f) => f.agencyCode)).size).toBeGreaterThanOrEqual(15);
    const kinds = new Set(rows.facts.map((f) => f.kind));
    for (const kind of ['INCOME', 'EMPLOYMENT', 'UNEMPLOYMENT', 'INSURED_YEARS', 'DISABILITY', 'STUDENT', 'REAL_ESTATE', 'VEHICLE', 'LAND', 'ELECTRICITY_CONSUMPTION', 'BANK_DEPOSIT', 'IDP_STATUS', 'BIRTH', 'DEATH', 'MARRIAGE'] as const) {
      expect(kinds.has(kind), kind).toBe(true);
    }
    const perPerson = rows.facts.length / PERSONS;
    expect(perPerson).toBeGreaterThan(6);
    expect(perPerson).toBeLessThan(14);
  });

  it('are recorded after they became valid and before the reference date', () => {
    for (const fact of rows.facts) {
      const recorded = new Date(fact.recordedAt);
      expect(recorded.getTime()).toBeGreaterThan(new Date(`${fact.validFrom}T00:00:00+04:00`).getTime());
      expect(recorded.getTime()).toBeLessThan(today.getTime());
      if (fact.validTo !== null) expect(fact.validTo >= fact.validFrom).toBe(true);
    }
  });

  it('keep corrections as history under one current row per source reference', () => {
    const byId = new Map(rows.facts.map((f) => [f.id, f]));
    const superseded = rows.facts.filter((f) => f.supersededBy !== null);
    expect(superseded.length).toBeGreaterThan(0);
    for (const old of superseded) {
      const correction = defined(byId.get(defined(old.supersededBy)), 'correction');
      expect(correction.sourceReference).toBe(old.sourceReference);
      expect(correction.supersededBy).toBeNull();
      expect(old.supersededAt).toBe(correction.recordedAt);
      expect(new Date(correction.recordedAt).getTime()).toBeGreaterThan(new Date(old.recordedAt).getTime());
    }
    const currentKeys = rows.facts.filter((f) => f.supersededBy === null).map((f) => `${f.agencyCode}|${f.sourceReference}`);
    expect(new Set(currentKeys).size).toBe(currentKeys.length);
    expect(defined(rows.facts.find((f) => f.kind === 'INCOME')).sourceReference).toMatch(/^TAX-\d{4}-\d{2}-\d{6,}$/);
  });

  it('register every birth and death of the last year', () => {
    const births = new Set(rows.facts.filter((f) => f.kind === 'BIRTH').map((f) => f.subjectPin));
    const deaths = new Set(rows.facts.filter((f) => f.kind === 'DEATH').map((f) => f.subjectPin));
    for (const p of rows.persons) {
      if (p.birthDate >= yearAgo) expect(births.has(p.pin)).toBe(true);
      if (p.deathDate !== null) expect(deaths.has(p.pin)).toBe(true);
    }
  });

  it('give a year of monthly INCOME to workers, with many low-income households', () => {
    const incomes = rows.facts.filter((f) => f.kind === 'INCOME' && f.supersededBy === null);
    const months = new Set(incomes.map((f) => (f.value as { month: string }).month));
    expect(months.has('2026-10')).toBe(true);
    expect(months.has('2025-11')).toBe(true);
    expect(months.has('2026-11')).toBe(false);
    const amounts = incomes.map((f) => (f.value as { amount: number }).amount).sort((a, b) => a - b);
    const median = defined(amounts[Math.floor(amounts.length / 2)]);
    expect(median).toBeGreaterThan(250);
    expect(median).toBeLessThan(1500);
  });
});

describe('benefits and payments', () => {
  it('record decisions in the shape the benefits subgraph reads', () => {
    for (const decision of rows.decisions) {
      expect(() => parseDecisionInputs(decision.inputs)).not.toThrow();
      expect(() => parseExplanationSteps(decision.steps)).not.toThrow();
      expect(() => parseUsedParameters(decision.parameters)).not.toThrow();
    }
    const codes = new Set(rows.decisions.map((d) => d.benefitCode));
    for (const code of ['OLD_AGE_PENSION', 'TSA', 'BIRTH_GRANT']) expect(codes.has(code), code).toBe(true);
  });

  it('explain every step from the catalogue in az, ru and en (a code and all its values, never the English description)', () => {
    const unexplained = new Set<string>();
    for (const decision of rows.decisions)
      for (const step of parseExplanationSteps(decision.steps))
        for (const language of LANGUAGES) if (!step.code || findTranslation(language, `step.${step.code}`, step.values ?? {}) === undefined) unexplained.add(`${step.code ?? step.description} (${language})`);
    expect([...unexplained]).toEqual([]);
    for (const decision of rows.decisions) expect(findTranslation('az', `reason.${decision.reasonCode}`), decision.reasonCode).toBeDefined();
  });

  it('pay old-age pensions to people of pension age only', () => {
    const pensions = rows.assignments.filter((a) => a.benefitCode === 'OLD_AGE_PENSION');
    expect(pensions.length / PERSONS).toBeGreaterThan(0.03);
    for (const a of pensions) expect(age(a.beneficiaryPin)).toBeGreaterThanOrEqual(65);
  });

  it('compute TSA as need criterion × members − average monthly income', () => {
    const tsa = rows.decisions.filter((d) => d.benefitCode === 'TSA');
    expect(tsa.some((d) => d.outcome === 'GRANTED')).toBe(true);
    for (const d of tsa) {
      const steps = parseExplanationSteps(d.steps);
      const members = Number(defined(steps[0]).result);
      const average = Number(defined(steps[2]).result);
      const criterion = defined(parseUsedParameters(d.parameters)['needCriterion']);
      const need = (typeof criterion === 'number' ? criterion : criterion.value) * members;
      if (d.outcome === 'GRANTED') {
        const infants = steps.find((s) => s.description.startsWith('Supplement'));
        expect(Number(d.monthlyAmount)).toBeCloseTo(need - average + (infants ? Number(infants.result) : 0), 2);
        expect(rows.applications.find((a) => a.decisionId === d.id)?.status).toBe('DECIDED');
      } else {
        expect(d.monthlyAmount).toBeNull();
      }
    }
  });

  it('pay each assignment once a month on the beneficiary’s own account', () => {
    const accounts = new Map(rows.paymentAccounts.map((a) => [a.id, a]));
    const assignments = new Map(rows.assignments.map((a) => [a.id, a]));
    const keys = rows.payments.map((p) => `${p.assignmentId}|${p.month}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const payment of rows.payments) {
      expect(accounts.get(payment.accountId)?.holderPin).toBe(payment.beneficiaryPin);
      expect(assignments.get(payment.assignmentId)?.beneficiaryPin).toBe(payment.beneficiaryPin);
    }
    const holders = new Set(rows.paymentAccounts.map((a) => a.holderPin));
    expect(holders.size).toBe(rows.paymentAccounts.length);
    for (const a of rows.assignments) expect(holders.has(a.beneficiaryPin)).toBe(true);
    for (const account of rows.paymentAccounts) {
      expect(account.iban).toMatch(/^AZ\d{2}[A-Z]{4}\d{20}$/);
      expect(account.cardNumberMasked).toMatch(/^\d{4} \d{2}\*\* \*\*\*\* \d{4}$/);
    }
  });
});

describe('COPY encoding', () => {
  it('covers every table with columns in DDL order', () => {
    expect(TABLE_NAMES.map((t) => TABLES[t].name)).toContain('facts.fact');
    for (const t of TABLE_NAMES) expect(rows[t].length).toBeGreaterThan(0);
  });
});

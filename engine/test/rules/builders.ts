import type { FactKind } from '@usr/shared';
import type { RuleFact, RuleMember } from '../../src/rules/index.ts';

/** Fluent fixtures for rule tests: `member('1990-01-01').income('2024-05', 300).unemployed()`. */
let next = 0;
const id = () => `00000000-0000-4000-8000-${String(++next).padStart(12, '0')}`;

export class MemberBuilder {
  readonly facts: RuleFact[] = [];
  deathDate: string | null = null;
  readonly pin: string;
  readonly birthDate: string;
  readonly relation: string;
  constructor(pin: string, birthDate: string, relation = 'HEAD') {
    this.pin = pin;
    this.birthDate = birthDate;
    this.relation = relation;
  }

  fact(kind: FactKind, value: Record<string, unknown>, validFrom = '2010-01-01', validTo: string | null = null): this {
    this.facts.push({ id: id(), kind, subjectPin: this.pin, value, validFrom, validTo, recordedAt: `${validFrom}T08:00:00.000Z` });
    return this;
  }
  income(month: string, amount: number): this {
    return this.fact('INCOME', { amount, month, source: 'SALARY' }, `${month}-01`);
  }
  unemployed(from = '2010-01-01'): this {
    return this.fact('UNEMPLOYMENT', { office: 'Baku office 3' }, from);
  }
  disabled(from = '2010-01-01', reviewDate?: string): this {
    return this.fact('DISABILITY', { group: 'II', cause: 'GENERAL', ...(reviewDate ? { reviewDate } : {}) }, from);
  }
  student(fullTime = true, from = '2010-01-01'): this {
    return this.fact('STUDENT', { institution: 'BDU', level: 'BACHELOR', fullTime }, from);
  }
  insured(years: number, from = '2010-01-01'): this {
    return this.fact('INSURED_YEARS', { years, months: 0 }, from);
  }
  build(): RuleMember {
    return { person: { pin: this.pin, birthDate: this.birthDate, deathDate: this.deathDate }, relation: this.relation, facts: this.facts };
  }
}

let pins = 0;
export const member = (birthDate: string, relation = 'HEAD') => new MemberBuilder(`R${String(++pins).padStart(6, '0')}`, birthDate, relation);

/** Asset facts of TSA's property conditions (rules/tsa-assets.ts), as the agencies report them. */
export const assets = {
  dwelling: (m: MemberBuilder, cadastralNumber: string, propertyType = 'APARTMENT', from = '2010-01-01') =>
    m.fact('REAL_ESTATE', { propertyType, areaSqm: 70, districtCode: 'AZ-BA', cadastralNumber }, from),
  vehicle: (m: MemberBuilder, from = '2015-01-01') => m.fact('VEHICLE', { make: 'Lada', model: '2107', year: 2005, engineCc: 1500 }, from),
  land: (m: MemberBuilder, hectares: number, landUse = 'AGRICULTURAL') => m.fact('LAND', { hectares, landUse }, '2000-01-01'),
  deposit: (m: MemberBuilder, month: string, amount: number) => m.fact('BANK_DEPOSIT', { bank: 'Kapital Bank', amount }, `${month}-01`, lastDay(month)),
  abroad: (m: MemberBuilder, from: string, to: string) =>
    m.fact('ABROAD_STAY', { country: 'TUR', days: Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000) + 1 }, from, to),
};
const lastDay = (month: string) => new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).toISOString().slice(0, 10);

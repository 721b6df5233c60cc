import type { FactKind } from '@usr/shared';
import type { RuleFact } from '../rules/index.ts';

/** The fact fields rules read, with the typed value of the kinds they use. */
export const FACT_FIELDS = `
  id kind validFrom validTo recordedAt selfDeclared subject { pin }
  value {
    __typename
    ... on IncomeValue { amount month source }
    ... on InsuredYearsValue { years months }
    ... on DisabilityValue { group cause reviewDate }
    ... on StudentValue { level fullTime }
    ... on UnemploymentValue { office }
    ... on MilitaryServiceValue { serviceType }
    ... on HouseholdChangeValue { householdChange memberPin }
    ... on BirthValue { motherPin fatherPin districtCode }
  }
`;

/** Kinds the rules read (the others are not gathered). */
export const RULE_FACT_KINDS: readonly FactKind[] = ['INCOME', 'INSURED_YEARS', 'DISABILITY', 'STUDENT', 'UNEMPLOYMENT', 'MILITARY_SERVICE', 'BIRTH'];

export interface GraphFact {
  id: string;
  kind: FactKind;
  validFrom: string;
  validTo: string | null;
  recordedAt: string;
  selfDeclared?: boolean;
  subject: { pin: string };
  value: Record<string, unknown> & { __typename?: string };
}

/** A fact as the rules take it: Money strings become numbers, `__typename` is dropped. */
export const toRuleFact = (fact: GraphFact): RuleFact => {
  const { __typename: _type, ...value } = fact.value;
  for (const key of ['amount']) if (typeof value[key] === 'string') value[key] = Number(value[key]);
  return { id: fact.id, kind: fact.kind, subjectPin: fact.subject.pin, value, validFrom: fact.validFrom, validTo: fact.validTo, recordedAt: fact.recordedAt, selfDeclared: fact.selfDeclared === true };
};

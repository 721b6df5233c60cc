import type { FactKind } from '@usr/shared';
import { graphql } from '../generated/gql.ts';
import type { EngineRuleFactFragment } from '../generated/graphql.ts';
import type { RuleFact } from '../rules/index.ts';

/** The fact fields rules read, with the typed value of the kinds they use (spread as `...EngineRuleFact`). */
export const RULE_FACT_FRAGMENT = graphql(`
  fragment EngineRuleFact on Fact {
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
      ... on RealEstateValue { propertyType cadastralNumber }
      ... on LandValue { hectares landUse }
      ... on VehicleValue { year }
      ... on BankDepositValue { amount }
      ... on AbroadStayValue { days }
      ... on EmploymentValue { employer }
      ... on CareValue { careChange caredForPin }
    }
  }
`);

/** Kinds the rules read (the others are not gathered). */
export const RULE_FACT_KINDS: readonly FactKind[] = [
  'INCOME',
  'INSURED_YEARS',
  'DISABILITY',
  'STUDENT',
  'UNEMPLOYMENT',
  'MILITARY_SERVICE',
  'BIRTH',
  // TSA's asset conditions (rules/tsa-assets.ts) and a survivor carer's work (rules/survivor-pension.ts).
  'REAL_ESTATE',
  'LAND',
  'VEHICLE',
  'BANK_DEPOSIT',
  'ABROAD_STAY',
  'EMPLOYMENT',
  // TSA: caring for a person with a disability is an adult's reason not to work (rules/tsa.ts).
  'CARE',
];

/** A fact as the engine's queries return it (generated from the fragment). */
export type GraphFact = EngineRuleFactFragment;

/** A fact as the rules take it: Money strings become numbers, `__typename` is dropped. */
export const toRuleFact = (fact: GraphFact): RuleFact => {
  const { __typename: _type, ...typed } = fact.value;
  const value: Record<string, unknown> = { ...typed };
  for (const key of ['amount']) if (typeof value[key] === 'string') value[key] = Number(value[key]);
  return { id: fact.id, kind: fact.kind, subjectPin: fact.subject.pin, value, validFrom: fact.validFrom, validTo: fact.validTo ?? null, recordedAt: fact.recordedAt, selfDeclared: fact.selfDeclared === true };
};

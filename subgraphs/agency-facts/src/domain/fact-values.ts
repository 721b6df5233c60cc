import { FACT_KINDS, type FactKind, type FactValue } from '@usr/shared';

/**
 * A fact's value as the graph resolves it: the kind's validated object tagged with its kind. The
 * tag, not the shape, picks the union member (water and gas consumption look the same).
 */
export type TaggedFactValue<K extends FactKind> = FactValue<K> & { readonly kind: K };
export type AnyFactValue = { [K in FactKind]: TaggedFactValue<K> }[FactKind];

// One named alias per union member: codegen mappers name a type, they cannot instantiate a generic.
export type IncomeFactValue = TaggedFactValue<'INCOME'>;
export type EmploymentFactValue = TaggedFactValue<'EMPLOYMENT'>;
export type UnemploymentFactValue = TaggedFactValue<'UNEMPLOYMENT'>;
export type InsuredYearsFactValue = TaggedFactValue<'INSURED_YEARS'>;
export type DisabilityFactValue = TaggedFactValue<'DISABILITY'>;
export type MedicalConditionFactValue = TaggedFactValue<'MEDICAL_CONDITION'>;
export type StudentFactValue = TaggedFactValue<'STUDENT'>;
export type RealEstateFactValue = TaggedFactValue<'REAL_ESTATE'>;
export type LandFactValue = TaggedFactValue<'LAND'>;
export type VehicleFactValue = TaggedFactValue<'VEHICLE'>;
export type BirthFactValue = TaggedFactValue<'BIRTH'>;
export type DeathFactValue = TaggedFactValue<'DEATH'>;
export type MarriageFactValue = TaggedFactValue<'MARRIAGE'>;
export type DivorceFactValue = TaggedFactValue<'DIVORCE'>;
export type RegisteredAddressFactValue = TaggedFactValue<'REGISTERED_ADDRESS'>;
export type ResidencePermitFactValue = TaggedFactValue<'RESIDENCE_PERMIT'>;
export type AbroadStayFactValue = TaggedFactValue<'ABROAD_STAY'>;
export type MilitaryServiceFactValue = TaggedFactValue<'MILITARY_SERVICE'>;
export type IdpStatusFactValue = TaggedFactValue<'IDP_STATUS'>;
export type BankDepositFactValue = TaggedFactValue<'BANK_DEPOSIT'>;
export type ElectricityConsumptionFactValue = TaggedFactValue<'ELECTRICITY_CONSUMPTION'>;
export type WaterConsumptionFactValue = TaggedFactValue<'WATER_CONSUMPTION'>;
export type GasConsumptionFactValue = TaggedFactValue<'GAS_CONSUMPTION'>;
export type ImportDeclarationFactValue = TaggedFactValue<'IMPORT_DECLARATION'>;
export type FarmerRegistrationFactValue = TaggedFactValue<'FARMER_REGISTRATION'>;
export type HouseholdChangeFactValue = TaggedFactValue<'HOUSEHOLD_CHANGE'>;
export type CareFactValue = TaggedFactValue<'CARE'>;

/** The GraphQL type of each kind's value; `satisfies` makes a kind added to FACT_KINDS a compile error here. */
export const VALUE_TYPE_NAMES = {
  INCOME: 'IncomeValue',
  EMPLOYMENT: 'EmploymentValue',
  UNEMPLOYMENT: 'UnemploymentValue',
  INSURED_YEARS: 'InsuredYearsValue',
  DISABILITY: 'DisabilityValue',
  MEDICAL_CONDITION: 'MedicalConditionValue',
  STUDENT: 'StudentValue',
  REAL_ESTATE: 'RealEstateValue',
  LAND: 'LandValue',
  VEHICLE: 'VehicleValue',
  BIRTH: 'BirthValue',
  DEATH: 'DeathValue',
  MARRIAGE: 'MarriageValue',
  DIVORCE: 'DivorceValue',
  REGISTERED_ADDRESS: 'RegisteredAddressValue',
  RESIDENCE_PERMIT: 'ResidencePermitValue',
  ABROAD_STAY: 'AbroadStayValue',
  MILITARY_SERVICE: 'MilitaryServiceValue',
  IDP_STATUS: 'IdpStatusValue',
  BANK_DEPOSIT: 'BankDepositValue',
  ELECTRICITY_CONSUMPTION: 'ElectricityConsumptionValue',
  WATER_CONSUMPTION: 'WaterConsumptionValue',
  GAS_CONSUMPTION: 'GasConsumptionValue',
  IMPORT_DECLARATION: 'ImportDeclarationValue',
  FARMER_REGISTRATION: 'FarmerRegistrationValue',
  HOUSEHOLD_CHANGE: 'HouseholdChangeValue',
  CARE: 'CareValue',
} as const satisfies Record<FactKind, string>;

/**
 * Parses a stored value with its kind's schema. Feeds validate on the way in; checking again on the
 * way out means a bad row is an internal error for that one fact, never a wrongly typed answer.
 * The error names the kind only: the value may be personal data.
 */
export const toFactValue = (kind: FactKind, stored: unknown): AnyFactValue => {
  const parsed = FACT_KINDS[kind].value.safeParse(stored);
  if (!parsed.success) throw new Error(`A stored ${kind} fact value does not match its schema.`);
  // The schema was chosen by `kind`, so data and tag agree; TS cannot correlate the two unions.
  return { ...parsed.data, kind } as AnyFactValue;
};

/** AZN amounts are JSON numbers in stored values and `Money` strings in the graph. */
export const toMoney = (amount: number): string => amount.toFixed(2);

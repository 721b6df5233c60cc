/**
 * How each field of a fact's value is written for a person (by field name, as the SDL's FactValue
 * types name them): amounts in manats, months and dates the reader's way, enums and districts by
 * their catalogue names. A field not listed is text as the agency wrote it (an employer, a PIN, a
 * cadastral number). One table for the portal and the registry's own readable pages.
 */
export type FactFieldStyle = 'money' | 'number' | 'month' | 'date' | 'district' | 'year' | { readonly enum: string };

export const FACT_FIELD_STYLES: Readonly<Record<string, FactFieldStyle>> = {
  amount: 'money',
  valueAzn: 'money',
  month: 'month',
  reviewDate: 'date',
  source: { enum: 'IncomeSource' },
  propertyType: { enum: 'PropertyType' },
  landUse: { enum: 'LandUse' },
  group: { enum: 'DisabilityGroup' },
  cause: { enum: 'DisabilityCause' },
  level: { enum: 'EducationLevel' },
  permitType: { enum: 'ResidencePermitType' },
  serviceType: { enum: 'MilitaryServiceType' },
  sex: { enum: 'Sex' },
  districtCode: 'district',
  originDistrictCode: 'district',
  areaSqm: 'number',
  hectares: 'number',
  hectaresCultivated: 'number',
  kwh: 'number',
  cubicMetres: 'number',
  years: 'number',
  months: 'number',
  days: 'number',
  engineCc: 'number',
  year: 'year',
};

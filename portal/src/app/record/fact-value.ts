import type { Speech } from '../i18n/intl.ts';

type Format = (value: string | number | boolean, speech: Speech) => string;

const enumOf =
  (name: string): Format =>
  (value, { code }) =>
    code(`enum.${name}`, String(value));
const money: Format = (value, { money: format }) => format(String(value));
const number: Format = (value, { number: format }) => format(String(value));
const month: Format = (value, { month: format }) => format(String(value));
const date: Format = (value, { date: format }) => format(String(value));
const district: Format = (value, { code }) => code('district', String(value));
const asIs: Format = (value) => String(value);

/**
 * How each field of a fact's value reads (by field name, as the SDL's FactValue types name them):
 * enums in words, amounts in manats, months and dates the reader's way, districts by name. A
 * field not listed here is text (an employer, a PIN, a cadastral number) and shows as it is.
 */
const FORMATS: Readonly<Record<string, Format>> = {
  amount: money,
  valueAzn: money,
  month,
  reviewDate: date,
  source: enumOf('IncomeSource'),
  propertyType: enumOf('PropertyType'),
  landUse: enumOf('LandUse'),
  group: enumOf('DisabilityGroup'),
  cause: enumOf('DisabilityCause'),
  level: enumOf('EducationLevel'),
  permitType: enumOf('ResidencePermitType'),
  serviceType: enumOf('MilitaryServiceType'),
  sex: enumOf('Sex'),
  districtCode: district,
  originDistrictCode: district,
  areaSqm: number,
  hectares: number,
  hectaresCultivated: number,
  kwh: number,
  cubicMetres: number,
  years: number,
  months: number,
  days: number,
  engineCc: number,
  year: asIs,
};

/** The label and the text of each filled field of a fact's value, in the reader's language. */
export const factFields = (
  value: { readonly __typename?: string } & Record<string, unknown>,
  speech: Speech,
): Array<{ key: string; label: string; text: string; /** Text as the agency wrote it (names, addresses): Azerbaijani. */ asWritten: boolean }> =>
  Object.entries(value)
    .filter(([key, v]) => key !== '__typename' && v !== null && v !== undefined)
    .map(([key, v]) => {
      const field = v as string | number | boolean;
      const text = typeof field === 'boolean' ? speech.t(field ? 'value.yes' : 'value.no') : (FORMATS[key] ?? asIs)(field, speech);
      const asWritten = typeof field === 'string' && FORMATS[key] === undefined;
      return { key, label: speech.code(`factField.${value.__typename ?? ''}`, key), text, asWritten };
    });

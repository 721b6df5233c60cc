import { FACT_FIELD_STYLES, type FactFieldStyle } from '@usr/shared/i18n';
import type { Speech } from '../i18n/intl.ts';

type Format = (value: string | number | boolean, speech: Speech) => string;

/** Each style of the shared table (FACT_FIELD_STYLES) written with the reader's formatters. */
const formatOf = (style: FactFieldStyle | undefined): Format | undefined => {
  if (style === undefined) return undefined;
  if (typeof style === 'object') return (value, { code }) => code(`enum.${style.enum}`, String(value));
  switch (style) {
    case 'money':
      return (value, { money }) => money(String(value));
    case 'number':
      return (value, { number }) => number(String(value));
    case 'month':
      return (value, { month }) => month(String(value));
    case 'date':
      return (value, { date }) => date(String(value));
    case 'district':
      return (value, { code }) => code('district', String(value));
    case 'year':
      return (value) => String(value);
  }
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
      const format = formatOf(FACT_FIELD_STYLES[key]);
      const text = typeof field === 'boolean' ? speech.t(field ? 'value.yes' : 'value.no') : format ? format(field, speech) : String(field);
      const asWritten = typeof field === 'string' && format === undefined;
      return { key, label: speech.code(`factField.${value.__typename ?? ''}`, key), text, asWritten };
    });

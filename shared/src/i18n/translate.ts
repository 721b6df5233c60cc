import { IntlMessageFormat, type Formats, type Formatters } from 'intl-messageformat';
import { az } from './catalogue/az.ts';
import { en, type MessageKey } from './catalogue/en.ts';
import { ru } from './catalogue/ru.ts';
import { formatDate, formatMonth, formatNumber, formatMoney } from './format.ts';
import type { Language } from './languages.ts';
import { pluralRules } from './plural-rules.ts';

export type { MessageKey } from './catalogue/en.ts';
export type Catalogue = Readonly<Record<MessageKey, string>>;

/** The message catalogues by language: ICU MessageFormat, one file per language. */
export const CATALOGUES: Readonly<Record<Language, Catalogue>> = { az, ru, en };

/** A value a message argument takes: text, a count, an amount or a date as the API carries them. */
export type MessageValue = string | number;
export type MessageValues = Readonly<Record<string, MessageValue>>;

/**
 * The named argument styles our messages use, and the only ones: `{amount, number, money}`,
 * `{from, date, day}`, `{month, date, month}`; a plain `{n, number}` and a plural's `#` are numbers.
 * The option objects are only markers our own formatters below recognise. The portal gives the same
 * formats and formatters to react-intl.
 */
export const FORMATS: Partial<Formats> = {
  number: { money: { style: 'currency', currency: 'AZN' } },
  date: { day: { day: 'numeric', month: 'numeric', year: 'numeric' }, month: { month: 'long', year: 'numeric' } },
};

/** Our formatters in place of the runtime's Intl (which lacks Azerbaijani in Chromium). */
export const formattersFor = (language: Language): Formatters => ({
  getNumberFormat: (_locales, options) =>
    ({ format: (value: number | string) => (options?.style === 'currency' ? formatMoney(value, language) : formatNumber(value, language)) }) as unknown as Intl.NumberFormat,
  getDateTimeFormat: (_locales, options) =>
    ({ format: (value: string | Date) => (options?.day === undefined ? formatMonth(value, language) : formatDate(value, language)) }) as unknown as Intl.DateTimeFormat,
  getPluralRules: (_locales, options) => pluralRules(language, options?.type),
});

const compiled = new Map<string, IntlMessageFormat>();

const compile = (language: Language, key: MessageKey): IntlMessageFormat => {
  const id = `${language}\u0000${key}`;
  let message = compiled.get(id);
  if (!message) {
    message = new IntlMessageFormat(CATALOGUES[language][key], language, FORMATS, { formatters: formattersFor(language) });
    compiled.set(id, message);
  }
  return message;
};

/** Whether the catalogue has a message for `key` (e.g. a step code read from the database). */
export const isMessageKey = (key: string): key is MessageKey => Object.hasOwn(en, key);

/** The message `key` in `language` with its arguments filled and formatted. Throws on a missing argument. */
export const translate = (language: Language, key: MessageKey, values: MessageValues = {}): string => {
  const text = compile(language, key).format(values);
  if (typeof text !== 'string') throw new TypeError(`Message ${key} did not format to text.`);
  return text;
};

/**
 * The message for a key known only at run time (a stored step code), or undefined when the
 * catalogue has none or an argument is missing, so the caller can choose what to show instead.
 */
export const findTranslation = (language: Language, key: string, values: MessageValues = {}): string | undefined => {
  if (!isMessageKey(key)) return undefined;
  try {
    return translate(language, key, values);
  } catch {
    return undefined;
  }
};

/** A translator bound to one language, for code that speaks to one reader. */
export interface Translator {
  readonly language: Language;
  readonly t: (key: MessageKey, values?: MessageValues) => string;
  readonly find: (key: string, values?: MessageValues) => string | undefined;
}

export const translator = (language: Language): Translator => ({
  language,
  t: (key, values) => translate(language, key, values),
  find: (key, values) => findTranslation(language, key, values),
});

import type { Language } from './languages.ts';

/**
 * The registry's own formatting of dates, months, numbers and money, the same in Node and in every
 * browser: Chromium has no Azerbaijani locale data (Intl gives "1990 M04 12"), so nothing here
 * calls Intl. The conventions, decided once (README, "Languages and formats"):
 *   date   az, ru 12.04.1990        en 12 April 1990
 *   month  az aprel 1990  ru апрель 1990  en April 1990
 *   number az, ru 1 234,5 (no-break space groups, decimal comma)   en 1,234.5
 *   money  az, ru 1 234,56 ₼       en 1,234.56 AZN  (always two decimals)
 *   time   24-hour, Baku time (UTC+4, no daylight saving since 2016): 12.04.1990, 14:05
 */

const NBSP = '\u00A0';

const MONTHS: Readonly<Record<Language, readonly string[]>> = {
  az: ['yanvar', 'fevral', 'mart', 'aprel', 'may', 'iyun', 'iyul', 'avqust', 'sentyabr', 'oktyabr', 'noyabr', 'dekabr'],
  ru: ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

const SEPARATORS: Readonly<Record<Language, { group: string; decimal: string }>> = {
  az: { group: NBSP, decimal: ',' },
  ru: { group: NBSP, decimal: ',' },
  en: { group: ',', decimal: '.' },
};

/** Baku has kept UTC+4 all year since 2016; earlier summer-time hours are not modelled. */
const BAKU_OFFSET_MS = 4 * 60 * 60 * 1000;

interface CalendarDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const DATE = /^(\d{4})-(\d{2})(?:-(\d{2}))?/;

/** A day from "YYYY-MM-DD", "YYYY-MM" (day 1), an ISO timestamp (its Baku day) or a Date. */
const calendarDay = (value: string | Date): CalendarDay => {
  if (value instanceof Date || value.length > 10) {
    const instant = value instanceof Date ? value : new Date(value);
    if (Number.isNaN(instant.getTime())) throw new RangeError('Not a date.');
    const baku = new Date(instant.getTime() + BAKU_OFFSET_MS);
    return { year: baku.getUTCFullYear(), month: baku.getUTCMonth() + 1, day: baku.getUTCDate() };
  }
  const match = DATE.exec(value);
  if (!match) throw new RangeError('Not a date.');
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3] ?? '1') };
};

const two = (n: number) => String(n).padStart(2, '0');
const monthName = (language: Language, month: number) => MONTHS[language][month - 1] ?? String(month);

/** A calendar day: 12.04.1990 (az, ru), 12 April 1990 (en). */
export const formatDate = (value: string | Date, language: Language): string => {
  const { year, month, day } = calendarDay(value);
  return language === 'en' ? `${day} ${monthName(language, month)} ${year}` : `${two(day)}.${two(month)}.${year}`;
};

/** A month of a year: aprel 1990, апрель 1990, April 1990. */
export const formatMonth = (value: string | Date, language: Language): string => {
  const { year, month } = calendarDay(value);
  return `${monthName(language, month)} ${year}`;
};

/** The name of a month (1-12) alone, as in a column header. */
export const formatMonthName = (month: number, language: Language): string => monthName(language, month);

/** An instant as its Baku day and time: 12.04.1990, 14:05 (az, ru), 12 April 1990, 14:05 (en). */
export const formatDateTime = (value: string | Date, language: Language): string => {
  const instant = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(instant.getTime())) throw new RangeError('Not a date.');
  const baku = new Date(instant.getTime() + BAKU_OFFSET_MS);
  return `${formatDate(instant, language)}, ${two(baku.getUTCHours())}:${two(baku.getUTCMinutes())}`;
};

const DECIMAL = /^([-+]?)(\d+)(?:\.(\d+))?$/;

/** Splits a number or decimal string ("285.5", "-12") into sign, integer digits and fraction digits, exactly. */
const decimalParts = (value: number | string): { negative: boolean; integer: string; fraction: string } => {
  // String(285.5) is "285.5": the shortest text that reads back as the same number.
  const text = typeof value === 'number' ? String(value) : value.trim();
  const match = DECIMAL.exec(text);
  if (!match) throw new RangeError('Not a number.');
  const integer = (match[2] ?? '0').replace(/^0+(?=\d)/, '');
  const fraction = match[3] ?? '';
  const negative = match[1] === '-' && /[1-9]/.test(integer + fraction);
  return { negative, integer, fraction };
};

const group = (digits: string, separator: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);

/** Rounds a fraction (digits) to `places`, half up, carrying into the integer digits. */
const roundFraction = (integer: string, fraction: string, places: number): { integer: string; fraction: string } => {
  if (fraction.length <= places) return { integer, fraction: fraction.padEnd(places, '0') };
  const scaled = BigInt(integer + fraction.slice(0, places)) + (Number(fraction[places]) >= 5 ? 1n : 0n);
  const digits = scaled.toString().padStart(places + 1, '0');
  return { integer: places === 0 ? digits : digits.slice(0, -places), fraction: places === 0 ? '' : digits.slice(-places) };
};

export interface NumberOptions {
  /** Exactly this many fraction digits (rounded half up); by default as many as the value has. */
  readonly fractionDigits?: number;
}

/** A number: 1 234,5 (az, ru), 1,234.5 (en). Decimal strings are formatted digit for digit. */
export const formatNumber = (value: number | string, language: Language, options: NumberOptions = {}): string => {
  const parts = decimalParts(value);
  const { integer, fraction } = options.fractionDigits === undefined ? parts : roundFraction(parts.integer, parts.fraction, options.fractionDigits);
  const { group: separator, decimal } = SEPARATORS[language];
  const negative = parts.negative && /[1-9]/.test(integer + fraction);
  return `${negative ? '-' : ''}${group(integer, separator)}${fraction ? decimal + fraction : ''}`;
};

/** An amount in manats, always with two decimals: 1 234,56 ₼ (az, ru), 1,234.56 AZN (en). */
export const formatMoney = (value: number | string, language: Language): string => {
  const number = formatNumber(value, language, { fractionDigits: 2 });
  return language === 'en' ? `${number} AZN` : `${number}${NBSP}₼`;
};

/**
 * The instant a Baku calendar day ("YYYY-MM-DD") begins, `plusDays` later, as ISO UTC: a period
 * people give as days becomes the instants the API filters on (`to` exclusive: the next day's start).
 */
export const bakuDayStart = (day: string, plusDays = 0): string => {
  const { year, month, day: d } = calendarDay(day);
  return new Date(Date.UTC(year, month - 1, d + plusDays) - BAKU_OFFSET_MS).toISOString();
};

import { isWorkingDay } from '@usr/shared';

/**
 * Dates as integer day numbers (days since 1970-01-01) and instants as Baku wall-clock minutes
 * (day × 1440 + minute). Generating tens of millions of dated rows through `Date` objects would
 * dominate the run time; integer arithmetic plus Hinnant's civil-calendar conversions do not.
 * Baku is UTC+4 with no daylight saving, so a local minute maps to exactly one instant.
 */

export type Day = number;
/** Minutes since 1970-01-01 00:00 in Baku local time. */
export type Instant = number;
/** Months since year 0: year × 12 + (month − 1). */
export type MonthIndex = number;

export const MINUTES_PER_DAY = 1440;
const DAYS_PER_YEAR = 365.2425;

/** Days since the epoch of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
export const dayFromCivil = (year: number, month: number, day: number): Day => {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
};

export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** The calendar date of a day number (Hinnant's civil_from_days). */
export const civilFromDay = (dayNumber: Day): CivilDate => {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: month <= 2 ? yoe + era * 400 + 1 : yoe + era * 400, month, day };
};

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));
const pad4 = (n: number): string => String(n).padStart(4, '0');

export const isoDate = (dayNumber: Day): string => {
  const { year, month, day } = civilFromDay(dayNumber);
  return `${pad4(year)}-${pad2(month)}-${pad2(day)}`;
};

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses YYYY-MM-DD strictly (no 2026-02-30). */
export const parseIsoDate = (text: string): Day => {
  const match = ISO_DATE.exec(text);
  if (!match) throw new Error(`expected a date YYYY-MM-DD, got "${text}"`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const dayNumber = dayFromCivil(year, month, day);
  if (isoDate(dayNumber) !== text) throw new Error(`not a calendar date: "${text}"`);
  return dayNumber;
};

const bakuDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Baku', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's calendar date in Baku: the registry's "today", whatever the server's time zone. */
export const bakuToday = (now: Date = new Date()): string => {
  const parts = Object.fromEntries(bakuDate.formatToParts(now).map((part) => [part.type, part.value]));
  return `${parts['year']}-${parts['month']}-${parts['day']}`;
};

export const daysInMonth = (year: number, month: number): number =>
  dayFromCivil(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - dayFromCivil(year, month, 1);

/** The same calendar day `years` later (29 February falls back to the 28th). */
export const addYears = (dayNumber: Day, years: number): Day => {
  const { year, month, day } = civilFromDay(dayNumber);
  return dayFromCivil(year + years, month, Math.min(day, daysInMonth(year + years, month)));
};

/** Completed years of age on `on`. */
export const ageOn = (birth: Day, on: Day): number => {
  const b = civilFromDay(birth);
  const o = civilFromDay(on);
  const beforeBirthday = o.month < b.month || (o.month === b.month && o.day < b.day);
  return o.year - b.year - (beforeBirthday ? 1 : 0);
};

/** A fractional age in years as a day count: for sampling ages from distributions. */
export const yearsToDays = (years: number): number => Math.round(years * DAYS_PER_YEAR);
export const daysToYears = (days: number): number => days / DAYS_PER_YEAR;

export const monthOf = (dayNumber: Day): MonthIndex => {
  const { year, month } = civilFromDay(dayNumber);
  return year * 12 + month - 1;
};

export const firstDayOfMonth = (index: MonthIndex): Day => dayFromCivil(Math.floor(index / 12), (index % 12) + 1, 1);
export const lastDayOfMonth = (index: MonthIndex): Day => firstDayOfMonth(index + 1) - 1;

/** YYYY-MM, the month format of facts and payments. */
export const monthKey = (index: MonthIndex): string => `${pad4(Math.floor(index / 12))}-${pad2((index % 12) + 1)}`;

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export const weekday = (dayNumber: Day): number => (((dayNumber + 4) % 7) + 7) % 7;

// The registry's one calendar (weekends, public holidays, transferred days), memoised by day
// number: a generated population asks about the same few thousand days millions of times.
const workingDays = new Map<Day, boolean>();
const isWorking = (day: Day): boolean => {
  let working = workingDays.get(day);
  if (working === undefined) {
    working = isWorkingDay(isoDate(day));
    workingDays.set(day, working);
  }
  return working;
};

/** The day `count` working days after `from`, on the registry's calendar (shared/src/domain/calendar.ts). */
export const addWorkingDays = (from: Day, count: number): Day => {
  let day = from;
  let left = count;
  while (left > 0) {
    day += 1;
    if (isWorking(day)) left -= 1;
  }
  return day;
};

export const instantOf = (dayNumber: Day, minuteOfDay: number): Instant => dayNumber * MINUTES_PER_DAY + minuteOfDay;
export const dayOfInstant = (instant: Instant): Day => Math.floor(instant / MINUTES_PER_DAY);

/** ISO 8601 with Baku's offset, e.g. 2026-10-15T09:32:00+04:00 (Postgres and JS both parse it). */
export const isoInstant = (instant: Instant): string => {
  const dayNumber = Math.floor(instant / MINUTES_PER_DAY);
  const minute = instant - dayNumber * MINUTES_PER_DAY;
  return `${isoDate(dayNumber)}T${pad2(Math.floor(minute / 60))}:${pad2(minute % 60)}:00+04:00`;
};

/** The same day of the month `months` later (clamped to the month's length). */
export const addMonths = (dayNumber: Day, months: number): Day => {
  const { year, month, day } = civilFromDay(dayNumber);
  const index = year * 12 + month - 1 + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return dayFromCivil(y, m, Math.min(day, daysInMonth(y, m)));
};

import { FIXED_HOLIDAYS, HOLIDAY_YEARS, type NonWorkingDay } from './public-holidays.ts';

/**
 * "Today" for the registry is the calendar date in Baku (UTC+4, no DST), not the server's or UTC:
 * a membership that ends on 31 December must still count at 01:00 on that day in Baku.
 */
const bakuDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Baku', year: 'numeric', month: '2-digit', day: '2-digit' });

// The last answer, by whole second: every zone offset is a whole number of seconds, so the date
// cannot change within one (formatting through Intl cost ~1% of a subgraph's CPU per request).
let last: { second: number; date: string } | undefined;

export const registryToday = (now: Date = new Date()): string => {
  const second = Math.floor(now.getTime() / 1000);
  if (last?.second === second) return last.date;
  const parts = Object.fromEntries(bakuDate.formatToParts(now).map((part) => [part.type, part.value]));
  const date = `${parts['year']}-${parts['month']}-${parts['day']}`;
  last = { second, date };
  return date;
};

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

const parseDay = (isoDate: string, caller: string): Date => {
  const match = ISO_DAY.exec(isoDate);
  if (!match) throw new RangeError(`${caller}: expected a YYYY-MM-DD date`);
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (date.toISOString().slice(0, 10) !== isoDate) throw new RangeError(`${caller}: not a calendar date`);
  return date;
};

const isoOf = (date: Date): string => date.toISOString().slice(0, 10);

// The dated calendar, indexed once: the weekdays no one works and the weekend days made working.
const nonWorkingWeekdays = new Map<string, NonWorkingDay>(HOLIDAY_YEARS.flatMap((year) => year.nonWorkingWeekdays.map((entry) => [entry.date, entry] as const)));
const workingWeekendDays = new Set<string>(HOLIDAY_YEARS.flatMap((year) => year.workingWeekendDays.map((entry) => entry.date)));
const listedYears = new Set<number>(HOLIDAY_YEARS.map((year) => year.year));
const fixedHolidays = new Set<string>(FIXED_HOLIDAYS.map((holiday) => holiday.monthDay));

/** Whether the calendar lists the year day by day (from the Cabinet of Ministers' decisions). */
export const isCalendarYearListed = (year: number): boolean => listedYears.has(year);

const isWorkingDate = (date: Date): boolean => {
  const iso = isoOf(date);
  const weekday = date.getUTCDay();
  if (weekday === 0 || weekday === 6) return workingWeekendDays.has(iso);
  if (listedYears.has(date.getUTCFullYear())) return !nonWorkingWeekdays.has(iso);
  // A year not listed: the Labour Code's fixed holidays only (no moving feasts, no transfers).
  return !fixedHolidays.has(iso.slice(5));
};

/**
 * Whether `isoDate` (`YYYY-MM-DD`) is a working day in Azerbaijan: Monday to Friday except public
 * holidays, their moved rest days and transferred days, plus the weekend days a transfer made working.
 */
export const isWorkingDay = (isoDate: string): boolean => isWorkingDate(parseDay(isoDate, 'isWorkingDay'));

/**
 * The date `days` working days after `isoDate`, both `YYYY-MM-DD`: the day itself is not counted;
 * weekends, public holidays and transferred rest days are skipped (the dated calendar in
 * public-holidays.ts). Throws on a malformed date or a negative count (callers validate first).
 */
export const addWorkingDays = (isoDate: string, days: number): string => {
  if (!Number.isInteger(days) || days < 0) throw new RangeError('addWorkingDays: expected a whole number of days ≥ 0');
  const date = parseDay(isoDate, 'addWorkingDays');
  for (let left = days; left > 0; ) {
    date.setUTCDate(date.getUTCDate() + 1);
    if (isWorkingDate(date)) left -= 1;
  }
  return isoOf(date);
};

/**
 * How many working days lie after `from` up to and including `to` (0 when `to` is not after `from`,
 * negative when `to` is before it: the working days by which a deadline is past). The inverse of
 * addWorkingDays: `workingDaysBetween(d, addWorkingDays(d, n)) === n`.
 */
export const workingDaysBetween = (from: string, to: string): number => {
  const start = parseDay(from, 'workingDaysBetween');
  const end = parseDay(to, 'workingDaysBetween');
  const [low, high, sign] = start <= end ? [start, end, 1] : [end, start, -1];
  let count = 0;
  for (const date = new Date(low); date < high; ) {
    date.setUTCDate(date.getUTCDate() + 1);
    if (isWorkingDate(date)) count += 1;
  }
  return count === 0 ? 0 : sign * count;
};

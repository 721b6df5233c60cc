/** Calendar arithmetic on ISO dates (YYYY-MM-DD) and months (YYYY-MM), in UTC, no time of day. */
const parse = (date: string): Date => new Date(`${date}T00:00:00Z`);
const format = (date: Date): string => date.toISOString().slice(0, 10);

/** Whole years from `birthDate` to `on`. */
export const ageOn = (birthDate: string, on: string): number => {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
};

export const monthOf = (date: string): string => date.slice(0, 7);
export const firstOfMonth = (date: string): string => `${date.slice(0, 7)}-01`;

export const addDays = (date: string, days: number): string => {
  const d = parse(date);
  d.setUTCDate(d.getUTCDate() + days);
  return format(d);
};

/** Adds months to a month (YYYY-MM). */
export const addMonthsToMonth = (month: string, months: number): string => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
};

/** Adds years to a date; 29 February becomes 28 February in a common year. */
export const addYears = (date: string, years: number): string => {
  const y = Number(date.slice(0, 4)) + years;
  const md = date.slice(5);
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return `${y}-${md === '02-29' && !leap ? '02-28' : md}`;
};

export const lastDayOfMonth = (month: string): string => addDays(`${addMonthsToMonth(month, 1)}-01`, -1);

/** Every month from `from` to `to` (both YYYY-MM, inclusive). */
export const monthsBetween = (from: string, to: string): string[] => {
  const months: string[] = [];
  for (let m = from; m <= to; m = addMonthsToMonth(m, 1)) months.push(m);
  return months;
};

/** Whether a fact valid from..to (to null: still) is true on `on`. */
export const validOn = (fact: { validFrom: string; validTo: string | null }, on: string): boolean =>
  fact.validFrom <= on && (fact.validTo === null || fact.validTo >= on);

/**
 * "Today" for the registry is the calendar date in Baku (UTC+4, no DST), not the server's or UTC:
 * a membership that ends on 31 December must still count at 01:00 on that day in Baku.
 */
const bakuDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Baku', year: 'numeric', month: '2-digit', day: '2-digit' });

export const registryToday = (now: Date = new Date()): string => {
  const parts = Object.fromEntries(bakuDate.formatToParts(now).map((part) => [part.type, part.value]));
  return `${parts['year']}-${parts['month']}-${parts['day']}`;
};

const DAY_MS = 86_400_000;

/**
 * The date `days` working days after `date` (both `YYYY-MM-DD`): Monday to Friday count, Saturday
 * and Sunday do not. Public holidays are not modelled yet, so a deadline computed here is never
 * later than the legal one. `date` itself is not counted: 15 working days after a Friday is the
 * Friday three weeks later.
 */
export const addWorkingDays = (date: string, days: number): string => {
  if (!Number.isInteger(days) || days < 0) throw new RangeError('days must be a whole number, not negative');
  let at = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(at)) throw new RangeError('date must be YYYY-MM-DD');
  for (let left = days; left > 0; ) {
    at += DAY_MS;
    const weekday = new Date(at).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return new Date(at).toISOString().slice(0, 10);
};

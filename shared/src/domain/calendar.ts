/**
 * "Today" for the registry is the calendar date in Baku (UTC+4, no DST), not the server's or UTC:
 * a membership that ends on 31 December must still count at 01:00 on that day in Baku.
 */
const bakuDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Baku', year: 'numeric', month: '2-digit', day: '2-digit' });

export const registryToday = (now: Date = new Date()): string => {
  const parts = Object.fromEntries(bakuDate.formatToParts(now).map((part) => [part.type, part.value]));
  return `${parts['year']}-${parts['month']}-${parts['day']}`;
};

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The date `days` working days (Monday to Friday) after `isoDate`, both `YYYY-MM-DD`: the day
 * itself is not counted, a weekend is skipped. Public holidays are not modelled. Throws on a
 * malformed date or a negative count (callers validate their input first).
 */
export const addWorkingDays = (isoDate: string, days: number): string => {
  const match = ISO_DAY.exec(isoDate);
  if (!match || !Number.isInteger(days) || days < 0) throw new RangeError('addWorkingDays: expected a YYYY-MM-DD date and a whole number of days ≥ 0');
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (date.toISOString().slice(0, 10) !== isoDate) throw new RangeError('addWorkingDays: not a calendar date');
  for (let left = days; left > 0; ) {
    date.setUTCDate(date.getUTCDate() + 1);
    const weekday = date.getUTCDay();
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return date.toISOString().slice(0, 10);
};

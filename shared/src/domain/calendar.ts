/**
 * "Today" for the registry is the calendar date in Baku (UTC+4, no DST), not the server's or UTC:
 * a membership that ends on 31 December must still count at 01:00 on that day in Baku.
 */
const bakuDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Baku', year: 'numeric', month: '2-digit', day: '2-digit' });

export const registryToday = (now: Date = new Date()): string => {
  const parts = Object.fromEntries(bakuDate.formatToParts(now).map((part) => [part.type, part.value]));
  return `${parts['year']}-${parts['month']}-${parts['day']}`;
};

import { describe, expect, it } from 'vitest';
import { addWorkingDays, isCalendarYearListed, isWorkingDay, registryToday, workingDaysBetween } from './calendar.ts';
import { HOLIDAY_YEARS } from './public-holidays.ts';

const weekday = (iso: string): number => new Date(`${iso}T00:00:00Z`).getUTCDay();

describe('working days (Monday to Friday, without public holidays)', () => {
  it('counts 15 working days after the day of submission, skipping weekends', () => {
    expect(addWorkingDays('2026-12-03', 15)).toBe('2026-12-24'); // a Thursday
    expect(addWorkingDays('2026-12-04', 15)).toBe('2026-12-25'); // a Friday: the Friday three weeks later
    expect(addWorkingDays('2026-12-05', 15)).toBe('2026-12-25'); // a Saturday counts from Monday
    expect(addWorkingDays('2026-12-03', 0)).toBe('2026-12-03');
  });

  it('skips the New Year: 31 December, 1 January and the rest day moved from Saturday 2 January 2027', () => {
    expect(addWorkingDays('2026-12-30', 1)).toBe('2027-01-05');
    expect(addWorkingDays('2026-12-31', 1)).toBe('2027-01-05');
  });

  it('refuses what is not a date or a whole number of days', () => {
    expect(() => addWorkingDays('2026-13-45', 1)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-12-03', -1)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-12-03', 1.5)).toThrow(RangeError);
    expect(() => isWorkingDay('2026-02-30')).toThrow(RangeError);
  });

  it('takes the day in Baku, not UTC', () => {
    expect(registryToday(new Date('2026-12-31T21:00:00Z'))).toBe('2027-01-01');
  });

  it('workingDaysBetween is the inverse of addWorkingDays, negative once the date is past', () => {
    for (const [from, n] of [['2026-03-18', 3], ['2025-12-26', 6], ['2024-06-13', 5], ['2026-05-26', 2]] as const) {
      expect(workingDaysBetween(from, addWorkingDays(from, n))).toBe(n);
    }
    expect(workingDaysBetween('2026-12-07', '2026-12-04')).toBe(-1);
    expect(workingDaysBetween('2026-12-04', '2026-12-04')).toBe(0);
  });
});

// The published non-working days, as announced after each Cabinet of Ministers decision.
describe('Azerbaijan public holidays, against the published dates', () => {
  it('2026: Novruz and Ramazan together make 20 to 30 March non-working (modern.az, 2 December 2025)', () => {
    for (let d = 20; d <= 30; d += 1) expect(isWorkingDay(`2026-03-${d}`)).toBe(false);
    expect(isWorkingDay('2026-03-19')).toBe(true);
    expect(isWorkingDay('2026-03-31')).toBe(true);
    // A 15-working-day deadline from 18 March 2026 runs past the whole break.
    expect(addWorkingDays('2026-03-18', 2)).toBe('2026-03-31');
  });

  it('2026: Qurban 27-28 May coincides with Independence Day, so 29 May is a rest day too', () => {
    expect(['2026-05-27', '2026-05-28', '2026-05-29'].map(isWorkingDay)).toEqual([false, false, false]);
    expect(isWorkingDay('2026-06-01')).toBe(true);
    expect(isWorkingDay('2026-05-11')).toBe(false); // 9 May was a Saturday
    expect(isWorkingDay('2026-11-10')).toBe(false); // 8 November a Sunday, 9 November Flag Day
  });

  it('2025: Novruz 20-28 March with the days exchanged for 10 March and 1 April, Ramazan 31 March (turan.az, anspress.com)', () => {
    for (const date of ['2025-03-20', '2025-03-21', '2025-03-24', '2025-03-25', '2025-03-26', '2025-03-27', '2025-03-28', '2025-03-31']) {
      expect(isWorkingDay(date), date).toBe(false);
    }
    expect(isWorkingDay('2025-03-10')).toBe(true);
    expect(isWorkingDay('2025-04-01')).toBe(true);
    expect(isWorkingDay('2025-06-06')).toBe(false); // Qurban
    expect(isWorkingDay('2025-06-09')).toBe(false); // Qurban's Saturday moved to Monday
    expect(isWorkingDay('2025-06-21')).toBe(true); // a Saturday made working for 27 June
    expect(isWorkingDay('2025-06-27')).toBe(false);
  });

  it('2024/2025: seven rest days in a row from 30 December 2024, 28-29 December worked (news.az, 28 November 2024)', () => {
    for (const date of ['2024-12-30', '2024-12-31', '2025-01-01', '2025-01-02', '2025-01-03']) expect(isWorkingDay(date), date).toBe(false);
    expect(isWorkingDay('2024-12-28')).toBe(true);
    expect(isWorkingDay('2024-12-29')).toBe(true);
  });

  it('2024: Ramazan 10-11 April with 12 April exchanged for Saturday 6 April (abc.az, 26 February 2024)', () => {
    expect(['2024-04-10', '2024-04-11', '2024-04-12'].map(isWorkingDay)).toEqual([false, false, false]);
    expect(isWorkingDay('2024-04-06')).toBe(true);
    expect(isWorkingDay('2024-02-07')).toBe(false); // presidential election
  });

  it('lists only weekdays as non-working and only weekend days as working, each year with its sources', () => {
    for (const year of HOLIDAY_YEARS) {
      expect(isCalendarYearListed(year.year)).toBe(true);
      expect(year.sources.length).toBeGreaterThan(0);
      for (const entry of year.nonWorkingWeekdays) {
        expect(entry.date.startsWith(String(year.year)), entry.date).toBe(true);
        expect([1, 2, 3, 4, 5], entry.date).toContain(weekday(entry.date));
      }
      for (const entry of year.workingWeekendDays) expect([0, 6], entry.date).toContain(weekday(entry.date));
    }
  });

  it('a year not listed keeps the Labour Code fixed holidays', () => {
    expect(isCalendarYearListed(2030)).toBe(false);
    expect(isWorkingDay('2030-05-28')).toBe(false); // a Tuesday, Independence Day
    expect(isWorkingDay('2030-05-29')).toBe(true);
  });
});

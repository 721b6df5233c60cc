import { describe, expect, it } from 'vitest';
import { addWorkingDays, registryToday } from './calendar.ts';

describe('working days (Monday to Friday)', () => {
  it('counts 15 working days after the day of submission, skipping weekends', () => {
    expect(addWorkingDays('2026-12-03', 15)).toBe('2026-12-24'); // a Thursday
    expect(addWorkingDays('2026-12-04', 15)).toBe('2026-12-25'); // a Friday: the Friday three weeks later
    expect(addWorkingDays('2026-12-05', 15)).toBe('2026-12-25'); // a Saturday counts from Monday
    expect(addWorkingDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addWorkingDays('2026-12-03', 0)).toBe('2026-12-03');
  });

  it('refuses what is not a date or a whole number of days', () => {
    expect(() => addWorkingDays('2026-13-45', 1)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-12-03', -1)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-12-03', 1.5)).toThrow(RangeError);
  });

  it('takes the day in Baku, not UTC', () => {
    expect(registryToday(new Date('2026-12-31T21:00:00Z'))).toBe('2027-01-01');
  });
});

import { describe, expect, it } from 'vitest';
import { bakuDayStart, formatDate, formatDateTime, formatMoney, formatMonth, formatNumber } from './format.ts';

const NBSP = '\u00A0';

describe('our formatters (no runtime locale data)', () => {
  it('formats a day as 12.04.1990 in az and ru, 12 April 1990 in en', () => {
    expect(formatDate('1990-04-12', 'az')).toBe('12.04.1990');
    expect(formatDate('1990-04-12', 'ru')).toBe('12.04.1990');
    expect(formatDate('1990-04-12', 'en')).toBe('12 April 1990');
  });

  it('formats a month by name, from a month or a day', () => {
    expect(formatMonth('2026-09', 'az')).toBe('sentyabr 2026');
    expect(formatMonth('2026-09-05', 'ru')).toBe('сентябрь 2026');
    expect(formatMonth('2026-09', 'en')).toBe('September 2026');
  });

  it('formats an instant in Baku time (UTC+4)', () => {
    expect(formatDateTime('2026-12-31T21:30:00Z', 'az')).toBe('01.01.2027, 01:30');
    expect(formatDateTime(new Date('2026-04-12T10:05:00Z'), 'en')).toBe('12 April 2026, 14:05');
    // A timestamp's day is its Baku day too.
    expect(formatDate('2026-12-31T21:30:00Z', 'ru')).toBe('01.01.2027');
  });

  it('groups thousands and uses the decimal comma in az and ru', () => {
    expect(formatNumber(1234567, 'az')).toBe(`1${NBSP}234${NBSP}567`);
    expect(formatNumber('1234.5', 'ru')).toBe(`1${NBSP}234,5`);
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
    expect(formatNumber(999, 'ru')).toBe('999');
    expect(formatNumber(-12, 'en')).toBe('-12');
  });

  it('formats money with two decimals: 1 234,56 ₼ (az, ru), 1,234.56 AZN (en)', () => {
    expect(formatMoney('1234.56', 'az')).toBe(`1${NBSP}234,56${NBSP}₼`);
    expect(formatMoney(405.99, 'ru')).toBe(`405,99${NBSP}₼`);
    expect(formatMoney('400', 'en')).toBe('400.00 AZN');
    expect(formatMoney('0.005', 'en')).toBe('0.01 AZN');
    expect(formatMoney('-0.001', 'az')).toBe(`0,00${NBSP}₼`);
    expect(formatMoney('99.999', 'en')).toBe('100.00 AZN');
  });

  it('refuses what is not a date or a number', () => {
    expect(() => formatDate('soon', 'en')).toThrow(RangeError);
    expect(() => formatMoney('12,5', 'en')).toThrow(RangeError);
  });

  it('turns a Baku day into the instant it begins, for period filters', () => {
    expect(bakuDayStart('2027-01-01')).toBe('2026-12-31T20:00:00.000Z');
    // The day after, across a month's end: a period's exclusive end.
    expect(bakuDayStart('2026-02-28', 1)).toBe('2026-02-28T20:00:00.000Z');
    // An instant that is the day's start is on that Baku day.
    expect(formatDateTime(bakuDayStart('2026-06-15'), 'az')).toBe('15.06.2026, 00:00');
  });
});

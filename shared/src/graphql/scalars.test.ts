import { describe, expect, it } from 'vitest';
import { isIsoDate } from './scalars.ts';

/** The oracle: JavaScript's own calendar reads the date back exactly as written. */
const readsBack = (text: string): boolean => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
};

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

describe('isIsoDate', () => {
  it("agrees with JavaScript's calendar on every month and day, impossible ones included, of leap, common and century years", () => {
    for (const year of [0, 99, 100, 1600, 1900, 1999, 2000, 2023, 2024, 2100, 2400, 9999])
      for (let month = 0; month <= 13; month++)
        for (let day = 0; day <= 32; day++) {
          const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          expect(isIsoDate(text), text).toBe(readsBack(text));
        }
  });

  it('refuses anything but YYYY-MM-DD', () => {
    for (const text of ['2024-2-29', ' 2024-02-29', '2024-02-29 ', '2024-02-29\n', '2024/02/29', '20240229', '２０２４-02-29', '2024-02-2x', '+02024-02-29', ''])
      expect(isIsoDate(text), JSON.stringify(text)).toBe(false);
  });
});

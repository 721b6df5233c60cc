import { describe, expect, it } from 'vitest';
import { isUuid } from '../graphql/keys.ts';
import { uuidV7 } from './uuid-v7.ts';

describe('uuidV7', () => {
  it('is a version 7, RFC 9562 variant UUID whose first 48 bits are the time', () => {
    const id = uuidV7(Date.UTC(2026, 11, 3, 12, 0, 0));
    expect(isUuid(id)).toBe(true);
    expect(id[14]).toBe('7');
    expect(['8', '9', 'a', 'b']).toContain(id[19]);
    expect(Number.parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(Date.UTC(2026, 11, 3, 12, 0, 0));
  });

  it('orders ids of later milliseconds after earlier ones and never repeats', () => {
    const ids = Array.from({ length: 5000 }, (_, i) => uuidV7(1_800_000_000_000 + Math.floor(i / 10)));
    expect(new Set(ids).size).toBe(ids.length);
    const firstOfEach = ids.filter((_, i) => i % 10 === 0);
    expect([...firstOfEach].sort()).toEqual(firstOfEach);
  });
});

import { randomFillSync } from 'node:crypto';

/**
 * A UUID version 7 (RFC 9562): 48 bits of Unix time in milliseconds, then random bits. Ids made in
 * the same millisecond are not ordered among themselves, but ids of rows inserted over time land
 * at the right-hand end of a B-tree index instead of on a random page: bulk inserts touch few index
 * pages (what the fact feeds insert by the million). Not secret, not guessable either (74 random bits).
 */
const pool = Buffer.alloc(16 * 256);
let offset = pool.length;

export const uuidV7 = (now: number = Date.now()): string => {
  if (offset >= pool.length) {
    randomFillSync(pool);
    offset = 0;
  }
  const bytes = pool.subarray(offset, offset + 16);
  offset += 16;
  bytes.writeUIntBE(now, 0, 6);
  bytes[6] = 0x70 | ((bytes[6] ?? 0) & 0x0f);
  bytes[8] = 0x80 | ((bytes[8] ?? 0) & 0x3f);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};

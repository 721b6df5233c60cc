import { hashInts } from './random.ts';

/**
 * Deterministic UUIDs in the version-7 layout: a 48-bit "millisecond" field that grows by one per
 * row, then hashed bits. Time-ordered keys append at the right edge of each primary-key B-tree
 * instead of landing on random pages, which is what keeps a 10-million-row COPY fast; the hashed
 * bits depend only on (seed, table, sequence number), so a rerun yields the same ids.
 */
const hex = (value: number, width: number): string => value.toString(16).padStart(width, '0');

export class IdSequence {
  readonly #salt: number;
  readonly #baseMs: number;
  #next = 0;

  /** `baseMs`: the timestamp of the first id (the reference date's midnight, for instance). */
  constructor(seed: number, table: number, baseMs: number) {
    this.#salt = hashInts(seed, table, 0x1d5);
    this.#baseMs = baseMs;
  }

  next(): string {
    const sequence = this.#next++;
    const time = hex(this.#baseMs + sequence, 12);
    const r1 = hashInts(this.#salt, sequence, 1);
    const r2 = hashInts(this.#salt, sequence, 2);
    const r3 = hashInts(this.#salt, sequence, 3);
    return (
      `${time.slice(0, 8)}-${time.slice(8, 12)}-7${hex(r1 & 0xfff, 3)}-` +
      `${hex(0x8000 | ((r1 >>> 12) & 0x3fff), 4)}-${hex(r2 & 0xffff, 4)}${hex(r3, 8)}`
    );
  }

  get issued(): number {
    return this.#next;
  }
}

/**
 * Seeded randomness. Every household gets its own generator derived from (seed, household index),
 * so a household's content never depends on how many were generated before it or in what chunks:
 * same seed + same reference date ⇒ the same rows, byte for byte.
 */

/** Murmur3's 32-bit finaliser: a cheap bijective mixer with full avalanche. */
export const mix32 = (value: number): number => {
  let x = value | 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
};

const TWO_32 = 2 ** 32;

/** Hashes non-negative integers (each < 2^53) into one 32-bit value, order-sensitively. */
export const hashInts = (...values: readonly number[]): number => {
  let h = 0x9e3779b9;
  for (const value of values) {
    h = mix32(h ^ mix32(value >>> 0));
    h = mix32(h ^ mix32(Math.floor(value / TWO_32) + 0x632be5ab));
  }
  return h;
};

/** Hashes a string (e.g. a table name) into 32 bits. */
export const hashString = (text: string): number => {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return mix32(h);
};

/** sfc32 (Chris Doty-Humphrey's Small Fast Counting generator): 128-bit state, passes PractRand. */
export class Random {
  #a: number;
  #b: number;
  #c: number;
  #d: number;

  constructor(...seedParts: readonly number[]) {
    const h = hashInts(...seedParts);
    this.#a = mix32(h ^ 0xa341316c);
    this.#b = mix32(h ^ 0xc8013ea4);
    this.#c = mix32(h ^ 0xad90777d);
    this.#d = 1;
    for (let i = 0; i < 12; i++) this.uint32();
  }

  uint32(): number {
    const t = (((this.#a + this.#b) | 0) + this.#d) | 0;
    this.#d = (this.#d + 1) | 0;
    this.#a = this.#b ^ (this.#b >>> 9);
    this.#b = (this.#c + (this.#c << 3)) | 0;
    this.#c = (this.#c << 21) | (this.#c >>> 11);
    this.#c = (this.#c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  float(): number {
    return this.uint32() / TWO_32;
  }

  /** Uniform integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.float() * (max - min + 1));
  }

  /** Uniform real in [min, max). */
  between(min: number, max: number): number {
    return min + this.float() * (max - min);
  }

  chance(probability: number): boolean {
    return this.float() < probability;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.float() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  /** Standard normal by Box–Muller (one value per call keeps the stream simple to reason about). */
  normal(mean = 0, sd = 1): number {
    const u = 1 - this.float();
    const v = this.float();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** Log-normal with the given median; `sigma` is the sd of the underlying normal. */
  logNormal(median: number, sigma: number): number {
    return median * Math.exp(this.normal(0, sigma));
  }

  /** `count` decimal digits, e.g. for phone numbers and card numbers. */
  digits(count: number): string {
    let out = '';
    for (let i = 0; i < count; i++) out += String(this.int(0, 9));
    return out;
  }
}

/** A weighted discrete distribution, precomputed once, sampled by binary search. */
export class WeightedTable<T> {
  readonly items: readonly T[];
  readonly #cumulative: Float64Array;

  constructor(entries: readonly (readonly [T, number])[]) {
    if (entries.length === 0) throw new Error('a weighted table needs entries');
    this.items = entries.map(([item]) => item);
    this.#cumulative = new Float64Array(entries.length);
    let total = 0;
    entries.forEach(([, weight], i) => {
      if (!(weight >= 0)) throw new Error('weights must be non-negative');
      total += weight;
      this.#cumulative[i] = total;
    });
    if (total <= 0) throw new Error('a weighted table needs a positive total weight');
  }

  get total(): number {
    return this.#cumulative[this.#cumulative.length - 1] ?? 0;
  }

  sample(random: Random): T {
    return this.at(random.float() * this.total);
  }

  /** The item whose cumulative interval contains `position` (0 ≤ position < total). */
  at(position: number): T {
    let lo = 0;
    let hi = this.#cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.#cumulative[mid] ?? 0) > position) hi = mid;
      else lo = mid + 1;
    }
    const item = this.items[lo];
    if (item === undefined) throw new Error('weighted table out of range');
    return item;
  }

  /** Cumulative weight of the items before index `i`. */
  before(i: number): number {
    return i === 0 ? 0 : (this.#cumulative[i - 1] ?? 0);
  }
}

export const clamp = (value: number, min: number, max: number): number => Math.min(max, Math.max(min, value));

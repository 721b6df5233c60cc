import { PIN_ALPHABET } from '@usr/shared';
import { hashInts } from './random.ts';

/**
 * Unique PINs without remembering the ones already issued (memory stays flat at any N). The PIN
 * space (34^7 values) is cut into `capacity` equal windows; person number i gets a hashed value
 * inside window i, so PINs are unique by construction, spread over the whole space, and — the
 * point for a bulk load — increase with i. The generator numbers people so that at any moment
 * only a few windows are being filled, which turns every PIN-keyed index (persons' primary key,
 * facts by subject, memberships, payments…) into a few append points instead of random inserts.
 */

const BASE = PIN_ALPHABET.length; // 34
const PIN_LENGTH = 7;
export const PIN_SPACE = BASE ** PIN_LENGTH; // 52,523,350,144
/** A window must leave room to step around the reserved PINs it may contain. */
const MIN_WINDOW = 16;

export const encodePin = (value: number): string => {
  let rest = value;
  let out = '';
  for (let i = 0; i < PIN_LENGTH; i++) {
    out = PIN_ALPHABET.charAt(rest % BASE) + out;
    rest = Math.floor(rest / BASE);
  }
  return out;
};

export const decodePin = (pin: string): number => {
  let value = 0;
  for (const ch of pin) {
    const digit = PIN_ALPHABET.indexOf(ch);
    if (digit < 0) throw new Error('not a PIN character');
    value = value * BASE + digit;
  }
  return value;
};

export class PinIssuer {
  readonly #seed: number;
  readonly #window: number;
  readonly #capacity: number;
  readonly #reserved: ReadonlySet<number>;

  /** `capacity`: the number of person numbers that may be asked for (0 … capacity − 1). */
  constructor(seed: number, capacity: number, reservedPins: readonly string[]) {
    this.#seed = seed;
    this.#capacity = capacity;
    this.#window = Math.floor(PIN_SPACE / capacity);
    if (!(this.#window >= MIN_WINDOW)) throw new RangeError('too many persons for the PIN space');
    this.#reserved = new Set(reservedPins.map(decodePin));
  }

  /** The PIN of person number `index`; distinct indexes always give distinct PINs. */
  pinOf(index: number): string {
    if (!Number.isSafeInteger(index) || index < 0 || index >= this.#capacity) throw new RangeError('person index out of range');
    const start = index * this.#window;
    let offset = hashInts(this.#seed, index, 0x50494e) % this.#window;
    while (this.#reserved.has(start + offset)) offset = (offset + 1) % this.#window;
    return encodePin(start + offset);
  }
}

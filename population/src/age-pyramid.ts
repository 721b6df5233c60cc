import type { Random } from './random.ts';

/**
 * Azerbaijan's age structure in five-year bands, both sexes, percent of residents (rounded from the
 * State Statistics Committee's 2023–2024 estimates). The generator samples household anchors
 * (oldest child, elder head, single adults) from it; the test checks that the resulting population
 * stays close to it.
 */
export const AGE_PYRAMID: readonly (readonly [fromAge: number, percent: number])[] = [
  [0, 5.8], [5, 7.8], [10, 7.6], [15, 6.6], [20, 6.0], [25, 6.9], [30, 8.6], [35, 8.4], [40, 7.2],
  [45, 6.3], [50, 6.0], [55, 6.1], [60, 5.6], [65, 4.3], [70, 2.8], [75, 1.4], [80, 0.9], [85, 0.6],
];

export const MAX_AGE = 99;

/** Shares of each band of AGE_PYRAMID, summing to 1. */
export const pyramidShares = (): number[] => {
  const total = AGE_PYRAMID.reduce((sum, [, percent]) => sum + percent, 0);
  return AGE_PYRAMID.map(([, percent]) => percent / total);
};

/** The band index of an age in AGE_PYRAMID. */
export const pyramidBand = (age: number): number => Math.min(AGE_PYRAMID.length - 1, Math.floor(age / 5));

/** Single-year weights from the bands; the open 85+ band thins out geometrically towards 99. */
const singleYearWeights = (): Float64Array => {
  const weights = new Float64Array(MAX_AGE + 1);
  for (const [from, percent] of AGE_PYRAMID) {
    if (from < 85) {
      for (let age = from; age < from + 5; age++) weights[age] = percent / 5;
      continue;
    }
    const years = MAX_AGE - from + 1;
    const ratio = 0.82;
    const norm = (1 - ratio ** years) / (1 - ratio);
    for (let i = 0; i < years; i++) weights[from + i] = (percent * ratio ** i) / norm;
  }
  return weights;
};

export class AgeSampler {
  readonly #cumulative: Float64Array;

  constructor() {
    const weights = singleYearWeights();
    this.#cumulative = new Float64Array(weights.length + 1);
    for (let i = 0; i < weights.length; i++) this.#cumulative[i + 1] = (this.#cumulative[i] ?? 0) + (weights[i] ?? 0);
  }

  /** A fractional age in [minAge, maxAge + 1), distributed as the pyramid within that range. */
  sample(random: Random, minAge: number, maxAge: number): number {
    const lo = this.#cumulative[minAge] ?? 0;
    const hi = this.#cumulative[Math.min(maxAge, MAX_AGE) + 1] ?? lo;
    const position = lo + random.float() * (hi - lo);
    let a = minAge;
    let b = Math.min(maxAge, MAX_AGE);
    while (a < b) {
      const mid = (a + b) >>> 1;
      if ((this.#cumulative[mid + 1] ?? 0) > position) b = mid;
      else a = mid + 1;
    }
    return a + random.float();
  }
}

/**
 * Probability of dying within a year at a given age: Gompertz above childhood (≈1.4% at 65, 6%
 * at 80), with infant mortality in the first year. Gives a crude death rate near Azerbaijan's ~6‰.
 */
export const annualDeathProbability = (age: number): number => {
  if (age < 1) return 0.011;
  if (age < 15) return 0.0004;
  return Math.min(0.45, 0.00003 * Math.exp(0.095 * age));
};

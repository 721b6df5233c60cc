/**
 * The coverage rule of dated rule parameters (Catala's "exactly one applicable rule"): from the day
 * a parameter is first needed, every date has exactly one value. A value applies from its
 * `from` to its `until` (inclusive) or, with no `until`, to the day before the next value's date.
 * Used by the registry to refuse a draft that breaks it and by CI on the seeded catalogue.
 */
export interface DatedValue {
  /** YYYY-MM-DD, inclusive. */
  readonly from: string;
  /** YYYY-MM-DD, inclusive; null: until the next value. */
  readonly until: string | null;
}

export type CoverageProblemKind = 'GAP' | 'OVERLAP';

export interface CoverageProblem {
  readonly kind: CoverageProblemKind;
  readonly benefitCode: string;
  readonly name: string;
  readonly from: string;
  /** Null for a gap with no end (the last value ends). */
  readonly until: string | null;
}

const shift = (date: string, days: number): string => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/**
 * The gaps and overlaps of one parameter's values, from `requiredFrom` on (default: its first
 * value's date). No values at all is one gap from `requiredFrom` (when given).
 */
export const coverageProblems = (benefitCode: string, name: string, values: readonly DatedValue[], requiredFrom?: string): CoverageProblem[] => {
  const sorted = [...values].sort((a, b) => a.from.localeCompare(b.from));
  const problems: CoverageProblem[] = [];
  const first = sorted[0];
  if (!first) return requiredFrom ? [{ kind: 'GAP', benefitCode, name, from: requiredFrom, until: null }] : [];
  if (requiredFrom && first.from > requiredFrom) problems.push({ kind: 'GAP', benefitCode, name, from: requiredFrom, until: shift(first.from, -1) });
  sorted.forEach((value, i) => {
    const next = sorted[i + 1];
    if (!next) {
      if (value.until !== null) problems.push({ kind: 'GAP', benefitCode, name, from: shift(value.until, 1), until: null });
      return;
    }
    if (next.from === value.from) problems.push({ kind: 'OVERLAP', benefitCode, name, from: value.from, until: value.until !== null && next.until !== null ? (value.until < next.until ? value.until : next.until) : (value.until ?? next.until ?? shift(sorted[i + 2]?.from ?? '9999-12-31', -1)) });
    else if (value.until === null) return;
    else if (value.until >= next.from) problems.push({ kind: 'OVERLAP', benefitCode, name, from: next.from, until: value.until });
    else if (shift(value.until, 1) < next.from) problems.push({ kind: 'GAP', benefitCode, name, from: shift(value.until, 1), until: shift(next.from, -1) });
  });
  return problems;
};

import { coverageProblems, findBenefitType, type CoverageProblem } from '@usr/shared';
import type { ParameterVersion } from '../entities/parameter-version.ts';
import { versionKey } from './parameter-store.ts';

type Dated = Pick<ParameterVersion, 'benefitCode' | 'name' | 'effectiveFrom' | 'effectiveUntil'>;

/**
 * The coverage check over a set of versions in force: per parameter, every date from its first
 * value on has exactly one value (shared/src/domain/parameter-coverage.ts). A parameter is needed
 * from the earliest value the approved set gives it (the rules' start, which CI checks against the
 * rule versions: engine/test/parameter-coverage.test.ts).
 */
export const coverageOf = (versions: readonly Dated[], requiredFrom: ReadonlyMap<string, string> = new Map()): CoverageProblem[] => {
  const groups = new Map<string, Dated[]>();
  for (const v of versions) {
    const key = `${v.benefitCode}\u0000${v.name}`;
    groups.set(key, [...(groups.get(key) ?? []), v]);
  }
  return [...groups.values()].flatMap((group) => {
    const [{ benefitCode, name } = { benefitCode: '', name: '' }] = group;
    return coverageProblems(benefitCode, name, group.map((v) => ({ from: v.effectiveFrom, until: v.effectiveUntil ?? null })), requiredFrom.get(`${benefitCode}\u0000${name}`));
  });
};

/** Where each parameter's values start in the approved set. */
export const startsOf = (approved: readonly Dated[]): Map<string, string> => {
  const starts = new Map<string, string>();
  for (const v of approved) {
    const key = `${v.benefitCode}\u0000${v.name}`;
    const start = starts.get(key);
    if (start === undefined || v.effectiveFrom < start) starts.set(key, v.effectiveFrom);
  }
  return starts;
};

/**
 * The approved set with a draft applied: a drafted value dated like an approved one replaces it (a
 * correction); the others are added.
 */
export const withDraft = <T extends Dated>(approved: readonly T[], drafted: readonly T[]): T[] => {
  const replaced = new Set(drafted.map((v) => versionKey(v.benefitCode, v.name, v.effectiveFrom)));
  return [...approved.filter((v) => !replaced.has(versionKey(v.benefitCode, v.name, v.effectiveFrom))), ...drafted];
};

/** The problems a draft adds to the approved set (those already there are not the draft's doing). */
export const problemsAddedBy = (approved: readonly Dated[], drafted: readonly Dated[]): CoverageProblem[] => {
  const starts = startsOf(approved);
  const before = new Set(coverageOf(approved, starts).map((p) => JSON.stringify(p)));
  return coverageOf(withDraft(approved, drafted), starts).filter((p) => !before.has(JSON.stringify(p)));
};

/** Does the benefit's catalogue define the parameter (the rules read only those)? */
export const isKnownParameter = (benefitCode: string, name: string): boolean =>
  findBenefitType(benefitCode)?.parameters.some((p) => p.name === name) ?? false;

import { findBenefitType, parameterOn } from '@usr/shared';
import type { UsedParameter } from './types.ts';

/** A parameter value in force on a date, as a rule uses it and records it. */
export interface ParameterReading {
  readonly value: number;
  readonly used: UsedParameter;
}

/**
 * Reads a parameter of the benefit catalogue (shared/src/domain/benefit-catalogue.ts) in force on
 * `on`. A rule never holds a number of its own: a missing value is a configuration error.
 */
export const readParameter = (benefitCode: string, name: string, on: string): ParameterReading => {
  const reading = findParameter(benefitCode, name, on);
  if (!reading) throw new Error(`No value of ${benefitCode}.${name} is in force on ${on}.`);
  return reading;
};

/** Like `readParameter`, or undefined when the parameter had no value yet on `on`. */
export const findParameter = (benefitCode: string, name: string, on: string): ParameterReading | undefined => {
  const parameter = findBenefitType(benefitCode)?.parameters.find((p) => p.name === name);
  if (!parameter) throw new Error(`The catalogue has no parameter ${benefitCode}.${name}.`);
  const approved = parameterOn(parameter, on);
  const drafted = changes?.get(`${benefitCode}.${name}`)?.findLast((c) => c.effectiveFrom <= on);
  // A drafted value dated on or after the approved one in force wins (same date: it corrects it).
  const value = drafted && (!approved || drafted.effectiveFrom >= approved.from) ? { value: drafted.value, from: drafted.effectiveFrom } : approved;
  if (!value) return undefined;
  return { value: value.value, used: { name: `${benefitCode}.${name}`, value: String(value.value), effectiveFrom: value.from } };
};

/** A new dated value a draft would add, as the dry run decides with it. */
export interface ParameterChange {
  readonly benefitCode: string;
  readonly name: string;
  readonly value: number;
  readonly effectiveFrom: string;
}

/** The changes the rules read while `withParameterChanges` runs, by "BENEFIT.name", by date. */
let changes: ReadonlyMap<string, readonly ParameterChange[]> | undefined;

/**
 * Runs `decide` (synchronous: the rules are) as if `drafted` were approved: each read of a parameter
 * takes the drafted value when it is the latest dated on or before the day. A draft that passed the
 * coverage check ends an `effectiveUntil` where the next value starts, so the latest date decides.
 * The dry run decides every case twice, without and with the draft, through the same rule modules.
 */
export const withParameterChanges = <T>(drafted: readonly ParameterChange[], decide: () => T): T => {
  const byName = new Map<string, ParameterChange[]>();
  for (const change of [...drafted].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom))) {
    const key = `${change.benefitCode}.${change.name}`;
    byName.set(key, [...(byName.get(key) ?? []), change]);
  }
  const outer = changes;
  changes = byName;
  try {
    const result = decide();
    if (result instanceof Promise) throw new TypeError('withParameterChanges runs synchronous rules only.');
    return result;
  } finally {
    changes = outer;
  }
};

/**
 * Collects the parameters a rule used, each once, in the order first read. A parameter of the
 * decision's own benefit is recorded by its catalogue name ("needCriterion"), one of another
 * benefit qualified by that benefit's code ("OLD_AGE_PENSION.pensionAge").
 */
export class ParameterLog {
  readonly #used = new Map<string, UsedParameter>();
  readonly #own: string;

  constructor(ownBenefit: string) {
    this.#own = ownBenefit;
  }

  #record(benefitCode: string, used: UsedParameter): void {
    const name = benefitCode === this.#own ? used.name.slice(benefitCode.length + 1) : used.name;
    this.#used.set(name, { ...used, name });
  }

  read(benefitCode: string, name: string, on: string): number {
    const reading = readParameter(benefitCode, name, on);
    this.#record(benefitCode, reading.used);
    return reading.value;
  }

  find(benefitCode: string, name: string, on: string): number | undefined {
    const reading = findParameter(benefitCode, name, on);
    if (reading) this.#record(benefitCode, reading.used);
    return reading?.value;
  }

  list(): UsedParameter[] {
    return [...this.#used.values()];
  }
}

import { BENEFIT_TYPES, findBenefitType } from '@usr/shared';
import type { UsedParameter } from './types.ts';

/** A parameter value in force on a date, as a rule uses it and records it. */
export interface ParameterReading {
  readonly value: number;
  readonly used: UsedParameter;
}

/** One dated value: from the registry's approved parameter versions, or the catalogue before any snapshot. */
export interface DatedParameterValue {
  readonly benefitCode: string;
  readonly name: string;
  readonly value: number;
  /** YYYY-MM-DD, inclusive. */
  readonly effectiveFrom: string;
  /** YYYY-MM-DD, inclusive; null: until the next value. */
  readonly effectiveUntil: string | null;
  /** The registry's parameter version (benefits.parameter_version), recorded with each decision. */
  readonly versionId: string | null;
}

/**
 * The values rules read, by parameter, oldest first. At decision time the engine installs the
 * registry's approved snapshot (parameter-snapshot.ts, cached per etag); until then, and in pure
 * rule tests, the catalogue (shared/src/domain/benefit-catalogue.ts) is the table. Rules read it
 * synchronously, so a decision never waits on the network in the middle of a computation.
 */
class ParameterTable {
  readonly #values = new Map<string, DatedParameterValue[]>();
  readonly etag: string | null;

  constructor(values: readonly DatedParameterValue[], etag: string | null) {
    this.etag = etag;
    for (const value of values) {
      const key = `${value.benefitCode}.${value.name}`;
      this.#values.set(key, [...(this.#values.get(key) ?? []), value]);
    }
    for (const list of this.#values.values()) list.sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  }

  /** The value in force on `on`: the latest that started on or before it and has not ended. */
  on(benefitCode: string, name: string, on: string): DatedParameterValue | undefined {
    let current: DatedParameterValue | undefined;
    for (const value of this.#values.get(`${benefitCode}.${name}`) ?? []) if (value.effectiveFrom <= on) current = value;
    return current && (current.effectiveUntil === null || on <= current.effectiveUntil) ? current : undefined;
  }
}

const catalogueValues = (): DatedParameterValue[] =>
  BENEFIT_TYPES.flatMap((b) =>
    b.parameters.flatMap((p) => p.values.map((v) => ({ benefitCode: b.code, name: p.name, value: v.value, effectiveFrom: v.from, effectiveUntil: null, versionId: null }))),
  );

let table = new ParameterTable(catalogueValues(), null);

/** Installs the registry's approved values (a snapshot and its etag) for the decisions that follow. */
export const useParameterSnapshot = (values: readonly DatedParameterValue[], etag: string): void => {
  table = new ParameterTable(values, etag);
};

/** Back to the catalogue (tests). */
export const useCatalogueParameters = (): void => {
  table = new ParameterTable(catalogueValues(), null);
};

/** The etag of the snapshot in use, or null while the catalogue is. */
export const parameterSnapshotEtag = (): string | null => table.etag;

/**
 * Reads a parameter in force on `on`. A rule never holds a number of its own: a missing value is a
 * configuration error (the registry's coverage check makes it impossible for approved values).
 */
export const readParameter = (benefitCode: string, name: string, on: string): ParameterReading => {
  const reading = findParameter(benefitCode, name, on);
  if (!reading) throw new Error(`No value of ${benefitCode}.${name} is in force on ${on}.`);
  return reading;
};

/** Like `readParameter`, or undefined when the parameter had no value yet on `on`. */
export const findParameter = (benefitCode: string, name: string, on: string): ParameterReading | undefined => {
  // The catalogue defines which parameters exist (the rules read them by name); values come from the table.
  if (!findBenefitType(benefitCode)?.parameters.some((p) => p.name === name)) throw new Error(`The catalogue has no parameter ${benefitCode}.${name}.`);
  const approved = table.on(benefitCode, name, on);
  const drafted = changes?.get(`${benefitCode}.${name}`)?.findLast((c) => c.effectiveFrom <= on);
  // During a dry run, a drafted value dated on or after the approved one in force wins (same date: it corrects it).
  const value = drafted && (!approved || drafted.effectiveFrom >= approved.effectiveFrom) ? { value: drafted.value, effectiveFrom: drafted.effectiveFrom, versionId: null } : approved;
  if (!value) return undefined;
  return {
    value: value.value,
    used: { name: `${benefitCode}.${name}`, value: String(value.value), effectiveFrom: value.effectiveFrom, ...(value.versionId ? { versionId: value.versionId } : {}) },
  };
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

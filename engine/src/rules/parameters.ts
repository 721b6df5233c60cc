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
  const value = parameterOn(parameter, on);
  if (!value) return undefined;
  return { value: value.value, used: { name: `${benefitCode}.${name}`, value: String(value.value), effectiveFrom: value.from } };
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

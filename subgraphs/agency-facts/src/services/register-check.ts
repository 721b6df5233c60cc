import type { PopulationRegister } from '@usr/shared';
import type { NewFact } from './fact-submission-store.ts';

/**
 * The population-register rule of a submitted fact: its subject must be a registered person, except
 * for BIRTH (the subject is the newborn, whom the vital-event flow registers from this very fact),
 * and so must the people its value names (a birth's parents, a spouse). One look-up for all the
 * facts given (at most 1,000 PINs a call to the persons subgraph), so a `submitFacts` call or a feed
 * chunk costs one round trip. Messages name the field, never the PIN.
 */
export interface UnknownPin {
  readonly code: 'UNKNOWN_PIN';
  readonly message: string;
}

const VALUE_PIN_FIELDS = ['motherPin', 'fatherPin', 'spousePin'] as const;

/** The PINs a fact needs registered, each with the field it comes from. */
const pinsOf = (fact: NewFact): Array<[field: string, pin: string]> => {
  const pins: Array<[string, string]> = fact.kind === 'BIRTH' ? [] : [['subjectPin', fact.subjectPin]];
  const value = fact.value as Record<string, unknown>;
  if (fact.kind === 'BIRTH' || fact.kind === 'MARRIAGE' || fact.kind === 'DIVORCE')
    for (const field of VALUE_PIN_FIELDS) {
      const pin = value[field];
      if (typeof pin === 'string') pins.push([`value.${field}`, pin]);
    }
  return pins;
};

/** The facts (by id) that name an unregistered person, with the reason. Throws when the register cannot answer. */
export const findUnknownPins = async (register: PopulationRegister, facts: readonly NewFact[]): Promise<Map<string, UnknownPin>> => {
  const wanted = facts.map((fact) => [fact, pinsOf(fact)] as const);
  const registered = await register.registered(wanted.flatMap(([, pins]) => pins.map(([, pin]) => pin)));
  const unknown = new Map<string, UnknownPin>();
  for (const [fact, pins] of wanted) {
    const missing = pins.find(([, pin]) => !registered.has(pin));
    if (missing)
      unknown.set(fact.id, {
        code: 'UNKNOWN_PIN',
        message: missing[0] === 'subjectPin' ? 'The subject PIN is not in the population register.' : `${missing[0]} is not in the population register.`,
      });
  }
  return unknown;
};

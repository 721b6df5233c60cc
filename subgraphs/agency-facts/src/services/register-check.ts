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

/** Whether a fact's value names people who must be registered too (a birth's parents, a spouse). */
const namesPeople = (kind: NewFact['kind']): boolean => kind === 'BIRTH' || kind === 'MARRIAGE' || kind === 'DIVORCE';

/** The PINs a fact needs registered, each with the field it comes from (a fact whose value names people). */
const pinsOf = (fact: NewFact): Array<[field: string, pin: string]> => {
  const pins: Array<[string, string]> = fact.kind === 'BIRTH' ? [] : [['subjectPin', fact.subjectPin]];
  const value = fact.value as Record<string, unknown>;
  for (const field of VALUE_PIN_FIELDS) {
    const pin = value[field];
    if (typeof pin === 'string') pins.push([`value.${field}`, pin]);
  }
  return pins;
};

const SUBJECT_UNKNOWN: UnknownPin = { code: 'UNKNOWN_PIN', message: 'The subject PIN is not in the population register.' };

/**
 * The facts (by id) that name an unregistered person, with the reason. Throws when the register
 * cannot answer. Most facts (a feed's incomes) name only their subject: those cost no array of
 * their own, a thousand of them a chunk.
 */
export const findUnknownPins = async (register: PopulationRegister, facts: readonly NewFact[]): Promise<Map<string, UnknownPin>> => {
  const asked: string[] = [];
  for (const fact of facts) {
    if (!namesPeople(fact.kind)) asked.push(fact.subjectPin);
    else for (const [, pin] of pinsOf(fact)) asked.push(pin);
  }
  const registered = await register.registered(asked);
  const unknown = new Map<string, UnknownPin>();
  for (const fact of facts) {
    if (!namesPeople(fact.kind)) {
      if (!registered.has(fact.subjectPin)) unknown.set(fact.id, SUBJECT_UNKNOWN);
      continue;
    }
    const missing = pinsOf(fact).find(([, pin]) => !registered.has(pin));
    if (missing) unknown.set(fact.id, missing[0] === 'subjectPin' ? SUBJECT_UNKNOWN : { code: 'UNKNOWN_PIN', message: `${missing[0]} is not in the population register.` });
  }
  return unknown;
};

import { assertEngine, assertPin, assertUuid, badUserInput, isValidPin, MAX_REGISTER_LOOKUP, notFound } from '@usr/shared';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { GraphQLError } from 'graphql';
import type { PersonsContext } from '../context.ts';
import { PersonSchema, type Person } from '../entities/person.ts';
import { findPersonsByPins } from '../services/person-store.ts';
import { claimFact, findAppliedEvent, findRegisteredPins, insertNewborn, recordOutcome, setDeathDate } from './vital-event-store.ts';

export type BirthErrorCode = 'INCOMPLETE_BIRTH_RECORD' | 'UNKNOWN_MOTHER';

export interface RegisterBirthInput {
  readonly factId: string;
  readonly childPin: string;
  readonly birthDate: string;
  readonly sex?: 'FEMALE' | 'MALE' | null;
  readonly firstName?: string | null;
  readonly lastName?: string | null;
  readonly motherPin: string;
  readonly fatherPin?: string | null;
  readonly districtCode: string;
}

export interface BirthOutcome {
  readonly person: Person | null;
  readonly changed: boolean;
  readonly error: { readonly code: BirthErrorCode } | null;
}

const MAX_NAME = 100;

const optionalName = (value: string | null | undefined, field: string): string | undefined => {
  if (value === null || value === undefined) return undefined;
  const name = value.trim();
  if (name.length === 0 || name.length > MAX_NAME) throw badUserInput(field, `1 to ${MAX_NAME} characters, not blank`);
  return name;
};

/** The refusal of a look-up of more than MAX_REGISTER_LOOKUP PINs. */
export const tooManyPins = (): GraphQLError => badUserInput('pins', `at most ${MAX_REGISTER_LOOKUP} a call`);

/**
 * Whether each PIN is registered, in the order asked; malformed PINs are not. The GraphQL field's
 * and the register route's answer, and their one limit: more than MAX_REGISTER_LOOKUP PINs (one
 * chunk of a bulk feed) is BAD_USER_INPUT.
 */
export const registeredAmong = async (em: EntityManager, pins: readonly string[]): Promise<boolean[]> => {
  if (pins.length > MAX_REGISTER_LOOKUP) throw tooManyPins();
  const registered = await findRegisteredPins(em, pins.filter(isValidPin));
  return pins.map((pin) => registered.has(pin));
};

/** `personsExist`. */
export const personsExist = (ctx: PersonsContext, pins: readonly string[]): Promise<boolean[]> => registeredAmong(ctx.orm(), pins);

/** The row as committed (refreshed: the transaction may have loaded it before changing it). */
const personOf = (ctx: PersonsContext, pin: string): Promise<Person | null> => ctx.orm().findOne(PersonSchema, { pin }, { refresh: true });

/**
 * `registerBirth`: in ONE transaction, claims the fact id (a replay answers with the stored outcome
 * and changes nothing), then creates the child at the mother's address unless the PIN is already
 * registered. Expected refusals (no name or sex, unknown mother) are stored as the fact's outcome.
 */
export const registerBirth = async (ctx: PersonsContext, input: RegisterBirthInput): Promise<BirthOutcome> => {
  assertEngine(ctx.viewer, 'Only the decision engine may register births.');
  const factId = assertUuid(input.factId, 'input.factId');
  const childPin = assertPin(input.childPin, 'input.childPin');
  const motherPin = assertPin(input.motherPin, 'input.motherPin');
  const fatherPin = input.fatherPin ? assertPin(input.fatherPin, 'input.fatherPin') : undefined;
  const firstName = optionalName(input.firstName, 'input.firstName');
  const givenLastName = optionalName(input.lastName, 'input.lastName');

  const outcome = await ctx.orm().transactional(async (em): Promise<{ changed: boolean; errorCode: BirthErrorCode | null }> => {
    if (!(await claimFact(em, factId, 'BIRTH', childPin))) {
      const applied = await findAppliedEvent(em, factId);
      if (applied?.kind !== 'BIRTH' || applied.pin !== childPin) throw badUserInput('input.factId', 'this fact was applied to another event');
      return { changed: false, errorCode: applied.errorCode as BirthErrorCode | null };
    }
    const result = await createChild();
    await recordOutcome(em, factId, { changed: result.changed, errorCode: result.errorCode });
    return result;

    async function createChild(): Promise<{ changed: boolean; errorCode: BirthErrorCode | null }> {
      const parents = new Map((await findPersonsByPins(em, fatherPin ? [motherPin, fatherPin] : [motherPin])).map((p) => [p.pin, p]));
      const mother = parents.get(motherPin);
      if (!mother) return { changed: false, errorCode: 'UNKNOWN_MOTHER' };
      if ((await findRegisteredPins(em, [childPin])).has(childPin)) return { changed: false, errorCode: null };
      if (!firstName || !input.sex) return { changed: false, errorCode: 'INCOMPLETE_BIRTH_RECORD' };
      const lastName = givenLastName ?? (fatherPin ? parents.get(fatherPin)?.lastName : undefined) ?? mother.lastName;
      const created = await insertNewborn(em, { pin: childPin, firstName, lastName, birthDate: input.birthDate, sex: input.sex, addressOf: motherPin });
      return { changed: created, errorCode: null };
    }
  });
  return {
    person: outcome.errorCode === null ? await personOf(ctx, childPin) : null,
    changed: outcome.changed,
    error: outcome.errorCode === null ? null : { code: outcome.errorCode },
  };
};

export interface RegisterDeathInput {
  readonly factId: string;
  readonly pin: string;
  readonly deathDate: string;
}

/**
 * `registerDeath`: in ONE transaction, claims the fact id (a replay changes nothing) and sets the
 * death date. NOT_FOUND for an unregistered person, BAD_USER_INPUT for a date before birth; in both
 * cases nothing is stored, so the fact can be applied once the register is right.
 */
export const registerDeath = async (ctx: PersonsContext, input: RegisterDeathInput): Promise<{ person: Person; changed: boolean }> => {
  assertEngine(ctx.viewer, 'Only the decision engine may record deaths.');
  const factId = assertUuid(input.factId, 'input.factId');
  const pin = assertPin(input.pin, 'input.pin');
  const changed = await ctx.orm().transactional(async (em) => {
    const [person] = await findPersonsByPins(em, [pin]);
    if (!person) throw notFound('Person');
    if (input.deathDate < person.birthDate) throw badUserInput('input.deathDate', 'must not be before the date of birth');
    if (!(await claimFact(em, factId, 'DEATH', pin))) {
      const applied = await findAppliedEvent(em, factId);
      if (applied?.kind !== 'DEATH' || applied.pin !== pin) throw badUserInput('input.factId', 'this fact was applied to another event');
      return false;
    }
    const updated = await setDeathDate(em, pin, input.deathDate);
    await recordOutcome(em, factId, { changed: updated, errorCode: null });
    return updated;
  });
  const person = await personOf(ctx, pin);
  if (!person) throw notFound('Person');
  return { person, changed };
};

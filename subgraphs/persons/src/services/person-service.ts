import { assertMayReadPersonalData, assertEngine, assertPin, maskFor, badUserInput, forbidden, findDistrict, findRegion, notFound, parsePage, toPageResult, type PageArgs } from '@usr/shared';
import type { Person } from '../entities/person.ts';
import type { PersonsContext } from '../context.ts';
import { findPersonsBornBetween, searchPersons, type PersonSearchCriteria } from './person-store.ts';

/** What a citizen may read of a fellow household member; everything else is their own business. */
const BASIC_FIELDS = new Set(['pin', 'firstName', 'lastName', 'patronymic', 'birthDate', 'age', 'sex']);

/**
 * Returns the person or throws: FORBIDDEN when the record rules refuse the caller (checked before
 * the look-up, so a refusal says nothing about whether the PIN exists), NOT_FOUND when no such
 * person is registered. Messages never echo the PIN asked for.
 */
export const getPerson = async (ctx: PersonsContext, pin: string, fields: readonly string[]): Promise<Person> => {
  assertPin(pin);
  const scope = fields.every((f) => BASIC_FIELDS.has(f)) ? 'basic' : 'full';
  await ctx.access.assertPerson(pin, fields.map((f) => `Person.${f}`), scope);
  const person = await ctx.loaders.personByPin.load(pin);
  if (!person) throw notFound('Person');
  return person;
};

export const search = async (ctx: PersonsContext, requested: PersonSearchCriteria, pageArgs: PageArgs | null | undefined, fields: readonly string[]) => {
  // Before anything is looked up: a search without a purpose is refused, not answered empty (an
  // empty page with hasMore told that people matched, and logged nothing).
  assertMayReadPersonalData(ctx.viewer, ctx.purpose);
  const page = parsePage(pageArgs);
  const criteria = withinCallersRegion(ctx, requested);
  const given = Object.values(criteria).some((v) => v !== null && v !== undefined && v !== '');
  if (!given) throw badUserInput('filter', 'give at least one criterion');
  if (criteria.name !== undefined && criteria.name !== null && criteria.name.trim().length < 2)
    throw badUserInput('filter.name', 'give at least 2 characters');
  if (criteria.regionCode && !findRegion(criteria.regionCode)) throw badUserInput('filter.regionCode', 'unknown region');
  if (criteria.districtCode && !findDistrict(criteria.districtCode)) throw badUserInput('filter.districtCode', 'unknown district');
  if (criteria.bornFrom && criteria.bornTo && criteria.bornFrom > criteria.bornTo)
    throw badUserInput('filter.bornFrom', 'must not be after bornTo');
  const result = toPageResult(await searchPersons(ctx.orm(), criteria, page), page);
  // Every person listed is a read of their record: checked and logged like any other.
  const allowed = await ctx.access.filterPersons(result.items.map((p) => p.pin), fields.map((f) => `Person.${f}`));
  return { ...result, items: result.items.filter((p) => allowed.has(p.pin)) };
};

/** Caseworkers search only their own region: a filter for another region is refused, none is added. */
const withinCallersRegion = (ctx: PersonsContext, criteria: PersonSearchCriteria): PersonSearchCriteria => {
  const { viewer } = ctx;
  if (viewer.kind !== 'caseworker' && viewer.kind !== 'internal') return criteria;
  if (!viewer.region) throw forbidden('Your account has no region.');
  if (criteria.regionCode && criteria.regionCode !== viewer.region) throw forbidden('Caseworkers may search only their own region.');
  return { ...criteria, regionCode: viewer.region };
};

/** Contact details as the caller may read them (the policy module masks them for auditors). */
export const contactFor = (ctx: PersonsContext, datum: 'phone' | 'address', value: string | null | undefined): string | null =>
  value === null || value === undefined ? null : maskFor(ctx.viewer, datum, value);

/** Whole years between birth and `on` (today, or the death date). */
export const ageOn = (birthDate: string, on: string): number => {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
};

const MAX_BORN_PAGE = 5000;
const CURSOR = /^(\d{4}-\d{2}-\d{2})~([0-9A-Z]{7})$/;

/**
 * `personsBornBetween`: the engine's keyset walk over birth dates (the daily sweep). Engine only;
 * each person listed is checked and logged by the record rules like any other read.
 */
export const bornBetween = async (ctx: PersonsContext, args: { from: string; to: string; after?: string | null; limit?: number | null }, fields: readonly string[]) => {
  assertEngine(ctx.viewer, 'Only the decision engine may list people by birth date.');
  if (args.from > args.to) throw badUserInput('from', 'must not be after to');
  const limit = args.limit ?? 1000;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_BORN_PAGE) throw badUserInput('limit', `between 1 and ${MAX_BORN_PAGE}`);
  let after: { birthDate: string; pin: string } | null = null;
  if (args.after) {
    const match = CURSOR.exec(args.after);
    if (!match) throw badUserInput('after', 'not a cursor this query returned');
    after = { birthDate: match[1] ?? '', pin: match[2] ?? '' };
  }
  const rows = await findPersonsBornBetween(ctx.orm(), args.from, args.to, after, limit);
  const allowed = await ctx.access.filterPersons(rows.map((p) => p.pin), fields.map((f) => `Person.${f}`));
  const last = rows.at(-1);
  return { items: rows.filter((p) => allowed.has(p.pin)), nextAfter: rows.length === limit && last ? `${last.birthDate}~${last.pin}` : null };
};

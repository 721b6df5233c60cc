import {
  assertPin,
  badUserInput,
  findDistrict,
  findRegion,
  notFound,
  parsePage,
  toPageResult,
  type PageArgs,
} from '@usr/shared';
import type { Person } from '../entities/person.ts';
import type { PersonsContext } from '../context.ts';
import { searchPersons, type PersonSearchCriteria } from './person-store.ts';

/** Returns the person or throws NOT_FOUND; the message never echoes the PIN asked for. */
export const getPerson = async (ctx: PersonsContext, pin: string): Promise<Person> => {
  const person = await ctx.loaders.personByPin.load(assertPin(pin));
  if (!person) throw notFound('Person');
  return person;
};

export const search = async (ctx: PersonsContext, criteria: PersonSearchCriteria, pageArgs: PageArgs | null | undefined) => {
  const page = parsePage(pageArgs);
  const given = Object.values(criteria).some((v) => v !== null && v !== undefined && v !== '');
  if (!given) throw badUserInput('filter', 'give at least one criterion');
  if (criteria.name !== undefined && criteria.name !== null && criteria.name.trim().length < 2)
    throw badUserInput('filter.name', 'give at least 2 characters');
  if (criteria.regionCode && !findRegion(criteria.regionCode)) throw badUserInput('filter.regionCode', 'unknown region');
  if (criteria.districtCode && !findDistrict(criteria.districtCode)) throw badUserInput('filter.districtCode', 'unknown district');
  if (criteria.bornFrom && criteria.bornTo && criteria.bornFrom > criteria.bornTo)
    throw badUserInput('filter.bornFrom', 'must not be after bornTo');
  return toPageResult(await searchPersons(ctx.em, criteria, page), page);
};

/** Whole years between birth and `on` (today, or the death date). */
export const ageOn = (birthDate: string, on: string): number => {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
};

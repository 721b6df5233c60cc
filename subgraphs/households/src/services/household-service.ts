import { isValidPin, notFound } from '@usr/shared';
import { wrap } from '@mikro-orm/core';
import type { HouseholdsContext } from '../context.ts';
import type { Household } from '../entities/household.ts';
import type { Membership } from '../entities/membership.ts';
import { assertUuid, type PersonReference } from '@usr/shared';

/** Returns the household or throws (BAD_USER_INPUT for a malformed id, NOT_FOUND); never echoes the id. */
export const getHousehold = async (ctx: HouseholdsContext, id: string): Promise<Household> => {
  const household = await ctx.loaders.householdById.load(assertUuid(id));
  if (!household) throw notFound('Household');
  return household;
};

export const membersOn = (ctx: HouseholdsContext, household: Household, asOf: string | null | undefined): Promise<Membership[]> =>
  ctx.loaders.membersOn.for(asOf ?? ctx.today).load(household.id);

export const memberHistory = (ctx: HouseholdsContext, household: Household): Promise<Membership[]> => ctx.loaders.memberHistory.load(household.id);

/** The member related as HEAD today; shares the loader of `members` so asking for both costs nothing more. */
export const headOf = async (ctx: HouseholdsContext, household: Household): Promise<PersonReference | null> => {
  const head = (await membersOn(ctx, household, null)).find((m) => m.relation === 'HEAD');
  return head ? { pin: head.personPin } : null;
};

/** The membership's household: already loaded when the membership was fetched with it or after it. */
export const householdOf = (ctx: HouseholdsContext, membership: Membership): Household | Promise<Household> =>
  wrap(membership.household).isInitialized() ? membership.household : getHousehold(ctx, membership.household.id);

/** A reference with a malformed PIN simply has no household: nothing to look up, no SQL. */
export const currentHouseholdOf = async (ctx: HouseholdsContext, person: PersonReference): Promise<Household | null> => {
  if (!isValidPin(person.pin)) return null;
  const membership = await ctx.loaders.membershipOn.for(ctx.today).load(person.pin);
  return membership?.household ?? null;
};

export const membershipsOf = (ctx: HouseholdsContext, person: PersonReference): Promise<Membership[]> =>
  isValidPin(person.pin) ? ctx.loaders.membershipsByPin.load(person.pin) : Promise.resolve([]);

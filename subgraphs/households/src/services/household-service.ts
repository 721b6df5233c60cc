import { assertEngine, assertMayReadPersonalData, badUserInput, forbidden, isValidPin, notFound } from '@usr/shared';
import { wrap } from '@mikro-orm/core';
import type { HouseholdsContext } from '../context.ts';
import type { Household } from '../entities/household.ts';
import type { Membership } from '../entities/membership.ts';
import { assertUuid, type PersonReference } from '@usr/shared';
import { findHouseholdIdsPage } from './household-store.ts';
import { AGENCY_REFUSED, assertMayReadHousehold, HOUSEHOLD_REFUSED, seesEveryHousehold } from './household-access.ts';

/** Pins of the household's members today (the loader `members` uses: asking for both costs nothing more). */
const currentMemberPins = (ctx: HouseholdsContext) => async (household: Household): Promise<string[]> =>
  (await membersOn(ctx, household, null)).map((m) => m.personPin);

/**
 * Returns the household or throws: BAD_USER_INPUT for a malformed id; FORBIDDEN when the record
 * rules refuse the caller, and also for a missing household unless the caller may read every
 * household (so a refusal says nothing about existence); NOT_FOUND otherwise. Never echoes the id.
 * A granted read is recorded against each current member (`Household.<field>`).
 */
export const getHousehold = async (ctx: HouseholdsContext, id: string, fields: readonly string[]): Promise<Household> => {
  const key = assertUuid(id);
  assertMayReadPersonalData(ctx.viewer, ctx.purpose, AGENCY_REFUSED);
  const household = await ctx.loaders.householdById.load(key);
  if (!household) throw seesEveryHousehold(ctx) ? notFound('Household') : forbidden(HOUSEHOLD_REFUSED);
  const members = currentMemberPins(ctx);
  await assertMayReadHousehold(ctx, household, members);
  await ctx.access.filterPersons(await members(household), fields.map((f) => `Household.${f}`), 'basic');
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

/** An ORM entity may be a bare reference; the plain rows of the hot reads carry their household whole. */
const isLoaded = (household: Household): boolean => {
  const wrapped = wrap(household);
  return typeof wrapped.isInitialized === 'function' ? wrapped.isInitialized() : true;
};

/**
 * The membership's household, under the household rules: in a person's history, a citizen reads
 * only the household they live in today and a caseworker only those of their region. Already
 * loaded when the membership was fetched with it or after it.
 */
export const householdOf = async (ctx: HouseholdsContext, membership: Membership): Promise<Household> => {
  const household = isLoaded(membership.household) ? membership.household : await ctx.loaders.householdById.load(membership.household.id);
  if (!household) throw notFound('Household');
  await assertMayReadHousehold(ctx, household, currentMemberPins(ctx));
  return household;
};

/**
 * The person's household today. The person rule is checked first ('basic': a fellow member may see
 * the household they share), then the household rule on the row found. A reference with a
 * malformed PIN simply has no household: nothing to look up, no SQL.
 */
export const currentHouseholdOf = async (ctx: HouseholdsContext, person: PersonReference): Promise<Household | null> => {
  if (!isValidPin(person.pin)) return null;
  await ctx.access.assertPerson(person.pin, ['Person.household'], 'basic');
  const membership = await ctx.loaders.membershipOn.for(ctx.today).load(person.pin);
  if (!membership) return null;
  await assertMayReadHousehold(ctx, membership.household, currentMemberPins(ctx));
  return membership.household;
};

/** The person's whole membership history: their full record, so not for fellow household members. */
export const membershipsOf = async (ctx: HouseholdsContext, person: PersonReference): Promise<Membership[]> => {
  if (!isValidPin(person.pin)) return [];
  await ctx.access.assertPerson(person.pin, ['Person.memberships'], 'full');
  return ctx.loaders.membershipsByPin.load(person.pin);
};

// ---- rules-screens (issue #15 item 4) ----
const MAX_ID_PAGE = 5000;

/**
 * `householdIds`: the engine's walk over the population (a parameter dry run). The engine only
 * (policy: assertEngine); ids carry no personal data, so no access-log entry here: the engine's
 * read of each household is recorded as usual.
 */
export const householdIdsPage = async (
  ctx: HouseholdsContext,
  regionCode: string | null | undefined,
  page: { after?: string | null; limit?: number | null } | null | undefined,
): Promise<{ ids: string[]; hasMore: boolean }> => {
  assertEngine(ctx.viewer, 'Only the decision engine lists households.');
  const limit = page?.limit ?? 1000;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_ID_PAGE) throw badUserInput('page.limit', `must be between 1 and ${MAX_ID_PAGE}`);
  const after = page?.after === null || page?.after === undefined ? null : assertUuid(page.after, 'page.after');
  const rows = await findHouseholdIdsPage(ctx.orm(), regionCode ?? null, after, limit);
  return { ids: rows.slice(0, limit), hasMore: rows.length > limit };
};
// ---- end rules-screens ----

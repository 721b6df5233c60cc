import type { EntityManager } from '@mikro-orm/postgresql';
import { HouseholdSchema, type Household } from '../entities/household.ts';
import { MembershipSchema, type Membership } from '../entities/membership.ts';

/**
 * SQL access to households.household and households.membership; no rules here (see
 * household-service.ts). Every function takes a batch of keys: the loaders call each once per tick.
 * A membership covers `on` when valid_from <= on <= valid_to (valid_to null = still open).
 */
const coveringDate = (on: string) => ({ validFrom: { $lte: on }, $or: [{ validTo: null }, { validTo: { $gte: on } }] });

export const findHouseholdsByIds = (em: EntityManager, ids: readonly string[]): Promise<Household[]> =>
  em.find(HouseholdSchema, { id: { $in: [...ids] } });

export const findMembershipsOn = (em: EntityManager, householdIds: readonly string[], on: string): Promise<Membership[]> =>
  em.find(MembershipSchema, { household: { $in: [...householdIds] }, ...coveringDate(on) }, { orderBy: { validFrom: 'asc', personPin: 'asc' } });

export const findMembershipHistory = (em: EntityManager, householdIds: readonly string[]): Promise<Membership[]> =>
  em.find(MembershipSchema, { household: { $in: [...householdIds] } }, { orderBy: { validFrom: 'asc', id: 'asc' } });

/**
 * The memberships of these people covering `on`, each with its household joined in: one statement
 * answers `Person.household` for the whole batch. Oldest first, so that if bad data ever gave a
 * person two on one day, the loader (last row wins) keeps the latest.
 */
export const findPersonMembershipsOn = (em: EntityManager, pins: readonly string[], on: string): Promise<Membership[]> =>
  em.find(
    MembershipSchema,
    { personPin: { $in: [...pins] }, ...coveringDate(on) },
    { populate: ['household'], strategy: 'joined', orderBy: { validFrom: 'asc', id: 'asc' } },
  );

/** Every membership of these people, latest first, households joined in. */
export const findPersonMemberships = (em: EntityManager, pins: readonly string[]): Promise<Membership[]> =>
  em.find(MembershipSchema, { personPin: { $in: [...pins] } }, { populate: ['household'], strategy: 'joined', orderBy: { validFrom: 'desc', id: 'asc' } });

// ---- rules-screens (issue #15 item 4) ----
/** A keyset page of household ids in id order (limit + 1 rows: the extra one says more follow). */
export const findHouseholdIdsPage = async (em: EntityManager, regionCode: string | null, after: string | null, limit: number): Promise<string[]> => {
  const rows = await em.find(
    HouseholdSchema,
    { ...(regionCode === null ? {} : { regionCode }), ...(after === null ? {} : { id: { $gt: after } }) },
    { fields: ['id'], orderBy: { id: 'asc' }, limit: limit + 1 },
  );
  return rows.map((h) => h.id);
};
// ---- end rules-screens ----

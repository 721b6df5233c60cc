import type { EntityManager } from '@mikro-orm/postgresql';
import { rowMapper, selectAs, selectRows } from '@usr/shared';
import { HouseholdSchema, type Household } from '../entities/household.ts';
import { MembershipSchema, type Membership } from '../entities/membership.ts';

/**
 * SQL access to households.household and households.membership; no rules here (see
 * household-service.ts). Every function takes a batch of keys: the loaders call each once per tick.
 * A membership covers `on` when valid_from <= on <= valid_to (valid_to null = still open).
 */

export const findHouseholdsByIds = (em: EntityManager, ids: readonly string[]): Promise<Household[]> =>
  selectAs(em, HouseholdSchema, 'select * from households.household where id = any($1::uuid[])', [[...ids]]);

/**
 * Memberships with their household joined in (`h_` columns), as plain read-only rows (selectRows):
 * the hot reads of a full record. `where` uses m. and h. and the bind parameters given. The
 * household is a lateral subquery fenced by `offset 0` so that it is always one primary-key look-up
 * per membership: these reads run with generic plans (selectRows), and the generic plan of a plain
 * join, costed for ten keys, hashed every household (a scan of the whole table per read).
 */
const membershipsWithHousehold = async (em: EntityManager, where: string, orderBy: string, params: readonly unknown[]): Promise<Membership[]> => {
  const membership = rowMapper(em, MembershipSchema);
  const household = rowMapper(em, HouseholdSchema, 'h_');
  const rows = await selectRows(
    em,
    `select m.*, h.id as h_id, h.address_line as h_address_line, h.district_code as h_district_code, h.region_code as h_region_code, h.created_at as h_created_at
     from households.membership m cross join lateral (select h.* from households.household h where h.id = m.household_id offset 0) h
     where ${where} order by ${orderBy}`,
    params,
  );
  return rows.map((row) => ({ ...membership(row), household: household(row) }));
};

/** Covering `on` ($2): valid_from <= on <= valid_to (valid_to null = still open). */
const COVERING = 'm.valid_from <= $2::date and (m.valid_to is null or m.valid_to >= $2::date)';

export const findMembershipsOn = (em: EntityManager, householdIds: readonly string[], on: string): Promise<Membership[]> =>
  membershipsWithHousehold(em, `m.household_id = any($1::uuid[]) and ${COVERING}`, 'm.valid_from asc, m.person_pin asc', [[...householdIds], on]);

export const findMembershipHistory = (em: EntityManager, householdIds: readonly string[]): Promise<Membership[]> =>
  em.find(MembershipSchema, { household: { $in: [...householdIds] } }, { orderBy: { validFrom: 'asc', id: 'asc' } });

/**
 * The memberships covering `on` of every household these people are members of on `on` (theirs
 * included), each with its household joined in: one statement answers `Person.household` for the
 * whole batch and the household's members (its record rule, `Household.members`) with it. Oldest
 * first, then by person: each household's members in the order `findMembershipsOn` gives, and if bad
 * data ever gave a person two on one day, the loader (last row wins) keeps the latest.
 */
export const findHouseholdMembershipsOfPersonsOn = (em: EntityManager, pins: readonly string[], on: string): Promise<Membership[]> =>
  membershipsWithHousehold(
    em,
    `m.household_id in (select mine.household_id from households.membership mine
       where mine.person_pin = any($1) and mine.valid_from <= $2::date and (mine.valid_to is null or mine.valid_to >= $2::date)) and ${COVERING}`,
    'm.valid_from asc, m.person_pin asc, m.id asc',
    [[...pins], on],
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

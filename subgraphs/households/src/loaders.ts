import { LoaderFamily, manyByKey, oneByKey, type RequestEntityManager } from '@usr/shared';
import type { Household } from './entities/household.ts';
import type { Membership } from './entities/membership.ts';
import {
  findHouseholdsByIds,
  findMembershipHistory,
  findMembershipsOn,
  findPersonMemberships,
  findPersonMembershipsOn,
} from './services/household-store.ts';

/** Per-request batching: N households or people in one response cost one statement per loader. */
export const createHouseholdLoaders = (orm: RequestEntityManager) => ({
  householdById: oneByKey<string, Household>((ids) => findHouseholdsByIds(orm.reads(), ids), (h) => h.id),
  /** Keyed by date: every household asking for members on the same day is fetched together. */
  membersOn: new LoaderFamily((on: string) => manyByKey<string, Membership>((ids) => findMembershipsOn(orm.reads(), ids, on), (m) => m.household.id)),
  memberHistory: manyByKey<string, Membership>((ids) => findMembershipHistory(orm(), ids), (m) => m.household.id),
  membershipOn: new LoaderFamily((on: string) => oneByKey<string, Membership>((pins) => findPersonMembershipsOn(orm.reads(), pins, on), (m) => m.personPin)),
  membershipsByPin: manyByKey<string, Membership>((pins) => findPersonMemberships(orm(), pins), (m) => m.personPin),
});

export type HouseholdLoaders = ReturnType<typeof createHouseholdLoaders>;

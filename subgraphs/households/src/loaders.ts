import { LoaderFamily, manyByKey, oneByKey, type RequestEntityManager } from '@usr/shared';
import type { Household } from './entities/household.ts';
import type { Membership } from './entities/membership.ts';
import {
  findHouseholdsByIds,
  findMembershipHistory,
  findMembershipsOn,
  findHouseholdMembershipsOfPersonsOn,
  findPersonMemberships,
} from './services/household-store.ts';

/** Per-request batching: N households or people in one response cost one statement per loader. */
export const createHouseholdLoaders = (orm: RequestEntityManager) => {
  /** Keyed by date: every household asking for members on the same day is fetched together. */
  const membersOn = new LoaderFamily((on: string) => manyByKey<string, Membership>((ids) => findMembershipsOn(orm.reads(), ids, on), (m) => m.household.id));
  /**
   * A person's membership on a day is read with the other members of that household on that day,
   * which then need no statement of their own: the household's record rule and `Household.members`
   * ask for them next (a full record: one round trip instead of two).
   */
  const membershipOn = new LoaderFamily((on: string) =>
    oneByKey<string, Membership>(async (pins) => {
      const rows = await findHouseholdMembershipsOfPersonsOn(orm.reads(), pins, on);
      const members = new Map<string, Membership[]>();
      for (const row of rows) {
        const list = members.get(row.household.id);
        if (list) list.push(row);
        else members.set(row.household.id, [row]);
      }
      const loader = membersOn.for(on);
      for (const [householdId, list] of members) loader.prime(householdId, list);
      const wanted = new Set(pins);
      return rows.filter((row) => wanted.has(row.personPin));
    }, (m) => m.personPin),
  );
  return {
    householdById: oneByKey<string, Household>((ids) => findHouseholdsByIds(orm.reads(), ids), (h) => h.id),
    membersOn,
    memberHistory: manyByKey<string, Membership>((ids) => findMembershipHistory(orm(), ids), (m) => m.household.id),
    membershipOn,
    membershipsByPin: manyByKey<string, Membership>((pins) => findPersonMemberships(orm(), pins), (m) => m.personPin),
  };
};

export type HouseholdLoaders = ReturnType<typeof createHouseholdLoaders>;

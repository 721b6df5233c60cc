import { assertMayReadPersonalData, forbidden, readsEveryone, type PersonDirectory, type Viewer } from '@usr/shared';
import type { Household } from '../entities/household.ts';
import type { HouseholdLoaders } from '../loaders.ts';

/**
 * Record rules of the households subgraph. Person-rooted reads (`Person.household`,
 * `Person.memberships`) go through the shared RecordAccess with the look-ups below answered from
 * this subgraph's own rows; household-rooted reads (`Query.household`, `Household` references,
 * `Membership.household`) are decided here, on the household row:
 *
 * - a citizen: only the household they are a current member of;
 * - a caseworker (or internal app): households whose region is theirs;
 * - the decision engine, auditors and registry administrators: every household;
 * - agency feeds and anonymous callers: none.
 * Staff (caseworkers, internal apps, auditors, administrators) must declare a purpose of use.
 */

/** One message for "refused" and "no such household", so a refusal says nothing about existence. */
export const HOUSEHOLD_REFUSED = 'You may not read this household.';

export interface Caller {
  readonly viewer: Viewer;
  readonly purpose: string | undefined;
}

/** What an agency feed is told (the caller-level rule itself is the policy module's). */
export const AGENCY_REFUSED = 'Agency feeds may not read households.';

/** Whether the caller may read every household (and so may be told that one does not exist). */
export const seesEveryHousehold = ({ viewer }: Caller): boolean => readsEveryone(viewer);

/** Current members of a household, as the pins of today's memberships. */
export type CurrentMembers = (household: Household) => Promise<readonly string[]>;

/** The record part: may this caller read this household? (Caller-level rules included.) */
export const mayReadHousehold = async (caller: Caller, household: Household, currentMembers: CurrentMembers): Promise<boolean> => {
  assertMayReadPersonalData(caller.viewer, caller.purpose, AGENCY_REFUSED);
  const { viewer } = caller;
  switch (viewer.kind) {
    case 'citizen':
      return viewer.pin !== undefined && (await currentMembers(household)).includes(viewer.pin);
    case 'caseworker':
    case 'internal':
      return viewer.region !== undefined && viewer.region === household.regionCode;
    case 'engine':
    case 'auditor':
    case 'admin':
      return true;
    case 'agency':
    case 'bank':
    case 'appeals-officer':
    case 'rules-staff':
    case 'anonymous':
      return false;
  }
};

export const assertMayReadHousehold = async (caller: Caller, household: Household, currentMembers: CurrentMembers): Promise<void> => {
  if (!(await mayReadHousehold(caller, household, currentMembers))) throw forbidden(HOUSEHOLD_REFUSED);
};

/**
 * The directory look-ups record rules need, answered from this subgraph's rows (no HTTP): a
 * person's household is the one they are a member of today, and their region is that household's.
 * Someone with no household today falls back to `fallback` (the persons subgraph), which applies its
 * own rules to the caller.
 */
export const localDirectory = (loaders: HouseholdLoaders, today: string, fallback: PersonDirectory): PersonDirectory => ({
  async householdOf(pin) {
    const membership = await loaders.membershipOn.for(today).load(pin);
    if (!membership) return new Set<string>();
    const members = await loaders.membersOn.for(today).load(membership.household.id);
    return new Set(members.map((m) => m.personPin));
  },
  async regionOf(pin) {
    const membership = await loaders.membershipOn.for(today).load(pin);
    return membership ? membership.household.regionCode : fallback.regionOf(pin);
  },
});

import type { MonthIndex } from './calendar.ts';
import type { Assets } from './assets.ts';
import type { HouseholdPlan } from './demography.ts';
import type { Livelihood } from './livelihood.ts';
import type { PersonModel } from './persons.ts';
import type { Place } from './place.ts';

export interface MemberModel {
  readonly person: PersonModel;
  readonly livelihood: Livelihood;
}

/** Deliberate departures from the random course of things (the demo households need some). */
export interface Scenario {
  /** pin → month whose INCOME fact is corrected (the original is kept, superseded). */
  readonly correctIncome?: ReadonlyMap<string, MonthIndex>;
  /** People left for the decision engine to assign proactively: no benefit is generated for them. */
  readonly benefitsPending?: ReadonlySet<string>;
  /** Whether this household may have applied for TSA. */
  readonly tsa: 'random' | 'never';
}

/** Everything known about one household before its rows are written. */
export interface HouseholdModel {
  readonly id: string;
  readonly place: Place;
  readonly plan: HouseholdPlan;
  readonly members: readonly MemberModel[];
  readonly assets: Assets;
  readonly scenario: Scenario;
}

/** The head today: the member whose latest membership is an open HEAD one. */
export const currentHead = (household: HouseholdModel): MemberModel => {
  for (const member of household.members) {
    const last = member.person.memberships[member.person.memberships.length - 1];
    if (last && last.relation === 'HEAD' && last.to === null) return member;
  }
  throw new Error('a household without a current head');
};

export const memberAt = (household: HouseholdModel, slot: number | null): MemberModel | undefined =>
  slot === null ? undefined : household.members[slot];

import { collectHousehold, type CollectedHousehold } from '../collect/index.ts';
import type { EngineContext } from '../context.ts';
import { addDays, addMonthsToMonth, kinshipToDeceased, monthOf, type Survivor } from '../rules/index.ts';

type Member = CollectedHousehold['members'][number];

export interface HouseholdAtDeath {
  readonly household: CollectedHousehold;
  readonly deceased: Member;
  /** The members alive after the death, as the household holds them. */
  readonly alive: readonly Member[];
  /** The same members with their kinship to the deceased, as the survivor pension rule reads them. */
  readonly survivors: readonly Survivor[];
}

/**
 * The household as it stood the day before a death, with every survivor's kinship to the deceased.
 * The death flow and the survivor pension's re-decision read it the same way, so a re-decision
 * assesses a spouse or a student as the first decision did, not as a child.
 */
export const householdAtDeath = async (ctx: EngineContext, householdId: string, deceasedPin: string, deathDate: string): Promise<HouseholdAtDeath | undefined> => {
  const household = await collectHousehold(ctx.client, householdId, { asOf: addDays(deathDate, -1), knownAt: ctx.now(), validFrom: `${addMonthsToMonth(monthOf(deathDate), -13)}-01` });
  const deceased = household.members.find((m) => m.person.pin === deceasedPin);
  if (!deceased) return undefined;
  const alive = household.members.filter((m) => m.person.pin !== deceasedPin && m.person.deathDate === null);
  const survivors = alive.map((m) => ({ person: m.person, kinship: kinshipToDeceased(deceased.relation, m.relation), facts: m.facts }));
  return { household, deceased, alive, survivors };
};

import { describeAssets } from './assets.ts';
import { PIN_SLOTS_PER_HOUSEHOLD, type GenerationContext } from './context.ts';
import { planHousehold } from './demography.ts';
import type { HouseholdModel, MemberModel } from './household-model.ts';
import { writeHousehold } from './household-writer.ts';
import { describeLivelihood, INCOME_SERIES_MONTHS } from './livelihood.ts';
import { namePersons } from './persons.ts';
import { pickPlace } from './place.ts';
import { hashInts, Random } from './random.ts';

/**
 * Person number of member `slot` of household `index`: slot s is mapped to one of 16 ranges of
 * `persons` numbers (a per-household odd-multiplier permutation, so a family's PINs look unrelated)
 * and the household index is the position in that range. Households are written in index order,
 * so each range — and so each PIN-keyed index — is filled in increasing order.
 */
const personNumber = (ctx: GenerationContext, index: number, slot: number): number => {
  const h = hashInts(ctx.seed, index, 0x534c4f54);
  const range = (slot * ((h & 7) * 2 + 1) + (h >>> 3)) % PIN_SLOTS_PER_HOUSEHOLD;
  return range * ctx.persons + index;
};

/** Describes household number `index` from its own seeded generator (independent of all others). */
export const describeHousehold = (ctx: GenerationContext, random: Random, index: number, maxMembers: number): HouseholdModel => {
  const plan = planHousehold(random, ctx.today, maxMembers);
  const place = pickPlace(random);
  const pins = plan.members.map((m) => ctx.pins.pinOf(personNumber(ctx, index, m.slot)));
  const persons = namePersons(random, plan, pins, place, ctx.today);
  const members: MemberModel[] = persons.map((person) => ({
    person,
    livelihood: describeLivelihood({ random, person, place, today: ctx.today, currentMonth: ctx.currentMonth }),
  }));
  const recentIncome = members.reduce((sum, m) => sum + (m.livelihood.monthlyIncome[INCOME_SERIES_MONTHS - 1] ?? 0), 0);
  const head = members[0];
  if (!head) throw new Error('a household needs members');
  const assets = describeAssets({
    random,
    place,
    formedDay: plan.formedDay,
    ownerBirthDay: head.person.birthDay,
    today: ctx.today,
    monthlyIncome: recentIncome,
    hasSpouse: head.person.spouseSlot !== null,
  });
  return { id: ctx.id('households'), place, plan, members, assets, scenario: { tsa: 'random' } };
};

/** Generates and writes household number `index`; returns its number of persons. */
export const generateHousehold = (ctx: GenerationContext, index: number, maxMembers: number): number => {
  const random = new Random(ctx.seed, index, 0x48484c44);
  const household = describeHousehold(ctx, random, index, maxMembers);
  writeHousehold(ctx, random, household);
  return household.members.length;
};

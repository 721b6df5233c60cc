import { instantOf, isoDate, isoInstant } from './calendar.ts';
import type { GenerationContext } from './context.ts';
import { incomeWindowStart, planTsaApplication, writeHouseholdBenefits } from './benefits.ts';
import { writeHouseholdFacts } from './facts.ts';
import type { HouseholdModel } from './household-model.ts';
import { personRow } from './persons.ts';
import type { Random } from './random.ts';

/**
 * Writes one fully described household to every table, in an order where each row's references
 * already exist in the stream: persons, household, memberships, facts, then benefits.
 */
export const writeHousehold = (ctx: GenerationContext, random: Random, household: HouseholdModel): void => {
  const { place } = household;
  for (const { person } of household.members) ctx.emit('persons', personRow(random, person, place, ctx.launchDay, ctx.today));
  const createdDay = Math.min(ctx.today - 1, Math.max(household.plan.formedDay, ctx.launchDay + random.int(0, 30)));
  ctx.emit('households', {
    id: household.id,
    addressLine: place.addressLine,
    districtCode: place.districtCode,
    regionCode: place.regionCode,
    createdAt: isoInstant(instantOf(createdDay, random.int(9 * 60, 18 * 60))),
  });
  for (const { person } of household.members) {
    for (const span of person.memberships) {
      ctx.emit('memberships', {
        id: ctx.id('memberships'),
        householdId: household.id,
        personPin: person.pin,
        relation: span.relation,
        validFrom: isoDate(span.from),
        validTo: span.to === null ? null : isoDate(span.to),
      });
    }
  }
  const tsa = planTsaApplication(ctx, random, household);
  const facts = writeHouseholdFacts(ctx, random, household, incomeWindowStart(ctx, tsa));
  writeHouseholdBenefits(ctx, random, household, facts, tsa);
};

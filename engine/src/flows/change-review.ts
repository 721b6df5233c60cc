import type { ChangeReviewClosedJob } from '@usr/shared';
import { collectPerson } from '../collect/person.ts';
import { toRuleFact } from '../collect/facts.ts';
import type { EngineContext } from '../context.ts';
import { found, GatewayError } from '../gateway-client.ts';
import { graphql } from '../generated/gql.ts';
import type { EngineReviewsQuery } from '../generated/graphql.ts';
import type { RuleFact, RuleMember } from '../rules/index.ts';
import { agencyFactsOnly, withMembershipChanges } from '../rules/self-declared.ts';
import { notify } from './record-outcome.ts';

/**
 * Review items (issue 13, item 2): a self-declared change that would RAISE an amount is not applied;
 * the engine opens a review (benefits `openChangeReview`), the citizen is told at each step. An
 * officer's ACCEPTED review makes its declared facts count as confirmed in every later assessment.
 */
export type EngineReview = EngineReviewsQuery['changeReviewsOfHousehold'][number];

const REVIEWS = graphql(`
  query EngineReviews($id: ID!) { changeReviewsOfHousehold(householdId: $id) { id status decisionId factIds householdId benefitCode subject { pin } } }
`);
const HOUSEHOLD_CHANGES = graphql(`
  query EngineHouseholdChanges($pin: String!, $knownAt: DateTime) {
    person(pin: $pin) { facts(filter: { kinds: [HOUSEHOLD_CHANGE] }, knownAt: $knownAt, page: { limit: 100 }) { items { ...EngineRuleFact } } }
  }
`);
const OPEN_REVIEW = graphql(`
  mutation EngineOpenReview($input: OpenChangeReviewInput!) { openChangeReview(input: $input) { changed review { id } } }
`);
const CONFIRM_REVIEW = graphql(`
  mutation EngineConfirmReview($id: ID!) { confirmChangeReview(reviewId: $id) { changed } }
`);
/** At most this many declared facts are named on one review (a year of monthly incomes for a few members). */
const MAX_REVIEW_FACTS = 50;

export const reviewsOfHousehold = async (ctx: EngineContext, householdId: string): Promise<EngineReview[]> =>
  (await ctx.client.request(REVIEWS, { id: householdId })).changeReviewsOfHousehold;

/** The household's HOUSEHOLD_CHANGE facts (declared by its members), and the people they bring in, with their facts. */
const membershipChanges = async (ctx: EngineContext, members: readonly RuleMember[], options: { knownAt: string; validFrom: string }): Promise<{ changes: RuleFact[]; joiners: RuleMember[] }> => {
  const changes: RuleFact[] = [];
  for (const member of members) {
    const person = found((await ctx.client.request(HOUSEHOLD_CHANGES, { pin: member.person.pin, knownAt: options.knownAt })).person, 'The person');
    changes.push(...person.facts.items.map(toRuleFact));
  }
  const present = new Set(members.map((m) => m.person.pin));
  const arriving = [...new Set(changes.flatMap((c) => (c.value['householdChange'] !== 'LEFT' && typeof c.value['memberPin'] === 'string' && !present.has(c.value['memberPin']) ? [c.value['memberPin']] : [])))];
  const joiners: RuleMember[] = [];
  for (const pin of arriving) {
    // A PIN the registry does not know counts for no one (the civil registry's fact will name them).
    const person = await collectPerson(ctx.client, pin, options).catch((error: unknown) => {
      if (error instanceof GatewayError && (error.code === 'NOT_FOUND' || error.code === 'FORBIDDEN')) return null;
      throw error;
    });
    if (!person) continue;
    const born = changes.some((c) => c.value['memberPin'] === pin && c.value['householdChange'] === 'BORN');
    joiners.push({ person, relation: born ? 'CHILD' : 'OTHER', facts: person.facts });
  }
  return { changes, joiners };
};

/**
 * The household twice: as its members declare it (every fact, every declared join or leave) and as
 * agencies have it (agency facts and what accepted reviews confirmed). `declaredIds` are the
 * declarations not yet confirmed, which a review would name.
 */
export const householdsToAssess = async (
  ctx: EngineContext,
  householdId: string,
  members: readonly RuleMember[],
  on: string,
  options: { knownAt: string; validFrom: string },
): Promise<{ declared: RuleMember[]; agency: RuleMember[]; lowering: RuleMember[]; declaredIds: string[]; reviews: EngineReview[] }> => {
  const reviews = await reviewsOfHousehold(ctx, householdId);
  const counted = new Set(reviews.filter((r) => r.status === 'ACCEPTED').flatMap((r) => r.factIds));
  const { changes, joiners } = await membershipChanges(ctx, members, options);
  const declared = withMembershipChanges(members, changes, joiners, on);
  const confirmed = changes.filter((c) => !c.selfDeclared || counted.has(c.id));
  const agencyJoiners = joiners.map((j) => ({ ...j, facts: agencyFactsOnly([j], counted)[0]?.facts ?? [] }));
  const agency = withMembershipChanges(agencyFactsOnly(members, counted), confirmed, agencyJoiners, on);
  const leaves = changes.filter((c) => c.value['householdChange'] === 'LEFT');
  // Every fact (a declared fact may lower), but of the joins only the confirmed ones: a leave lowers at once.
  const lowering = withMembershipChanges(members, [...confirmed, ...leaves], joiners, on);
  const declaredIds = [...changes, ...members.flatMap((m) => m.facts)].filter((f) => f.selfDeclared && !counted.has(f.id)).map((f) => f.id);
  return { declared, agency, lowering, declaredIds, reviews };
};

/** Opens (once per decision in force) the review of a declaration that would raise the amount, and tells the citizen. */
export const openReview = async (
  ctx: EngineContext,
  input: { decisionId: string; subjectPin: string; householdId: string; regionCode: string; factIds: readonly string[]; currentAmount: string; declaredAmount: string },
): Promise<string> => {
  const { openChangeReview } = await ctx.client.request(OPEN_REVIEW, {
    input: { ...input, factIds: input.factIds.slice(0, MAX_REVIEW_FACTS), idempotencyKey: `TSA:review:${input.decisionId}` },
  });
  await notify(ctx, `CHANGE_REVIEW:${openChangeReview.review.id}:OPEN`, input.subjectPin, 'CHANGE_REVIEW_OPENED', { benefitCode: 'TSA' });
  return openChangeReview.review.id;
};

/** An agency fact raised the amount of `decisionId`: its OPEN reviews are CONFIRMED, each citizen told. */
export const confirmReviews = async (ctx: EngineContext, reviews: readonly EngineReview[], decisionId: string): Promise<void> => {
  for (const review of reviews.filter((r) => r.status === 'OPEN' && r.decisionId === decisionId)) {
    await ctx.client.request(CONFIRM_REVIEW, { id: review.id });
    await notify(ctx, `CHANGE_REVIEW:${review.id}:CONFIRMED`, review.subject.pin, 'CHANGE_REVIEW_CONFIRMED', { benefitCode: review.benefitCode });
  }
};

/**
 * change-reviews.closed: an officer accepted or rejected a review. The citizen is told (keyed, so a
 * retry sends once); for ACCEPTED the household is re-assessed, the declarations now counting.
 */
export const onChangeReviewClosed = async (ctx: EngineContext, job: ChangeReviewClosedJob, reassess: (subjectPin: string, factId: string) => Promise<unknown>): Promise<void> => {
  if (job.status === 'ACCEPTED') await reassess(job.subjectPin, `review:${job.reviewId}`);
  await notify(ctx, `CHANGE_REVIEW:${job.reviewId}:${job.status}`, job.subjectPin, job.status === 'ACCEPTED' ? 'CHANGE_REVIEW_ACCEPTED' : 'CHANGE_REVIEW_REJECTED', { benefitCode: 'TSA' });
};

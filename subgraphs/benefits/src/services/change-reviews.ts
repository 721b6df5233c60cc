import { randomUUID } from 'node:crypto';
import {
  addWorkingDays,
  assertUuid,
  badUserInput,
  changeReviewCloseScope,
  changeReviewReadScope,
  enqueueJobs,
  forbidden,
  inChangeReviewScope,
  notFound,
  QUEUES,
  REFUSED_CHANGE_REVIEW,
  registryToday,
} from '@usr/shared';
import type { BenefitsContext } from '../context.ts';
import { ChangeReviewSchema, type ChangeReview, type ChangeReviewStatus } from '../entities/change-review.ts';
import { recourseParameter } from './appeal-writes.ts';
import { assertEngine } from './write-access.ts';

/**
 * Review items (issue 13, item 2): a self-declared change that would RAISE an amount is never
 * applied on the citizen's word. The engine opens one per decision in force (idempotent by its
 * key); an agency fact that confirms it closes it CONFIRMED (the engine, with the re-decision); a
 * caseworker of the household's region or an appeals officer closes it ACCEPTED or REJECTED with
 * a reason, and a `change-reviews.closed` job in the same transaction has the engine tell the
 * citizen (and, for ACCEPTED, re-assess counting the declaration).
 */
export interface ChangeReviewResult {
  readonly review: ChangeReview;
  readonly changed: boolean;
}

export interface OpenChangeReviewInput {
  readonly idempotencyKey: string;
  readonly decisionId: string;
  readonly subjectPin: string;
  readonly householdId?: string | null;
  readonly regionCode: string;
  readonly factIds: readonly string[];
  readonly currentAmount: string;
  readonly declaredAmount: string;
}

const MAX_REASON = 1000;
const MAX_KEY = 100;
const MAX_FACTS = 50;
const MAX_LIMIT = 100;

const byKey = (ctx: BenefitsContext, key: string) => ctx.orm().fork().findOne(ChangeReviewSchema, { idempotencyKey: key });
const byId = (ctx: BenefitsContext, id: string) => ctx.orm().fork().findOne(ChangeReviewSchema, { id });

/** `openChangeReview` (engine only): the deadline is the benefit's review period in working days (the holiday calendar). */
export const openChangeReview = async (ctx: BenefitsContext, input: OpenChangeReviewInput): Promise<ChangeReviewResult> => {
  assertEngine(ctx.viewer);
  const key = input.idempotencyKey.trim();
  if (key.length === 0 || key.length > MAX_KEY) throw badUserInput('input.idempotencyKey', `must be 1 to ${MAX_KEY} characters and not blank`);
  const replay = await byKey(ctx, key);
  if (replay) return { review: replay, changed: false };
  const decisionId = assertUuid(input.decisionId, 'input.decisionId');
  const factIds = [...new Set(input.factIds.map((id, i) => assertUuid(id, `input.factIds.${i}`)))];
  if (factIds.length === 0 || factIds.length > MAX_FACTS) throw badUserInput('input.factIds', `1 to ${MAX_FACTS} fact ids`);
  const decision = await ctx.loaders.decisionById.load(decisionId);
  if (!decision) throw badUserInput('input.decisionId', 'no such decision');
  const today = registryToday();
  const em = ctx.orm().fork();
  const review = em.create(ChangeReviewSchema, {
    id: randomUUID(),
    idempotencyKey: key,
    benefitCode: decision.benefitCode,
    subjectPin: input.subjectPin,
    householdId: input.householdId ?? null,
    regionCode: input.regionCode,
    decisionId,
    factIds,
    currentAmount: input.currentAmount,
    declaredAmount: input.declaredAmount,
    deadline: addWorkingDays(today, recourseParameter(decision.benefitCode, 'reviewWorkingDays', today)),
    status: 'OPEN',
    openedAt: new Date(),
    closedAt: null,
    closedBy: null,
    reason: null,
  });
  try {
    await em.flush();
    return { review, changed: true };
  } catch (error) {
    // A concurrent job of the same report stored it first (the unique key): answer that one.
    const raced = await byKey(ctx, key);
    if (raced) return { review: raced, changed: false };
    throw error;
  }
};

/** One guarded move OPEN → `to`, with its job for an officer's close, in one transaction; a replay answers changed: false. */
const close = async (ctx: BenefitsContext, review: ChangeReview, to: Exclude<ChangeReviewStatus, 'OPEN'>, closedBy: string | null, reason: string | null): Promise<ChangeReviewResult> => {
  const moved = await ctx.orm().fork().transactional(async (tx) => {
    const count = await tx.nativeUpdate(ChangeReviewSchema, { id: review.id, status: 'OPEN' }, { status: to, closedAt: new Date(), closedBy, reason });
    if (count === 0) return false;
    if (to !== 'CONFIRMED') await enqueueJobs(tx, QUEUES.changeReviewsClosed, [{ id: review.id, data: { reviewId: review.id, subjectPin: review.subjectPin, status: to } }]);
    return true;
  });
  const now = (await byId(ctx, review.id)) ?? review;
  if (!moved && now.status !== to) throw badUserInput('input.reviewId', `already closed (${now.status})`);
  return { review: now, changed: moved };
};

/** `confirmChangeReview` (engine only): an agency fact confirmed the declaration; the re-decision applied the raise. */
export const confirmChangeReview = async (ctx: BenefitsContext, reviewId: string): Promise<ChangeReviewResult> => {
  assertEngine(ctx.viewer);
  const review = await byId(ctx, assertUuid(reviewId, 'reviewId'));
  if (!review) throw notFound('The review item');
  return close(ctx, review, 'CONFIRMED', null, null);
};

/** `closeChangeReview`: a caseworker of the household's region or an appeals officer accepts or rejects it, with a reason. */
export const closeChangeReview = async (ctx: BenefitsContext, input: { reviewId: string; accept: boolean; reason: string }): Promise<ChangeReviewResult> => {
  const scope = changeReviewCloseScope(ctx.viewer, ctx.purpose);
  const id = assertUuid(input.reviewId, 'input.reviewId');
  const reason = input.reason.trim();
  if (reason.length === 0 || reason.length > MAX_REASON) throw badUserInput('input.reason', `must be 1 to ${MAX_REASON} characters and not blank`);
  const review = await byId(ctx, id);
  // Another region's item reads exactly like a missing one.
  if (!review || !inChangeReviewScope(scope, review.regionCode)) throw forbidden(REFUSED_CHANGE_REVIEW.close);
  return close(ctx, review, input.accept ? 'ACCEPTED' : 'REJECTED', 'subject' in ctx.viewer ? String(ctx.viewer.subject) : null, reason);
};

/** `changeReviews`: the queue (OPEN by default), earliest deadline first, the caller's scope only. */
export const listChangeReviews = async (ctx: BenefitsContext, args: { status?: ChangeReviewStatus | null; limit?: number | null }): Promise<ChangeReview[]> => {
  const scope = changeReviewReadScope(ctx.viewer, ctx.purpose);
  const limit = args.limit ?? 20;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) throw badUserInput('limit', `must be a whole number from 1 to ${MAX_LIMIT}`);
  return ctx.orm().fork().find(
    ChangeReviewSchema,
    { status: args.status ?? 'OPEN', ...(scope.all ? {} : { regionCode: scope.region }) },
    { orderBy: { deadline: 'asc', id: 'asc' }, limit },
  );
};

/** `changeReviewsOfHousehold` for the engine: every item of a household, oldest first. */
export const reviewsOfHousehold = async (ctx: BenefitsContext, householdId: string): Promise<ChangeReview[]> => {
  assertEngine(ctx.viewer);
  return ctx.orm().fork().find(ChangeReviewSchema, { householdId: assertUuid(householdId, 'householdId') }, { orderBy: { openedAt: 'asc', id: 'asc' } });
};

/** The item the engine works a closed job on (its fact ids, decision and household). */
export const changeReviewForEngine = async (ctx: BenefitsContext, id: string): Promise<ChangeReview> => {
  assertEngine(ctx.viewer);
  const review = await byId(ctx, assertUuid(id, 'id'));
  if (!review) throw notFound('The review item');
  return review;
};

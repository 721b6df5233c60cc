import { assertMayReadPersonalData, assertUuid, badUserInput, forbidden, isAuthenticated, unauthenticated } from '@usr/shared';
import type { BenefitsContext } from '../context.ts';
import type { Appeal, AppealEvent } from '../entities/appeal.ts';
import type { Decision } from '../entities/decision.ts';
import { findInReview } from './appeal-store.ts';

const DEFAULT_QUEUE_PAGE = 50;
const MAX_QUEUE_PAGE = 200;

/** `appeal(id)`: refusals first, then the row, then the appeal rules (BenefitAccessRules.assertAppealRecord). */
export const getAppeal = async (ctx: BenefitsContext, id: string, fields: readonly string[]): Promise<Appeal> => {
  const key = assertUuid(id);
  assertMayReadPersonalData(ctx.viewer, ctx.purpose);
  const appeal = await ctx.loaders.appealById.load(key);
  if (!appeal) return ctx.rules.refuseUnknownRecord('Appeal');
  await ctx.rules.assertAppealRecord(appeal, fields.map((f) => `Appeal.${f}`));
  return appeal;
};

/** Decision.appeal: the appeal of a decision the caller already reads, under the appeal rules. */
export const appealOfDecision = async (ctx: BenefitsContext, decisionId: string, fields: readonly string[]): Promise<Appeal | null> => {
  const appeal = await ctx.loaders.appealByDecision.load(decisionId);
  if (!appeal) return null;
  await ctx.rules.assertAppealRecord(appeal, fields.map((f) => `Appeal.${f}`));
  return appeal;
};

/** Person.appeals: those the person filed and those of decisions about them; their own records. */
export const appealsOf = async (ctx: BenefitsContext, pin: string, fields: readonly string[]): Promise<Appeal[]> => {
  await ctx.rules.assertPersonRecords(pin, 'Person.appeals', fields.map((f) => `Appeal.${f}`));
  return ctx.rules.learnable(await ctx.loaders.appealsOfPerson.load(pin), (a) => a.subjectPin, (a) => a.benefitCode);
};

/**
 * Appeal.decision / currentDecision: the decision reached through an appeal, readable by whoever
 * may read the appeal (an appeals officer reads nothing else of the person).
 */
export const decisionOfAppeal = async (ctx: BenefitsContext, appeal: Appeal, decisionId: string, fields: readonly string[]): Promise<Decision> => {
  const decision = await ctx.loaders.decisionById.load(decisionId);
  if (!decision) throw new Error('An appeal links to a decision that does not exist.');
  await ctx.rules.assertAppealRecord(appeal, fields.map((f) => `Decision.${f}`));
  return decision;
};

/** A timeline event with its appeal, whose rules its links follow. */
export type TimelineEvent = AppealEvent & { readonly appeal: Appeal };

/** AppealEvent.decision: the decision a step produced, under the appeal's rules. */
export const decisionOfEvent = async (ctx: BenefitsContext, event: TimelineEvent, fields: readonly string[]): Promise<Decision | null> =>
  event.decisionId ? decisionOfAppeal(ctx, event.appeal, event.decisionId, fields) : null;

export const timelineOf = async (ctx: BenefitsContext, appeal: Appeal): Promise<TimelineEvent[]> =>
  (await ctx.loaders.eventsOfAppeal.load(appeal.id)).map((event) => ({ ...event, appeal }));

/**
 * `appealReviewQueue`: appeals officers, auditors and administrators (with a declared purpose); the
 * nearest review deadline first. Every appeal handed out is logged as a read of its subject.
 */
export const appealReviewQueue = async (ctx: BenefitsContext, page: { after?: string | null; limit?: number | null } | null | undefined, fields: readonly string[]) => {
  assertMayReadPersonalData(ctx.viewer, ctx.purpose);
  const { viewer } = ctx;
  if (!isAuthenticated(viewer)) throw unauthenticated();
  if (viewer.kind !== 'appeals-officer' && viewer.kind !== 'auditor' && viewer.kind !== 'admin') throw forbidden('Only appeals officers, auditors and administrators read the review queue.');
  const limit = page?.limit ?? DEFAULT_QUEUE_PAGE;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_QUEUE_PAGE) throw badUserInput('page.limit', `must be between 1 and ${MAX_QUEUE_PAGE}`);
  let after: { deadline: string; id: string } | null = null;
  if (page?.after !== null && page?.after !== undefined) {
    const from = await ctx.loaders.appealById.load(assertUuid(page.after, 'page.after'));
    if (!from?.reviewDeadline) throw badUserInput('page.after', 'not an appeal of the queue');
    after = { deadline: from.reviewDeadline, id: from.id };
  }
  const rows = await findInReview(ctx.orm(), after, limit);
  const window = rows.slice(0, limit);
  // An appeal of a health benefit is not in the queue of an officer who may not read its health;
  // `nextAfter` still walks the whole queue past them.
  const items = ctx.rules.learnable(window, (a) => a.subjectPin, (a) => a.benefitCode);
  for (const appeal of items) await ctx.rules.assertAppealRecord(appeal, fields.map((f) => `Appeal.${f}`));
  const hasMore = rows.length > limit;
  return { items, hasMore, nextAfter: hasMore ? (window.at(-1)?.id ?? null) : null };
};

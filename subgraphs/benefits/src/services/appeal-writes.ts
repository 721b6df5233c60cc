import { randomUUID } from 'node:crypto';
import { addWorkingDays, assertUuid, badUserInput, enqueueJobs, findBenefitType, forbidden, isAuthenticated, parameterOn, QUEUES, registryToday, unauthenticated, type EntityManager, type Viewer } from '@usr/shared';
import type { BenefitsContext } from '../context.ts';
import type { Appeal, AppealActor, AppealEventKind, AppealStatus } from '../entities/appeal.ts';
import type { Decision } from '../entities/decision.ts';
import { findAppealByKey, findAppealsByDecisions, findAppealsByIds, insertAppeal, insertAppealEvent, lockAppealsOnDecision, moveAppeal, setCurrentDecision } from './appeal-store.ts';
import { isReplaced } from './decision-store.ts';
import { assertEngine } from './write-access.ts';

/** Expected refusals, as data (the SDL's AppealErrorCode). */
export type AppealErrorCode = 'DEADLINE_PASSED' | 'ALREADY_APPEALED' | 'DECISION_REPLACED' | 'NOT_REDECIDED' | 'NOT_IN_REVIEW';

export interface FileAppealResult {
  readonly appeal: Appeal | null;
  readonly created: boolean;
  readonly error: { readonly code: AppealErrorCode } | null;
}

export interface AppealStepResult {
  readonly appeal: Appeal;
  readonly changed: boolean;
  readonly error: { readonly code: AppealErrorCode } | null;
}

const MAX_REASON = 1000;
const MAX_KEY = 90;
const MAX_DISPUTED = 50;

export const REFUSED_APPEAL = {
  citizen: 'Only the person a decision is about (for TSA, a member of the household assessed) may appeal it.',
  appellant: 'Only the citizen who filed the appeal may pursue it.',
  officer: 'Only appeals officers review appeals.',
} as const;

const parseReason = (value: string, field: string): string => {
  const reason = value.trim();
  if (reason.length === 0 || reason.length > MAX_REASON) throw badUserInput(field, `must be 1 to ${MAX_REASON} characters and not blank`);
  return reason;
};

/** A dated recourse parameter of the decision's benefit, in force on `date` (catalogue data, never a number here). */
export const recourseParameter = (benefitCode: string, name: 'appealWorkingDays' | 'reviewWorkingDays', date: string): number => {
  const parameter = findBenefitType(benefitCode)?.parameters.find((p) => p.name === name);
  const value = parameter ? parameterOn(parameter, date) : undefined;
  if (!value) throw new Error(`The catalogue has no ${name} for ${benefitCode} on ${date}.`);
  return value.value;
};

/** The last day a decision may be appealed: appealWorkingDays working days after the day it was made. */
export const appealDeadlineOf = (decision: Decision): string => {
  const decidedOn = registryToday(new Date(decision.decidedAt));
  return addWorkingDays(decidedOn, recourseParameter(decision.benefitCode, 'appealWorkingDays', decidedOn));
};

/** The fact ids a decision recorded among its inputs. */
export const factIdsOf = (decision: Decision): Set<string> =>
  new Set((Array.isArray(decision.inputs) ? (decision.inputs as Array<{ factId?: unknown }>) : []).flatMap((i) => (typeof i.factId === 'string' ? [i.factId] : [])));

const citizenPin = (viewer: Viewer, refusal: string): string => {
  if (!isAuthenticated(viewer)) throw unauthenticated();
  if (viewer.kind !== 'citizen' || !viewer.pin) throw forbidden(refusal);
  return viewer.pin;
};

const officerSubject = (viewer: Viewer): string => {
  if (!isAuthenticated(viewer)) throw unauthenticated();
  if (viewer.kind !== 'appeals-officer') throw forbidden(REFUSED_APPEAL.officer);
  return viewer.subject;
};

/** A step's event and its `appeals.step` job, in the caller's transaction: the engine sends the SMS (and acts, for FILED). */
const recordStep = async (
  tx: EntityManager,
  appealId: string,
  kind: AppealEventKind,
  actor: AppealActor,
  extra: { actorSubject?: string | null; decisionId?: string | null; factId?: string | null; reason?: string | null } = {},
): Promise<void> => {
  const event = await insertAppealEvent(tx, { id: randomUUID(), appealId, kind, actor, ...extra });
  await enqueueJobs(tx, QUEUES.appealsStep, [{ id: event.id, data: { appealId, eventId: event.id } }]);
};

/** May this citizen appeal this decision? The subject, or for a household decision a current member of that household. */
const mayAppeal = async (ctx: BenefitsContext, pin: string, decision: Decision): Promise<boolean> => {
  if (decision.subjectPin === pin) return true;
  if (!decision.householdId) return false;
  return (await ctx.directory.currentHouseholdIdOf(pin)) === decision.householdId;
};

/**
 * `fileAppeal`: refusals that need no row first (a non-citizen, a malformed input), then the
 * decision (missing or not the caller's: the same FORBIDDEN), then the rules that are data
 * (replaced, past the deadline, already appealed). The appeal, its FILED event and the job that
 * makes the engine re-decide are one transaction; the unique decision id settles races.
 */
export const fileAppeal = async (
  ctx: BenefitsContext,
  input: { decisionId: string; reason: string; disputedFactIds?: readonly string[] | null; idempotencyKey?: string | null },
): Promise<FileAppealResult> => {
  const pin = citizenPin(ctx.viewer, REFUSED_APPEAL.citizen);
  const decisionId = assertUuid(input.decisionId, 'input.decisionId');
  const reason = parseReason(input.reason, 'input.reason');
  const disputed = [...new Set((input.disputedFactIds ?? []).map((id, i) => assertUuid(id, `input.disputedFactIds.${i}`)))];
  if (disputed.length > MAX_DISPUTED) throw badUserInput('input.disputedFactIds', `at most ${MAX_DISPUTED}`);
  let key: string | null = null;
  if (input.idempotencyKey !== null && input.idempotencyKey !== undefined) {
    if (input.idempotencyKey.trim().length === 0 || input.idempotencyKey.length > MAX_KEY) throw badUserInput('input.idempotencyKey', `must be 1 to ${MAX_KEY} characters and not blank`);
    key = `${pin}:${input.idempotencyKey}`;
    const replay = await findAppealByKey(ctx.orm(), key);
    if (replay) return { appeal: replay, created: false, error: null };
  }
  const decision = await ctx.loaders.decisionById.load(decisionId);
  if (!decision || !(await mayAppeal(ctx, pin, decision))) throw forbidden(REFUSED_APPEAL.citizen);
  const used = factIdsOf(decision);
  const unknown = disputed.findIndex((id) => !used.has(id));
  if (unknown >= 0) throw badUserInput(`input.disputedFactIds.${unknown}`, 'not an input of the decision');

  const existing = (await findAppealsByDecisions(ctx.orm(), [decision.id]))[0];
  // Another member's appeal of the same decision is not handed to the caller.
  if (existing) return { appeal: existing.appellantPin === pin ? existing : null, created: false, error: { code: 'ALREADY_APPEALED' } };
  if (await isReplaced(ctx.orm(), decision.id)) return { appeal: null, created: false, error: { code: 'DECISION_REPLACED' } };
  const appealDeadline = appealDeadlineOf(decision);
  if (registryToday() > appealDeadline) return { appeal: null, created: false, error: { code: 'DEADLINE_PASSED' } };

  const created = await ctx.orm().transactional(async (tx) => {
    const appeal = await insertAppeal(tx, {
      id: randomUUID(),
      decisionId: decision.id,
      benefitCode: decision.benefitCode,
      subjectPin: decision.subjectPin,
      appellantPin: pin,
      reason,
      disputedFactIds: disputed,
      filedAt: new Date().toISOString(),
      appealDeadline,
      idempotencyKey: key,
    });
    if (appeal) await recordStep(tx, appeal.id, 'FILED', 'CITIZEN', { decisionId: decision.id });
    return appeal;
  });
  if (created) return { appeal: created, created: true, error: null };
  const same = key ? await findAppealByKey(ctx.orm(), key) : undefined;
  if (same) return { appeal: same, created: false, error: null };
  const winner = (await findAppealsByDecisions(ctx.orm(), [decision.id]))[0];
  if (!winner) throw new Error('An appeal was neither filed nor found.');
  return { appeal: winner.appellantPin === pin ? winner : null, created: false, error: { code: 'ALREADY_APPEALED' } };
};

const loadAppeal = async (ctx: BenefitsContext, id: string): Promise<Appeal | undefined> => (await findAppealsByIds(ctx.orm(), [id]))[0];

/**
 * One guarded move: `from` → `to`, with its event and job, in one transaction. A replay (already
 * in `to`, same event) answers changed: false; any other state is the refusal `refusal`.
 */
const step = async (
  ctx: BenefitsContext,
  appeal: Appeal,
  move: { from: readonly AppealStatus[]; to: AppealStatus; kind: AppealEventKind; actor: AppealActor; reviewDeadline?: string; refusal: AppealErrorCode; extra?: Parameters<typeof recordStep>[4] },
): Promise<AppealStepResult> => {
  const moved = await ctx.orm().transactional(async (tx) => {
    const updated = await moveAppeal(tx, appeal.id, move.from, move.to, move.reviewDeadline);
    if (updated) await recordStep(tx, appeal.id, move.kind, move.actor, move.extra);
    return updated;
  });
  if (moved) return { appeal: moved, changed: true, error: null };
  const now = (await loadAppeal(ctx, appeal.id)) ?? appeal;
  return { appeal: now, changed: false, error: now.status === move.to ? null : { code: move.refusal } };
};

const reviewDeadline = (appeal: Appeal): string => {
  const today = registryToday();
  return addWorkingDays(today, recourseParameter(appeal.benefitCode, 'reviewWorkingDays', today));
};

/** `pursueAppeal`: the appellant still disputes the re-decision; the appeal goes to review. */
export const pursueAppeal = async (ctx: BenefitsContext, appealId: string): Promise<AppealStepResult> => {
  const pin = citizenPin(ctx.viewer, REFUSED_APPEAL.appellant);
  const id = assertUuid(appealId, 'input.appealId');
  const appeal = await loadAppeal(ctx, id);
  if (!appeal || appeal.appellantPin !== pin) throw forbidden(REFUSED_APPEAL.appellant);
  return step(ctx, appeal, { from: ['REDECIDED'], to: 'IN_REVIEW', kind: 'PURSUED', actor: 'CITIZEN', reviewDeadline: reviewDeadline(appeal), refusal: 'NOT_REDECIDED' });
};

/** `sendAppealToReview`: the engine found nothing to change on today's facts. */
export const sendAppealToReview = async (ctx: BenefitsContext, appealId: string): Promise<AppealStepResult> => {
  assertEngine(ctx.viewer);
  const id = assertUuid(appealId, 'input.appealId');
  const appeal = await loadAppeal(ctx, id);
  if (!appeal) return ctx.rules.refuseUnknownRecord('Appeal');
  const result = await step(ctx, appeal, { from: ['FILED'], to: 'IN_REVIEW', kind: 'SENT_TO_REVIEW', actor: 'ENGINE', reviewDeadline: reviewDeadline(appeal), refusal: 'NOT_IN_REVIEW' });
  // Re-decided meanwhile (REDECIDED) is no refusal for the engine: the appeal moved on.
  return { ...result, error: null };
};

/** The appeal an officer acts on: in the queue or already acted on; anything else reads like a refusal. */
const officerAppeal = async (ctx: BenefitsContext, appealId: string): Promise<{ appeal: Appeal; subject: string }> => {
  const subject = officerSubject(ctx.viewer);
  const appeal = await loadAppeal(ctx, assertUuid(appealId, 'input.appealId'));
  if (!appeal) throw forbidden(REFUSED_APPEAL.officer);
  return { appeal, subject };
};

/** `upholdAppeal`: the decision stands, with the officer's reason. */
export const upholdAppeal = async (ctx: BenefitsContext, input: { appealId: string; reason: string }): Promise<AppealStepResult> => {
  const { appeal, subject } = await officerAppeal(ctx, input.appealId);
  const reason = parseReason(input.reason, 'input.reason');
  return step(ctx, appeal, { from: ['IN_REVIEW'], to: 'UPHELD', kind: 'UPHELD', actor: 'APPEALS_OFFICER', refusal: 'NOT_IN_REVIEW', extra: { actorSubject: subject, reason, decisionId: appeal.currentDecisionId } });
};

/** `referAppealToAgency`: a fact the decision used goes to its agency as a correction request (the engine files it). */
export const referAppealToAgency = async (ctx: BenefitsContext, input: { appealId: string; factId: string; reason: string }): Promise<AppealStepResult> => {
  const { appeal, subject } = await officerAppeal(ctx, input.appealId);
  const factId = assertUuid(input.factId, 'input.factId');
  const reason = parseReason(input.reason, 'input.reason');
  const decision = await ctx.loaders.decisionById.load(appeal.currentDecisionId);
  if (!decision || !factIdsOf(decision).has(factId)) throw badUserInput('input.factId', 'not an input of the decision under appeal');
  return step(ctx, appeal, { from: ['IN_REVIEW'], to: 'REFERRED', kind: 'REFERRED', actor: 'APPEALS_OFFICER', refusal: 'NOT_IN_REVIEW', extra: { actorSubject: subject, reason, factId, decisionId: decision.id } });
};

/**
 * Inside recordDecision's transaction: a decision that replaces `replacedId` moves the appeals of
 * the replaced decision along. FILED → REDECIDED (the engine's re-decision on the appeal); IN_REVIEW
 * or REFERRED → SETTLED (a corrected fact re-decided it); REDECIDED stays REDECIDED, told again.
 * Appeals already UPHELD or SETTLED only follow the chain.
 */
export const onDecisionReplaced = async (tx: EntityManager, replacedId: string, decisionId: string): Promise<void> => {
  for (const appeal of await lockAppealsOnDecision(tx, replacedId)) {
    const next: AppealStatus = appeal.status === 'FILED' || appeal.status === 'REDECIDED' ? 'REDECIDED' : appeal.status === 'IN_REVIEW' || appeal.status === 'REFERRED' ? 'SETTLED' : appeal.status;
    await setCurrentDecision(tx, appeal.id, decisionId, next);
    if (next !== appeal.status || next === 'REDECIDED') await recordStep(tx, appeal.id, next === 'SETTLED' ? 'SETTLED' : 'REDECIDED', 'ENGINE', { decisionId });
  }
};

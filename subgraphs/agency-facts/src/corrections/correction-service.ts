import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { assertUuid, badUserInput, conflict, forbidden, isValidPin, parsePage, toPageResult, type PageArgs, type PersonReference } from '@usr/shared';
import type { FactsContext } from '../context.ts';
import type { Fact } from '../entities/fact.ts';
import { answeringParty, CORRECTING_REFUSED, FACT_NOT_CONTESTABLE, REQUEST_REFUSED, requestingCitizen, type Answerer } from './correction-access.ts';
import type { CorrectionOutcome, CorrectionRequest, CorrectionStatus } from './correction-request.ts';
import { answerOpenRequest, findAgencyRequests, findOpenRequest, findRegionRequests, findRequestById, forwardOpenRequest, insertOpenRequest, type Answer } from './correction-store.ts';

const MAX_REASON = 1000;
/** How far along a chain of corrections the correcting fact may be. */
const MAX_CHAIN = 20;

/** A reason of 1 to 1,000 characters, not blank; messages name the rule, never the text. */
const parseReason = (value: string, field: string): string => {
  const reason = value.trim();
  if (reason.length === 0 || reason.length > MAX_REASON) throw badUserInput(field, `must be 1 to ${MAX_REASON} characters and not blank`);
  return reason;
};

/**
 * `requestFactCorrection`: the subject of a current fact contests it. Refusals before any look-up
 * for non-citizens; a fact that is missing or about someone else reads the same (FORBIDDEN).
 */
export const requestFactCorrection = async (ctx: FactsContext, factId: string, reasonInput: string): Promise<CorrectionRequest> => {
  const pin = requestingCitizen(ctx.viewer);
  const id = assertUuid(factId, 'factId');
  const reason = parseReason(reasonInput, 'reason');
  const fact = await ctx.loaders.factById.load(id);
  if (!fact || fact.subjectPin !== pin) throw forbidden(FACT_NOT_CONTESTABLE);
  if (fact.supersededBy) throw badUserInput('factId', 'the fact was superseded by a correction; contest the current fact instead');
  // The citizen's own region (the persons subgraph tells it to them): the caseworkers' queue it joins.
  const regionCode = (await ctx.directory.regionOf(pin)) ?? null;
  // A racing answer may close the OPEN request between the insert and the read: try again.
  for (let attempt = 0; attempt < 3; attempt++) {
    const created = await insertOpenRequest(ctx.orm(), { id: randomUUID(), factId: fact.id, subjectPin: pin, agencyCode: fact.agencyCode, reason, regionCode });
    if (created) return created;
    const open = await findOpenRequest(ctx.orm(), fact.id, pin);
    if (open) return open;
  }
  throw new Error('A correction request kept being answered concurrently; it was not filed.');
};

export interface AnswerArgs {
  readonly outcome: CorrectionOutcome;
  readonly reason?: string | null;
  readonly correctingFactId?: string | null;
}

/** A caseworker forwarding the request to the owning agency, with their reason ("the citizen may be right"). */
interface Forward {
  readonly outcome: 'FORWARDED';
  readonly reason: string;
}

const parseAnswer = (args: AnswerArgs, answerer: Answerer): Answer | Forward => {
  const answeredBy = answerer.kind;
  if (answeredBy === 'CASEWORKER' && args.outcome === 'CORRECTED') throw forbidden(CORRECTING_REFUSED);
  const reason = args.reason === null || args.reason === undefined ? null : parseReason(args.reason, 'reason');
  const correctingFactId = args.correctingFactId === null || args.correctingFactId === undefined ? null : assertUuid(args.correctingFactId, 'correctingFactId');
  switch (args.outcome) {
    case 'FORWARDED':
      if (answeredBy === 'AGENCY') throw badUserInput('outcome', 'FORWARDED is a caseworker’s answer: the agency answers CONFIRMED, CORRECTED or REJECTED');
      if (reason === null) throw badUserInput('reason', 'required when a caseworker answers');
      if (correctingFactId !== null) throw badUserInput('correctingFactId', 'only for the CORRECTED outcome');
      return { outcome: 'FORWARDED', reason };
    case 'CONFIRMED':
    case 'REJECTED':
      if (args.outcome === 'REJECTED' && reason === null) throw badUserInput('reason', 'required to reject a request');
      if (answeredBy === 'CASEWORKER' && reason === null) throw badUserInput('reason', 'required when a caseworker answers');
      if (correctingFactId !== null) throw badUserInput('correctingFactId', 'only for the CORRECTED outcome');
      return { answeredBy, outcome: args.outcome, reason, correctingFactId: null };
    case 'CORRECTED':
      if (correctingFactId === null) throw badUserInput('correctingFactId', 'required for the CORRECTED outcome');
      return { answeredBy, outcome: args.outcome, reason, correctingFactId };
  }
};

const sameAnswer = (request: CorrectionRequest, answer: Answer | Forward): boolean =>
  answer.outcome === 'FORWARDED'
    ? request.status === 'FORWARDED' && request.forwardReason === answer.reason
    : request.status === answer.outcome &&
      request.answeredBy === answer.answeredBy &&
      (request.answerReason ?? null) === answer.reason &&
      (request.correctingFactId ?? null) === answer.correctingFactId;

/**
 * Whether the answering party may act on this request: the agency on requests against its own
 * facts; a caseworker on requests about people of their region today (the record rule, asked of the
 * persons subgraph and logged as a read) whose fact they may read (health facts only with the
 * `health` scope). Every refusal, like a missing request, is the same FORBIDDEN.
 */
const assertMayAnswer = async (ctx: FactsContext, answerer: Answerer, request: CorrectionRequest | undefined): Promise<CorrectionRequest> => {
  if (!request) throw forbidden(REQUEST_REFUSED);
  if (answerer.kind === 'AGENCY') {
    if (request.agencyCode !== answerer.agency) throw forbidden(REQUEST_REFUSED);
    return request;
  }
  const fact = await ctx.loaders.factById.load(request.factId);
  if (!fact || ctx.factAccess.hiddenKinds.includes(fact.kind)) throw forbidden(REQUEST_REFUSED);
  try {
    await ctx.factAccess.assertSubject(request.subjectPin, ['CorrectionRequest.status']);
  } catch (error) {
    if (error instanceof GraphQLError && error.extensions['code'] === 'FORBIDDEN') throw forbidden(REQUEST_REFUSED);
    throw error;
  }
  return request;
};

/**
 * Whether `candidate` corrects `contested`: same agency and subject, and either reached along the
 * contested fact's chain of corrections (supersededBy), or a current fact of the same kind
 * recorded after it (a replacement sent under a new source reference).
 */
const corrects = async (ctx: FactsContext, contested: Fact, candidate: Fact): Promise<boolean> => {
  if (candidate.id === contested.id || candidate.agencyCode !== contested.agencyCode || candidate.subjectPin !== contested.subjectPin) return false;
  let current: Fact | undefined = contested;
  for (let hop = 0; hop < MAX_CHAIN && current?.supersededBy; hop++) {
    if (current.supersededBy === candidate.id) return true;
    current = await ctx.loaders.factById.load(current.supersededBy);
  }
  return candidate.kind === contested.kind && !candidate.supersededBy && new Date(candidate.recordedAt) > new Date(contested.recordedAt);
};

/**
 * `answerCorrectionRequest`: the agency that supplied the contested fact answers. A request that
 * is missing or another agency's reads the same (FORBIDDEN). A request no longer OPEN is CONFLICT
 * unless the answer is the same (a replay), which returns it unchanged.
 */
export const answerCorrectionRequest = async (ctx: FactsContext, requestId: string, args: AnswerArgs): Promise<CorrectionRequest> => {
  const answerer = answeringParty(ctx.viewer, ctx.purpose);
  const id = assertUuid(requestId, 'id');
  const answer = parseAnswer(args, answerer);
  const request = await assertMayAnswer(ctx, answerer, await findRequestById(ctx.orm(), id));
  const settled = (current: CorrectionRequest): CorrectionRequest => {
    if (sameAnswer(current, answer)) return current;
    throw conflict('The correction request was already answered differently; it cannot be answered again.');
  };
  // A forwarded request is the agency's to answer; a caseworker no longer acts on it.
  const waiting = request.status === 'OPEN' || (request.status === 'FORWARDED' && answerer.kind === 'AGENCY');
  if (!waiting) return settled(request);
  if (answer.outcome === 'FORWARDED') {
    const forwarded = await forwardOpenRequest(ctx.orm(), id, answer.reason);
    if (forwarded) return forwarded;
  } else {
    if (answer.correctingFactId !== null) {
      const [contested, candidate] = await Promise.all([ctx.loaders.factById.load(request.factId), ctx.loaders.factById.load(answer.correctingFactId)]);
      if (!contested) throw new Error('A correction request names a fact that does not exist.');
      if (!candidate || !(await corrects(ctx, contested, candidate)))
        throw badUserInput('correctingFactId', 'must be a fact of your agency about the same person that supersedes or replaces the contested fact');
    }
    const answered = await answerOpenRequest(ctx.orm(), id, answer);
    if (answered) return answered;
  }
  // Answered concurrently: the same rule as for a replay.
  const now = await findRequestById(ctx.orm(), id);
  if (!now) throw new Error('A correction request disappeared while it was answered.');
  return settled(now);
};

/**
 * The work queue: an agency's requests against its facts, or a caseworker's requests about people
 * of their region (filed while the person lived there, and still living there: others are left out
 * of the page; health facts only with the `health` scope). 20 a page by default, up to 100.
 */
export const correctionRequestQueue = async (ctx: FactsContext, status: CorrectionStatus | null | undefined, pageArgs: PageArgs | null | undefined) => {
  const answerer = answeringParty(ctx.viewer, ctx.purpose);
  const page = parsePage(pageArgs);
  if (answerer.kind === 'AGENCY') return toPageResult(await findAgencyRequests(ctx.orm(), answerer.agency, status ?? null, page), page);
  const result = toPageResult(await findRegionRequests(ctx.orm(), answerer.region, status ?? null, ctx.factAccess.hiddenKinds, page), page);
  const allowed = await ctx.factAccess.filterSubjects([...new Set(result.items.map((r) => r.subjectPin))], ['CorrectionRequest.status']);
  return { ...result, items: result.items.filter((r) => allowed.has(r.subjectPin)) };
};

/** `Person.correctionRequests`, under the person record rules (RecordAccess.assertPerson, via FactAccess). */
export const correctionRequestsOf = async (ctx: FactsContext, person: PersonReference): Promise<CorrectionRequest[]> => {
  if (!isValidPin(person.pin)) return [];
  await ctx.factAccess.assertSubject(person.pin, ['Person.correctionRequests']);
  return ctx.loaders.correctionRequestsOf.for(ctx.factAccess.hiddenKinds).load(person.pin);
};

/** A fact a request names, under the rules of the fact itself (a request never widens them). */
export const requestFact = async (ctx: FactsContext, factId: string, field: string): Promise<Fact> => {
  const fact = await ctx.loaders.factById.load(factId);
  if (!fact) throw new Error('A correction request names a fact that does not exist.');
  await ctx.factAccess.assertFact(fact, [`CorrectionRequest.${field}`]);
  return fact;
};

/** `Fact.contested`: whether a request waits for an answer (OPEN or FORWARDED), batched over every fact of the response. */
export const isContested = async (ctx: FactsContext, fact: Fact): Promise<boolean> => (await ctx.loaders.openRequestsOfFact.load(fact.id)).length > 0;

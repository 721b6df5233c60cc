import { badUserInput, FACT_KINDS, isValidPin, uuidV7, type FactKind } from '@usr/shared';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { FactsContext } from '../context.ts';
import type { Fact } from '../entities/fact.ts';
import { enqueueFactJobs, factJob } from '../jobs/fact-jobs.ts';
import { findCurrentBySource, insertFact, isLostRace, supersedeFact, type NewFact } from './fact-submission-store.ts';
import { findUnknownPins } from './register-check.ts';

/** At most this many facts per `submitFacts` call; bulk loads have their own path. */
export const MAX_FACTS_PER_SUBMISSION = 1000;
const MAX_SOURCE_REFERENCE = 200;
/** Attempts at one item when concurrent submissions keep changing its current fact. */
const MAX_ATTEMPTS = 5;

export interface FactSubmission {
  readonly subjectPin: string;
  readonly kind: FactKind;
  readonly value: unknown;
  readonly validFrom: string;
  readonly validTo?: string | null;
  readonly sourceReference: string;
}

export type RejectionCode = 'INVALID_VALUE' | 'KIND_NOT_OWNED' | 'DATES_REVERSED' | 'INVALID_PIN' | 'INVALID_SOURCE_REFERENCE' | 'UNKNOWN_PIN';
export type SubmissionOutcome = 'ACCEPTED' | 'SUPERSEDED' | 'DUPLICATE';

export type SubmissionResult =
  | { readonly index: number; readonly outcome: SubmissionOutcome; readonly fact: Fact; readonly rejection: null }
  | { readonly index: number; readonly outcome: 'REJECTED'; readonly fact: null; readonly rejection: { readonly code: RejectionCode; readonly message: string } };

export interface SubmissionSummary {
  readonly results: SubmissionResult[];
  readonly accepted: number;
  readonly superseded: number;
  readonly duplicate: number;
  readonly rejected: number;
}

export type CheckedSubmission = { readonly ok: true; readonly fact: NewFact } | { readonly ok: false; readonly code: RejectionCode; readonly message: string };

const reject = (code: RejectionCode, message: string): CheckedSubmission => ({ ok: false, code, message });

/** Names where and which rule the value breaks (schema keys and zod codes), never a submitted datum. */
const describeIssues = (issues: ReadonlyArray<{ readonly path: readonly PropertyKey[]; readonly code: string }>): string =>
  issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length > 0 ? issue.path.map(String).join('.') : '(value)'}: ${issue.code}`)
    .join('; ');

/** The rules of one item, in order; messages name the rule only (the input may be personal data). Shared with the bulk feed. */
export const checkSubmission = (agencyCode: string, input: FactSubmission): CheckedSubmission => {
  if (!isValidPin(input.subjectPin)) return reject('INVALID_PIN', 'The subject PIN must be 7 characters: digits and capital letters without I and O.');
  const reference = input.sourceReference;
  if (reference.trim().length === 0 || reference.length > MAX_SOURCE_REFERENCE)
    return reject('INVALID_SOURCE_REFERENCE', `The source reference must be 1 to ${MAX_SOURCE_REFERENCE} characters and not blank.`);
  const kind = FACT_KINDS[input.kind];
  if (kind.agency !== agencyCode) return reject('KIND_NOT_OWNED', `Facts of kind ${input.kind} are supplied by another agency.`);
  const validTo = input.validTo ?? null;
  if (validTo !== null && validTo < input.validFrom) return reject('DATES_REVERSED', 'validTo must not be before validFrom.');
  const parsed = kind.value.safeParse(input.value);
  if (!parsed.success) return reject('INVALID_VALUE', `The value does not match the ${input.kind} schema: ${describeIssues(parsed.error.issues)}.`);
  return {
    ok: true,
    fact: { id: uuidV7(), agencyCode, subjectPin: input.subjectPin, kind: input.kind, value: parsed.data, validFrom: input.validFrom, validTo, sourceReference: reference },
  };
};

/** JSON with object keys sorted: jsonb does not keep the order a feed sent. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );

/** Stored dates are `YYYY-MM-DD` strings; a Date (UTC, forceUtcTimezone) is taken defensively. */
const isoDay = (value: string | Date | null | undefined): string | null =>
  value === null || value === undefined ? null : value instanceof Date ? value.toISOString().slice(0, 10) : value.slice(0, 10);

export const sameContent = (current: Fact, next: NewFact): boolean =>
  current.subjectPin === next.subjectPin &&
  current.kind === next.kind &&
  isoDay(current.validFrom) === next.validFrom &&
  isoDay(current.validTo) === next.validTo &&
  canonical(current.value) === canonical(next.value);

/** Runs in `em`'s transaction after a fact was written, before it commits (e.g. to enqueue its job). */
export type AfterWrite = (em: EntityManager, stored: { outcome: 'ACCEPTED' | 'SUPERSEDED'; fact: Fact }) => Promise<void>;

/**
 * Stores one valid item against the current fact of its source reference: nothing when unchanged,
 * a correction when changed, a new fact otherwise. The write and `afterWrite` run in one
 * transaction (a savepoint when `em` is already in one, as in the bulk feed): both or neither.
 * When a concurrent submission got there first (the write returns nothing or hits the unique
 * index), that transaction is rolled back, and the item looked at again and decided anew. Shared
 * with the bulk feed.
 */
export const storeSubmission = async (
  em: EntityManager,
  fact: NewFact,
  known: Fact | undefined,
  afterWrite?: AfterWrite,
): Promise<{ outcome: SubmissionOutcome; fact: Fact }> => {
  let current = known;
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    if (current && sameContent(current, fact)) return { outcome: 'DUPLICATE', fact: current };
    const currentId = current?.id;
    const outcome = currentId === undefined ? 'ACCEPTED' : 'SUPERSEDED';
    let written: Fact | undefined;
    try {
      written = await em.transactional(async (tx) => {
        const stored = currentId === undefined ? await insertFact(tx, fact) : await supersedeFact(tx, currentId, fact);
        if (stored && afterWrite) await afterWrite(tx, { outcome, fact: stored });
        return stored;
      });
    } catch (error) {
      if (!isLostRace(error)) throw error;
    }
    if (written) return { outcome, fact: written };
    [current] = await findCurrentBySource(em, fact.agencyCode, [fact.sourceReference]);
  }
  throw new Error('A submitted fact kept being changed by concurrent submissions; it was not stored.');
};

/** Queues the re-evaluation of the fact's subject, in the transaction that stored the fact. */
const enqueueJob: AfterWrite = (em, { outcome, fact }) => enqueueFactJobs(em, [factJob(fact, outcome)]);

/**
 * `submitFacts`: validates every item, reads the current facts of all their source references in
 * one statement, then stores the items one by one in input order, so a later item with the same
 * source reference sees the earlier one. Each stored item (accepted or superseding) is one
 * transaction: its fact and its `facts.ingested` job commit together or not at all.
 */
export const submitFacts = async (ctx: FactsContext, inputs: readonly FactSubmission[]): Promise<SubmissionSummary> => {
  const agencyCode = ctx.factAccess.submittingAgency();
  if (inputs.length > MAX_FACTS_PER_SUBMISSION) throw badUserInput('facts', `at most ${MAX_FACTS_PER_SUBMISSION} facts a call`);
  const formed = inputs.map((input) => checkSubmission(agencyCode, input));
  // One look-up in the population register for the whole call, after the format rules.
  const unknown = await findUnknownPins(ctx.population, formed.flatMap((c) => (c.ok ? [c.fact] : [])));
  const checked = formed.map((c): CheckedSubmission => {
    const missing = c.ok ? unknown.get(c.fact.id) : undefined;
    return missing ? reject(missing.code, missing.message) : c;
  });
  const valid = checked.flatMap((c) => (c.ok ? [c.fact] : []));
  const current = new Map((await findCurrentBySource(ctx.orm(), agencyCode, valid.map((f) => f.sourceReference))).map((f) => [f.sourceReference, f]));
  const results: SubmissionResult[] = [];
  for (const [index, item] of checked.entries()) {
    if (!item.ok) {
      results.push({ index, outcome: 'REJECTED', fact: null, rejection: { code: item.code, message: item.message } });
      continue;
    }
    const stored = await storeSubmission(ctx.orm(), item.fact, current.get(item.fact.sourceReference), enqueueJob);
    current.set(item.fact.sourceReference, stored.fact);
    results.push({ index, outcome: stored.outcome, fact: stored.fact, rejection: null });
  }
  const count = (outcome: SubmissionResult['outcome']) => results.filter((r) => r.outcome === outcome).length;
  return { results, accepted: count('ACCEPTED'), superseded: count('SUPERSEDED'), duplicate: count('DUPLICATE'), rejected: count('REJECTED') };
};

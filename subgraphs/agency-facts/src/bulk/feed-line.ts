import { FACT_KINDS, isIsoDate, type FactKind } from '@usr/shared';
import { checkSubmission, type RejectionCode } from '../services/fact-submission.ts';
import type { NewFact } from '../services/fact-submission-store.ts';

/** Codes a feed line can be rejected with: the mutation's, plus those GraphQL input coercion covers there. */
export type FeedRejectionCode = RejectionCode | 'MALFORMED_LINE' | 'LINE_TOO_LONG' | 'INVALID_FIELD' | 'UNKNOWN_KIND' | 'INVALID_DATE';

export interface FeedRejection {
  readonly code: FeedRejectionCode;
  readonly message: string;
}

export type ParsedLine = { readonly ok: true; readonly fact: NewFact } | { readonly ok: false; readonly rejection: FeedRejection };

const FIELDS = new Set(['subjectPin', 'kind', 'value', 'validFrom', 'validTo', 'sourceReference']);

const rejected = (code: FeedRejectionCode, message: string): ParsedLine => ({ ok: false, rejection: { code, message } });

export const LINE_TOO_LONG = (maxBytes: number): ParsedLine => rejected('LINE_TOO_LONG', `A line may be at most ${maxBytes} bytes.`);

const isKind = (value: string): value is FactKind => Object.hasOwn(FACT_KINDS, value);

/**
 * One NDJSON line as a FactInput, checked with the same rules as `submitFacts`. Messages name the
 * field and the rule, never the content: a feed line is personal data, and so may be a malformed one.
 */
export const parseFeedLine = (agencyCode: string, text: string): ParsedLine => {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch {
    return rejected('MALFORMED_LINE', 'The line is not valid JSON.');
  }
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return rejected('INVALID_FIELD', 'The line must be a JSON object (a FactInput).');
  const fields = input as Record<string, unknown>;
  if (Object.keys(fields).some((key) => !FIELDS.has(key))) return rejected('INVALID_FIELD', `Only these fields are allowed: ${[...FIELDS].join(', ')}.`);
  const { subjectPin, kind, value, validFrom, validTo, sourceReference } = fields;
  if (typeof subjectPin !== 'string') return rejected('INVALID_FIELD', 'subjectPin must be a string.');
  if (typeof kind !== 'string') return rejected('INVALID_FIELD', 'kind must be a string.');
  if (typeof sourceReference !== 'string') return rejected('INVALID_FIELD', 'sourceReference must be a string.');
  if (value === undefined || value === null) return rejected('INVALID_FIELD', 'value is required.');
  if (typeof validFrom !== 'string' || !isIsoDate(validFrom)) return rejected('INVALID_DATE', 'validFrom must be a calendar date YYYY-MM-DD.');
  if (validTo !== undefined && validTo !== null && (typeof validTo !== 'string' || !isIsoDate(validTo)))
    return rejected('INVALID_DATE', 'validTo must be a calendar date YYYY-MM-DD or null.');
  if (!isKind(kind)) return rejected('UNKNOWN_KIND', 'kind is not a fact kind of the catalogue.');
  const checked = checkSubmission(agencyCode, { subjectPin, kind, value, validFrom, validTo: validTo ?? null, sourceReference });
  return checked.ok ? { ok: true, fact: checked.fact } : rejected(checked.code, checked.message);
};

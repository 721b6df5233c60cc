import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** What became of a correction request. OPEN and FORWARDED wait for an answer (the fact is contested). */
export const CORRECTION_STATUSES = ['OPEN', 'FORWARDED', 'CONFIRMED', 'CORRECTED', 'REJECTED'] as const;
export type CorrectionStatus = (typeof CORRECTION_STATUSES)[number];
/** The statuses still waiting for the agency's answer. */
export const PENDING_STATUSES: readonly CorrectionStatus[] = ['OPEN', 'FORWARDED'];
/** How a request may be answered: every status but OPEN (FORWARDED only by a caseworker). */
export type CorrectionOutcome = Exclude<CorrectionStatus, 'OPEN'>;
/** The answers that settle a request. */
export type FinalOutcome = Exclude<CorrectionOutcome, 'FORWARDED'>;
/** Who answered: the agency that supplied the fact, or a caseworker of the subject's region. */
export const CORRECTION_ANSWERERS = ['AGENCY', 'CASEWORKER'] as const;
export type CorrectionAnswerer = (typeof CORRECTION_ANSWERERS)[number];

/**
 * A citizen's request to correct one fact about them (facts.correction_request), answered by the
 * agency that supplied the fact or, short of a correction, by a caseworker of the subject's region.
 * `subjectPin` and `agencyCode` are copied from the fact, `regionCode` from the persons subgraph.
 */
export const CorrectionRequestSchema = defineEntity({
  name: 'CorrectionRequest',
  tableName: 'correction_request',
  properties: {
    id: p.uuid().primary(),
    factId: p.uuid(),
    subjectPin: p.string().length(7).columnType('char(7)'),
    agencyCode: p.string().length(32),
    reason: p.string().length(1000),
    requestedAt: p.datetime().onCreate(() => new Date()),
    status: p.enum(CORRECTION_STATUSES).columnType('varchar(16)'),
    answeredAt: p.datetime().nullable(),
    answerReason: p.string().length(1000).nullable(),
    // Plain uuids rather than relations: facts are fetched through the per-request loaders.
    correctingFactId: p.uuid().nullable(),
    /** The subject's economic region when the request was filed (for caseworkers' queues). */
    regionCode: p.string().length(32).nullable(),
    answeredBy: p.enum(CORRECTION_ANSWERERS).columnType('varchar(16)').nullable(),
    /** The appeal (benefits) an appeals officer referred the fact from, if it came from one. */
    appealId: p.uuid().nullable(),
    /** When a caseworker forwarded it to the agency ("the citizen may be right"), and why. */
    forwardedAt: p.datetime().nullable(),
    forwardReason: p.string().length(1000).nullable(),
  },
});

export type CorrectionRequest = InferEntity<typeof CorrectionRequestSchema>;

import type { EntityManager } from '@mikro-orm/postgresql';
import { enqueueJobs, QUEUES, type FactKind, type Page } from '@usr/shared';
import { randomUUID } from 'node:crypto';
import { CorrectionRequestSchema, type CorrectionAnswerer, type CorrectionRequest, type CorrectionStatus, type FinalOutcome } from './correction-request.ts';

/** SQL access to facts.correction_request; no rules here (see correction-service.ts). */

const mapRows = (em: EntityManager, rows: Record<string, unknown>[]): CorrectionRequest[] => rows.map((row) => em.map(CorrectionRequestSchema, row));
export const mapCorrectionRows = mapRows;

export interface NewCorrectionRequest {
  readonly id: string;
  readonly factId: string;
  readonly subjectPin: string;
  readonly agencyCode: string;
  readonly reason: string;
  readonly regionCode: string | null;
}

/**
 * Files a request unless the citizen already has an OPEN one against this fact, in one statement;
 * returns undefined in that case (the partial unique index decides, concurrent calls included).
 */
export const insertOpenRequest = async (em: EntityManager, request: NewCorrectionRequest): Promise<CorrectionRequest | undefined> => {
  const rows = await em.getConnection().execute<Record<string, unknown>[]>(
    `insert into facts.correction_request (id, fact_id, subject_pin, agency_code, reason, status, region_code)
     values (?::uuid, ?::uuid, ?, ?, ?, 'OPEN', ?)
     on conflict (fact_id, subject_pin) where status in ('OPEN', 'FORWARDED') do nothing
     returning *`,
    [request.id, request.factId, request.subjectPin, request.agencyCode, request.reason, request.regionCode],
  );
  return mapRows(em, rows)[0];
};

export const findOpenRequest = async (em: EntityManager, factId: string, subjectPin: string): Promise<CorrectionRequest | undefined> => {
  const rows = await em
    .getConnection()
    .execute<Record<string, unknown>[]>(`select * from facts.correction_request where fact_id = ? and subject_pin = ? and status in ('OPEN', 'FORWARDED')`, [factId, subjectPin]);
  return mapRows(em, rows)[0];
};

export const findRequestById = async (em: EntityManager, id: string): Promise<CorrectionRequest | undefined> => {
  const rows = await em.getConnection().execute<Record<string, unknown>[]>(`select * from facts.correction_request where id = ?`, [id]);
  return mapRows(em, rows)[0];
};

export interface Answer {
  readonly answeredBy: CorrectionAnswerer;
  readonly outcome: FinalOutcome;
  readonly reason: string | null;
  readonly correctingFactId: string | null;
}

/** The job that tells the citizen, in the transaction that moved the request (so never twice). */
const enqueueAnswered = async (em: EntityManager, request: CorrectionRequest): Promise<void> => {
  if (request.status === 'OPEN') return;
  await enqueueJobs(em, QUEUES.correctionsAnswered, [{ id: randomUUID(), data: { requestId: request.id, subjectPin: request.subjectPin, status: request.status } }]);
};

/**
 * Answers the request only while it waits for an answer (OPEN, or FORWARDED to the agency), in one
 * transaction with the job that sends the citizen an SMS; undefined when it no longer waits.
 */
export const answerOpenRequest = async (em: EntityManager, id: string, answer: Answer): Promise<CorrectionRequest | undefined> =>
  em.transactional(async (tx) => {
    const rows = await tx.execute<Record<string, unknown>[]>(
      `update facts.correction_request
       set status = ?, answered_at = now(), answer_reason = ?, correcting_fact_id = ?::uuid, answered_by = ?
       where id = ? and status in ('OPEN', 'FORWARDED')
       returning *`,
      [answer.outcome, answer.reason, answer.correctingFactId, answer.answeredBy, id],
    );
    const answered = mapRows(tx, rows)[0];
    if (answered) await enqueueAnswered(tx, answered);
    return answered;
  });

/** A caseworker forwards an OPEN request to the owning agency, with the job for the SMS; undefined when it is not OPEN. */
export const forwardOpenRequest = async (em: EntityManager, id: string, reason: string): Promise<CorrectionRequest | undefined> =>
  em.transactional(async (tx) => {
    const rows = await tx.execute<Record<string, unknown>[]>(
      `update facts.correction_request set status = 'FORWARDED', forwarded_at = now(), forward_reason = ?
       where id = ? and status = 'OPEN'
       returning *`,
      [reason, id],
    );
    const forwarded = mapRows(tx, rows)[0];
    if (forwarded) await enqueueAnswered(tx, forwarded);
    return forwarded;
  });

/** A page of one agency's requests, oldest first (limit + 1 rows: the extra tells hasMore). */
export const findAgencyRequests = async (em: EntityManager, agencyCode: string, status: CorrectionStatus | null, page: Page): Promise<CorrectionRequest[]> => {
  const rows = await em.getConnection().execute<Record<string, unknown>[]>(
    `select * from facts.correction_request
     where agency_code = ?${status ? ' and status = ?' : ''}
     order by requested_at, id
     limit ? offset ?`,
    [agencyCode, ...(status ? [status] : []), page.limit + 1, page.offset],
  );
  return mapRows(em, rows);
};

/**
 * A page of the requests filed about people of one region, oldest first, leaving out facts of
 * hidden kinds (limit + 1 rows: the extra tells hasMore).
 */
export const findRegionRequests = async (
  em: EntityManager,
  regionCode: string,
  status: CorrectionStatus | null,
  hiddenKinds: readonly FactKind[],
  page: Page,
): Promise<CorrectionRequest[]> => {
  const rows = await em.getConnection().execute<Record<string, unknown>[]>(
    `select r.* from facts.correction_request r
     ${hiddenKinds.length > 0 ? 'join facts.fact f on f.id = r.fact_id and f.kind not in (?)' : ''}
     where r.region_code = ?${status ? ' and r.status = ?' : ''}
     order by r.requested_at, r.id
     limit ? offset ?`,
    [...(hiddenKinds.length > 0 ? [[...hiddenKinds]] : []), regionCode, ...(status ? [status] : []), page.limit + 1, page.offset],
  );
  return mapRows(em, rows);
};

/** Every request of each of these people, latest first, leaving out facts of hidden kinds: ONE statement. */
export const findRequestsOfPersons = async (em: EntityManager, pins: readonly string[], hiddenKinds: readonly FactKind[]): Promise<CorrectionRequest[]> => {
  const rows = await em.getConnection().execute<Record<string, unknown>[]>(
    `select r.* from facts.correction_request r
     ${hiddenKinds.length > 0 ? 'join facts.fact f on f.id = r.fact_id and f.kind not in (?)' : ''}
     where r.subject_pin in (?)
     order by r.subject_pin, r.requested_at desc, r.id`,
    [...(hiddenKinds.length > 0 ? [[...hiddenKinds]] : []), [...new Set(pins)]],
  );
  return mapRows(em, rows);
};

/** The OPEN requests against any of these facts (one statement; for `Fact.contested`). */
export const findOpenRequestsOfFacts = async (em: EntityManager, factIds: readonly string[]): Promise<CorrectionRequest[]> => {
  const rows = await em
    .getConnection()
    .execute<Record<string, unknown>[]>(`select * from facts.correction_request where fact_id in (?) and status in ('OPEN', 'FORWARDED')`, [[...new Set(factIds)]]);
  return mapRows(em, rows);
};

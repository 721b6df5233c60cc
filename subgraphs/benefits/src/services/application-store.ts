import type { EntityManager } from '@mikro-orm/postgresql';
import { ApplicationSchema, type Application } from '../entities/application.ts';

/** SQL access to benefits.application; no rules here. One statement per call, whatever the number of keys. */
export const findApplicationsByIds = (em: EntityManager, ids: readonly string[]): Promise<Application[]> =>
  em.find(ApplicationSchema, { id: { $in: [...ids] } });

export const findApplicationsByApplicants = (em: EntityManager, pins: readonly string[]): Promise<Application[]> =>
  em.find(ApplicationSchema, { applicantPin: { $in: [...pins] } }, { orderBy: { submittedAt: 'desc', id: 'asc' } });

export const findApplicationsByHouseholds = (em: EntityManager, householdIds: readonly string[]): Promise<Application[]> =>
  em.find(ApplicationSchema, { householdId: { $in: [...householdIds] } }, { orderBy: { submittedAt: 'desc', id: 'asc' } });

const mapRows = (em: EntityManager, rows: Record<string, unknown>[]): Application[] => rows.map((row) => em.map(ApplicationSchema, row));

export const findApplicationByKey = async (em: EntityManager, key: string): Promise<Application | undefined> =>
  (await em.find(ApplicationSchema, { idempotencyKey: key }, { limit: 1 }))[0];

export const findPendingApplication = async (em: EntityManager, householdId: string, benefitCode: string): Promise<Application | undefined> =>
  (await em.find(ApplicationSchema, { householdId, benefitCode, status: 'SUBMITTED' }, { limit: 1 }))[0];

export interface NewApplication {
  readonly id: string;
  readonly benefitCode: string;
  readonly householdId: string;
  readonly applicantPin: string;
  readonly submittedAt: Date;
  readonly deadline: string;
  readonly idempotencyKey: string | null;
}

/**
 * Inserts a SUBMITTED application in one statement; undefined when a unique rule stops it (the same
 * idempotency key, or the household's pending application for the benefit).
 */
export const insertApplication = async (em: EntityManager, application: NewApplication): Promise<Application | undefined> => {
  const rows = await em.execute<Record<string, unknown>[]>(
    `insert into benefits.application (id, benefit_code, household_id, applicant_pin, submitted_at, deadline, status, idempotency_key)
     values (?::uuid, ?, ?::uuid, ?, ?, ?::date, 'SUBMITTED', ?)
     on conflict do nothing
     returning *`,
    [application.id, application.benefitCode, application.householdId, application.applicantPin, application.submittedAt, application.deadline, application.idempotencyKey],
  );
  return mapRows(em, rows)[0];
};

/** The application as it is now in the database, past any request cache. */
export const readApplication = async (em: EntityManager, id: string): Promise<Application | undefined> =>
  mapRows(em, await em.execute<Record<string, unknown>[]>(`select * from benefits.application where id = ?::uuid`, [id]))[0];

/** Locks the application for the rest of the transaction. */
export const lockApplication = async (em: EntityManager, id: string): Promise<Application | undefined> =>
  mapRows(em, await em.execute<Record<string, unknown>[]>(`select * from benefits.application where id = ?::uuid for update`, [id]))[0];

/** Records the decision made on an application. */
export const markApplicationDecided = async (em: EntityManager, id: string, decisionId: string): Promise<void> => {
  await em.execute(`update benefits.application set status = 'DECIDED', decision_id = ?::uuid where id = ?::uuid`, [decisionId, id]);
};

/**
 * Withdraws a SUBMITTED application in one statement; undefined when it is not SUBMITTED (decided or
 * already withdrawn), so a concurrent decision and withdrawal can never both win.
 */
export const markApplicationWithdrawn = async (em: EntityManager, id: string, at: Date): Promise<Application | undefined> =>
  mapRows(
    em,
    await em.execute<Record<string, unknown>[]>(
      `update benefits.application set status = 'WITHDRAWN', withdrawn_at = ? where id = ?::uuid and status = 'SUBMITTED' returning *`,
      [at, id],
    ),
  )[0];

export interface PendingApplicationRow {
  readonly application: Application;
  /** The decision job exhausted its retries (pg-boss `failed` state). */
  readonly jobFailed: boolean;
}

/**
 * SUBMITTED applications due on or before `dueBy`, or whose `applications.submitted` job failed for
 * good (its id is the application's), earliest deadline first, then by id. The job queue lives in the
 * same database (jobs are enqueued in the application's own transaction).
 */
export const findApplicationsNeedingAttention = async (em: EntityManager, jobSchema: string, queue: string, dueBy: string, limit: number, offset: number): Promise<PendingApplicationRow[]> => {
  const rows = await em.execute<(Record<string, unknown> & { job_failed: boolean })[]>(
    `select a.*, exists (select 1 from ${jobSchema}.job j where j.name = ? and j.id = a.id and j.state = 'failed') as job_failed
       from benefits.application a
      where a.status = 'SUBMITTED'
        and (a.deadline <= ?::date or exists (select 1 from ${jobSchema}.job j where j.name = ? and j.id = a.id and j.state = 'failed'))
      order by a.deadline, a.id
      limit ? offset ?`,
    [queue, dueBy, queue, limit, offset],
  );
  return rows.map((row) => {
    const { job_failed: jobFailed, ...columns } = row;
    return { application: em.map(ApplicationSchema, columns), jobFailed: Boolean(jobFailed) };
  });
};

import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { enqueueJobs, prepareJobQueue, QUEUES, uuidV7, type FactIngestedJob, type FactKind } from '@usr/shared';

/**
 * The facts subgraph's side of the shared job queue (shared/src/jobs/job-queue.ts): what a
 * facts.ingested job is made of, and its enqueue in the transaction that stores the fact.
 */

/** The pg-boss queue the decision engine consumes: one job per fact stored (accepted or superseding). */
export const FACTS_INGESTED = QUEUES.factsIngested;
export type { FactIngestedJob };

/**
 * The queue of the bulk feed's jobs: one job per chunk, naming every fact the chunk stored (a job
 * row per fact cost PostgreSQL more than the fact itself). The engine still decides each fact on
 * its own, exactly as a facts.ingested job.
 */
export const FACTS_INGESTED_CHUNK = QUEUES.factsIngestedChunk;

/** Just what a job is made of; takes the stored fact or anything shaped like it. */
export const factJob = (fact: { id: string; subjectPin: string; kind: FactKind; agencyCode: string }, outcome: FactIngestedJob['outcome']): FactIngestedJob => ({
  subjectPin: fact.subjectPin,
  factId: fact.id,
  kind: fact.kind,
  agency: fact.agencyCode,
  outcome,
});

/** Starts the job queue now (pg-boss schema and queue), so the first submission does not pay for it. */
export const prepareFactQueue = (orm: MikroORM): Promise<void> => prepareJobQueue(orm, [FACTS_INGESTED, FACTS_INGESTED_CHUNK, QUEUES.correctionsAnswered]);

/**
 * Enqueues `jobs` in `em`'s open transaction with ONE multi-row insert. The job id is the fact id,
 * so a fact can never be queued twice.
 */
export const enqueueFactJobs = (em: EntityManager, jobs: readonly FactIngestedJob[]): Promise<void> =>
  enqueueJobs(em, FACTS_INGESTED, jobs.map((data) => ({ id: data.factId, data })));

/**
 * Enqueues the facts.ingested-chunk jobs naming `jobs` in `em`'s open transaction, one per outcome
 * (nothing when empty): the bulk feed's facts stored one by one (corrections, references repeated
 * in a chunk). All of one agency, the feed's.
 */
export const enqueueFactChunkJobs = (em: EntityManager, agency: string, jobs: readonly FactIngestedJob[]): Promise<void> => {
  const outcomes = [...new Set(jobs.map((job) => job.outcome))];
  return enqueueJobs(
    em,
    FACTS_INGESTED_CHUNK,
    outcomes.map((outcome) => ({ id: uuidV7(), data: { agency, outcome, factIds: jobs.filter((job) => job.outcome === outcome).map((job) => job.factId) } })),
  );
};

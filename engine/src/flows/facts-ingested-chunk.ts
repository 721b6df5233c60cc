import type pg from 'pg';
import type { FactToDecide, FactsIngestedChunkJob } from '@usr/shared';

/** What one run of a chunk job did. */
export interface ChunkOutcome {
  /** Facts decided by this run. */
  readonly decided: number;
  /** Facts a previous run of the job had decided already (skipped). */
  readonly skipped: number;
  /** Facts whose decision failed in this run (decided by a retry of the job). */
  readonly failed: number;
}

/** The error a chunk job ends with when any of its facts failed: pg-boss retries the job, which decides only those. */
export class ChunkFactsFailed extends Error {
  readonly code: string;
  constructor(failed: number, firstCode: string) {
    super(`${failed} fact(s) of the chunk failed (first: ${firstCode}); the retry decides only them.`);
    this.name = 'ChunkFactsFailed';
    this.code = firstCode;
  }
}

/**
 * facts.ingested-chunk, the bulk feed's one job per chunk: every fact it names is decided on its
 * own, one after the other, exactly as its facts.ingested job would be (`decide`, which is the
 * engine's onFactIngested), and recorded done in `engine.fact_chunk_done` as soon as it is. A run
 * of the job (the first, or pg-boss's retry after a failure, a crash or a killed worker) decides
 * only the facts not recorded, so a crash mid-chunk resumes at the fact it stopped at; that fact,
 * if its decision was made but not yet recorded, is decided again, which writes nothing twice
 * (every flow is idempotent, keyed by the fact). A fact that fails does not stop the others; the
 * job then fails so that pg-boss retries it with backoff. Once every fact is done the records go.
 */
export const onFactsIngestedChunk = async (
  db: pg.Pool,
  jobId: string,
  job: FactsIngestedChunkJob,
  decide: (fact: FactToDecide) => Promise<unknown>,
  onFailure: (fact: FactToDecide, code: string) => void = () => undefined,
): Promise<ChunkOutcome> => {
  const done = new Set((await db.query<{ fact_id: string }>(`select fact_id from engine.fact_chunk_done where job_id = $1`, [jobId])).rows.map((r) => r.fact_id));
  let decided = 0;
  let failed = 0;
  let firstCode: string | undefined;
  for (const factId of job.factIds) {
    if (done.has(factId)) continue;
    const fact: FactToDecide = { factId, outcome: job.outcome };
    try {
      await decide(fact);
    } catch (error) {
      const own = error instanceof Error ? (error as { code?: unknown }).code : undefined;
      const code = typeof own === 'string' ? own : error instanceof Error ? error.name : 'UNKNOWN';
      failed++;
      firstCode ??= code;
      onFailure(fact, code);
      continue;
    }
    await db.query(`insert into engine.fact_chunk_done (job_id, fact_id) values ($1, $2) on conflict do nothing`, [jobId, fact.factId]);
    decided++;
  }
  if (firstCode !== undefined) throw new ChunkFactsFailed(failed, firstCode);
  await db.query(`delete from engine.fact_chunk_done where job_id = $1`, [jobId]);
  return { decided, skipped: done.size, failed };
};

import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { QUEUES, uuidV7, type FactToDecide, type FactsIngestedChunkJob } from '@usr/shared';
import { createTestDatabase, type TestDatabase } from '@usr/shared/testing';
import { prepareEngineDatabase } from '../src/database.ts';
import { ChunkFactsFailed, onFactsIngestedChunk } from '../src/flows/facts-ingested-chunk.ts';
import { startWorker } from '../src/worker.ts';
import { enginePin, engineRequest, eventually, seedHousehold, startEngineTestbed, submitFacts, type EngineTestbed } from './support/engine-harness.ts';

/**
 * The bulk feed's facts.ingested-chunk jobs: one job names a chunk's facts, and the engine still
 * decides each fact on its own, exactly once, resuming a crashed or failed run where it stopped.
 */
describe('a chunk job run (real PostgreSQL, the decision counted)', () => {
  let db: TestDatabase;
  let pool: pg.Pool;
  beforeAll(async () => {
    db = await createTestDatabase(inject('adminDatabaseUrl'), 'engine_chunk');
    await prepareEngineDatabase(db.url);
    pool = new pg.Pool({ connectionString: db.url, max: 2 });
  });
  afterAll(async () => {
    await pool?.end();
    await db?.drop();
  });

  const chunk = (n: number): FactsIngestedChunkJob => ({ agency: 'taxes', outcome: 'ACCEPTED', factIds: Array.from({ length: n }, () => uuidV7()) });
  const records = async (jobId: string) => Number((await pool.query<{ n: string }>(`select count(*) as n from engine.fact_chunk_done where job_id = $1`, [jobId])).rows[0]?.n);

  it('decides every fact once, in order, and keeps no record once the job is done', async () => {
    const job = chunk(20);
    const jobId = randomUUID();
    const decided: FactToDecide[] = [];
    const out = await onFactsIngestedChunk(pool, jobId, job, async (fact) => void decided.push(fact));
    expect(out).toEqual({ decided: 20, skipped: 0, failed: 0 });
    expect(decided).toEqual(job.factIds.map((factId) => ({ factId, outcome: 'ACCEPTED' })));
    expect(await records(jobId)).toBe(0);
  });

  it('decides the other facts when one fails, fails the job, and the retry decides only the failed one', async () => {
    const job = chunk(10);
    const facts = job.factIds;
    const jobId = randomUUID();
    const successes = new Map<string, number>();
    let failing = facts[4];
    const decide = async (fact: FactToDecide) => {
      if (fact.factId === failing) throw Object.assign(new Error('the gateway is down'), { code: 'GATEWAY_UNAVAILABLE' });
      successes.set(fact.factId, (successes.get(fact.factId) ?? 0) + 1);
    };
    const failures: string[] = [];
    const first = onFactsIngestedChunk(pool, jobId, job, decide, (fact, code) => failures.push(`${fact.factId}:${code}`));
    await expect(first).rejects.toBeInstanceOf(ChunkFactsFailed);
    await expect(first).rejects.toMatchObject({ code: 'GATEWAY_UNAVAILABLE' });
    expect(failures).toEqual([`${facts[4]}:GATEWAY_UNAVAILABLE`]);
    expect(successes.size).toBe(9);
    expect(await records(jobId)).toBe(9);

    failing = undefined;
    expect(await onFactsIngestedChunk(pool, jobId, job, decide)).toEqual({ decided: 1, skipped: 9, failed: 0 });
    expect([...successes.keys()].sort()).toEqual([...facts].sort());
    expect([...successes.values()].every((n) => n === 1)).toBe(true);
    expect(await records(jobId)).toBe(0);
  });

  it('resumes a run that died mid-chunk at the fact it stopped at', async () => {
    const job = chunk(8);
    const jobId = randomUUID();
    const decided: string[] = [];
    // The first run's worker dies while deciding the fourth fact: its decision never returns.
    void onFactsIngestedChunk(pool, jobId, job, (fact) => {
      if (fact.factId === job.factIds[3]) return new Promise<never>(() => undefined);
      decided.push(fact.factId);
      return Promise.resolve();
    });
    await eventually(async () => ((await records(jobId)) === 3 ? true : undefined));
    // pg-boss gives the job to another worker (heartbeat lost): it decides the fourth fact on.
    const out = await onFactsIngestedChunk(pool, jobId, job, async (fact) => void decided.push(fact.factId));
    expect(out).toEqual({ decided: 5, skipped: 3, failed: 0 });
    expect(decided).toEqual(job.factIds);
  });
});

describe('the bulk feed through the gateway, the worker running', () => {
  let testbed: EngineTestbed | undefined;
  beforeAll(async () => {
    testbed = await startEngineTestbed('engine_chunk_feed', inject('adminDatabaseUrl'), inject('keycloakUrl'));
  });
  afterAll(async () => {
    await testbed?.stop();
  });

  it('decides each fact of a fed chunk on its own, once: a disability pension for each insured person; the replay queues nothing', async () => {
    if (!testbed) throw new Error('no testbed');
    const { registry, env, runtime, sql } = testbed;
    const pins = [enginePin(), enginePin(), enginePin()];
    for (const pin of pins) await seedHousehold(testbed.db.url, [{ pin, birthDate: '1980-01-01', sex: 'MALE', relation: 'HEAD' }]);
    // Two of the three are insured long enough for a disability pension; the third is not.
    await submitFacts(registry, 'pension-fund', pins.slice(0, 2).map((pin) => ({ subjectPin: pin, kind: 'INSURED_YEARS', value: { years: 12, months: 0 }, validFrom: '2024-01-01' })));
    const token = await registry.serviceToken('agency-medical-expertise');
    const body = pins.map((pin) => JSON.stringify({ subjectPin: pin, kind: 'DISABILITY', value: { group: 'II', cause: 'GENERAL' }, validFrom: '2026-01-10', sourceReference: `CHUNK-${pin}` })).join('\n');
    const post = async () => {
      const res = await fetch(new URL('/feeds/facts', registry.gatewayUrl), { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/x-ndjson' }, body });
      return (await res.text()).trim().split('\n').map((l) => JSON.parse(l) as { outcome?: string; factId?: string });
    };
    const answers = await post();
    expect(answers.map((a) => a.outcome ?? 'summary')).toEqual(['ACCEPTED', 'ACCEPTED', 'ACCEPTED', 'summary']);
    const chunkJobs = async () => (await sql.query<{ id: string; state: string; data: unknown }>(`select id, state, data from pgboss.job where name = $1 and data->'factIds' ? $2`, [QUEUES.factsIngestedChunk, answers[0]?.factId])).rows;
    expect((await chunkJobs()).map((j) => j.data)).toEqual([{ agency: 'medical-expertise', outcome: 'ACCEPTED', factIds: expect.arrayContaining(answers.slice(0, 3).map((a) => a.factId)) }]);

    const worker = await startWorker(env, runtime, { schedule: false });
    try {
      await eventually(async () => ((await chunkJobs())[0]?.state === 'completed' ? true : undefined), 90_000);
    } finally {
      await worker.stop();
    }
    const asEngine = engineRequest(registry);
    const pensions = async (pin: string) =>
      (await asEngine<{ person: { decisions: { outcome: string; benefitType: { code: string } }[] } }>(`query($pin: String!) { person(pin: $pin) { decisions { outcome benefitType { code } } } }`, { pin })).person.decisions.filter(
        (d) => d.benefitType.code === 'DISABILITY_PENSION',
      );
    expect(await pensions(pins[0] ?? '')).toEqual([{ outcome: 'GRANTED', benefitType: { code: 'DISABILITY_PENSION' } }]);
    expect(await pensions(pins[1] ?? '')).toEqual([{ outcome: 'GRANTED', benefitType: { code: 'DISABILITY_PENSION' } }]);
    expect(await pensions(pins[2] ?? '')).toEqual([]);
    expect(Number((await sql.query<{ n: string }>(`select count(*) as n from engine.fact_chunk_done`)).rows[0]?.n)).toBe(0);

    const replay = await post();
    expect(replay.map((a) => a.outcome ?? 'summary')).toEqual(['DUPLICATE', 'DUPLICATE', 'DUPLICATE', 'summary']);
    expect(await chunkJobs()).toHaveLength(1);
  }, 180_000);
});

import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startSubgraph, type RunningService } from '@usr/shared';
import { createTestDatabase, createTestTokens, postGraphQL, type TestDatabase, type TestTokenClaims, type TestTokens, startDirectoryStub, type DirectoryStub } from '@usr/shared/testing';
import { factsSubgraph } from '../src/index.ts';
import { UNREGISTERED } from './fixtures.ts';
import { FACTS_INGESTED, FACTS_INGESTED_CHUNK } from '../src/jobs/fact-jobs.ts';

let db: TestDatabase;
let service: RunningService;
let tokens: TestTokens;
/** The population register (the persons subgraph's register route): every PIN registered but UNREGISTERED. */
let register: DirectoryStub;
let pool: pg.Pool;

const TAXES: TestTokenClaims = { roles: ['agency-feed'], agency: 'taxes', serviceAccount: true };
const PIN = 'JBSX001';
const FEED_PIN = 'JBSX002';
/** Jobs for this subject make the test trigger on pgboss.job raise: a failure after the fact insert, before commit. */
const DOOMED_PIN = 'BADX001';

beforeAll(async () => {
  db = await createTestDatabase(inject('adminDatabaseUrl'));
  tokens = await createTestTokens();
  register = await startDirectoryStub({ regions: {}, households: {}, unregistered: UNREGISTERED });
  service = await startSubgraph(factsSubgraph, { databaseUrl: db.url, port: 0, auth: { verifier: tokens.verifier, directory: { personsUrl: register.personsUrl } } });
  pool = new pg.Pool({ connectionString: db.url, max: 2 });
});

afterAll(async () => {
  await pool?.end();
  await service?.stop();
  await register?.close();
  await db?.drop();
});

interface Input {
  subjectPin: string;
  kind: string;
  value: unknown;
  validFrom: string;
  validTo?: string | null;
  sourceReference: string;
}
interface Payload {
  submitFacts: { results: Array<{ outcome: string; fact: { id: string } | null }> };
}
interface JobRow {
  id: string;
  data: Record<string, unknown>;
  singleton_key: string | null;
}

const SUBMIT = `mutation($facts: [FactInput!]!) { submitFacts(facts: $facts) { results { outcome fact { id } } } }`;
const submit = async (facts: readonly Input[]) => postGraphQL<Payload>(service.url, SUBMIT, { facts }, { authorization: await tokens.bearer(TAXES) });

const income = (ref: string, amount: number, pin = PIN): Input => ({
  subjectPin: pin,
  kind: 'INCOME',
  value: { amount, month: '2025-01', source: 'SALARY' },
  validFrom: '2025-01-01',
  validTo: '2025-01-31',
  sourceReference: ref,
});

const postFeed = async (body: string) => {
  const res = await fetch(new URL('/feeds/facts', service.url), {
    method: 'POST',
    headers: { 'content-type': 'application/x-ndjson', authorization: await tokens.bearer(TAXES) },
    body,
  });
  const text = await res.text();
  const lines = text.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as { outcome?: string; factId?: string; summary?: unknown });
  return { status: res.status, results: lines.filter((l) => l.summary === undefined) };
};

const jobsOf = async (pin: string): Promise<JobRow[]> =>
  (await pool.query<JobRow>(`select id, data, singleton_key from pgboss.job where name = $1 and data->>'subjectPin' = $2 order by created_on, id`, [FACTS_INGESTED, pin])).rows;
/** The facts of `pin` the feed's chunk jobs name, each with its job's id, agency and outcome. */
const chunkEntriesOf = async (pin: string): Promise<Array<{ jobId: string; entry: Record<string, unknown> }>> =>
  (
    await pool.query<{ jobId: string; entry: Record<string, unknown> }>(
      `select j.id as "jobId", jsonb_build_object('factId', f.id, 'agency', j.data->'agency', 'outcome', j.data->'outcome') as entry
       from pgboss.job j cross join lateral jsonb_array_elements_text(j.data->'factIds') as e (id) join facts.fact f on f.id = e.id::uuid
       where j.name = $1 and f.subject_pin = $2 order by j.created_on, j.id`,
      [FACTS_INGESTED_CHUNK, pin],
    )
  ).rows;
const factIdsOf = async (pin: string): Promise<string[]> =>
  (await pool.query<{ id: string }>(`select id from facts.fact where subject_pin = $1`, [pin])).rows.map((r) => r.id);

describe('facts.ingested jobs', () => {
  it('queues one job with the payload for an accepted fact, in the same transaction', async () => {
    const res = await submit([income('JOB-1', 100)]);
    expect(res.errors).toBeUndefined();
    const [result] = res.data?.submitFacts.results ?? [];
    expect(result?.outcome).toBe('ACCEPTED');
    const factId = result?.fact?.id;
    expect(await jobsOf(PIN)).toEqual([
      { id: factId, singleton_key: factId, data: { subjectPin: PIN, factId, kind: 'INCOME', agency: 'taxes', outcome: 'ACCEPTED' } },
    ]);
  });

  it('queues nothing for a duplicate replay, one job for a superseding fact and none for a rejected item', async () => {
    const before = await jobsOf(PIN);
    const replay = await submit([income('JOB-1', 100)]);
    expect(replay.data?.submitFacts.results.map((r) => r.outcome)).toEqual(['DUPLICATE']);
    expect(await jobsOf(PIN)).toEqual(before);

    const correction = await submit([income('JOB-1', 150), { ...income('JOB-2', 1), subjectPin: 'not-a-pin' }]);
    expect(correction.data?.submitFacts.results.map((r) => r.outcome)).toEqual(['SUPERSEDED', 'REJECTED']);
    const newId = correction.data?.submitFacts.results[0]?.fact?.id;
    const after = await jobsOf(PIN);
    expect(after).toHaveLength(before.length + 1);
    expect(after.find((j) => j.id === newId)?.data).toEqual({ subjectPin: PIN, factId: newId, kind: 'INCOME', agency: 'taxes', outcome: 'SUPERSEDED' });
    const all = await pool.query<{ n: string }>(`select count(*) as n from pgboss.job where name = $1 and data->>'subjectPin' <> all($2)`, [FACTS_INGESTED, [PIN, FEED_PIN]]);
    expect(Number(all.rows[0]?.n)).toBe(0);
  });

  it('queues ONE chunk job naming every stored line of a 500-line feed, and nothing new when the feed is replayed', async () => {
    const body = Array.from({ length: 500 }, (_, i) => JSON.stringify(income(`FEED-JOB-${i}`, i + 1, FEED_PIN))).join('\n');
    const answer = await postFeed(body);
    expect(answer.status).toBe(200);
    expect(answer.results.filter((r) => r.outcome === 'ACCEPTED')).toHaveLength(500);
    const entries = await chunkEntriesOf(FEED_PIN);
    expect(new Set(entries.map((e) => e.jobId)).size).toBe(1);
    expect(entries.map((e) => e.entry).sort((a, b) => String(a['factId']).localeCompare(String(b['factId'])))).toEqual(
      answer.results.map((r) => ({ factId: r.factId, agency: 'taxes', outcome: 'ACCEPTED' })).sort((a, b) => String(a.factId).localeCompare(String(b.factId))),
    );
    // No per-fact job for a feed's line.
    expect(await jobsOf(FEED_PIN)).toEqual([]);

    const replay = await postFeed(body);
    expect(replay.results.every((r) => r.outcome === 'DUPLICATE')).toBe(true);
    expect(await chunkEntriesOf(FEED_PIN)).toHaveLength(500);
  });

  it('names a correction sent by the feed in a chunk job of its own chunk, as SUPERSEDED', async () => {
    const answer = await postFeed(JSON.stringify(income('FEED-JOB-7', 999, FEED_PIN)));
    expect(answer.results.map((r) => r.outcome)).toEqual(['SUPERSEDED']);
    const entries = await chunkEntriesOf(FEED_PIN);
    expect(entries).toHaveLength(501);
    const correction = entries.filter((e) => e.entry['factId'] === answer.results[0]?.factId);
    expect(correction.map((e) => e.entry)).toEqual([{ factId: answer.results[0]?.factId, agency: 'taxes', outcome: 'SUPERSEDED' }]);
    expect(new Set(entries.map((e) => e.jobId)).size).toBe(2);
  });

  it("writes the feed's chunk job row (one statement with the facts) exactly as pg-boss's insert writes it", async () => {
    // Every column but the job's own id, data and clock readings; the clock readings by their differences.
    // The fresh lines' chunk job is written by the feed's statement, the correction's by pg-boss's insert().
    const rowOf = async (outcome: string) =>
      (
        await pool.query<{ row: Record<string, unknown>; retained: string; delayed: string }>(
          `select to_jsonb(j) - 'id' - 'singleton_key' - 'data' - 'created_on' - 'start_after' - 'keep_until' as row,
                  (keep_until - created_on)::text as retained, (start_after - created_on)::text as delayed, id::text = singleton_key as keyed
           from pgboss.job j where name = $1 and data->>'outcome' = $3
           and exists (select from facts.fact f where f.id = (j.data->'factIds'->>0)::uuid and f.subject_pin = $2) limit 1`,
          [FACTS_INGESTED_CHUNK, FEED_PIN, outcome],
        )
      ).rows[0];
    const viaPgBoss = await rowOf('SUPERSEDED');
    const viaFeed = await rowOf('ACCEPTED');
    expect(viaPgBoss).toBeDefined();
    expect(viaFeed).toEqual(viaPgBoss);
  });

  describe('when the job insert fails after the fact insert', () => {
    beforeAll(async () => {
      // The pgboss schema exists by now (the subgraph started its queue); the trigger fires on the job row.
      await pool.query(`create function pgboss.doom_job() returns trigger language plpgsql as $$
        begin
          if new.data->>'subjectPin' = '${DOOMED_PIN}'
             or exists (select from jsonb_array_elements_text(new.data->'factIds') as e (id) join facts.fact f on f.id = e.id::uuid where f.subject_pin = '${DOOMED_PIN}')
          then raise exception 'injected job failure'; end if;
          return new;
        end $$`);
      await pool.query(`create trigger doom_job after insert on pgboss.job for each row execute function pgboss.doom_job()`);
    });
    afterAll(async () => {
      await pool.query(`drop trigger if exists doom_job on pgboss.job`);
    });

    it('keeps neither the fact nor the job of a GraphQL item', async () => {
      const res = await submit([income('DOOM-1', 100, DOOMED_PIN)]);
      expect(res.errors?.length ?? 0).toBeGreaterThan(0);
      expect(await factIdsOf(DOOMED_PIN)).toEqual([]);
      expect(await jobsOf(DOOMED_PIN)).toEqual([]);
    });

    it('keeps neither the facts nor the jobs of a feed chunk', async () => {
      const answer = await postFeed([income('DOOM-F1', 1, 'BADX002'), income('DOOM-F2', 2, DOOMED_PIN)].map((l) => JSON.stringify(l)).join('\n'));
      expect(answer.results.some((r) => r.outcome === 'ACCEPTED')).toBe(false);
      expect(await factIdsOf(DOOMED_PIN)).toEqual([]);
      expect(await factIdsOf('BADX002')).toEqual([]);
      expect(await chunkEntriesOf(DOOMED_PIN)).toEqual([]);
      expect(await chunkEntriesOf('BADX002')).toEqual([]);
    });
  });
});

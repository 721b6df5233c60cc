import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import pg from 'pg';
import { ECONOMIC_REGIONS, startSubgraph, type RunningService } from '@usr/shared';
import { createTestDatabase, createTestTokens, ENGINE, errorCodes, postGraphQL, type TestDatabase, type TestTokenClaims, type TestTokens } from '@usr/shared/testing';
import { DRY_RUN_SAMPLE_KINDS } from '../src/entities/parameter-version.ts';
import { MAX_RANDOM_HOUSEHOLDS, MAX_SEED } from '../src/services/dry-run-sample.ts';
import { benefitsSubgraph } from '../src/index.ts';

/**
 * The sample a dry run runs on (issue #15 item 4): the approver chooses everyone, a share, an
 * economic region (the registry's geography) or N random households; each is stored as it was
 * chosen (a random one with the seed it is drawn with), read back on ParameterDryRun.sample and
 * queued for the engine; bad input is BAD_USER_INPUT writing nothing; the same key answers the same
 * dry run, and the same key for another sample or draft is CONFLICT.
 */
const editor: TestTokenClaims = { roles: ['rules-editor'], subject: randomUUID() };
const approver: TestTokenClaims = { roles: ['rules-approver'], subject: randomUUID() };
const auditor: TestTokenClaims = { roles: ['auditor'] };

let db: TestDatabase;
let tokens: TestTokens;
let service: RunningService;
let sql: pg.Client;
let draftId: string;
let otherDraftId: string;

const gql = async (query: string, variables: Record<string, unknown>, as: TestTokenClaims | null) =>
  postGraphQL(service.url, query, variables, as ? { authorization: await tokens.bearer(as) } : {});

const DRAFT = `mutation($input: DraftParameterChangeInput!) { draftParameterChange(input: $input) { draft { id } error { code } } }`;
const draftOf = async (effectiveFrom: string, value: number): Promise<string> => {
  const basis = { act: { az: 'Akt', ru: 'Акт', en: 'Act' }, article: 'Article 1', date: '2026-11-30', text: { az: 'Mətn', ru: 'Текст', en: 'Text' } };
  const res = await gql(DRAFT, { input: { idempotencyKey: randomUUID(), reason: 'Budget law', changes: [{ benefitCode: 'TSA', name: 'needCriterion', value, effectiveFrom, sourced: true, legalBasis: basis }] } }, editor);
  const id = (res.data?.['draftParameterChange'] as { draft: { id: string } | null } | undefined)?.draft?.id;
  if (!id) throw new Error(`No draft: ${JSON.stringify(res)}`);
  return id;
};

beforeAll(async () => {
  db = await createTestDatabase(inject('adminDatabaseUrl'));
  tokens = await createTestTokens();
  service = await startSubgraph(benefitsSubgraph, { databaseUrl: db.url, port: 0, auth: { verifier: tokens.verifier } });
  sql = new pg.Client({ connectionString: db.url });
  await sql.connect();
  draftId = await draftOf('2034-01-01', 510);
  otherDraftId = await draftOf('2035-01-01', 520);
});

afterAll(async () => {
  await sql?.end();
  await service?.stop();
  await db?.drop();
});

type Sample = { kind: string; share: number | null; regionCode: string | null; households: number | null; seed: number | null };
type Payload = { created: boolean; dryRun: { id: string; status: string; sampleShare: number; sample: Sample } | null; error: { code: string } | null };
const REQUEST = `mutation($input: RequestParameterDryRunInput!) { requestParameterDryRun(input: $input) {
  created dryRun { id status sampleShare sample { kind share regionCode households seed } } error { code } } }`;
const request = (input: Record<string, unknown>, as: TestTokenClaims = approver) => gql(REQUEST, { input: { draftId, idempotencyKey: randomUUID(), ...input } }, as);
const payload = (res: Awaited<ReturnType<typeof gql>>): Payload => {
  const p = res.data?.['requestParameterDryRun'] as Payload | undefined;
  if (!p) throw new Error(JSON.stringify(res.errors?.map((e) => [e.extensions?.['code'], e.message])));
  return p;
};
const rowCount = async (): Promise<number> => Number((await sql.query(`select count(*) as n from benefits.parameter_dry_run`)).rows[0].n);
const NONE = { share: null, regionCode: null, households: null, seed: null };

describe('dry-run samples', () => {
  it('every kind of the SDL is one the approver can choose, stored and read back as chosen, with its job', async () => {
    const chosen: Record<string, Record<string, unknown>> = {
      ALL: { kind: 'ALL' },
      SHARE: { kind: 'SHARE', share: 0.25 },
      REGION: { kind: 'REGION', regionCode: ECONOMIC_REGIONS.at(-1)?.code },
      RANDOM: { kind: 'RANDOM', households: 500, seed: 42 },
    };
    expect(Object.keys(chosen).sort()).toEqual([...DRY_RUN_SAMPLE_KINDS].sort());
    for (const kind of DRY_RUN_SAMPLE_KINDS) {
      const p = payload(await request({ sample: chosen[kind] }));
      expect(p.created, kind).toBe(true);
      expect(p.dryRun?.sample, kind).toEqual({ ...NONE, ...chosen[kind] });
      // The deprecated share: the SHARE's own, 1 for everything else.
      expect(p.dryRun?.sampleShare, kind).toBe(kind === 'SHARE' ? 0.25 : 1);
      const job = await sql.query(`select data from pgboss.job where name = 'parameters.dry-run' and id::text = $1`, [p.dryRun?.id]);
      expect(job.rows, kind).toEqual([{ data: expect.objectContaining({ dryRunId: p.dryRun?.id }) }]);
    }
    // Every economic region of the registry's geography is a sample.
    for (const region of ECONOMIC_REGIONS) {
      expect(payload(await request({ sample: { kind: 'REGION', regionCode: region.code } })).dryRun?.sample, region.code).toEqual({ ...NONE, kind: 'REGION', regionCode: region.code });
    }
  });

  it('sampleShare, the short form, still works: a share below 1 is a SHARE, 1 or none is everyone', async () => {
    expect(payload(await request({ sampleShare: 0.1 })).dryRun).toMatchObject({ sampleShare: 0.1, sample: { ...NONE, kind: 'SHARE', share: 0.1 } });
    expect(payload(await request({ sampleShare: 1 })).dryRun).toMatchObject({ sampleShare: 1, sample: { ...NONE, kind: 'ALL' } });
    expect(payload(await request({})).dryRun).toMatchObject({ sampleShare: 1, sample: { ...NONE, kind: 'ALL' } });
    expect(payload(await request({ sample: { kind: 'SHARE', share: 1 } })).dryRun?.sample).toEqual({ ...NONE, kind: 'ALL' });
  });

  it('a random sample without a seed gets one from the registry, stored, and the same key answers it', async () => {
    const key = randomUUID();
    const first = payload(await request({ idempotencyKey: key, sample: { kind: 'RANDOM', households: 1000 } }));
    const seed = first.dryRun?.sample.seed;
    expect(first.created).toBe(true);
    expect(Number.isInteger(seed) && (seed as number) >= 0 && (seed as number) <= MAX_SEED).toBe(true);
    const stored = await sql.query(`select sample_kind, sample_share, sample_region_code, sample_households, sample_seed from benefits.parameter_dry_run where id = $1`, [first.dryRun?.id]);
    expect(stored.rows).toEqual([{ sample_kind: 'RANDOM', sample_share: null, sample_region_code: null, sample_households: 1000, sample_seed: seed }]);
    // A retry (with or without the seed it got) answers the same dry run, writing nothing.
    const rows = await rowCount();
    for (const sample of [{ kind: 'RANDOM', households: 1000 }, { kind: 'RANDOM', households: 1000, seed }]) {
      const again = payload(await request({ idempotencyKey: key, sample }));
      expect(again).toMatchObject({ created: false, dryRun: { id: first.dryRun?.id, sample: { seed } } });
    }
    expect(await rowCount()).toBe(rows);
    // Two dry runs without a seed draw with different seeds (each is reproducible by its own).
    const other = payload(await request({ sample: { kind: 'RANDOM', households: 1000 } }));
    expect(other.dryRun?.sample.seed).not.toBe(seed);
  });

  it('concurrent retries with one key make one dry run and one job', async () => {
    const key = randomUUID();
    const sample = { kind: 'RANDOM', households: 50 };
    const rows = await rowCount();
    const answers = (await Promise.all(Array.from({ length: 6 }, () => request({ idempotencyKey: key, sample })))).map(payload);
    expect(answers.filter((a) => a.created)).toHaveLength(1);
    expect(new Set(answers.map((a) => a.dryRun?.id)).size).toBe(1);
    expect(new Set(answers.map((a) => a.dryRun?.sample.seed)).size).toBe(1);
    expect(await rowCount()).toBe(rows + 1);
    const jobs = await sql.query(`select count(*) as n from pgboss.job where name = 'parameters.dry-run' and id::text = $1`, [answers[0]?.dryRun?.id]);
    expect(Number(jobs.rows[0].n)).toBe(1);
  });

  it('the same key for another sample or another draft is CONFLICT, writing nothing', async () => {
    const region = ECONOMIC_REGIONS[0]?.code;
    const otherRegion = ECONOMIC_REGIONS[1]?.code;
    const uses: Array<[string, Record<string, unknown>, Array<Record<string, unknown>>]> = [
      ['region', { sample: { kind: 'REGION', regionCode: region } }, [{ sample: { kind: 'REGION', regionCode: otherRegion } }, { sample: { kind: 'ALL' } }, { sampleShare: 0.5 }, { draftId: otherDraftId, sample: { kind: 'REGION', regionCode: region } }]],
      ['random', { sample: { kind: 'RANDOM', households: 20, seed: 7 } }, [{ sample: { kind: 'RANDOM', households: 21, seed: 7 } }, { sample: { kind: 'RANDOM', households: 20, seed: 8 } }, { sample: { kind: 'REGION', regionCode: region } }]],
      ['share', { sampleShare: 0.1 }, [{ sampleShare: 0.2 }, { sample: { kind: 'ALL' } }, { sample: { kind: 'RANDOM', households: 20 } }]],
      ['everyone', {}, [{ sampleShare: 0.5 }, { draftId: otherDraftId }]],
    ];
    for (const [name, first, others] of uses) {
      const key = randomUUID();
      const created = payload(await request({ ...first, idempotencyKey: key }));
      expect(created.created, name).toBe(true);
      const rows = await rowCount();
      for (const other of others) expect(errorCodes(await request({ ...other, idempotencyKey: key })), `${name} → ${JSON.stringify(other)}`).toEqual(['CONFLICT']);
      expect(await rowCount(), name).toBe(rows);
      expect(payload(await request({ ...first, idempotencyKey: key })), name).toMatchObject({ created: false, dryRun: { id: created.dryRun?.id } });
    }
  });

  it('bad samples are BAD_USER_INPUT naming the field, and write nothing', async () => {
    const bad: Array<[Record<string, unknown>, string]> = [
      [{ sampleShare: 0.5, sample: { kind: 'ALL' } }, 'input.sample'],
      [{ sampleShare: 0 }, 'input.sampleShare'],
      [{ sampleShare: 1.5 }, 'input.sampleShare'],
      [{ sample: { kind: 'SHARE' } }, 'input.sample.share'],
      [{ sample: { kind: 'SHARE', share: 0 } }, 'input.sample.share'],
      [{ sample: { kind: 'SHARE', share: -0.5 } }, 'input.sample.share'],
      [{ sample: { kind: 'SHARE', share: 0.5, regionCode: ECONOMIC_REGIONS[0]?.code } }, 'input.sample.regionCode'],
      [{ sample: { kind: 'ALL', share: 0.5 } }, 'input.sample.share'],
      [{ sample: { kind: 'REGION' } }, 'input.sample.regionCode'],
      [{ sample: { kind: 'REGION', regionCode: 'atlantis' } }, 'input.sample.regionCode'],
      // A district is not an economic region.
      [{ sample: { kind: 'REGION', regionCode: ECONOMIC_REGIONS[0]?.districts[0]?.code } }, 'input.sample.regionCode'],
      [{ sample: { kind: 'REGION', regionCode: ECONOMIC_REGIONS[0]?.code, households: 10 } }, 'input.sample.households'],
      [{ sample: { kind: 'RANDOM' } }, 'input.sample.households'],
      [{ sample: { kind: 'RANDOM', households: 0 } }, 'input.sample.households'],
      [{ sample: { kind: 'RANDOM', households: -3 } }, 'input.sample.households'],
      [{ sample: { kind: 'RANDOM', households: MAX_RANDOM_HOUSEHOLDS + 1 } }, 'input.sample.households'],
      [{ sample: { kind: 'RANDOM', households: 10, seed: -1 } }, 'input.sample.seed'],
      [{ sample: { kind: 'SHARE', share: 0.5, seed: 3 } }, 'input.sample.seed'],
    ];
    const rows = await rowCount();
    for (const [input, field] of bad) {
      const res = await request(input);
      expect(errorCodes(res), JSON.stringify(input)).toEqual(['BAD_USER_INPUT']);
      expect(res.errors?.[0]?.extensions?.['field'], JSON.stringify(input)).toBe(field);
      expect(JSON.stringify(res.errors)).not.toMatch(/stack|at .*\.ts/);
    }
    // Beyond a GraphQL Int, or a kind the SDL does not have: refused by the schema itself.
    expect(errorCodes(await request({ sample: { kind: 'RANDOM', households: 2 ** 31 } }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await request({ sample: { kind: 'PERSONS' } }))).toEqual(['BAD_USER_INPUT']);
    // The bounds themselves are fine.
    expect(payload(await request({ sample: { kind: 'RANDOM', households: MAX_RANDOM_HOUSEHOLDS, seed: MAX_SEED } })).created).toBe(true);
    expect(payload(await request({ sample: { kind: 'RANDOM', households: 1, seed: 0 } })).created).toBe(true);
    expect(await rowCount()).toBe(rows + 2);
  });

  it('rules editors and approvers request a sample; an auditor or the engine is refused, and everyone who reads dry runs reads the sample', async () => {
    const sample = { kind: 'REGION', regionCode: ECONOMIC_REGIONS[0]?.code };
    for (const as of [auditor, ENGINE]) expect(errorCodes(await request({ sample }, as))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await request({ sample }, null as unknown as TestTokenClaims))).toEqual(['UNAUTHENTICATED']);
    const mine = payload(await request({ sample }, editor));
    expect(mine.created).toBe(true);
    for (const as of [approver, auditor, ENGINE]) {
      const res = await gql(`query($id: ID!) { parameterDryRun(id: $id) { sample { kind regionCode } } }`, { id: mine.dryRun?.id }, as);
      expect(res.data?.['parameterDryRun']).toEqual({ sample: { kind: 'REGION', regionCode: sample.regionCode } });
    }
  });
});

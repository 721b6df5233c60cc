// PostgreSQL's cost of storing the bulk feed's facts, statement by statement, without Node's feed
// around it: 1,000-row chunks bound as typed arrays (as bulk/feed-store.ts binds them), each chunk
// its own transaction, on a copy of facts.fact with a chosen set of indexes:
//   node bench/fact-insert-cost.ts [--rows 100000] [--explain] [--only REGEX (the variants whose name matches)]
// Prints, per variant, the wall time and PostgreSQL CPU per row (from /proc, embedded server only);
// --explain then prints EXPLAIN (ANALYZE, BUFFERS) of one more chunk of new facts with the feed's
// statement on the last variant's filled table (rolled back).
import { parseArgs } from 'node:util';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { openBenchDatabase, runBenchmark } from './support/bench-database.ts';
import { postmasterOf, serverCpuSeconds } from './support/process-cpu.ts';

const { values: args } = parseArgs({
  options: { rows: { type: 'string', default: '100000' }, explain: { type: 'boolean', default: false }, only: { type: 'string' } },
});
const rows = Number(args.rows);
const CHUNK = 1000;

// The text key columns' collations: the database's default (the server's locale) or `collate "C"`.
const table = (sourceCollate = '', pinCollate = '') => `create table t.fact (
  id uuid primary key, agency_code varchar(32) ${sourceCollate} not null, subject_pin char(7) ${pinCollate} not null, kind varchar(32) not null,
  value jsonb not null, valid_from date not null, valid_to date, recorded_at timestamptz not null default now(),
  source_reference varchar(200) ${sourceCollate} not null, superseded_by uuid references t.fact (id), superseded_at timestamptz, declared_by char(7) null,
  check (valid_to is null or valid_to >= valid_from), check ((superseded_by is null) = (superseded_at is null)))`;
const INDEXES: Record<string, string> = {
  subject: `create index on t.fact (subject_pin, valid_from desc)`,
  source: `create unique index fact_source_current on t.fact (agency_code, source_reference) where superseded_by is null`,
  kind: `create index on t.fact (kind, valid_from)`,
};

const uuid = (i: number, run: number) => `0193${String(run).padStart(4, '0')}-0000-7000-8000-${String(i).padStart(12, '0')}`;
const PIN = '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ';
const pinOf = (i: number) => {
  let p = '';
  for (let n = (i * 7919) % 1_000_003, k = 0; k < 7; k++, n = Math.floor(n / 34)) p = PIN[n % 34] + p;
  return p;
};

const INSERT = `insert into t.fact (id, agency_code, subject_pin, kind, value, valid_from, valid_to, source_reference)
  select i, 'taxes', p, k, v, f, t, r from unnest($1::uuid[], $2::char(7)[], $3::varchar[], $4::jsonb[], $5::date[], $6::date[], $7::varchar[]) as x (i, p, k, v, f, t, r)
  order by r on conflict (agency_code, source_reference) where superseded_by is null do nothing`;
const LOOKUP_INSERT = `with input as (select * from unnest($1::uuid[], $2::char(7)[], $3::varchar[], $4::jsonb[], $5::date[], $6::date[], $7::varchar[]) as x (i, p, k, v, f, t, r)),
  current as (select i.r, c.id from input i cross join lateral (select * from t.fact c where c.agency_code = 'taxes' and c.source_reference = i.r and c.superseded_by is null limit 1) c)
  insert into t.fact (id, agency_code, subject_pin, kind, value, valid_from, valid_to, source_reference)
  select i, 'taxes', p, k, v, f, t, r from input where not exists (select from current c where c.r = input.r)
  order by r on conflict (agency_code, source_reference) where superseded_by is null do nothing`;

// The feed's statement since this session: insert first, look up only the references not inserted.
const INSERT_THEN_LOOKUP = `with input as (select * from unnest($1::uuid[], $2::char(7)[], $3::varchar[], $4::jsonb[], $5::date[], $6::date[], $7::varchar[]) as x (i, p, k, v, f, t, r)),
  inserted as (insert into t.fact (id, agency_code, subject_pin, kind, value, valid_from, valid_to, source_reference)
    select i, 'taxes', p, k, v, f, t, r from input order by r on conflict (agency_code, source_reference) where superseded_by is null do nothing returning source_reference),
  pending as materialized (select * from input i where not exists (select from inserted n where n.source_reference = i.r))
  select count(*) from pending i cross join lateral (select * from t.fact c where c.agency_code = 'taxes' and c.source_reference = i.r and c.superseded_by is null limit 1) c`;
const FROM_STAGE = `insert into t.fact (id, agency_code, subject_pin, kind, value, valid_from, valid_to, source_reference)
  select i, 'taxes', p, k, v, f, t, r from t_stage order by r on conflict (agency_code, source_reference) where superseded_by is null do nothing`;

const chunkParams = (start: number, run: number) => {
  const ids: string[] = [], pins: string[] = [], kinds: string[] = [], values: string[] = [], froms: string[] = [], tos: string[] = [], refs: string[] = [];
  for (let i = start; i < start + CHUNK; i++) {
    const month = `2025-${String((i % 12) + 1).padStart(2, '0')}`;
    ids.push(uuid(i, run)); pins.push(pinOf(i)); kinds.push('INCOME');
    values.push(JSON.stringify({ amount: 100 + (i % 900), month, source: 'SALARY' })); froms.push(`${month}-01`); tos.push(`${month}-28`); refs.push(`BENCH-${i}`);
  }
  return [ids, pins, kinds, values, froms, tos, refs];
};

const main = async () => {
  const db = await openBenchDatabase({ prefix: 'fact_insert_cost', durable: true, databaseUrl: process.env['DATABASE_URL'] });
  const postmaster = db.embedded ? postmasterOf(String((await db.query(`select setting from pg_settings where name = 'data_directory'`)).rows[0]?.setting)) : undefined;
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  const all: Array<[name: string, indexes: string[], sql: string, sourceCollate?: string, pinCollate?: string]> = [
    ['pk + source + subject + kind, look up then insert (before this session)', ['source', 'subject', 'kind'], LOOKUP_INSERT],
    ['pk + source + subject + kind, insert first then look up the rest', ['source', 'subject', 'kind'], INSERT_THEN_LOOKUP],
    ['pk + source + subject + kind, insert only', ['source', 'subject', 'kind'], INSERT],
    ['pk + source + subject + kind, COPY into a temporary staging table + insert … select', ['source', 'subject', 'kind'], 'COPY'],
    ['pk + source + subject (no kind index: kept), insert first then look up the rest', ['source', 'subject'], INSERT_THEN_LOOKUP],
    ['pk + source + subject (no kind index), insert only', ['source', 'subject'], INSERT],
    ['pk + source + kind (no subject index)', ['source', 'kind'], INSERT],
    ['pk + source only', ['source'], INSERT],
    ['pk + source + subject, default collation, insert first then look up the rest', ['source', 'subject'], INSERT_THEN_LOOKUP],
    ['pk + source + subject, agency and source reference COLLATE "C", insert first then look up the rest', ['source', 'subject'], INSERT_THEN_LOOKUP, 'collate "C"'],
    ['pk + source + subject, agency, source reference and subject PIN COLLATE "C", insert first then look up the rest', ['source', 'subject'], INSERT_THEN_LOOKUP, 'collate "C"', 'collate "C"'],
  ];
  const variants = all.filter(([name]) => !args.only || new RegExp(args.only, 'i').test(name));
  try {
    let run = 0;
    for (const [name, indexes, sql, sourceCollate, pinCollate] of variants) {
      run++;
      await client.query(`drop schema if exists t cascade; create schema t; ${table(sourceCollate, pinCollate)}; ${indexes.map((i) => INDEXES[i]).join(';')}`);
      if (sql === 'COPY') await client.query(`create temp table if not exists t_stage (i uuid, p char(7), k varchar, v jsonb, f date, t date, r varchar) on commit delete rows`);
      await client.query('checkpoint');
      const cpu0 = serverCpuSeconds(postmaster);
      const t0 = performance.now();
      for (let start = 0; start < rows; start += CHUNK) {
        await client.query('begin');
        const params = chunkParams(start, run);
        if (sql === 'COPY') {
          let text = '';
          for (let i = 0; i < CHUNK; i++) text += `${params.map((column) => (column[i] ?? '').replaceAll('\\', '\\\\')).join('\t')}\n`;
          await pipeline(Readable.from([text]), client.query(copyFrom('copy t_stage from stdin')));
          await client.query(FROM_STAGE);
        } else await client.query(sql, params);
        await client.query('commit');
      }
      const wall = (performance.now() - t0) / 1000;
      const cpu = serverCpuSeconds(postmaster) - cpu0;
      console.log(`${name}: ${((wall * 1e6) / rows).toFixed(1)} µs wall, ${db.embedded ? ((cpu * 1e6) / rows).toFixed(1) : '—'} µs PostgreSQL CPU per row`);
    }
    if (args.explain) {
      await client.query(`drop schema if exists t cascade; create schema t; ${table()}; ${INDEXES['source']}; ${INDEXES['subject']}`);
      for (let start = 0; start < rows; start += CHUNK) await client.query(INSERT_THEN_LOOKUP, chunkParams(start, 99));
      await client.query('vacuum analyze t.fact');
      await client.query('begin');
      const plan = await client.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers, costs off) ${INSERT_THEN_LOOKUP}`, chunkParams(rows, 99));
      await client.query('rollback');
      console.log(`\nEXPLAIN (ANALYZE, BUFFERS), chunk ${rows / CHUNK + 1} of new facts on ${rows.toLocaleString('en')} rows (pk + source + subject):`);
      for (const row of plan.rows) console.log(`  ${row['QUERY PLAN']}`);
    }
  } finally {
    await client.end();
    await db.close();
  }
};

runBenchmark(main);

// PostgreSQL's own CPU for the plain reads of one full record (bench:gateways --statements lists
// them: person, payment accounts, assignments with decisions, payments, fact page, the person's
// membership, the household's members, household assistance, members' persons), run from one
// connection as unnamed statements (pg's default), as named prepared statements (selectRows since
// session 6; plan_cache_mode auto) and named with plan_cache_mode=force_generic_plan. CPU is the
// backend's utime + stime from /proc (same machine only). The texts mirror the stores' statements.
//
//   node --experimental-strip-types bench/read-statement-cost.ts [records per run, default 2000]
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { migrateSchemas, startEmbeddedPostgres } from '@usr/shared';
import { SUBGRAPH_DATABASES } from '../scripts/subgraph-databases.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'pg-readcost-'));
const pgsrv = await startEmbeddedPostgres({ dataDir, port: 30000 + Math.floor(Math.random() * 2000), durable: false });
try {
  await migrateSchemas(pgsrv.url, SUBGRAPH_DATABASES);
  const { loadPopulation } = await import('@usr/population');
  await loadPopulation({ databaseUrl: pgsrv.url, persons: 2000, seed: 1 });
  const setup = new pg.Client({ connectionString: pgsrv.url });
  await setup.connect();
  const heads = (await setup.query<{ pin: string }>(`select distinct m.person_pin as pin from households.membership m join benefits.assignment a on a.household_id = m.household_id where m.relation = 'HEAD' and m.valid_to is null order by 1 limit 40`)).rows.map((r) => r.pin);
  const COVER = 'm.valid_from <= $2::date and (m.valid_to is null or m.valid_to >= $2::date)';
  const MH = `select m.*, h.id as h_id, h.address_line as h_address_line, h.district_code as h_district_code, h.region_code as h_region_code, h.created_at as h_created_at from households.membership m cross join lateral (select h.* from households.household h where h.id = m.household_id offset 0) h where `;
  const today = new Date().toISOString().slice(0, 10);
  type Q = { text: string; values: unknown[] };
  const records: Q[][] = [];
  for (const pin of heads) {
    const hh = (await setup.query(MH + `m.person_pin = any($1) and ${COVER} order by m.valid_from asc, m.id asc`, [[pin], today])).rows[0]?.household_id as string;
    const members = (await setup.query(`select person_pin from households.membership m where m.household_id = $1 and ${COVER}`, [hh, today])).rows.map((r) => r.person_pin as string);
    const asg = (await setup.query(`select id from benefits.assignment where beneficiary_pin = any($1)`, [[pin]])).rows.map((r) => r.id as string);
    records.push([
      { text: 'select * from persons.person where pin = any($1)', values: [[pin]] },
      { text: 'select * from payments.payment_account where holder_pin = any($1) order by opened_at desc, id asc', values: [[pin]] },
      { text: `select a.*, d.id as d_id, d.outcome as d_outcome, d.steps as d_steps from benefits.assignment a left join benefits.decision d on d.id = a.decision_id where a.beneficiary_pin = any($1) order by a.period_from desc, a.id asc`, values: [[pin]] },
      { text: 'select * from payments.payment where assignment_id = any($1::uuid[]) order by month desc, id asc', values: [asg] },
      { text: `select page.* from unnest($1::char(7)[]) as subject (pin) cross join lateral ( select f.* from facts.fact f where f.subject_pin = subject.pin and f.kind = any($2::varchar[]) and f.superseded_by is null order by f.valid_from desc, f.id limit $3 offset $4 ) page order by page.subject_pin, page.valid_from desc, page.id`, values: [[pin], ['INCOME'], 21, 0] },
      { text: MH + `m.household_id in (select mine.household_id from households.membership mine where mine.person_pin = any($1) and mine.valid_from <= $2::date and (mine.valid_to is null or mine.valid_to >= $2::date)) and ${COVER} order by m.valid_from asc, m.person_pin asc, m.id asc`, values: [[pin], today] },
      { text: MH + `m.household_id = any($1::uuid[]) and ${COVER} order by m.valid_from asc, m.person_pin asc`, values: [[hh], today] },
      { text: 'select * from benefits.assignment where household_id = any($1::uuid[]) order by period_from desc, id asc', values: [[hh]] },
      { text: 'select * from persons.person where pin = any($1)', values: [members] },
    ]);
  }
  await setup.end();
  const names = new Map<string, string>();
  const nameOf = (text: string): string => {
    const name = names.get(text) ?? `s${names.size}`;
    names.set(text, name);
    return name;
  };
  // utime + stime (fields 14 and 15 of /proc/<pid>/stat), in jiffies of 10 ms.
  const cpu = (pid: number): number => {
    const fields = (readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1] ?? '').split(' ');
    return Number(fields[11]) + Number(fields[12]);
  };
  const run = async (mode: string, n: number) => {
    const c = new pg.Client({ connectionString: pgsrv.url });
    await c.connect();
    const pid = (await c.query<{ p: number }>('select pg_backend_pid() as p')).rows[0]?.p ?? 0;
    if (mode === 'generic') await c.query('set plan_cache_mode = force_generic_plan');
    const once = async (i: number) => {
      for (const q of records[i % records.length] ?? []) await c.query(mode === 'unnamed' ? q : { name: nameOf(q.text), ...q });
    };
    for (let i = 0; i < 100; i++) await once(i);
    const c0 = cpu(pid); const t0 = performance.now();
    for (let i = 0; i < n; i++) await once(i);
    const ms = ((cpu(pid) - c0) * 10) / n; const wall = (performance.now() - t0) / n;
    await c.end();
    return { mode, backendCpuMsPerRecord: Number(ms.toFixed(3)), wallMsPerRecord: Number(wall.toFixed(3)) };
  };
  const n = Number(process.argv[2] ?? 2000);
  for (let round = 0; round < 3; round++) for (const mode of ['unnamed', 'named', 'generic']) console.log(JSON.stringify({ round, ...(await run(mode, n)), load: readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ') }));
} finally {
  await pgsrv.stop();
  rmSync(dataDir, { recursive: true, force: true });
}

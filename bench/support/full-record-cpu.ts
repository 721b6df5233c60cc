// Node CPU per full record with every subgraph and the gateway in ONE process (test/support/registry.ts),
// over the demo population bench:gateways uses and its README query: process CPU (user + system) over
// thousands of records, PostgreSQL (a separate process) excluded. One process, closed loop: a quick
// CPU figure for an A/B of subgraph code, and one profile (perf or --cpu-prof) holds every subgraph.
//   node --experimental-strip-types --no-warnings bench/support/full-record-cpu.ts [--records 2000] [--concurrency 4] [--passes 3]
//   add --no-access-log to run the subgraphs without the access log (what it costs; never a result)
// Issue #14, session 7 (BENCHMARKS.md, "Session 7 ... branch stream7-sub").
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { migrateSchemas, startEmbeddedPostgres } from '@usr/shared';
import { postGraphQL } from '@usr/shared/testing';
import { SUBGRAPH_DATABASES } from '../../scripts/subgraph-databases.ts';
import { README_FULL_RECORD } from '../../test/support/full-record-query.ts';
import { startRegistry } from '../../test/support/registry.ts';

const { values } = parseArgs({
  options: { records: { type: 'string', default: '2000' }, concurrency: { type: 'string', default: '4' }, passes: { type: 'string', default: '3' }, persons: { type: 'string', default: '2000' }, 'no-access-log': { type: 'boolean', default: false } },
});
const records = Number(values.records);
const concurrency = Number(values.concurrency);

const dataDir = mkdtempSync(join(tmpdir(), 'usr-record-cpu-'));
const postgres = await startEmbeddedPostgres({ dataDir, port: 19000 + Math.floor(Math.random() * 1000), durable: false });
try {
  await migrateSchemas(postgres.url, SUBGRAPH_DATABASES);
  const { loadPopulation } = await import('@usr/population');
  await loadPopulation({ databaseUrl: postgres.url, persons: Number(values.persons), seed: 1 });
  const client = new pg.Client({ connectionString: postgres.url });
  await client.connect();
  // The PINs bench:gateways asks for: household heads with a benefit, the README's first.
  const { rows } = await client.query<{ pin: string }>(
    `select distinct m.person_pin as pin from households.membership m join benefits.assignment a on a.household_id = m.household_id
     where m.relation = 'HEAD' and m.valid_to is null order by 1`,
  );
  await client.end();
  const pins = rows.map((r) => r.pin);
  const registry = await startRegistry(postgres.url, undefined, { accessLog: !values['no-access-log'] });
  try {
    const authorization = `Bearer ${await registry.serviceToken('decision-engine')}`;
    const run = async (n: number) => {
      let next = 0;
      const worker = async () => {
        while (next < n) {
          const pin = pins[next++ % pins.length] ?? '';
          const res = await postGraphQL(registry.gatewayUrl, README_FULL_RECORD, { pin }, { authorization });
          if (res.errors) throw new Error(`request failed: ${JSON.stringify(res.errors[0]?.extensions)}`);
        }
      };
      await Promise.all(Array.from({ length: concurrency }, worker));
    };
    await run(Math.min(records, 400));
    for (let pass = 0; pass < Number(values.passes); pass++) {
      const load = loadavg()[0]?.toFixed(1);
      const cpu = process.cpuUsage();
      const started = performance.now();
      await run(records);
      const used = process.cpuUsage(cpu);
      console.log(
        JSON.stringify({ pass: pass + 1, accessLog: !values['no-access-log'], records, persons: pins.length, nodeCpuMsPerRecord: Number(((used.user + used.system) / 1000 / records).toFixed(3)), recordsPerSecond: Number((records / ((performance.now() - started) / 1000)).toFixed(1)), loadAverage: Number(load) }),
      );
    }
  } finally {
    await registry.stop();
  }
} finally {
  await postgres.stop();
  rmSync(dataDir, { recursive: true, force: true });
}

// Bulk-load benchmark of the synthetic population:
//   node bench/population-load.ts [--persons 1000000] [--seed 1] [--today YYYY-MM-DD] [--no-fsync]
// Uses a fresh database on DATABASE_URL's server when set, otherwise an embedded PostgreSQL in a
// temporary directory (durable defaults unless --no-fsync). Prints row counts, wall time, rows/s
// per table and the peak RSS of this Node process; never personal data.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { startEmbeddedPostgres, type RunningPostgres } from '@usr/shared';
import { loadPopulation, TABLES, TABLE_NAMES, type PopulationTable } from '@usr/population';
import { migrateAll } from '../population/src/migrations.ts';

const { values: args } = parseArgs({
  options: {
    persons: { type: 'string', default: '1000000' },
    seed: { type: 'string', default: '1' },
    today: { type: 'string' },
    'no-fsync': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});

const persons = Number(args.persons);
const withDatabase = (url: string, database: string): string => {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
};

const adminQuery = async (url: string, sql: string): Promise<void> => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
};

const main = async () => {
  let postgres: RunningPostgres | undefined;
  let dataDir: string | undefined;
  let adminUrl = process.env['DATABASE_URL'];
  if (!adminUrl) {
    dataDir = mkdtempSync(join(tmpdir(), 'usr-bench-pg-'));
    postgres = await startEmbeddedPostgres({ dataDir, port: 25432 + Math.floor(Math.random() * 2000), durable: !args['no-fsync'] });
    adminUrl = postgres.url;
  }
  const database = `population_bench_${randomBytes(4).toString('hex')}`;
  await adminQuery(adminUrl, `create database "${database}"`);
  const url = withDatabase(adminUrl, database);
  try {
    await migrateAll(url);
    const committedAt = new Map<PopulationTable, number>();
    const started = performance.now();
    const counts = await loadPopulation({
      databaseUrl: url,
      persons,
      seed: Number(args.seed),
      ...(args.today ? { today: args.today } : {}),
      onProgress: (p) => {
        if (p.phase === 'generating') console.log(`  ${p.persons.toLocaleString('en')} persons generated (${(p.elapsedMs / 1000).toFixed(0)} s)`);
        else committedAt.set(p.table, p.elapsedMs);
      },
    });
    const wallSeconds = (performance.now() - started) / 1000;
    const sizes = new pg.Client({ connectionString: url });
    await sizes.connect();
    const size = await sizes.query<{ size: string }>('select pg_size_pretty(pg_database_size(current_database())) as size');
    await sizes.end();

    console.log(`\nPopulation load: ${persons.toLocaleString('en')} persons, ${postgres ? `embedded PostgreSQL${args['no-fsync'] ? ' (fsync off)' : ''}` : 'DATABASE_URL'}`);
    console.table(
      Object.fromEntries(
        TABLE_NAMES.map((table) => {
          const seconds = (committedAt.get(table) ?? wallSeconds * 1000) / 1000;
          return [TABLES[table].name, { rows: counts[table], 'committed at (s)': Number(seconds.toFixed(1)), 'rows/s': Math.round(counts[table] / seconds) }];
        }),
      ),
    );
    const total = TABLE_NAMES.reduce((sum, t) => sum + counts[t], 0);
    console.log(`facts per person: ${(counts.facts / persons).toFixed(2)}`);
    console.log(`wall time (generate + COPY + commit + analyze): ${wallSeconds.toFixed(1)} s; all rows ${total.toLocaleString('en')} → ${Math.round(total / wallSeconds).toLocaleString('en')} rows/s`);
    console.log(`peak RSS of the loader (Node): ${Math.round(process.resourceUsage().maxRSS / 1024)} MB; database size ${size.rows[0]?.size ?? '?'}`);
  } finally {
    if (!args.keep) await adminQuery(adminUrl, `drop database if exists "${database}" with (force)`);
    await postgres?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
};

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});

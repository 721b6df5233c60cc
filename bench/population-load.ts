// Bulk-load benchmark of the synthetic population:
//   node bench/population-load.ts [--persons 1000000] [--seed 1] [--today YYYY-MM-DD] [--no-fsync]
// Uses a fresh database on DATABASE_URL's server when set, otherwise an embedded PostgreSQL in a
// temporary directory (durable defaults unless --no-fsync). Prints row counts, wall time, rows/s
// per table and the peak RSS of this Node process; never personal data.
import { parseArgs } from 'node:util';
import pg from 'pg';
import { loadPopulation, TABLES, TABLE_NAMES, type PopulationTable } from '@usr/population';
import { migrateAll } from '../population/src/migrations.ts';
import { openBenchDatabase, runBenchmark } from './support/bench-database.ts';

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
const main = async () => {
  const db = await openBenchDatabase({ prefix: 'population_bench', durable: !args['no-fsync'], keep: args.keep, databaseUrl: process.env['DATABASE_URL'] });
  const url = db.url;
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

    console.log(`\nPopulation load: ${persons.toLocaleString('en')} persons, ${db.embedded ? `embedded PostgreSQL${args['no-fsync'] ? ' (fsync off)' : ''}` : 'DATABASE_URL'}`);
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
    await db.close();
  }
};

runBenchmark(main);

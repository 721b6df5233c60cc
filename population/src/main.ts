// Loads a synthetic population into a registry database:
//   node population/src/main.ts --persons N [--seed S] [--today YYYY-MM-DD] [--database-url URL] [--if-empty]
// Applies the five subgraphs' migrations first. Prints counts and timings only, never personal data.
import { parseArgs } from 'node:util';
import { isPopulated, loadPopulation } from './loader.ts';
import { migrateAll } from './migrations.ts';
import { TABLES, TABLE_NAMES } from './tables.ts';

const USAGE = 'usage: node population/src/main.ts --persons N [--seed S] [--today YYYY-MM-DD] [--database-url URL] [--if-empty]';

const integerOption = (name: string, value: string): number => {
  const parsed = Number(value);
  if (!Number.isSafeInteger(parsed) || parsed < 0) throw new Error(`--${name} must be a non-negative integer`);
  return parsed;
};

const main = async (): Promise<void> => {
  const { values } = parseArgs({
    options: {
      persons: { type: 'string', default: '2000' },
      seed: { type: 'string', default: '1' },
      today: { type: 'string' },
      'database-url': { type: 'string' },
      'if-empty': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const databaseUrl = values['database-url'] ?? process.env['DATABASE_URL'];
  if (!databaseUrl) throw new Error(`no database: give --database-url or set DATABASE_URL\n${USAGE}`);
  const persons = integerOption('persons', values.persons);
  const seed = integerOption('seed', values.seed);

  const applied = await migrateAll(databaseUrl);
  console.log(`Migrations: ${applied.length === 0 ? 'up to date' : `applied ${applied.join(', ')}`}`);
  if (values['if-empty'] && (await isPopulated(databaseUrl))) {
    console.log('The registry already holds a population (--if-empty): nothing loaded.');
    return;
  }

  const started = performance.now();
  const counts = await loadPopulation({
    databaseUrl,
    persons,
    seed,
    ...(values.today ? { today: values.today } : {}),
    onProgress: (progress) => {
      if (progress.phase === 'generating') console.log(`  generated ${progress.persons.toLocaleString('en')} / ${progress.total.toLocaleString('en')} persons (${(progress.elapsedMs / 1000).toFixed(1)} s)`);
      else console.log(`  committed ${TABLES[progress.table].name}: ${progress.rows.toLocaleString('en')} rows (${(progress.elapsedMs / 1000).toFixed(1)} s)`);
    },
  });
  const seconds = (performance.now() - started) / 1000;
  console.table(Object.fromEntries(TABLE_NAMES.map((table) => [TABLES[table].name, { rows: counts[table] }])));
  console.log(`Loaded ${persons.toLocaleString('en')} persons (seed ${seed}) in ${seconds.toFixed(1)} s.`);
};

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});

import pg from 'pg';
import { copyLine } from './copy-format.ts';
import { CopyTarget } from './copy-target.ts';
import { populationHouseholds, type PopulationOptions } from './generator.ts';
import type { PopulationCounts, PopulationRows, PopulationTable } from './rows.ts';
import { emptyCounts, TABLES, TABLE_NAMES } from './tables.ts';

export type LoadProgress =
  | { readonly phase: 'generating'; readonly persons: number; readonly total: number; readonly elapsedMs: number }
  | { readonly phase: 'committed'; readonly table: PopulationTable; readonly rows: number; readonly elapsedMs: number };

export interface LoadPopulationOptions extends PopulationOptions {
  /** postgres://… of the database holding all five schemas, migrations applied. */
  readonly databaseUrl: string;
  readonly onProgress?: (progress: LoadProgress) => void;
}

/** Households generated between two checks for backpressure and failures. */
const HOUSEHOLDS_PER_BATCH = 64;
/** Persons between two `generating` progress events. */
const PROGRESS_EVERY = 50_000;

/**
 * Commit order: a table commits once every table it references has; persons.person last of all,
 * so `isPopulated` turns true only when everything is in.
 */
const commitWaves = (): PopulationTable[][] => {
  const waves: PopulationTable[][] = [];
  const done = new Set<PopulationTable>();
  const remaining = TABLE_NAMES.filter((t) => t !== 'persons');
  while (remaining.length > 0) {
    const wave = remaining.filter((t) => TABLES[t].dependsOn.every((d) => done.has(d)));
    if (wave.length === 0) throw new Error('cyclic table dependencies');
    for (const t of wave) {
      done.add(t);
      remaining.splice(remaining.indexOf(t), 1);
    }
    waves.push(wave);
  }
  waves.push(['persons']);
  return waves;
};

const withClient = async <T>(databaseUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> => {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
};

/** True when persons.person holds anyone (false too when the table does not exist yet). */
export const isPopulated = (databaseUrl: string): Promise<boolean> =>
  withClient(databaseUrl, async (client) => {
    const exists = await client.query<{ table: string | null }>(`select to_regclass('persons.person')::text as table`);
    if (!exists.rows[0]?.table) return false;
    const result = await client.query<{ populated: boolean }>('select exists (select 1 from persons.person) as populated');
    return result.rows[0]?.populated ?? false;
  });

const nonEmptyTables = (databaseUrl: string): Promise<string[]> =>
  withClient(databaseUrl, async (client) => {
    const probes = TABLE_NAMES.map((t) => `select '${TABLES[t].name}' as name where exists (select 1 from ${TABLES[t].name})`);
    const result = await client.query<{ name: string }>(probes.join(' union all '));
    return result.rows.map((row) => row.name);
  });

/**
 * Generates the population and bulk-loads it with COPY, one connection per table, all fed from a
 * single streaming pass (memory stays flat whatever N is). The target tables must be empty; if the
 * load fails, what was already committed is truncated, so a failed load leaves them empty again.
 */
export const loadPopulation = async (options: LoadPopulationOptions): Promise<PopulationCounts> => {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const occupied = await nonEmptyTables(options.databaseUrl);
  if (occupied.length > 0) throw new Error(`cannot load a population into non-empty tables: ${occupied.join(', ')}`);

  const opened = await Promise.allSettled(TABLE_NAMES.map((t) => CopyTarget.open(options.databaseUrl, TABLES[t])));
  const targets = new Map<PopulationTable, CopyTarget>();
  opened.forEach((result, i) => {
    const table = TABLE_NAMES[i];
    if (result.status === 'fulfilled' && table) targets.set(table, result.value);
  });
  const target = (table: PopulationTable): CopyTarget => {
    const t = targets.get(table);
    if (!t) throw new Error(`no COPY target for ${table}`);
    return t;
  };
  let committedAny = false;
  try {
    const failedOpen = opened.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failedOpen) throw failedOpen.reason;

    const sink = <T extends PopulationTable>(table: T, row: PopulationRows[T]): void => target(table).push(copyLine(TABLES[table], row));
    let households = 0;
    let reported = 0;
    for (const persons of populationHouseholds(options, sink)) {
      if (++households % HOUSEHOLDS_PER_BATCH !== 0) continue;
      for (const t of targets.values()) {
        if (t.failure) throw t.failure;
        t.flush();
      }
      await Promise.all([...targets.values()].filter((t) => t.needsDrain).map((t) => t.drain()));
      if (persons - reported >= PROGRESS_EVERY) {
        reported = persons;
        options.onProgress?.({ phase: 'generating', persons, total: options.persons, elapsedMs: elapsed() });
      }
    }
    options.onProgress?.({ phase: 'generating', persons: options.persons, total: options.persons, elapsedMs: elapsed() });

    for (const wave of commitWaves()) {
      await Promise.all(
        wave.map(async (table) => {
          const t = target(table);
          await t.commit();
          committedAny = true;
          options.onProgress?.({ phase: 'committed', table, rows: t.rows, elapsedMs: elapsed() });
        }),
      );
    }
  } catch (error) {
    await Promise.all([...targets.values()].map((t) => t.abort()));
    if (committedAny) {
      // Tables added by later migrations (e.g. correction requests) reference these; they are empty too.
      await withClient(options.databaseUrl, (client) => client.query(`truncate ${TABLE_NAMES.map((t) => TABLES[t].name).join(', ')} cascade`));
    }
    throw error;
  }

  await withClient(options.databaseUrl, (client) => client.query(`analyze ${TABLE_NAMES.map((t) => TABLES[t].name).join(', ')}`));
  const counts = emptyCounts();
  for (const table of TABLE_NAMES) counts[table] = target(table).rows;
  return counts;
};

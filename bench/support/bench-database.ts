// The database every benchmark measures against: a fresh database on DATABASE_URL's server when set,
// otherwise on an embedded PostgreSQL in a temporary directory. Dropped (and the embedded server
// stopped and its directory removed) on close, unless kept for inspection.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from '@usr/shared';

export interface BenchDatabase {
  /** The fresh database's URL. */
  readonly url: string;
  /** The server's maintenance URL (DATABASE_URL or the embedded server's). */
  readonly adminUrl: string;
  /** True when measured on the embedded PostgreSQL rather than DATABASE_URL's server. */
  readonly embedded: boolean;
  /** One statement on the fresh database, on a connection of its own. */
  query(sql: string, params?: unknown[]): Promise<pg.QueryResult>;
  /** Drops the database (unless `keep`), stops the embedded server, removes its directory. */
  close(): Promise<void>;
}

export interface BenchDatabaseOptions {
  /** Database name prefix, e.g. "payroll_bench". */
  readonly prefix: string;
  /** fsync on (PostgreSQL's defaults) for the embedded server; false measures without it. */
  readonly durable: boolean;
  /** Leave the database in place after the run. */
  readonly keep?: boolean;
  /** The environment's DATABASE_URL, if any (benchmarks read their environment in one place). */
  readonly databaseUrl?: string | undefined;
  /** Server settings for the embedded server (`-c name=value`); ignored on DATABASE_URL's server. */
  readonly settings?: Readonly<Record<string, string>>;
}

const withDatabase = (url: string, database: string): string => {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
};

const runOnce = async (url: string, sql: string, params: unknown[] = []): Promise<pg.QueryResult> => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(sql, params);
  } finally {
    await client.end();
  }
};

export const openBenchDatabase = async (options: BenchDatabaseOptions): Promise<BenchDatabase> => {
  const dataDir = options.databaseUrl ? undefined : mkdtempSync(join(tmpdir(), 'usr-bench-pg-'));
  const postgres = dataDir ? await startEmbeddedPostgres({ dataDir, port: 25432 + Math.floor(Math.random() * 4000), durable: options.durable, ...(options.settings ? { settings: options.settings } : {}) }) : undefined;
  const adminUrl = options.databaseUrl ?? postgres?.url ?? '';
  const database = `${options.prefix}_${randomBytes(4).toString('hex')}`;
  await runOnce(adminUrl, `create database "${database}"`);
  const url = withDatabase(adminUrl, database);
  return {
    url,
    adminUrl,
    embedded: postgres !== undefined,
    query: (sql, params) => runOnce(url, sql, params),
    async close() {
      if (!options.keep) await runOnce(adminUrl, `drop database if exists "${database}" with (force)`);
      await postgres?.stop();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
};

/** Ends a benchmark's process with a failure code and the error's message (never its data). */
export const runBenchmark = (main: () => Promise<void>): void => {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
};

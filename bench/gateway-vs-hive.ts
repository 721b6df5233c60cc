// Our gateway against Hive Gateway over the SAME running subgraphs (`npm start`'s topology: each
// subgraph its own process, embedded PostgreSQL, the demo population), alternating in one run: the
// README's full-record query with the decision engine's token, load from wrk (a second process).
// Prints per gateway requests/s, p50/p99, whole-machine CPU per request and the ratio; ours also with
// the field rules off (what authorisation costs) and at 80% of its peak (open-loop p99).
//
//   npm run bench:gateways [-- --rounds 3 --seconds 8 --connections 8 --persons 2000 --pins 200]
//
// Each request asks for another person (--pins household heads with a benefit, the README's PIN
// first), in turn: Hive Gateway coalesces identical subgraph queries in flight by default, so the
// same PIN from 8 connections measures its de-duplication, not the work of a full record (--pins 1
// shows that case).
//   add --profile DIR to write --cpu-prof profiles of every gateway and subgraph into DIR
//   add --compare PATH to run a second build of our gateway (PATH: its main.ts, e.g. an extracted copy of
//   main's gateway/src and shared/src) as "compare", alternating with ours over the same subgraphs: an A/B
//   of gateway changes in one window
//   add --rate R to measure every run open-loop at R requests/s (bench/support/paced-load.ts) instead of
//   wrk's closed loop: CPU per request at the same offered rate on both sides
//   add --workers N / --gateway-workers N to run each subgraph / our gateway as N processes behind
//   one port (node:cluster: "one process per core"); CPU then counts every worker
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { clientToken } from '@usr/identity';
import { readSupergraph } from '../gateway/src/compose.ts';
import { HZ, ROOT, freePort, machineJiffies, processJiffies, runNode, startTopology, stopChild, treeJiffies, waitHealthy, type Topology } from './support/topology.ts';

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '3' },
    seconds: { type: 'string', default: '8' },
    connections: { type: 'string', default: '8' },
    persons: { type: 'string', default: '2000' },
    pins: { type: 'string', default: '200' },
    profile: { type: 'string' },
    only: { type: 'string' },
    compare: { type: 'string' },
    rate: { type: 'string' },
    workers: { type: 'string', default: '1' },
    'gateway-workers': { type: 'string', default: '1' },
  },
});
const rounds = Number(values.rounds);
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const profileDir = values.profile ? resolve(values.profile) : undefined;
if (profileDir) mkdirSync(profileDir, { recursive: true });
const cpuProf = (name: string): string[] => (profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, `--cpu-prof-name=${name}.cpuprofile`] : []);

// The README's full-record query ("Example queries").
const QUERY = `query FullRecord($pin: String!) {
  person(pin: $pin) {
    firstName lastName birthDate address { line region { name } }
    household { members { relation person { firstName age } } assistance { monthlyAmount status } }
    facts(filter: { kinds: [INCOME] }) { items { agency { name } validFrom sourceReference value { ... on IncomeValue { amount month } } } }
    benefits { benefitType { name } monthlyAmount periodFrom decision { outcome steps { description result } } payments { month amount status } }
    paymentAccounts { bank branchAddress cardPickupDate }
  }
}`;
const README_PIN = '5AZK7P2';
const bodyOf = (pin: string) => JSON.stringify({ query: QUERY, variables: { pin }, operationName: 'FullRecord' });

mkdirSync(join(ROOT, 'node_modules/.cache'), { recursive: true });
const work = mkdtempSync(join(ROOT, 'node_modules/.cache/gateway-vs-hive-'));

console.error(`Starting PostgreSQL, the issuer and six subgraphs (population of ${values.persons})…`);
const topology: Topology = await startTopology({
  persons: Number(values.persons),
  subgraphNodeArgs: profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
  subgraphWorkers: Number(values.workers),
});
// Tokens live 5 minutes: a fresh one per run (retried once: the issuer may close a kept-alive socket).
const pins = await (async () => {
  const client = new pg.Client({ connectionString: topology.databaseUrl });
  await client.connect();
  const { rows } = await client.query<{ pin: string }>(
    `select distinct m.person_pin as pin from households.membership m join benefits.assignment a on a.household_id = m.household_id
     where m.relation = 'HEAD' and m.valid_to is null and m.person_pin <> $2 order by 1 limit $1`,
    [Number(values.pins) - 1, README_PIN],
  );
  await client.end();
  return [README_PIN, ...rows.map((r) => r.pin)];
})();
const bodies = pins.map(bodyOf);
const bodyFile = join(work, 'bodies.jsonl');
writeFileSync(bodyFile, `${bodies.join('\n')}\n`);
const engineToken = () => clientToken(topology.keycloakUrl, 'decision-engine').catch(() => clientToken(topology.keycloakUrl, 'decision-engine'));

interface Gateway {
  readonly name: string;
  readonly url: string;
  readonly pid: number;
  stop(): Promise<void>;
}

/** Ours, as `npm start` runs it (field rules, record rules and the access log on), or without field rules. */
const startOurs = async (name: string, script: string): Promise<Gateway> => {
  const port = await freePort();
  const workers = Number(values['gateway-workers']);
  // Workers write one profile each: --cpu-prof-name would make them overwrite one another.
  const profileArgs = workers > 1 && profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : cpuProf(name);
  const child = runNode(name, script, { PORT: String(port), KEYCLOAK_URL: topology.keycloakUrl, ...topology.urlVariables }, profileArgs, workers);
  const url = `http://127.0.0.1:${port}/graphql`;
  await waitHealthy(name, new URL('/health', url).toString());
  return { name, url, pid: child.pid ?? 0, stop: () => stopChild(child) };
};

/**
 * Hive Gateway's CLI in its default configuration plus JWT verified against the realm's JWKS, its
 * @authenticated/@requiresScopes enforcement (genericAuth) and the same headers forwarded.
 */
const startHive = async (): Promise<Gateway> => {
  const port = await freePort();
  let supergraph = readSupergraph();
  for (const [name, url] of Object.entries(topology.subgraphUrls)) supergraph = supergraph.replace(new RegExp(`(@join__graph\\(name: "${name}", url: ")[^"]*"`), `$1${url}"`);
  writeFileSync(join(work, 'supergraph.graphql'), supergraph);
  const realm = `${topology.keycloakUrl}/realms/registry`;
  writeFileSync(
    join(work, 'gateway.config.ts'),
    `import { defineConfig } from '@graphql-hive/gateway';
import { createRemoteJwksSigningKeyProvider, extractFromHeader } from '@graphql-mesh/plugin-jwt-auth';
const realm = ${JSON.stringify(realm)};
export const gatewayConfig = defineConfig({
  supergraph: './supergraph.graphql', port: ${port}, host: '127.0.0.1', logging: 'warn',
  jwt: {
    signingKeyProviders: [createRemoteJwksSigningKeyProvider({ jwksUri: realm + '/protocol/openid-connect/certs' })],
    tokenLookupLocations: [extractFromHeader({ name: 'authorization', prefix: 'Bearer' })],
    tokenVerification: { issuer: realm, audience: 'registry-api', algorithms: ['RS256'] },
    reject: { missingToken: false, invalidToken: true },
  },
  genericAuth: { mode: 'protect-granular', resolveUserFn: (ctx: any) => ctx.jwt?.payload,
    extractScopes: (user: any) => user?.realm_access?.roles ?? [], rejectUnauthenticated: false },
  propagateHeaders: { fromClientToSubgraphs({ request }) {
    const h: Record<string, string> = { 'x-gateway-secret': 'dev-only-gateway-shared-secret' };
    for (const n of ['authorization', 'x-purpose-of-use']) { const v = request.headers.get(n); if (v) h[n] = v; }
    return h; } },
});
`,
  );
  const child = spawn(process.execPath, [...cpuProf('hive'), join(ROOT, 'node_modules/@graphql-hive/gateway/dist/bin.js'), 'supergraph'], {
    cwd: work,
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  child.stderr?.on('data', (chunk: Buffer) => process.stderr.write(`[hive] ${chunk.toString()}`));
  const url = `http://127.0.0.1:${port}/graphql`;
  await waitHealthy('hive', `http://127.0.0.1:${port}/healthcheck`);
  return { name: 'hive', url, pid: child.pid ?? 0, stop: () => stopChild(child) };
};

const post = async (url: string, authorization: string, body: string): Promise<unknown> => {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization }, body });
  return res.json();
};

/** Every gateway must answer the first few persons exactly as the first gateway did (key order aside). */
const references = new Map<string, unknown>();
const checkAnswers = async (gateway: Gateway, authorization: string) => {
  for (const body of bodies.slice(0, 5)) {
    const answer = await post(gateway.url, authorization, body);
    if (typeof answer !== 'object' || answer === null || 'errors' in answer) throw new Error(`${gateway.name} failed: ${JSON.stringify(answer).slice(0, 300)}`);
    const reference = references.get(body);
    if (reference === undefined) references.set(body, answer);
    else if (!isDeepStrictEqual(sortKeys(answer), sortKeys(reference))) throw new Error(`${gateway.name} answered differently: ${JSON.stringify(answer).slice(0, 300)}`);
  }
};

interface Run {
  readonly gateway: string;
  readonly requestsPerSecond: number;
  readonly p50ms: number;
  readonly p99ms: number;
  readonly machineCpuMsPerRequest: number;
  readonly gatewayCpuMsPerRequest: number;
  readonly subgraphsCpuMsPerRequest: number;
  readonly postgresCpuMsPerRequest: number;
  /** PostgreSQL transactions and rows read per request (pg_stat_database): the same work behind each gateway? */
  readonly transactionsPerRequest: number;
  readonly rowsReadPerRequest: number;
}

const wrkScript = (authorization: string): string => {
  const file = join(work, 'full-record.lua');
  writeFileSync(
    file,
    `wrk.method = "POST"
wrk.headers["content-type"] = "application/json"
wrk.headers["authorization"] = [==[${authorization}]==]
local bodies = {
${bodies.map((b) => `[==[${b}]==]`).join(',\n')}
}
local i = 0
request = function()
  i = i + 1
  return wrk.format(nil, nil, nil, bodies[(i % #bodies) + 1])
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('{"requests":%d,"failures":%d,"seconds":%f,"p50":%f,"p99":%f}\\n', summary.requests,
    e.connect + e.read + e.write + e.timeout + e.status, summary.duration / 1e6, latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
`,
  );
  return file;
};

const stats = new pg.Client({ connectionString: topology.databaseUrl });
await stats.connect();
const databaseStats = async (): Promise<{ transactions: number; rows: number }> => {
  // The statistics collector publishes on its own schedule: force a fresh snapshot.
  await stats.query('select pg_stat_clear_snapshot()');
  const { rows } = await stats.query<{ t: string; r: string }>('select xact_commit + xact_rollback as t, tup_returned + tup_fetched as r from pg_stat_database where datname = current_database()');
  return { transactions: Number(rows[0]?.t ?? 0), rows: Number(rows[0]?.r ?? 0) };
};

/** Each service with its cluster workers, if any. */
const cpuOf = (pids: readonly number[]) => pids.reduce((sum, pid) => sum + treeJiffies(pid), 0);
/** PostgreSQL's processes, each once (the postmaster and every backend are in the list already). */
const pgCpuOf = (pids: readonly number[]) => pids.reduce((sum, pid) => sum + processJiffies(pid), 0);

/** One closed-loop run (wrk -c connections) of one gateway, with CPU read around it. */
const measure = async (gateway: Gateway): Promise<Run> => {
  const authorization = `Bearer ${await engineToken()}`;
  await checkAnswers(gateway, authorization);
  const script = wrkScript(authorization);
  // Warm-up (plans, pools, JIT) outside the measure.
  execFileSync('wrk', ['-t1', `-c${connections}`, '-d2s', '-s', script, gateway.url], { stdio: 'ignore' });
  const pids = topology.postgresPids();
  const stats0 = await databaseStats();
  // The machine's counter is read last before and first after, so reading /proc stays out of it.
  const before = { gateway: treeJiffies(gateway.pid), subgraphs: cpuOf(topology.subgraphPids), pg: pgCpuOf(pids), machine: machineJiffies() };
  const out = values.rate
    ? execFileSync(process.execPath, ['--experimental-strip-types', '--no-warnings', join(ROOT, 'bench/support/paced-load.ts'), gateway.url, values.rate, String(seconds), bodyFile, authorization], { encoding: 'utf8' })
    : execFileSync('wrk', ['-t1', `-c${connections}`, `-d${seconds}s`, '--timeout', '10s', '-s', script, gateway.url], { encoding: 'utf8' });
  const machineAfter = machineJiffies();
  const after = { machine: machineAfter, gateway: treeJiffies(gateway.pid), subgraphs: cpuOf(topology.subgraphPids), pg: pgCpuOf(pids) };
  const stats1 = await databaseStats();
  const result = JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as { requests: number; failures: number; seconds: number; p50: number; p99: number };
  if (result.failures > 0) throw new Error(`${gateway.name}: ${result.failures} failed requests`);
  const perRequest = (jiffies: number) => Number(((jiffies * 1000) / HZ / result.requests).toFixed(1));
  return {
    gateway: gateway.name,
    requestsPerSecond: Number((result.requests / result.seconds).toFixed(1)),
    p50ms: Number(result.p50.toFixed(1)),
    p99ms: Number(result.p99.toFixed(1)),
    machineCpuMsPerRequest: perRequest(after.machine.busy - before.machine.busy),
    gatewayCpuMsPerRequest: perRequest(after.gateway - before.gateway),
    subgraphsCpuMsPerRequest: perRequest(after.subgraphs - before.subgraphs),
    postgresCpuMsPerRequest: perRequest(after.pg - before.pg),
    transactionsPerRequest: Number(((stats1.transactions - stats0.transactions) / result.requests).toFixed(1)),
    rowsReadPerRequest: Number(((stats1.rows - stats0.rows) / result.requests).toFixed(1)),
  };
};

const sortKeys = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(sortKeys)
    : typeof value === 'object' && value !== null
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, sortKeys(v)]))
      : value;

/** Open-loop p99 at a fixed rate (bench/support/paced-load.ts in its own process). */
const paced = async (gateway: Gateway, rate: number): Promise<{ rate: number; p50ms: number; p99ms: number }> => {
  const authorization = `Bearer ${await engineToken()}`;
  const out = execFileSync(process.execPath, ['--experimental-strip-types', '--no-warnings', join(ROOT, 'bench/support/paced-load.ts'), gateway.url, String(rate), String(seconds), bodyFile, authorization], { encoding: 'utf8' });
  const result = JSON.parse(out.trim()) as { requests: number; failures: number; p50: number; p99: number };
  if (result.failures > 0) throw new Error(`${gateway.name}: ${result.failures} failed paced requests`);
  return { rate, p50ms: result.p50, p99ms: result.p99 };
};

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? (s[(s.length - 1) / 2] ?? 0) : ((s[s.length / 2 - 1] ?? 0) + (s[s.length / 2] ?? 0)) / 2;
};

const gateways: Gateway[] = [];
try {
  const wanted = (name: string) => !values.only || values.only.split(',').includes(name);
  if (wanted('ours')) gateways.push(await startOurs('ours', 'gateway/src/main.ts'));
  if (values.compare) gateways.push(await startOurs('compare', resolve(values.compare)));
  if (wanted('ours-rules-off')) gateways.push(await startOurs('ours-rules-off', 'bench/support/gateway-rules-off.ts'));
  if (wanted('hive')) gateways.push(await startHive());
  const runs: Run[] = [];
  for (let round = 1; round <= rounds; round++) {
    for (const gateway of gateways) {
      const run = await measure(gateway);
      runs.push(run);
      console.error(`round ${round}: ${JSON.stringify(run)}`);
    }
  }
  const summary = gateways.map((g) => {
    const mine = runs.filter((r) => r.gateway === g.name);
    const of = (key: keyof Omit<Run, 'gateway'>) => Number(median(mine.map((r) => r[key])).toFixed(1));
    return {
      gateway: g.name,
      'requests/s': of('requestsPerSecond'),
      'p50 ms': of('p50ms'),
      'p99 ms': of('p99ms'),
      'machine CPU ms/req': of('machineCpuMsPerRequest'),
      'gateway CPU ms/req': of('gatewayCpuMsPerRequest'),
      'subgraphs CPU ms/req': of('subgraphsCpuMsPerRequest'),
      'PostgreSQL CPU ms/req': of('postgresCpuMsPerRequest'),
      'transactions/req': of('transactionsPerRequest'),
      range: `${Math.min(...mine.map((r) => r.requestsPerSecond))}–${Math.max(...mine.map((r) => r.requestsPerSecond))} req/s`,
    };
  });
  console.log(`\nFull record (README query, ${pins.length} persons in turn) with the decision engine's token; wrk -t1 -c${connections} -d${seconds}s; medians of ${rounds} alternating rounds`);
  console.table(summary);
  const rps = (name: string) => summary.find((s) => s.gateway === name)?.['requests/s'];
  const ours = rps('ours');
  const hive = rps('hive');
  const off = rps('ours-rules-off');
  if (ours && hive) console.log(`ours / Hive Gateway throughput: ${(ours / hive).toFixed(2)}x`);
  if (ours && off) console.log(`authorisation (field rules) costs: ${(((off - ours) / off) * 100).toFixed(1)}% of throughput`);
  const oursGateway = gateways.find((g) => g.name === 'ours');
  if (ours && oursGateway) {
    const at80 = await paced(oursGateway, Math.max(1, Math.round(ours * 0.8)));
    console.log(`ours at 80% of peak (${at80.rate} req/s, open loop, ${seconds}s): p50 ${at80.p50ms} ms, p99 ${at80.p99ms} ms`);
  }
} finally {
  for (const gateway of gateways) await gateway.stop();
  await stats.end();
  await topology.stop();
  rmSync(work, { recursive: true, force: true });
}
if (profileDir) console.log(`CPU profiles in ${profileDir}`);


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
//   add --rate N to measure at a fixed offered rate (open loop, bench/support/paced-load.ts) instead
//   of wrk's closed loop: CPU per request at the same rate on both sides of an A/B, whatever each
//   side's peak (closed-loop throughput moves per-request CPU through group-commit amortisation)
//   add --workers N / --gateway-workers N to run each subgraph / our gateway as N processes behind
//   one port (node:cluster: "one process per core"); CPU then counts every worker
//   add --adjacent-peak to measure each open-loop run at 80% of a closed-loop run of the same gateway
//   made just before it, instead of 80% of the rounds' median (on a machine whose speed moves within
//   minutes, a peak measured earlier can be far from the capacity the open-loop run meets)
//   add --paced-rate R to run the open-loop part at R req/s instead of 80% of each gateway's own measured peak (with
//   --rounds 0 only that part runs), --paced-seconds S (default --seconds) and --paced-runs N (default 1)
//   add --probe DIR to record stalls (bench/support/stall-probe.ts in the gateway and every subgraph,
//   PostgreSQL's activity sampled every 100 ms, every paced request's latency) and print a per-second
//   timeline of the paced runs (bench/support/stall-report.ts)
//   add --durable to run PostgreSQL with fsync on, as `npm start` does
//   add --warmup S to load each gateway for S seconds before each measured run (default 2; an open-loop
//   run is warmed at its own rate: plans, pools, sockets and the first compilations; V8 keeps
//   optimising hot code for tens of seconds more, so a long warm-up measures the steady state of
//   processes that run for days, a short one includes start-up)
//   add --prewarm S to load every gateway for S seconds once before the first round (default 20), and
//   the order of the gateways rotates round by round (each runs first once in N rounds): without it,
//   whichever ran first carried V8's warm-up and the field rules' cost came out 37% / 15% / 10%
//   add --variant NAME=FLAGS (repeatable) to run another set of subgraphs and our gateway with those
//   Node flags, comma-separated (e.g. semi32=--max-semi-space-size=32) over the same database, as "ours-NAME",
//   alternating with ours (an A/B of V8 flags in one window); with --probe each run also prints the
//   major GCs and GC pause time of its gateway and subgraphs
//   add --one-process to run every subgraph in ONE process as well (scripts/subgraph-host.ts, `npm start
//   -- --one-process`) behind another gateway of ours, "ours-one-process", alternating with ours; and
//   --host-workers N (repeatable) for "ours-one-process-xN": N such processes behind the same ports
//   (node:cluster), one process per core
//   add --graph-one-process to run "ours-graph" as well: the whole graph in ONE process (scripts/graph-host.ts,
//   `npm start -- --one-process`: every subgraph and our gateway, which calls them in process), alternating
//   with ours, open loop included; --graph-env NAME:VAR=VALUE[,VAR=VALUE] (repeatable) runs another such
//   process with those environment variables as "ours-graph-NAME", alternating with it (an A/B of a
//   setting, e.g. pool5:DB_POOL_MAX=5)
//   add --base one-process to run every gateway over the subgraph host instead of six processes, with
//   nothing else beside it (with --one-process, the set not being measured idles, and its idle
//   processes' major GCs (V8's memory reducer) land in the other set's runs); --base none with
//   --graph-one-process --only ours-graph runs the graph in one process alone, no other subgraphs or
//   gateway idling beside it (their major GCs, 85-194 ms of a core, landed in the graph's open-loop runs)
//   add --statements to load pg_stat_statements and print, per run, the statements per request and
//   where PostgreSQL's time goes (costs PostgreSQL CPU of its own: compare runs made with it alike)
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { createInterface } from 'node:readline';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { README_FULL_RECORD } from '../test/support/full-record-query.ts';
import { clientToken } from '@usr/identity';
import { readSupergraph } from '../gateway/src/compose.ts';
import { median } from './support/measure.ts';
import { nameAndValue } from './support/options.ts';
import { HZ, machineJiffies, reapedChildrenJiffies, treeJiffies } from './support/process-cpu.ts';
import { BENCH_GATEWAY_SECRET, ROOT, freePort, runNode, startTopology, stopChild, subgraphAddresses, waitHealthy, type SubgraphSet, type Topology } from './support/topology.ts';

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
    'paced-rate': { type: 'string' },
    'paced-seconds': { type: 'string' },
    'paced-runs': { type: 'string', default: '1' },
    probe: { type: 'string' },
    durable: { type: 'boolean', default: false },
    statements: { type: 'boolean', default: false },
    warmup: { type: 'string', default: '2' },
    prewarm: { type: 'string', default: '20' },
    variant: { type: 'string', multiple: true, default: [] },
    'one-process': { type: 'boolean', default: false },
    'graph-one-process': { type: 'boolean', default: false },
    'graph-env': { type: 'string', multiple: true, default: [] },
    'adjacent-peak': { type: 'boolean', default: false },
    base: { type: 'string', default: 'six-processes' },
    'host-workers': { type: 'string', multiple: true, default: [] },
  },
});
const rounds = Number(values.rounds);
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const fixedRate = values.rate ? Number(values.rate) : undefined;
const profileDir = values.profile ? resolve(values.profile) : undefined;
if (profileDir) mkdirSync(profileDir, { recursive: true });
const cpuProf = (name: string): string[] => (profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, `--cpu-prof-name=${name}.cpuprofile`] : []);
const probeDir = values.probe ? resolve(values.probe) : undefined;
if (probeDir) {
  mkdirSync(probeDir, { recursive: true });
  // Inherited by every child (runNode passes the environment on).
  process.env.STALL_PROBE_DIR = probeDir;
}
const probeArgs = probeDir ? ['--import', join(ROOT, 'bench/support/stall-probe.ts')] : [];

// The README's full-record query ("Example queries"), the one the query-plan test holds.
const QUERY = README_FULL_RECORD;
const README_PIN = '5AZK7P2';
const bodyOf = (pin: string) => JSON.stringify({ query: QUERY, variables: { pin }, operationName: 'FullRecord' });

mkdirSync(join(ROOT, 'node_modules/.cache'), { recursive: true });
const work = mkdtempSync(join(ROOT, 'node_modules/.cache/gateway-vs-hive-'));

if (!['six-processes', 'one-process', 'none'].includes(values.base)) throw new Error('--base: six-processes, one-process or none');
const baseInOneProcess = values.base === 'one-process';
// --base none: the graph in one process measured alone, nothing else running beside it.
const noBase = values.base === 'none';
if (noBase && !(values['graph-one-process'] && values.only?.split(',').every((name) => name.startsWith('ours-graph')))) throw new Error('--base none goes with --graph-one-process --only ours-graph (every other gateway runs over the base subgraphs)');
console.error(`Starting PostgreSQL, the issuer${noBase ? '' : ` and six subgraphs${baseInOneProcess ? ' in one process' : ''}`} (population of ${values.persons})…`);
const topology: Topology = await startTopology({
  persons: Number(values.persons),
  subgraphNodeArgs: [...probeArgs, ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [])],
  durable: values.durable,
  subgraphWorkers: Number(values.workers),
  subgraphsInOneProcess: baseInOneProcess,
  noSubgraphs: noBase,
  statementStats: values.statements,
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
  /** The subgraph processes behind it. */
  readonly subgraphPids: readonly number[];
  stop(): Promise<void>;
}

/** Ours, as `npm start` runs it (field rules, record rules and the access log on), or without field rules. */
const startOurs = async (name: string, script: string, subgraphs: SubgraphSet = topology, nodeArgs: readonly string[] = [], env: Readonly<Record<string, string>> = {}): Promise<Gateway> => {
  const port = await freePort();
  const workers = Number(values['gateway-workers']);
  // Workers write one profile each: --cpu-prof-name would make them overwrite one another.
  const profileArgs = workers > 1 && profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : cpuProf(name);
  const child = runNode(name, script, { PORT: String(port), KEYCLOAK_URL: topology.keycloakUrl, DATABASE_URL: topology.databaseUrl, ...subgraphs.urlVariables, ...env }, [...nodeArgs, ...probeArgs, ...profileArgs], workers);
  const url = `http://127.0.0.1:${port}/graphql`;
  await waitHealthy(name, new URL('/health', url).toString());
  return { name, url, pid: child.pid ?? 0, subgraphPids: subgraphs.subgraphPids, stop: () => stopChild(child) };
};

/** Another set of subgraphs and a gateway of ours over them, measured beside ours. */
interface Variant {
  readonly name: string;
  readonly nodeArgs: readonly string[];
  /** Every subgraph in scripts/subgraph-host.ts, `workers` such processes behind the same ports. */
  readonly oneProcess: boolean;
  readonly workers?: number;
}

/** --variant NAME=FLAGS: its own subgraphs and gateway, started with FLAGS. */
const variants: Variant[] = (values.variant ?? []).map((spec) => {
  const [name, flags] = nameAndValue('--variant', spec);
  return { name: `ours-${name}`, nodeArgs: flags.split(/[\s,]+/).filter(Boolean), oneProcess: false };
});
// --one-process, --host-workers N: every subgraph in one process (scripts/subgraph-host.ts), or N of them, behind another gateway of ours.
if (values['one-process']) variants.push({ name: 'ours-one-process', nodeArgs: [], oneProcess: true, workers: 1 });
for (const n of values['host-workers'] ?? []) variants.push({ name: `ours-one-process-x${n}`, nodeArgs: [], oneProcess: true, workers: Number(n) });

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
    const h: Record<string, string> = { 'x-gateway-secret': ${JSON.stringify(BENCH_GATEWAY_SECRET)} };
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
  return { name: 'hive', url, pid: child.pid ?? 0, subgraphPids: topology.subgraphPids, stop: () => stopChild(child) };
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

/**
 * CPU per request answered, in ms: the whole machine's (the load generator's included), the
 * gateway's, the subgraphs', PostgreSQL's and the load generator's own (wrk, or paced-load.ts in the
 * open loop); and the machine's context switches per request.
 */
interface CpuPerRequest {
  readonly machineCpuMsPerRequest: number;
  readonly gatewayCpuMsPerRequest: number;
  readonly subgraphsCpuMsPerRequest: number;
  readonly postgresCpuMsPerRequest: number;
  readonly generatorCpuMsPerRequest: number;
  readonly switchesPerRequest: number;
}

interface Run extends CpuPerRequest {
  readonly gateway: string;
  readonly requestsPerSecond: number;
  readonly p50ms: number;
  readonly p99ms: number;
  /** PostgreSQL transactions and rows read per request (pg_stat_database): the same work behind each gateway? */
  readonly transactionsPerRequest: number;
  readonly rowsReadPerRequest: number;
  /** Statements per request (pg_stat_statements; only with --statements). */
  readonly statementsPerRequest?: number;
  /** Major GCs and scavenges per 1,000 requests, GC pause ms per request, over the gateway and its subgraphs (only with --probe). */
  readonly majorGcsPer1000?: number;
  readonly minorGcsPer1000?: number;
  readonly gcMsPerRequest?: number;
  /** The young generation's capacity at the end of the run, summed over the gateway and its subgraphs, MB. */
  readonly newSpaceMb?: number;
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

/**
 * With --statements: what PostgreSQL ran during a run, per request, heaviest first (pg_stat_statements
 * normalises literals to $n, so no value of the population is printed).
 */
const statementStats = async (requests: number): Promise<number> => {
  const { rows } = await stats.query<{ query: string; calls: string; plans: string; exec: number; plan: number; rows: string }>(
    `select regexp_replace(query, '\\s+', ' ', 'g') as query, calls, plans, total_exec_time as exec, total_plan_time as plan, rows
     from pg_stat_statements where dbid = (select oid from pg_database where datname = current_database()) and query not like '%pg_stat%'
     order by total_exec_time + total_plan_time desc`,
  );
  const calls = rows.reduce((sum, r) => sum + Number(r.calls), 0);
  console.error(
    rows.slice(0, 25).map((r) =>
      `  ${(Number(r.calls) / requests).toFixed(2)}/req  planned ${(Number(r.plans) / requests).toFixed(2)}/req  exec ${((r.exec * 1000) / requests).toFixed(0)} µs/req  plan ${((r.plan * 1000) / requests).toFixed(0)} µs/req  rows ${(Number(r.rows) / requests).toFixed(1)}/req  ${r.query.slice(0, 150)}`,
    ).join('\n'),
  );
  return Number((calls / requests).toFixed(1));
};

/** Each service with its cluster workers, if any. */
const cpuOf = (pids: readonly number[]) => pids.reduce((sum, pid) => sum + treeJiffies(pid), 0);
/** CPU jiffies spent over `requests` answered, as milliseconds per request (one decimal). */
const msPerRequest = (jiffies: number, requests: number): number => Number(((jiffies * 1000) / HZ / requests).toFixed(1));

/** CPU used so far by each part of the topology and by the load generator (a child of this process, counted once it has exited). */
const partsCpu = (gateway: Gateway) => ({ gateway: treeJiffies(gateway.pid), subgraphs: cpuOf(gateway.subgraphPids), pg: topology.postgresJiffies(), generator: reapedChildrenJiffies() });
type CpuSnapshot = ReturnType<typeof partsCpu> & { readonly machine: ReturnType<typeof machineJiffies> };
/** Before the load: the parts, then the machine's counter last, so reading /proc stays out of the measure. */
const cpuBefore = (gateway: Gateway): CpuSnapshot => {
  const parts = partsCpu(gateway);
  return { ...parts, machine: machineJiffies() };
};
/** After the load: the machine's counter first, then the parts. */
const cpuAfter = (gateway: Gateway): CpuSnapshot => {
  const machine = machineJiffies();
  return { ...partsCpu(gateway), machine };
};
/** What each part of the machine spent per request answered between two snapshots. */
const cpuPerRequest = (before: CpuSnapshot, after: CpuSnapshot, requests: number): CpuPerRequest => {
  const perRequest = (jiffies: number) => msPerRequest(jiffies, requests);
  return {
    machineCpuMsPerRequest: perRequest(after.machine.busy - before.machine.busy),
    gatewayCpuMsPerRequest: perRequest(after.gateway - before.gateway),
    subgraphsCpuMsPerRequest: perRequest(after.subgraphs - before.subgraphs),
    postgresCpuMsPerRequest: perRequest(after.pg - before.pg),
    generatorCpuMsPerRequest: perRequest(after.generator - before.generator),
    switchesPerRequest: Number(((after.machine.switches - before.machine.switches) / requests).toFixed(0)),
  };
};

/**
 * The open-loop generator's command line (bench/support/paced-load.ts) at `rate` req/s for `seconds` against `gateway`,
 * after `warmUp` seconds at the same rate in the same process; `log`: its per-request file.
 */
const pacedLoadArgs = (gateway: Gateway, rate: number, seconds: number, authorization: string, { warmUp = 0, log }: { warmUp?: number; log?: string } = {}): string[] => [
  '--experimental-strip-types',
  '--no-warnings',
  join(ROOT, 'bench/support/paced-load.ts'),
  `--warm-up=${warmUp}`,
  gateway.url,
  String(rate),
  String(seconds),
  bodyFile,
  authorization,
  ...(log ? [log] : []),
];

/** Load outside the measure (plans, pools, JIT): --warmup seconds of wrk. */
const warmUp = (gateway: Gateway, script: string, warmSeconds = Number(values.warmup)) =>
  execFileSync('wrk', ['-t1', `-c${connections}`, `-d${warmSeconds}s`, '-s', script, gateway.url], { stdio: 'ignore' });

/** One closed-loop run (wrk -c connections) of one gateway, with CPU read around it. */
const measure = async (gateway: Gateway): Promise<Run> => {
  const authorization = `Bearer ${await engineToken()}`;
  await checkAnswers(gateway, authorization);
  const script = wrkScript(authorization);
  warmUp(gateway, script);
  if (values.statements) await stats.query('select pg_stat_statements_reset()');
  const stats0 = await databaseStats();
  const startedAt = Date.now();
  const before = cpuBefore(gateway);
  const out = fixedRate
    ? execFileSync(process.execPath, pacedLoadArgs(gateway, fixedRate, seconds, authorization), { encoding: 'utf8' })
    : execFileSync('wrk', ['-t1', `-c${connections}`, `-d${seconds}s`, '--timeout', '10s', '-s', script, gateway.url], { encoding: 'utf8' });
  const after = cpuAfter(gateway);
  const endedAt = Date.now();
  const stats1 = await databaseStats();
  const result = JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as { requests: number; failures: number; seconds: number; p50: number; p99: number };
  if (result.failures > 0) throw new Error(`${gateway.name}: ${result.failures} failed requests`);
  return {
    gateway: gateway.name,
    requestsPerSecond: Number((result.requests / result.seconds).toFixed(1)),
    p50ms: Number(result.p50.toFixed(1)),
    p99ms: Number(result.p99.toFixed(1)),
    ...cpuPerRequest(before, after, result.requests),
    transactionsPerRequest: Number(((stats1.transactions - stats0.transactions) / result.requests).toFixed(1)),
    rowsReadPerRequest: Number(((stats1.rows - stats0.rows) / result.requests).toFixed(1)),
    ...(values.statements ? { statementsPerRequest: await statementStats(result.requests) } : {}),
    ...(probeDir ? await gcOf(gateway, startedAt, endedAt, result.requests) : {}),
  };
};

/**
 * GC over a run from the probe's per-second summaries of the gateway and its subgraphs: its seconds
 * that ended inside the run (the probe writes once a second: wait for the last one).
 */
const gcOf = async (gateway: Gateway, from: number, to: number, requests: number): Promise<{ majorGcsPer1000: number; minorGcsPer1000: number; gcMsPerRequest: number; newSpaceMb: number }> => {
  if (!probeDir) return { majorGcsPer1000: 0, minorGcsPer1000: 0, gcMsPerRequest: 0, newSpaceMb: 0 };
  await new Promise((r) => setTimeout(r, 1100));
  const pids = new Set([gateway.pid, ...gateway.subgraphPids].map(String));
  let majors = 0;
  let minors = 0;
  let gcMs = 0;
  let newSpaceMb = 0;
  for (const file of readdirSync(probeDir).filter((f) => f.endsWith('.jsonl') && pids.has(/-(\d+)\.jsonl$/.exec(f)?.[1] ?? ''))) {
    let lastNewSpace = 0;
    for (const line of readFileSync(join(probeDir, file), 'utf8').split('\n')) {
      if (!line.includes('"k":"sec"')) continue;
      const sec = JSON.parse(line) as { t: number; majorGcs: number; minorGcs?: number; gcMs: number; newSpaceMb?: number };
      if (sec.t > from && sec.t <= to + 1000) {
        lastNewSpace = sec.newSpaceMb ?? 0;
        majors += sec.majorGcs;
        minors += sec.minorGcs ?? 0;
        gcMs += sec.gcMs;
      }
    }
    newSpaceMb += lastNewSpace;
  }
  return { majorGcsPer1000: Number(((majors * 1000) / requests).toFixed(2)), minorGcsPer1000: Number(((minors * 1000) / requests).toFixed(1)), gcMsPerRequest: Number((gcMs / requests).toFixed(2)), newSpaceMb: Number(newSpaceMb.toFixed(1)) };
};

const sortKeys = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(sortKeys)
    : typeof value === 'object' && value !== null
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, sortKeys(v)]))
      : value;

interface PacedResult extends CpuPerRequest {
  readonly rate: number;
  readonly p50: number;
  readonly p90: number;
  readonly p99: number;
  readonly max: number;
  /** How late the generator itself sent its latest request (its own stalls). */
  readonly sendLateMax: number;
  /** The machine's busy share of all cores over the run, %. */
  readonly machineBusy: number;
}

/** PostgreSQL's activity every 100 ms while `work` runs (lock waits, autovacuum, checkpoints), into DIR/postgres.jsonl. */
const sampledPostgres = async <T>(work: () => Promise<T>): Promise<T> => {
  if (!probeDir) return work();
  const sampler = new pg.Client({ connectionString: topology.databaseUrl });
  await sampler.connect();
  const checkpoints = async () => {
    const { rows } = await sampler.query<{ n: string }>('select num_timed + num_requested as n from pg_stat_checkpointer').catch(() => sampler.query<{ n: string }>('select checkpoints_timed + checkpoints_req as n from pg_stat_bgwriter'));
    return Number(rows[0]?.n ?? 0);
  };
  const lines: string[] = [];
  const checkpoints0 = await checkpoints();
  let stop = false;
  const loop = (async () => {
    while (!stop) {
      const { rows } = await sampler.query<{ backend_type: string; wait_event_type: string | null; wait_event: string | null; ms: number; query: string }>(
        `select backend_type, wait_event_type, wait_event, (extract(epoch from clock_timestamp() - query_start) * 1000)::float8 as ms, left(query, 80) as query
         from pg_stat_activity where state = 'active' and pid <> pg_backend_pid()`,
      );
      // Cumulative counters, for the report's per-second deltas: the whole machine's jiffies by kind
      // (/proc/stat: user nice system idle iowait irq softirq steal) and PostgreSQL's processes'.
      const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] =
        readFileSync('/proc/stat', 'utf8').split('\n')[0]?.trim().split(/\s+/).slice(1).map(Number) ?? [];
      lines.push(
        JSON.stringify({
          k: 'pg',
          t: Date.now(),
          machine: { user: user + nice, system: system + irq + softirq, idle, iowait, steal },
          pgJiffies: topology.postgresJiffies(),
          active: rows.filter((r) => r.backend_type === 'client backend').length,
          lockWaits: rows.filter((r) => r.wait_event_type === 'Lock').length,
          waits: rows.filter((r) => r.wait_event_type).map((r) => `${r.wait_event_type}:${r.wait_event}`),
          autovacuum: rows.filter((r) => r.backend_type.includes('autovacuum')).length,
          // "autovacuum: VACUUM public.access_log", "autovacuum: ANALYZE …": which table, what work.
          autovacuumWork: rows.filter((r) => r.backend_type.includes('autovacuum')).map((r) => r.query.replace(/^autovacuum: /, '')),
          longestMs: Math.round(Math.max(0, ...rows.filter((r) => r.backend_type === 'client backend').map((r) => r.ms))),
          longest: rows.filter((r) => r.backend_type === 'client backend').sort((a, b) => b.ms - a.ms)[0]?.query.replace(/\s+/g, ' ').slice(0, 30),
        }),
      );
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  try {
    return await work();
  } finally {
    stop = true;
    await loop;
    lines.push(JSON.stringify({ k: 'checkpoints', t: Date.now(), during: (await checkpoints()) - checkpoints0 }));
    await sampler.end();
    writeFileSync(join(probeDir, 'postgres.jsonl'), `${lines.join('\n')}\n`, { flag: 'a' });
  }
};

/**
 * Runs the open-loop generator to its end: `atMeasuring` when its measured seconds begin (after its own
 * warm-up), `atResult` when it prints its result line, which is returned.
 */
const runPacedLoad = async (args: readonly string[], atMeasuring: () => void, atResult: () => void): Promise<string> => {
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<number | null>((resolveExit) => child.on('close', resolveExit));
  let result = '';
  for await (const line of createInterface({ input: child.stdout })) {
    if (line === '{"measuring":true}') atMeasuring();
    else if (line.trim() !== '') {
      atResult();
      result = line;
    }
  }
  const code = await exited;
  if (code !== 0) throw new Error(`the open-loop generator exited with ${code}`);
  return result;
};

/** Open-loop latency at a fixed rate (bench/support/paced-load.ts in its own process). */
let pacedRun = 0;
const paced = async (gateway: Gateway, rate: number, pacedSeconds: number): Promise<PacedResult> => {
  const authorization = `Bearer ${await engineToken()}`;
  pacedRun++;
  const log = probeDir ? join(probeDir, `paced-${pacedRun}.txt`) : undefined;
  // The same warm-up as a closed-loop run, at the run's own rate and in the generator's own process, on
  // the schedule the measured seconds continue: the gateway idled while the others ran (its kept-alive
  // sockets closed) and the token is new. Since session 12: before, the first second of a run (p50
  // 0.6-1.2 s) could hold all of its p99. Since session 15 in the same process: a generator started for
  // the measured seconds alone opened its sockets and ran its own code cold in them.
  const warmUp = Number(values.warmup);
  const args = pacedLoadArgs(gateway, rate, pacedSeconds, authorization, { warmUp, log });
  let before = warmUp > 0 ? undefined : cpuBefore(gateway);
  let after: CpuSnapshot | undefined;
  // Asynchronous, so the sampler's 100 ms loop runs during the load.
  const out = await sampledPostgres(() =>
    runPacedLoad(
      args,
      () => (before = cpuBefore(gateway)),
      () => (after = cpuAfter(gateway)),
    ),
  );
  const result = JSON.parse(out) as { requests: number; failures: number; cpuMs: number } & Pick<PacedResult, 'p50' | 'p90' | 'p99' | 'max' | 'sendLateMax'>;
  if (!before || !after) throw new Error(`${gateway.name}: the open-loop generator printed no ${before ? 'result' : 'start of its measured seconds'}`);
  if (result.failures > 0) throw new Error(`${gateway.name}: ${result.failures} failed paced requests`);
  return {
    rate,
    p50: result.p50,
    p90: result.p90,
    p99: result.p99,
    max: result.max,
    sendLateMax: result.sendLateMax,
    ...cpuPerRequest(before, after, result.requests),
    // Its own measured seconds (it has not exited when the counters are read, so it is not among the reaped children yet).
    generatorCpuMsPerRequest: Number((result.cpuMs / result.requests).toFixed(1)),
    machineBusy: Number(((100 * (after.machine.busy - before.machine.busy)) / (after.machine.total - before.machine.total)).toFixed(0)),
  };
};

const gateways: Gateway[] = [];
try {
  const wanted = (name: string) => !values.only || values.only.split(',').includes(name);
  if (wanted('ours')) gateways.push(await startOurs('ours', 'gateway/src/main.ts'));
  if (values.compare) gateways.push(await startOurs('compare', resolve(values.compare)));
  if (wanted('ours-rules-off')) gateways.push(await startOurs('ours-rules-off', 'bench/support/gateway-rules-off.ts'));
  if (wanted('hive')) gateways.push(await startHive());
  if (values['graph-one-process']) {
    // Its subgraphs listen in the gateway's own process, on ports of their own: its CPU is the gateway's.
    const addresses = await subgraphAddresses();
    gateways.push(await startOurs('ours-graph', 'scripts/graph-host.ts', { ...addresses, subgraphPids: [] }, [], { MIGRATE_ON_START: 'false', STALL_PROBE_TAG: 'graph' }));
    for (const spec of values['graph-env'] ?? []) {
      // NAME:VAR=VALUE[,VAR=VALUE]
      const at = spec.indexOf(':');
      if (at < 1) throw new Error(`--graph-env ${spec}: expected NAME:VAR=VALUE[,VAR=VALUE]`);
      const name = spec.slice(0, at);
      const env = Object.fromEntries(spec.slice(at + 1).split(',').map((pair) => nameAndValue('--graph-env', pair)));
      gateways.push(await startOurs(`ours-graph-${name}`, 'scripts/graph-host.ts', { ...(await subgraphAddresses()), subgraphPids: [] }, [], { ...env, MIGRATE_ON_START: 'false', STALL_PROBE_TAG: `graph-${name}` }));
    }
  }
  for (const variant of variants) {
    // STALL_PROBE_TAG: the probe names this set's files apart, so the stall report shows it apart.
    const tag = { STALL_PROBE_TAG: variant.name.replace(/^ours-/, '') };
    const subgraphs = await topology.startSubgraphs([...variant.nodeArgs, ...probeArgs], tag, variant.oneProcess, variant.workers);
    gateways.push(await startOurs(variant.name, 'gateway/src/main.ts', subgraphs, variant.nodeArgs, tag));
  }
  // Every gateway (and the subgraphs behind it) past V8's first optimisations before anything is
  // measured, so that no gateway's figures carry a warm-up the others do not.
  const prewarm = Number(values.prewarm);
  if (prewarm > 0 && rounds > 0) {
    const authorization = `Bearer ${await engineToken()}`;
    for (const gateway of gateways) {
      await checkAnswers(gateway, authorization);
      warmUp(gateway, wrkScript(authorization), prewarm);
    }
  }
  const runs: Run[] = [];
  for (let round = 1; round <= rounds; round++) {
    // Rotated each round: each gateway runs first once in every gateways.length rounds.
    const shift = (round - 1) % gateways.length;
    for (const gateway of [...gateways.slice(shift), ...gateways.slice(0, shift)]) {
      const run = await measure(gateway);
      runs.push(run);
      console.error(`round ${round}: ${JSON.stringify(run)}`);
    }
  }
  const summary = gateways.map((g) => {
    const mine = runs.filter((r) => r.gateway === g.name);
    const of = (key: keyof Omit<Run, 'gateway'>) => Number(median(mine.map((r) => r[key] ?? 0)).toFixed(1));
    return {
      gateway: g.name,
      'requests/s': of('requestsPerSecond'),
      'p50 ms': of('p50ms'),
      'p99 ms': of('p99ms'),
      'machine CPU ms/req': of('machineCpuMsPerRequest'),
      'gateway CPU ms/req': of('gatewayCpuMsPerRequest'),
      'subgraphs CPU ms/req': of('subgraphsCpuMsPerRequest'),
      'PostgreSQL CPU ms/req': of('postgresCpuMsPerRequest'),
      'load generator CPU ms/req': of('generatorCpuMsPerRequest'),
      'context switches/req': of('switchesPerRequest'),
      'transactions/req': of('transactionsPerRequest'),
      ...(values.statements ? { 'statements/req': of('statementsPerRequest') } : {}),
      ...(probeDir ? { 'major GCs/1000 req': of('majorGcsPer1000'), 'scavenges/1000 req': of('minorGcsPer1000'), 'GC ms/req': of('gcMsPerRequest'), 'young gen MB': of('newSpaceMb') } : {}),
      range: `${Math.min(...mine.map((r) => r.requestsPerSecond))}–${Math.max(...mine.map((r) => r.requestsPerSecond))} req/s`,
    };
  });
  if (rounds > 0) {
    console.log(`\nFull record (README query, ${pins.length} persons in turn) with the decision engine's token; wrk -t1 -c${connections} -d${seconds}s; medians of ${rounds} rounds, the order rotated each round, after ${values.prewarm} s of load on each gateway`);
    console.table(summary);
  }
  const rps = (name: string) => summary.find((s) => s.gateway === name)?.['requests/s'];
  const ours = rps('ours');
  const hive = rps('hive');
  const off = rps('ours-rules-off');
  if (ours && hive) console.log(`ours / Hive Gateway throughput: ${(ours / hive).toFixed(2)}x`);
  const graph = rps('ours-graph');
  if (graph && hive) console.log(`ours-graph (the whole graph in one process) / Hive Gateway throughput: ${(graph / hive).toFixed(2)}x`);
  if (ours && off) {
    // Round by round too: ours and rules-off measured minutes apart in the same round.
    const byRound = Array.from({ length: rounds }, (_, i) => {
      const of = (name: string) => runs.filter((r) => r.gateway === name)[i]?.requestsPerSecond ?? 0;
      return ((of('ours-rules-off') - of('ours')) / of('ours-rules-off')) * 100;
    });
    console.log(`authorisation (field rules) costs: ${(((off - ours) / off) * 100).toFixed(1)}% of throughput (medians); by round ${byRound.map((p) => `${p.toFixed(1)}%`).join(', ')}, median ${median(byRound).toFixed(1)}%`);
    // The same cost as our processes' own CPU per request (gateway + subgraphs): on a shared machine
    // throughput follows the other tenants' load, CPU per request much less.
    const cpuByRound = Array.from({ length: rounds }, (_, i) => {
      const of = (name: string) => {
        const run = runs.filter((r) => r.gateway === name)[i];
        return (run?.gatewayCpuMsPerRequest ?? 0) + (run?.subgraphsCpuMsPerRequest ?? 0);
      };
      return ((of('ours') - of('ours-rules-off')) / of('ours-rules-off')) * 100;
    });
    console.log(`authorisation (field rules) costs: ${cpuByRound.map((p) => `${p.toFixed(1)}%`).join(', ')} of gateway + subgraph CPU per request by round, median ${median(cpuByRound).toFixed(1)}%`);
  }
  // The goal's "80% of peak" is each topology's own: the host's peak is not the six processes'.
  const pacedRateOf = (name: string): number | undefined => {
    if (values['paced-rate']) return Number(values['paced-rate']);
    const peak = rps(name);
    return peak ? Math.max(1, Math.round(peak * 0.8)) : undefined;
  };
  const pacedSeconds = Number(values['paced-seconds'] ?? seconds);
  // With --variant, each variant's paced runs alternate with ours' (rotated per run).
  const pacedGateways = gateways.filter((g) => (g.name === 'ours' || g.name.startsWith('ours-graph') || variants.some((v) => v.name === g.name)) && pacedRateOf(g.name));
  if (pacedGateways.length > 0 && !fixedRate) {
    if (rounds === 0) {
      // Nothing measured before: the same answer check and warm-up as a closed-loop run.
      const authorization = `Bearer ${await engineToken()}`;
      for (const gateway of pacedGateways) {
        await checkAnswers(gateway, authorization);
        warmUp(gateway, wrkScript(authorization), Math.max(Number(values.warmup), Number(values.prewarm)));
      }
    }
    const pacedResults = new Map<string, number[]>();
    for (let run = 1; run <= Number(values['paced-runs']); run++) {
      const shift = (run - 1) % pacedGateways.length;
      for (const gateway of [...pacedGateways.slice(shift), ...pacedGateways.slice(0, shift)]) {
        const adjacent = values['adjacent-peak'] && !values['paced-rate'] ? await measure(gateway) : undefined;
        const rate = adjacent ? Math.max(1, Math.round(adjacent.requestsPerSecond * 0.8)) : (pacedRateOf(gateway.name) ?? 1);
        const at = await paced(gateway, rate, pacedSeconds);
        pacedResults.set(gateway.name, [...(pacedResults.get(gateway.name) ?? []), at.p99]);
        const what = values['paced-rate']
          ? `${at.rate} req/s`
          : adjacent
            ? `80% of the peak just before, ${adjacent.requestsPerSecond} req/s at ${adjacent.gatewayCpuMsPerRequest} ms of gateway CPU each: ${at.rate} req/s`
            : `80% of peak, ${at.rate} req/s`;
        console.log(`${gateway.name} open loop (${what}, ${pacedSeconds}s, run ${run}${probeDir ? `, paced-${pacedRun}` : ''}): p50 ${at.p50} ms, p90 ${at.p90} ms, p99 ${at.p99} ms, max ${at.max} ms (generator late by at most ${at.sendLateMax} ms); machine CPU ${at.machineCpuMsPerRequest} ms per request (gateway ${at.gatewayCpuMsPerRequest}, subgraphs ${at.subgraphsCpuMsPerRequest}, PostgreSQL ${at.postgresCpuMsPerRequest}, generator ${at.generatorCpuMsPerRequest}), ${at.switchesPerRequest} context switches per request, ${at.machineBusy}% of all cores busy; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
      }
    }
    if (pacedGateways.length > 1) for (const [name, p99s] of pacedResults) console.log(`${name} open loop p99: median ${median(p99s).toFixed(1)} ms (${p99s.map((p) => p.toFixed(1)).join(', ')})`);
  }
} finally {
  for (const gateway of gateways) await gateway.stop();
  await stats.end();
  await topology.stop();
  rmSync(work, { recursive: true, force: true });
}
if (profileDir) console.log(`CPU profiles in ${profileDir}`);
if (probeDir) execFileSync(process.execPath, ['--experimental-strip-types', '--no-warnings', join(ROOT, 'bench/support/stall-report.ts'), probeDir], { stdio: 'inherit' });


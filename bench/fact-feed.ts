// Streaming bulk feed benchmark: POSTs N new INCOME facts as NDJSON to the agency-facts subgraph's
// /feeds/facts (gateway-less, in-process) and reads the per-line results as they stream back:
//   node bench/fact-feed.ts [--facts 1000000] [--replay] [--no-fsync] [--keep] [--wal-compression pglz|off] (lz4, zstd where the server has them)
//     [--processes [--one-process]] [--pg name=value ...] [--warm-up N] [--warm-wal]
// --processes: `npm start`'s topology instead of one process: the embedded issuer, the persons and
// the agency-facts subgraphs each their own Node process (the services' flags), the feed sent with
// the tax agency's client-credentials token; this process is then only the feed's client. With
// --one-process, the whole graph runs in one process (scripts/graph-host.ts, `npm start -- --one-process`).
// Uses a fresh database on DATABASE_URL's server when set, otherwise an embedded PostgreSQL in a
// temporary directory (durable defaults unless --no-fsync). The feed is generated on the fly and
// the results are only counted, so neither side holds the feed. --warm-up N first feeds N other facts
// (other source references, the same persons) and checkpoints, so the measured feed meets a server in
// its steady state: WAL segments recycled, as on a server that has been running, instead of each new
// 16 MB segment created and zero-filled by a committing chunk, which only a freshly created cluster
// does. --warm-wal does only that: it writes the WAL the run will need into a scratch table, drops it
// and checkpoints, so the segments are there to recycle and facts.fact stays empty (--warm-up also
// grows the table and its indexes, which costs PostgreSQL CPU per fact of its own). Prints facts/s,
// the RSS of the process running the agency-facts subgraph after each tenth of the feed (with
// --processes, the subgraph's own) and never personal data (the PINs are synthetic).
import { request } from 'node:http';
import { loadavg } from 'node:os';
import { Readable } from 'node:stream';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { startSubgraph } from '@usr/shared';
import { createTestTokens } from '@usr/shared/testing';
import { clientToken } from '@usr/identity';
import { factsSubgraph } from '../subgraphs/agency-facts/src/index.ts';
import { personsSubgraph } from '../subgraphs/persons/src/index.ts';
import { openBenchDatabase, runBenchmark } from './support/bench-database.ts';
import { pinOf, registerPersons } from './support/bench-persons.ts';
import { nameAndValue } from './support/options.ts';
import { HZ, ownCpuSeconds, postmasterOf, processJiffies, processRssBytes, serverCpuSeconds } from './support/process-cpu.ts';
import { BENCH_GATEWAY_SECRET, freePort, runNode, startIssuer, stopChild, subgraphAddresses, waitHealthy } from './support/topology.ts';

const { values: args } = parseArgs({
  options: {
    facts: { type: 'string', default: '1000000' },
    replay: { type: 'boolean', default: false },
    'no-fsync': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    // The server's wal_compression for the run (a reloadable setting; the embedded default is off).
    'wal-compression': { type: 'string' },
    processes: { type: 'boolean', default: false },
    'one-process': { type: 'boolean', default: false },
    // A server setting of the embedded PostgreSQL for the run (repeatable), e.g. --pg max_wal_size=4GB.
    pg: { type: 'string', multiple: true, default: [] },
    'warm-up': { type: 'string', default: '0' },
    'warm-wal': { type: 'boolean', default: false },
  },
});
const facts = Number(args.facts);
const warmUp = Number(args['warm-up']);
if (args['one-process'] && !args.processes) throw new Error('--one-process goes with --processes (the subgraph host is a topology of its own processes)');

/** The feed, generated as it is read: 1,000 lines a chunk; `references` prefixes the source references. */
function* feedLines(count: number, references = 'BENCH'): Generator<string> {
  for (let start = 0; start < count; start += 1000) {
    let text = '';
    for (let i = start; i < Math.min(count, start + 1000); i++) {
      const month = `2025-${String((i % 12) + 1).padStart(2, '0')}`;
      text += `${JSON.stringify({
        subjectPin: pinOf(i),
        kind: 'INCOME',
        value: { amount: 100 + (i % 900), month, source: 'SALARY' },
        validFrom: `${month}-01`,
        validTo: `${month}-28`,
        sourceReference: `${references}-${i}`,
      })}\n`;
    }
    yield text;
  }
}

interface Run {
  readonly seconds: number;
  readonly lines: number;
  readonly summary: string;
  /** CPU seconds of the Node processes (feed client + both subgraphs, one process or three) and of PostgreSQL during the run. */
  readonly nodeCpu: number;
  /** Of those, the subgraphs' own processes' (with --processes; 0 when they share the client's). */
  readonly subgraphsCpu: number;
  readonly serverCpu: number;
  /** RSS (MB) of the process running the agency-facts subgraph after each tenth of the results. */
  readonly rss: number[];
  /** WAL written during the run (pg_stat_wal): bytes and full-page images. */
  readonly walBytes: number;
  readonly walFpi: number;
  /** WAL segment files added during the run (each created and zero-filled by a committing backend, not recycled). */
  readonly walSegmentsAdded: number | undefined;
  /** The machine's 1-minute load average at the start and the end of the run. */
  readonly load: string;
}

const megabytes = (bytes: number): number => Math.round(bytes / 2 ** 20);

const postFeed = (url: string, headers: Readonly<Record<string, string>>, count: number, subgraphRss: () => number, references?: string): Promise<Omit<Run, 'nodeCpu' | 'subgraphsCpu' | 'serverCpu' | 'walBytes' | 'walFpi' | 'walSegmentsAdded' | 'load'>> =>
  new Promise((resolve, reject) => {
    const started = performance.now();
    const rss: number[] = [];
    const req = request(url, { method: 'POST', headers: { ...headers, 'content-type': 'application/x-ndjson' } }, (res) => {
      let lines = 0;
      let tail = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        const parts = (tail + chunk).split('\n');
        tail = parts.pop() ?? '';
        lines += parts.length;
        while (rss.length < 10 && lines >= ((rss.length + 1) * count) / 10) rss.push(megabytes(subgraphRss()));
        if (parts.length > 0 && parts.at(-1)?.startsWith('{"summary"')) tail = parts.at(-1) ?? '';
      });
      res.on('end', () => resolve({ seconds: (performance.now() - started) / 1000, lines, summary: tail, rss }));
      res.on('error', reject);
    });
    req.on('error', reject);
    Readable.from(feedLines(count, references)).pipe(req);
  });

interface Services {
  readonly factsUrl: string;
  /** The feed request's headers: a bearer token of the tax agency's feed (fresh per run: a run on a loaded machine can outlast one). */
  headers(): Promise<Record<string, string>>;
  /** CPU seconds of the subgraphs' own processes so far (0 in one process: they count in this one's). */
  cpuSeconds(): number;
  /** Resident memory (bytes) of the process running the agency-facts subgraph: this one, or its own. */
  subgraphRss(): number;
  stop(): Promise<void>;
}

/** Both subgraphs in this process, tokens signed by the test issuer. */
const startInProcess = async (url: string, count: number): Promise<Services> => {
  const tokens = await createTestTokens();
  // The population register the feed checks every chunk's PINs against (one personsExist call per
  // 1,000 lines): the persons subgraph, with every subject of the feed registered.
  const persons = await startSubgraph(personsSubgraph, { databaseUrl: url, port: 0, auth: { verifier: tokens.verifier } });
  await registerPersons(url, count);
  const service = await startSubgraph(factsSubgraph, { databaseUrl: url, port: 0, auth: { verifier: tokens.verifier, directory: { personsUrl: persons.url } } });
  return {
    factsUrl: service.url,
    headers: async () => ({ authorization: await tokens.bearer({ roles: ['agency-feed'], agency: 'taxes', serviceAccount: true }) }),
    cpuSeconds: () => 0,
    subgraphRss: () => process.memoryUsage.rss(),
    async stop() {
      await service.stop();
      await persons.stop();
    },
  };
};

/**
 * `npm start`'s topology: the embedded issuer and both subgraphs as their own processes, or with
 * `--one-process` the whole graph in one process (scripts/graph-host.ts, `npm start -- --one-process`).
 */
const startServices = async (url: string, count: number): Promise<Services> => {
  const { subgraphUrls, urlVariables: urls } = await subgraphAddresses();
  const { child: issuer, keycloakUrl } = await startIssuer();
  const personsUrl = subgraphUrls['persons'] ?? '';
  const factsUrl = subgraphUrls['agency-facts'] ?? '';
  const children = [issuer];
  let factsPid = 0;
  const stop = async () => {
    for (const child of [...children].reverse()) await stopChild(child);
  };
  try {
    if (args['one-process']) {
      // The gateway listens too (PORT), idle: the feed goes to agency-facts directly.
      const host = runNode('graph', 'scripts/graph-host.ts', { DATABASE_URL: url, KEYCLOAK_URL: keycloakUrl, PORT: String(await freePort()), ...urls });
      factsPid = host.pid ?? 0;
      children.push(host);
      for (const subgraphUrl of [personsUrl, factsUrl]) await waitHealthy('subgraphs', new URL('/health', subgraphUrl).toString());
      await registerPersons(url, count);
    } else {
      children.push(runNode('persons', 'subgraphs/persons/src/main.ts', { PORT: new URL(personsUrl).port, DATABASE_URL: url, KEYCLOAK_URL: keycloakUrl }));
      await waitHealthy('persons', new URL('/health', personsUrl).toString());
      await registerPersons(url, count);
      const factsService = runNode('agency-facts', 'subgraphs/agency-facts/src/main.ts', { PORT: new URL(factsUrl).port, DATABASE_URL: url, KEYCLOAK_URL: keycloakUrl, PERSONS_URL: personsUrl });
      factsPid = factsService.pid ?? 0;
      children.push(factsService);
      await waitHealthy('agency-facts', new URL('/health', factsUrl).toString());
    }
  } catch (error) {
    await stop();
    throw error;
  }
  const subgraphs = children.slice(1).map((child) => child.pid ?? 0);
  return {
    factsUrl,
    // The tax agency's client-credentials token, and the secret the gateway's stream proxy adds to
    // /feeds/facts: this client stands in for the gateway.
    headers: async () => ({ authorization: `Bearer ${await clientToken(keycloakUrl, 'agency-taxes')}`, 'x-gateway-secret': BENCH_GATEWAY_SECRET }),
    cpuSeconds: () => subgraphs.reduce((sum, pid) => sum + processJiffies(pid), 0) / HZ,
    subgraphRss: () => processRssBytes(factsPid),
    stop,
  };
};

/** WAL a fact costs (measured: 640-650 bytes per fact with a fresh cluster's full-page images), with room to spare. */
const WAL_BYTES_PER_FACT = 800;

/**
 * Leaves the server with the WAL segments a feed of `facts` will fill already created, to recycle:
 * as much WAL written into a scratch table (then dropped) as the feed will write, then a checkpoint.
 */
const warmWal = async (query: (sql: string) => Promise<unknown>, facts: number): Promise<void> => {
  // A row of 1 kB writes about 1.1 kB of WAL.
  const rows = Math.ceil((facts * WAL_BYTES_PER_FACT) / 1024);
  await query(`create table public.bench_wal_warm_up as select g, repeat('x', 1000) as filler from generate_series(1, ${rows}) g`);
  await query('drop table public.bench_wal_warm_up');
  await query('checkpoint');
};

const main = async () => {
  const db = await openBenchDatabase({
    prefix: 'fact_feed_bench',
    durable: !args['no-fsync'],
    keep: args.keep,
    databaseUrl: process.env['DATABASE_URL'],
    settings: Object.fromEntries((args.pg ?? []).map((spec) => nameAndValue('--pg', spec))),
  });
  const url = db.url;
  // Every subject of both feeds registered (the warm-up's are the first of the same persons).
  const population = Math.max(facts, warmUp);
  const services = args.processes ? await startServices(url, population) : await startInProcess(url, population);
  try {
    const feedUrl = new URL('/feeds/facts', services.factsUrl).toString();
    const postmaster = db.embedded ? postmasterOf(String((await db.query(`select setting from pg_settings where name = 'data_directory'`)).rows[0]?.setting)) : undefined;
    const measured = async (): Promise<Run> => {
      // A fresh token per run: the feed's token is also the one its register look-ups are made with,
      // and a run on a loaded machine can outlast one.
      const headers = await services.headers();
      const wal = async () => {
        const { bytes, fpi } = (await db.query('select wal_bytes::float8 as bytes, wal_fpi::float8 as fpi from pg_stat_wal')).rows[0] as { bytes: number; fpi: number };
        // pg_ls_waldir() needs pg_monitor or a superuser: a DATABASE_URL role may read no count.
        const segments = await db.query('select count(*)::int as n from pg_ls_waldir()').then((r) => Number(r.rows[0]?.n), () => undefined);
        return { bytes, fpi, segments };
      };
      const walBefore = await wal();
      const [node, subgraphs, server, loadBefore] = [ownCpuSeconds(), services.cpuSeconds(), serverCpuSeconds(postmaster), loadavg()[0]];
      const run = await postFeed(feedUrl, headers, facts, () => services.subgraphRss());
      const subgraphsCpu = services.cpuSeconds() - subgraphs;
      const [nodeCpu, serverCpu] = [ownCpuSeconds() - node + subgraphsCpu, serverCpuSeconds(postmaster) - server];
      const walAfter = await wal();
      const load = `${loadBefore?.toFixed(1)} → ${loadavg()[0]?.toFixed(1)}`;
      return { ...run, nodeCpu, subgraphsCpu, serverCpu, walBytes: walAfter.bytes - walBefore.bytes, walFpi: walAfter.fpi - walBefore.fpi, walSegmentsAdded: walAfter.segments === undefined || walBefore.segments === undefined ? undefined : walAfter.segments - walBefore.segments, load };
    };
    const walCompression = args['wal-compression'];
    if (walCompression) {
      await db.query(`alter system set wal_compression = '${walCompression.replace(/[^a-z0-9]/g, '')}'`);
      await db.query('select pg_reload_conf()');
    }
    if (warmUp > 0) {
      const warm = await postFeed(feedUrl, await services.headers(), warmUp, () => services.subgraphRss(), 'WARM');
      if (!warm.summary.startsWith('{"summary"')) throw new Error(`the warm-up feed stopped after ${warm.lines} lines`);
      // Its WAL segments are recycled at this checkpoint, for the measured feed to reuse.
      await db.query('checkpoint');
    }
    if (args['warm-wal']) await warmWal(db.query.bind(db), facts * (args.replay ? 2 : 1));
    const runs: Array<[string, Run]> = [['new facts', await measured()]];
    if (args.replay) runs.push(['replay (all DUPLICATE)', await measured()]);
    const check = new pg.Client({ connectionString: url });
    await check.connect();
    const stored = await check.query<{ n: string }>('select count(*) as n from facts.fact');
    await check.end();

    const topology = !args.processes
      ? 'client and both subgraphs in this one process'
      : args['one-process']
        ? 'the client, and the whole graph in one process (npm start -- --one-process)'
        : "npm start's topology: client, persons and agency-facts each their own process";
    const settings = `${(args.pg ?? []).length > 0 ? `; server settings ${(args.pg ?? []).join(', ')}` : ''}${warmUp > 0 ? `; after a warm-up feed of ${warmUp.toLocaleString('en')} other facts and a checkpoint` : ''}${args['warm-wal'] ? '; WAL segments recycled (--warm-wal)' : ''}`;
    console.log(`\nFact feed: ${facts.toLocaleString('en')} INCOME facts, ${db.embedded ? `embedded PostgreSQL${args['no-fsync'] ? ' (fsync off)' : ''}` : 'DATABASE_URL'}; ${topology}${settings}`);
    for (const [name, run] of runs) {
      console.log(`${name}: ${run.seconds.toFixed(1)} s → ${Math.round(facts / run.seconds).toLocaleString('en')} facts/s; ${(run.lines - 1).toLocaleString('en')} result lines; ${run.summary}`);
      // CPU per fact is what stays comparable on a shared machine; 2 cores / (CPU per fact) bounds facts/s.
      if (!run.summary.startsWith('{"summary"')) console.log(`  INCOMPLETE: the feed stopped after ${run.lines.toLocaleString('en')} lines (see the log above)`);
      const perFact = (seconds: number) => ((seconds * 1e6) / facts).toFixed(1);
      console.log(
        `  CPU per fact: Node ${perFact(run.nodeCpu)} µs${args.processes ? ` (subgraphs ${perFact(run.subgraphsCpu)})` : ''} + PostgreSQL ${db.embedded ? `${perFact(run.serverCpu)} µs` : 'not measured (DATABASE_URL)'}` +
          (db.embedded ? ` → at most ${Math.round(2 / ((run.nodeCpu + run.serverCpu) / facts)).toLocaleString('en')} facts/s on 2 idle cores` : ''),
      );
      // How busy the pipeline kept the machine: below 100% of the 2 cores on an idle machine, the
      // feed waited (commit flushes, a chunk waiting for the register or a free transaction). On
      // a machine shared with other work this is capped by the CPU the run got.
      const share = (seconds: number) => Math.round((seconds / run.seconds) * 100);
      if (db.embedded)
        console.log(`  busy over the run's wall time: Node ${share(run.nodeCpu)}% of a core, PostgreSQL ${share(run.serverCpu)}%; both ${Math.round(share(run.nodeCpu + run.serverCpu) / 2)}% of 2 cores (load average ${run.load})`);
      console.log(`  RSS (MB) of ${args.processes ? (args['one-process'] ? 'the graph host' : 'the agency-facts subgraph') : 'this process (client and both subgraphs)'} after each tenth of the results: ${run.rss.join(' ')}`);
      console.log(`  WAL: ${Math.round(run.walBytes / facts).toLocaleString('en')} bytes per fact, ${run.walFpi.toLocaleString('en')} full-page images (wal_compression ${walCompression ?? 'default'})${run.walSegmentsAdded === undefined ? '' : `, ${run.walSegmentsAdded} WAL segments added`}`);
    }
    console.log(`rows in facts.fact: ${Number(stored.rows[0]?.n).toLocaleString('en')}`);
    console.log(`peak RSS of this Node process (${args.processes ? 'the feed client' : 'feed client + subgraphs'}): ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
  } finally {
    await services.stop();
    await db.close();
  }
};

runBenchmark(main);

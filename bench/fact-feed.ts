// Streaming bulk feed benchmark: POSTs N new INCOME facts as NDJSON to the agency-facts subgraph's
// /feeds/facts (gateway-less, in-process) and reads the per-line results as they stream back:
//   node bench/fact-feed.ts [--facts 1000000] [--replay] [--no-fsync] [--keep] [--wal-compression pglz|off] (lz4, zstd where the server has them)
// Uses a fresh database on DATABASE_URL's server when set, otherwise an embedded PostgreSQL in a
// temporary directory (durable defaults unless --no-fsync). The feed is generated on the fly and
// the results are only counted, so neither side holds the feed. Prints facts/s and peak RSS of
// this Node process (client + subgraph); never personal data (the PINs are synthetic).
import { request } from 'node:http';
import { loadavg } from 'node:os';
import { Readable } from 'node:stream';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { startSubgraph } from '@usr/shared';
import { createTestTokens } from '@usr/shared/testing';
import { factsSubgraph } from '../subgraphs/agency-facts/src/index.ts';
import { personsSubgraph } from '../subgraphs/persons/src/index.ts';
import { openBenchDatabase, runBenchmark } from './support/bench-database.ts';
import { pinOf, registerPersons } from './support/bench-persons.ts';
import { ownCpuSeconds, postmasterOf, serverCpuSeconds } from './support/process-cpu.ts';

const { values: args } = parseArgs({
  options: {
    facts: { type: 'string', default: '1000000' },
    replay: { type: 'boolean', default: false },
    'no-fsync': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    // The server's wal_compression for the run (a reloadable setting; the embedded default is off).
    'wal-compression': { type: 'string' },
  },
});
const facts = Number(args.facts);

/** The feed, generated as it is read: 1,000 lines a chunk. */
function* feedLines(count: number): Generator<string> {
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
        sourceReference: `BENCH-${i}`,
      })}\n`;
    }
    yield text;
  }
}

interface Run {
  readonly seconds: number;
  readonly lines: number;
  readonly summary: string;
  /** CPU seconds of this Node process (feed client + both subgraphs) and of PostgreSQL during the run. */
  readonly nodeCpu: number;
  readonly serverCpu: number;
  /** RSS of this Node process (MB) after each tenth of the results. */
  readonly rss: number[];
  /** WAL written during the run (pg_stat_wal): bytes and full-page images. */
  readonly walBytes: number;
  readonly walFpi: number;
  /** The machine's 1-minute load average at the start and the end of the run. */
  readonly load: string;
}

const megabytes = (bytes: number): number => Math.round(bytes / 2 ** 20);

const postFeed = (url: string, authorization: string, count: number): Promise<Omit<Run, 'nodeCpu' | 'serverCpu' | 'walBytes' | 'walFpi' | 'load'>> =>
  new Promise((resolve, reject) => {
    const started = performance.now();
    const rss: number[] = [];
    const req = request(url, { method: 'POST', headers: { authorization, 'content-type': 'application/x-ndjson' } }, (res) => {
      let lines = 0;
      let tail = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        const parts = (tail + chunk).split('\n');
        tail = parts.pop() ?? '';
        lines += parts.length;
        while (rss.length < 10 && lines >= ((rss.length + 1) * count) / 10) rss.push(megabytes(process.memoryUsage.rss()));
        if (parts.length > 0 && parts.at(-1)?.startsWith('{"summary"')) tail = parts.at(-1) ?? '';
      });
      res.on('end', () => resolve({ seconds: (performance.now() - started) / 1000, lines, summary: tail, rss }));
      res.on('error', reject);
    });
    req.on('error', reject);
    Readable.from(feedLines(count)).pipe(req);
  });

const main = async () => {
  const db = await openBenchDatabase({ prefix: 'fact_feed_bench', durable: !args['no-fsync'], keep: args.keep, databaseUrl: process.env['DATABASE_URL'] });
  const url = db.url;
  const tokens = await createTestTokens();
  // The population register the feed checks every chunk's PINs against (one personsExist call per
  // 1,000 lines): the persons subgraph, with every subject of the feed registered.
  const persons = await startSubgraph(personsSubgraph, { databaseUrl: url, port: 0, auth: { verifier: tokens.verifier } });
  await registerPersons(url, facts);
  const service = await startSubgraph(factsSubgraph, { databaseUrl: url, port: 0, auth: { verifier: tokens.verifier, directory: { personsUrl: persons.url } } });
  try {
    const feedUrl = new URL('/feeds/facts', service.url).toString();
    const postmaster = db.embedded ? postmasterOf(String((await db.query(`select setting from pg_settings where name = 'data_directory'`)).rows[0]?.setting)) : undefined;
    const measured = async (): Promise<Run> => {
      // A fresh token per run: the feed's token is also the one its register look-ups are made with,
      // and a run on a loaded machine can outlast one.
      const authorization = await tokens.bearer({ roles: ['agency-feed'], agency: 'taxes', serviceAccount: true });
      const wal = async () => (await db.query('select wal_bytes::float8 as bytes, wal_fpi::float8 as fpi from pg_stat_wal')).rows[0] as { bytes: number; fpi: number };
      const walBefore = await wal();
      const [node, server, loadBefore] = [ownCpuSeconds(), serverCpuSeconds(postmaster), loadavg()[0]];
      const run = await postFeed(feedUrl, authorization, facts);
      const [nodeCpu, serverCpu] = [ownCpuSeconds() - node, serverCpuSeconds(postmaster) - server];
      const walAfter = await wal();
      const load = `${loadBefore?.toFixed(1)} → ${loadavg()[0]?.toFixed(1)}`;
      return { ...run, nodeCpu, serverCpu, walBytes: walAfter.bytes - walBefore.bytes, walFpi: walAfter.fpi - walBefore.fpi, load };
    };
    const walCompression = args['wal-compression'];
    if (walCompression) {
      await db.query(`alter system set wal_compression = '${walCompression.replace(/[^a-z0-9]/g, '')}'`);
      await db.query('select pg_reload_conf()');
    }
    const runs: Array<[string, Run]> = [['new facts', await measured()]];
    if (args.replay) runs.push(['replay (all DUPLICATE)', await measured()]);
    const check = new pg.Client({ connectionString: url });
    await check.connect();
    const stored = await check.query<{ n: string }>('select count(*) as n from facts.fact');
    await check.end();

    console.log(`\nFact feed: ${facts.toLocaleString('en')} INCOME facts, ${db.embedded ? `embedded PostgreSQL${args['no-fsync'] ? ' (fsync off)' : ''}` : 'DATABASE_URL'}`);
    for (const [name, run] of runs) {
      console.log(`${name}: ${run.seconds.toFixed(1)} s → ${Math.round(facts / run.seconds).toLocaleString('en')} facts/s; ${(run.lines - 1).toLocaleString('en')} result lines; ${run.summary}`);
      // CPU per fact is what stays comparable on a shared machine; 2 cores / (CPU per fact) bounds facts/s.
      if (!run.summary.startsWith('{"summary"')) console.log(`  INCOMPLETE: the feed stopped after ${run.lines.toLocaleString('en')} lines (see the log above)`);
      const perFact = (seconds: number) => ((seconds * 1e6) / facts).toFixed(1);
      console.log(
        `  CPU per fact: Node ${perFact(run.nodeCpu)} µs + PostgreSQL ${db.embedded ? `${perFact(run.serverCpu)} µs` : 'not measured (DATABASE_URL)'}` +
          (db.embedded ? ` → at most ${Math.round(2 / ((run.nodeCpu + run.serverCpu) / facts)).toLocaleString('en')} facts/s on 2 idle cores` : ''),
      );
      // How busy the pipeline kept the machine: below 100% of the 2 cores on an idle machine, the
      // feed waited (commit flushes, a chunk waiting for the register or a free transaction). On
      // a machine shared with other work this is capped by the CPU the run got.
      const share = (seconds: number) => Math.round((seconds / run.seconds) * 100);
      if (db.embedded)
        console.log(`  busy over the run's wall time: Node ${share(run.nodeCpu)}% of a core, PostgreSQL ${share(run.serverCpu)}%; both ${Math.round(share(run.nodeCpu + run.serverCpu) / 2)}% of 2 cores (load average ${run.load})`);
      console.log(`  RSS (MB) after each tenth of the results: ${run.rss.join(' ')}`);
      console.log(`  WAL: ${Math.round(run.walBytes / facts).toLocaleString('en')} bytes per fact, ${run.walFpi.toLocaleString('en')} full-page images (wal_compression ${walCompression ?? 'default'})`);
    }
    console.log(`rows in facts.fact: ${Number(stored.rows[0]?.n).toLocaleString('en')}`);
    console.log(`peak RSS of this Node process (feed client + subgraph): ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
  } finally {
    await service.stop();
    await persons.stop();
    await db.close();
  }
};

runBenchmark(main);

// Streaming bulk feed benchmark: POSTs N new INCOME facts as NDJSON to the agency-facts subgraph's
// /feeds/facts (gateway-less, in-process) and reads the per-line results as they stream back:
//   node bench/fact-feed.ts [--facts 1000000] [--replay] [--no-fsync] [--keep]
// Uses a fresh database on DATABASE_URL's server when set, otherwise an embedded PostgreSQL in a
// temporary directory (durable defaults unless --no-fsync). The feed is generated on the fly and
// the results are only counted, so neither side holds the feed. Prints facts/s and peak RSS of
// this Node process (client + subgraph); never personal data (the PINs are synthetic).
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { parseArgs } from 'node:util';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { startEmbeddedPostgres, startSubgraph, type RunningPostgres } from '@usr/shared';
import { createTestTokens } from '@usr/shared/testing';
import { factsSubgraph } from '../subgraphs/agency-facts/src/index.ts';
import { personsSubgraph } from '../subgraphs/persons/src/index.ts';

const { values: args } = parseArgs({
  options: {
    facts: { type: 'string', default: '1000000' },
    replay: { type: 'boolean', default: false },
    'no-fsync': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const facts = Number(args.facts);

const withDatabase = (url: string, database: string): string => {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
};

const adminQuery = async (url: string, sql: string): Promise<void> => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
};

const PIN_ALPHABET = '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ';
const pinOf = (i: number): string => {
  let pin = '';
  for (let n = i, k = 0; k < 7; k++, n = Math.floor(n / PIN_ALPHABET.length)) pin = (PIN_ALPHABET[n % PIN_ALPHABET.length] ?? '0') + pin;
  return pin;
};

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

/** Registers the feed's subjects (pinOf(0 .. count-1)) in persons.person, in one statement. */
const registerPersons = async (url: string, count: number): Promise<void> => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(
      `insert into persons.person (pin, first_name, last_name, birth_date, sex, address_line, district_code, region_code)
       select (select string_agg(substr($2, ((i / power(34, k)::bigint) % 34)::int + 1, 1), '' order by k desc) from generate_series(0, 6) k),
              'Bench', 'Person', date '1980-01-01', 'MALE', 'Bench küç. 1', 'AZ-BA', 'baku'
       from generate_series(0, $1::bigint - 1) i`,
      [count, PIN_ALPHABET],
    );
  } finally {
    await client.end();
  }
};

interface Run {
  readonly seconds: number;
  readonly lines: number;
  readonly summary: string;
}

const postFeed = (url: string, authorization: string, count: number): Promise<Run> =>
  new Promise((resolve, reject) => {
    const started = performance.now();
    const req = request(url, { method: 'POST', headers: { authorization, 'content-type': 'application/x-ndjson' } }, (res) => {
      let lines = 0;
      let tail = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        const parts = (tail + chunk).split('\n');
        tail = parts.pop() ?? '';
        lines += parts.length;
        if (parts.length > 0 && parts.at(-1)?.startsWith('{"summary"')) tail = parts.at(-1) ?? '';
      });
      res.on('end', () => resolve({ seconds: (performance.now() - started) / 1000, lines, summary: tail }));
      res.on('error', reject);
    });
    req.on('error', reject);
    Readable.from(feedLines(count)).pipe(req);
  });

const main = async () => {
  let postgres: RunningPostgres | undefined;
  let dataDir: string | undefined;
  let adminUrl = process.env['DATABASE_URL'];
  if (!adminUrl) {
    dataDir = mkdtempSync(join(tmpdir(), 'usr-bench-pg-'));
    postgres = await startEmbeddedPostgres({ dataDir, port: 25432 + Math.floor(Math.random() * 2000), durable: !args['no-fsync'] });
    adminUrl = postgres.url;
  }
  const database = `fact_feed_bench_${randomBytes(4).toString('hex')}`;
  await adminQuery(adminUrl, `create database "${database}"`);
  const url = withDatabase(adminUrl, database);
  const tokens = await createTestTokens();
  // The population register the feed checks every chunk's PINs against (one personsExist call per
  // 1,000 lines): the persons subgraph, with every subject of the feed registered.
  const persons = await startSubgraph(personsSubgraph, { databaseUrl: url, port: 0, auth: { verifier: tokens.verifier } });
  await registerPersons(url, facts);
  const service = await startSubgraph(factsSubgraph, { databaseUrl: url, port: 0, auth: { verifier: tokens.verifier, directory: { personsUrl: persons.url } } });
  try {
    const feedUrl = new URL('/feeds/facts', service.url).toString();
    const authorization = await tokens.bearer({ roles: ['agency-feed'], agency: 'taxes', serviceAccount: true });
    const runs: Array<[string, Run]> = [['new facts', await postFeed(feedUrl, authorization, facts)]];
    if (args.replay) runs.push(['replay (all DUPLICATE)', await postFeed(feedUrl, authorization, facts)]);
    const check = new pg.Client({ connectionString: url });
    await check.connect();
    const stored = await check.query<{ n: string }>('select count(*) as n from facts.fact');
    await check.end();

    console.log(`\nFact feed: ${facts.toLocaleString('en')} INCOME facts, ${postgres ? `embedded PostgreSQL${args['no-fsync'] ? ' (fsync off)' : ''}` : 'DATABASE_URL'}`);
    for (const [name, run] of runs) {
      console.log(`${name}: ${run.seconds.toFixed(1)} s → ${Math.round(facts / run.seconds).toLocaleString('en')} facts/s; ${(run.lines - 1).toLocaleString('en')} result lines; ${run.summary}`);
    }
    console.log(`rows in facts.fact: ${Number(stored.rows[0]?.n).toLocaleString('en')}`);
    console.log(`peak RSS of this Node process (feed client + subgraph): ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
  } finally {
    await service.stop();
    await persons.stop();
    if (!args.keep) await adminQuery(adminUrl, `drop database if exists "${database}" with (force)`);
    await postgres?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
};

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});

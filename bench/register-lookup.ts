// The bulk feed's UNKNOWN_PIN look-up alone: 1,000 PINs a call to an in-process persons subgraph
// (embedded PostgreSQL, --persons registered), asked in turn through GraphQL `personsExist` (what the
// feed asked until session 7) and through the register route (POPULATION_REGISTER_PATH, what
// httpPopulationRegister asks now), alternating rounds; prints the CPU per PIN of this Node process
// (client and persons subgraph) and of PostgreSQL for each:
//   node bench/register-lookup.ts [--persons 200000] [--calls 200] [--rounds 3]
import { parseArgs } from 'node:util';
import { loadavg } from 'node:os';
import { randomUUID } from 'node:crypto';
import { httpPopulationRegister, startSubgraph } from '@usr/shared';
import { createTestTokens } from '@usr/shared/testing';
import { personsSubgraph } from '../subgraphs/persons/src/index.ts';
import { openBenchDatabase, runBenchmark } from './support/bench-database.ts';
import { pinOf, registerPersons } from './support/bench-persons.ts';
import { ownCpuSeconds, postmasterOf, serverCpuSeconds } from './support/process-cpu.ts';

const { values: args } = parseArgs({ options: { persons: { type: 'string', default: '200000' }, calls: { type: 'string', default: '200' }, rounds: { type: 'string', default: '3' } } });
const [persons, calls, rounds] = [Number(args.persons), Number(args.calls), Number(args.rounds)];
const main = async () => {
  const db = await openBenchDatabase({ prefix: 'register_lookup_bench', durable: true });
  const tokens = await createTestTokens();
  const service = await startSubgraph(personsSubgraph, { databaseUrl: db.url, port: 0, auth: { verifier: tokens.verifier } });
  try {
    await registerPersons(db.url, persons);
    await db.query('analyze persons.person');
    const postmaster = db.embedded ? postmasterOf(String((await db.query(`select setting from pg_settings where name = 'data_directory'`)).rows[0]?.setting)) : undefined;
    const authorization = await tokens.bearer({ roles: ['agency-feed'], agency: 'taxes', serviceAccount: true });
    // Consecutive PINs, as the feed of bench/fact-feed.ts sends them (one chunk, 1,000 neighbours in the index).
    const batch = (call: number) => Array.from({ length: 1000 }, (_, i) => pinOf((call * 1000 + i) % persons));
    const route = httpPopulationRegister({ personsUrl: service.url }, { authorization, requestId: randomUUID() });
    const ways: Record<string, (pins: string[]) => Promise<number>> = {
      'GraphQL personsExist': async (pins) => {
        const response = await fetch(service.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization, 'x-request-id': randomUUID() },
          body: JSON.stringify({ query: 'query($pins: [String!]!) { personsExist(pins: $pins) }', variables: { pins } }),
        });
        const body = (await response.json()) as { data?: { personsExist?: boolean[] } };
        return body.data?.personsExist?.filter(Boolean).length ?? -1;
      },
      'register route': async (pins) => (await route.registered(pins)).size,
    };
    for (const [, ask] of Object.entries(ways)) for (let c = 0; c < 20; c++) await ask(batch(c)); // warm-up
    for (let round = 1; round <= rounds; round++)
      for (const [name, ask] of Object.entries(ways)) {
        const [node, server, load] = [ownCpuSeconds(), serverCpuSeconds(postmaster), loadavg()[0]];
        const started = performance.now();
        for (let c = 0; c < calls; c++) if ((await ask(batch(c))) !== 1000) throw new Error(`${name}: not every PIN registered`);
        const wall = (performance.now() - started) / calls;
        const perPin = (seconds: number) => ((seconds * 1e6) / (calls * 1000)).toFixed(2);
        console.log(
          `round ${round}, ${name}: CPU per PIN Node ${perPin(ownCpuSeconds() - node)} µs + PostgreSQL ${perPin(serverCpuSeconds(postmaster) - server)} µs; ${wall.toFixed(1)} ms a call of 1,000 (load ${load?.toFixed(1)})`,
        );
      }
  } finally {
    await service.stop();
    await db.close();
  }
};

runBenchmark(main);

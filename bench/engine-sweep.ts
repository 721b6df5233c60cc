// The engine's daily sweep over a nation:
//   node bench/engine-sweep.ts [--persons 1000000] [--date YYYY-MM-DD] [--catch-up 30] [--no-fsync]
// Loads the synthetic population (population/) into a fresh database (embedded PostgreSQL in a temp
// dir, or a fresh database on DATABASE_URL's server), starts every subgraph, the gateway and the
// embedded issuer in this process (as the tests do), then runs the engine's daily sweep for one day
// through the gateway with the engine's service-account token, and runs it again (the replay must
// grant nothing). Prints timings and counts, never personal data.
import { parseArgs } from 'node:util';
import { loadPopulation } from '@usr/population';
import { migrateAll } from '../population/src/migrations.ts';
import { startRegistry } from '../test/support/registry.ts';
import { createEngineRuntime } from '../engine/src/engine.ts';
import { parseEngineEnvironment } from '../engine/src/environment.ts';
import { dailySweep } from '../engine/src/flows/daily-sweep.ts';
import { addDays } from '../engine/src/rules/index.ts';
import { openBenchDatabase, runBenchmark } from './support/bench-database.ts';

const { values: args } = parseArgs({
  options: {
    persons: { type: 'string', default: '1000000' },
    date: { type: 'string', default: '2026-11-24' },
    'no-fsync': { type: 'boolean', default: false },
    'catch-up': { type: 'string', default: '30' },
  },
});
const persons = Number(args.persons);
const date = args.date;

const main = async () => {
  const bench = await openBenchDatabase({ prefix: 'engine_sweep', durable: !args['no-fsync'], databaseUrl: process.env['DATABASE_URL'] });
  const url = bench.url;
  try {
    await migrateAll(url);
    const loadStarted = performance.now();
    // The population as it stood the day before the sweep.
    const counts = await loadPopulation({ databaseUrl: url, persons, seed: 1, today: date });
    const loadSeconds = (performance.now() - loadStarted) / 1000;
    console.log(`population loaded in ${loadSeconds.toFixed(1)} s: ${JSON.stringify(counts)}`);

    const registry = await startRegistry(url);
    const env = parseEngineEnvironment({ GATEWAY_URL: registry.gatewayUrl, KEYCLOAK_URL: registry.identityUrl, DATABASE_URL: url, LOG_LEVEL: 'silent' });
    const engine = await createEngineRuntime(env, { today: () => date });
    try {
      const started = performance.now();
      const first = await dailySweep(engine.ctx, engine.db, date);
      const firstSeconds = (performance.now() - started) / 1000;
      const replayStarted = performance.now();
      const replay = await dailySweep(engine.ctx, engine.db, date);
      const replaySeconds = (performance.now() - replayStarted) / 1000;
      // A month without sweeps (the engine down): the next sweep catches every missed day up.
      const later = addDays(date, Number(args['catch-up']));
      const catchStarted = performance.now();
      const catchUp = await dailySweep({ ...engine.ctx, today: () => later }, engine.db, later);
      const catchSeconds = (performance.now() - catchStarted) / 1000;
      console.log(`\nDaily sweep for ${date} over ${persons.toLocaleString('en')} persons (${bench.embedded ? 'embedded PostgreSQL' : 'DATABASE_URL'})`);
      console.table({
        sweep: { seconds: Number(firstSeconds.toFixed(2)), ...first },
        'replay (same day)': { seconds: Number(replaySeconds.toFixed(2)), ...replay },
        [`catch-up (${args['catch-up']} days missed)`]: { seconds: Number(catchSeconds.toFixed(2)), ...catchUp },
      });
      console.log(`peak RSS ${Math.round(process.memoryUsage.rss() / 2 ** 20)} MB (this process: subgraphs, gateway, issuer and engine)`);
    } finally {
      await engine.close();
      await registry.stop();
    }
  } finally {
    await bench.close();
  }
};

runBenchmark(main);

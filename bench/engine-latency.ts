// Fact → assignment → SMS latency of the engine for single events:
//   node bench/engine-latency.ts [--events 200]
// A fresh database (embedded PostgreSQL, or DATABASE_URL's server), every subgraph, the gateway and
// the embedded issuer in this process, and the engine's worker (pg-boss) as `npm start` runs it.
// Each event: the civil registry (agency `justice`) submits one BIRTH fact through the gateway;
// the clock stops when the mother's birth-grant SMS is in the development provider's log
// (engine.sms_message), i.e. fact stored → job → vital event → rules → decision + assignment →
// card account → notification → SMS. Events one at a time; p50/p95/p99/max. No personal data printed.
import { parseArgs } from 'node:util';
import pg from 'pg';
import { registryToday } from '@usr/shared';
import { startRegistry } from '../test/support/registry.ts';
import { startWorker } from '../engine/src/worker.ts';
import { engineFor, seedHousehold, submitFacts } from '../engine/test/support/engine-harness.ts';
import { openBenchDatabase, runBenchmark } from './support/bench-database.ts';

const { values: args } = parseArgs({ options: { events: { type: 'string', default: '200' } } });
const events = Number(args.events);

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;

const main = async () => {
  const bench = await openBenchDatabase({ prefix: 'engine_latency', durable: true, databaseUrl: process.env['DATABASE_URL'] });
  const url = bench.url;
  const registry = await startRegistry(url);
  const { env, runtime: engine } = await engineFor(registry, url);
  const worker = await startWorker(env, engine, { schedule: false });
  const db = new pg.Pool({ connectionString: url, max: 2 });
  const today = registryToday();
  const samples: number[] = [];
  try {
    for (let i = 0; i < events + 5; i++) {
      const mother = `L${String(i).padStart(6, '0')}`;
      await seedHousehold(url, [{ pin: mother, birthDate: '1995-01-01', sex: 'FEMALE', relation: 'HEAD' }]);
      const child = `K${String(i).padStart(6, '0')}`;
      const started = performance.now();
      await submitFacts(registry, 'justice', [
        { subjectPin: child, kind: 'BIRTH', value: { motherPin: mother, districtCode: 'AZ-BA', firstName: 'Ayla', lastName: 'Test', sex: 'FEMALE' }, validFrom: today, sourceReference: `B-${child}` },
      ]);
      for (;;) {
        const { rowCount } = await db.query(`select 1 from engine.sms_message s join benefits.notification n on n.id = s.notification_id where n.recipient_pin = $1`, [mother]);
        if (rowCount) break;
        if (performance.now() - started > 30_000) throw new Error('no SMS within 30 s');
        await new Promise((r) => setTimeout(r, 5));
      }
      // The first five warm up (JIT, connection pools, the token) and are not counted.
      if (i >= 5) samples.push(performance.now() - started);
    }
    samples.sort((a, b) => a - b);
    console.log(`\nFact → assignment → SMS, ${events} single BIRTH events, one at a time (${bench.embedded ? 'embedded PostgreSQL' : 'DATABASE_URL'})`);
    console.table({
      'latency (ms)': {
        p50: Math.round(percentile(samples, 50)),
        p95: Math.round(percentile(samples, 95)),
        p99: Math.round(percentile(samples, 99)),
        max: Math.round(samples.at(-1) ?? 0),
        mean: Math.round(samples.reduce((a, b) => a + b, 0) / samples.length),
      },
    });
  } finally {
    await db.end();
    await worker.stop();
    await engine.close();
    await registry.stop();
    await bench.close();
  }
};

runBenchmark(main);

// Latency and throughput of a citizen's full record through the gateway (all subgraphs, real
// tokens, real PostgreSQL). `node bench/full-record.ts [--requests 2000] [--concurrency 8]`
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startEmbeddedPostgres } from '@usr/shared';
import { createTestDatabase, postGraphQL } from '@usr/shared/testing';
import { startRegistry } from '../test/support/registry.ts';
import { seeder, type SeededHousehold } from '../test/support/seed.ts';

const { values } = parseArgs({ options: { requests: { type: 'string', default: '2000' }, concurrency: { type: 'string', default: '8' } } });
const requests = Number(values.requests);
const concurrency = Number(values.concurrency);

const QUERY = `query($pin: String!) { person(pin: $pin) {
  firstName lastName birthDate address { line region { name } }
  household { members { relation person { pin firstName } } assistance { monthlyAmount } }
  facts(page: { limit: 100 }) { items { kind validFrom agency { name } } }
  benefits { monthlyAmount benefitType { name } payments { month amount } }
  paymentAccounts { bank } } }`;

const dataDir = mkdtempSync(join(tmpdir(), 'usr-bench-'));
const pg = process.env['DATABASE_URL'] ? undefined : await startEmbeddedPostgres({ dataDir, port: 18000 + Math.floor(Math.random() * 1000), durable: false });
const db = await createTestDatabase(process.env['DATABASE_URL'] ?? pg?.url ?? '');
const registry = await startRegistry(db.url);
const seed = seeder(db.url);
const households: SeededHousehold[] = [];
for (let i = 0; i < 50; i++) households.push(await seed.household(4).withFacts(24).withBenefit('TSA', '150.00').withPayments(6).save());
await seed.close();
const authorization = `Bearer ${await registry.serviceToken('decision-engine')}`;

let next = 0;
const latencies: number[] = [];
const worker = async () => {
  while (next < requests) {
    const pin = households[next++ % households.length]?.head ?? '';
    const started = performance.now();
    const res = await postGraphQL(registry.gatewayUrl, QUERY, { pin }, { authorization });
    if (res.errors) throw new Error(`request failed: ${JSON.stringify(res.errors[0]?.extensions)}`);
    latencies.push(performance.now() - started);
  }
};
// Warm-up: plans cached, pools filled.
for (let i = 0; i < 20; i++) await postGraphQL(registry.gatewayUrl, QUERY, { pin: households[0]?.head ?? '' }, { authorization });
const started = performance.now();
await Promise.all(Array.from({ length: concurrency }, worker));
const seconds = (performance.now() - started) / 1000;
latencies.sort((a, b) => a - b);
const pct = (p: number) => (latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0).toFixed(1);
console.log(
  JSON.stringify({
    benchmark: 'full-record-through-gateway',
    requests,
    concurrency,
    requestsPerSecond: Math.round(requests / seconds),
    p50ms: pct(50),
    p95ms: pct(95),
    p99ms: pct(99),
    maxRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
  }),
);
await registry.stop();
await db.drop();
await pg?.stop();
rmSync(dataDir, { recursive: true, force: true });

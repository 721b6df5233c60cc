// The dry run of a parameter draft over a nation:
//   node --expose-gc bench/rules-dry-run.ts [--persons 1000000] [--on 2026-12-01] [--raise 10] [--region CODE | --random N | --share S]
// Streams the synthetic population (population/, generated household by household, no database)
// through the dry run: every household decided by the real TSA rule with the approved need
// criterion and with a draft raising it by --raise per cent from --on. Prints the time, the
// households a second, the CPU seconds and load average (the machine may be shared), the heap
// sampled along the way (with --expose-gc: the live heap after a collection, so a growth would show;
// memory flat) and the report's figures, never personal data (the examples, which carry PINs, are
// counted only).
//   node --expose-gc bench/rules-dry-run.ts --registry --persons 100000 [--region CODE | --random N | --share S]
// The real path instead: the population loaded into a fresh database (embedded PostgreSQL, or
// DATABASE_URL's server), every subgraph, the gateway and the issuer started in this process (as
// engine-sweep.ts does); rules.editor drafts the raise, rules.approver requests the dry run through
// the gateway, and the engine's `parameters.dry-run` job (runParameterDryRun) runs it, reading every
// household of the sample through the gateway as a decision does, and records the report.
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { findBenefitType, parameterOn } from '@usr/shared';
import { loadPopulation } from '@usr/population';
import { postGraphQL } from '@usr/shared/testing';
import { migrateAll } from '../population/src/migrations.ts';
import { populationCases } from '../test/support/population-cases.ts';
import { startRegistry } from '../test/support/registry.ts';
import { runDryRun, type DryRunCase, type DryRunSample } from '../engine/src/dry-run/dry-run.ts';
import { createEngineRuntime } from '../engine/src/engine.ts';
import { parseEngineEnvironment } from '../engine/src/environment.ts';
import { runParameterDryRun } from '../engine/src/flows/parameter-dry-run.ts';
import { openBenchDatabase, runBenchmark } from './support/bench-database.ts';

const { values: args } = parseArgs({
  options: {
    persons: { type: 'string', default: '1000000' },
    on: { type: 'string', default: '2026-12-01' },
    today: { type: 'string', default: '2026-11-24' },
    raise: { type: 'string', default: '10' },
    region: { type: 'string' },
    random: { type: 'string' },
    share: { type: 'string' },
    registry: { type: 'boolean', default: false },
  },
});
const persons = Number(args.persons);
const on = args.on;
const sample: DryRunSample = args.region ? { kind: 'REGION', regionCode: args.region } : args.random ? { kind: 'RANDOM', count: Number(args.random) } : args.share ? { kind: 'SHARE', share: Number(args.share) } : { kind: 'ALL' };

const mb = (bytes: number) => Math.round(bytes / 2 ** 20);

/** The dry run through the registry: database, gateway, the engine's job. */
const throughRegistry = async (value: number) => {
  const bench = await openBenchDatabase({ prefix: 'rules_dry_run', durable: true, databaseUrl: process.env['DATABASE_URL'] });
  try {
    await migrateAll(bench.url);
    const loadStarted = performance.now();
    const counts = await loadPopulation({ databaseUrl: bench.url, persons, seed: 1, today: args.today });
    console.log(`population loaded in ${((performance.now() - loadStarted) / 1000).toFixed(1)} s: ${JSON.stringify(counts)}`);
    const registry = await startRegistry(bench.url);
    const env = parseEngineEnvironment({ GATEWAY_URL: registry.gatewayUrl, KEYCLOAK_URL: registry.identityUrl, DATABASE_URL: bench.url, LOG_LEVEL: 'silent' });
    const engine = await createEngineRuntime(env, { today: () => args.today });
    const as = async <D>(user: string, query: string, variables: Record<string, unknown>): Promise<D> => {
      const res = await postGraphQL<D>(registry.gatewayUrl, query, variables, { authorization: `Bearer ${await registry.userToken(user)}` });
      if (res.errors || !res.data) throw new Error(JSON.stringify(res.errors?.map((e) => e.extensions?.['code'])));
      return res.data;
    };
    try {
      const text = { az: 'Büdcə qanunu', ru: 'Закон о бюджете', en: 'Budget law' };
      const drafted = await as<{ draftParameterChange: { draft: { id: string } | null; error: { code: string } | null } }>(
        'rules.editor',
        `mutation($input: DraftParameterChangeInput!) { draftParameterChange(input: $input) { draft { id } error { code } } }`,
        { input: { idempotencyKey: `bench-${Date.now()}`, reason: 'Benchmark', changes: [{ benefitCode: 'TSA', name: 'needCriterion', value, effectiveFrom: on, sourced: true, legalBasis: { act: text, article: '1', date: args.today, text } }] } },
      );
      const draftId = drafted.draftParameterChange.draft?.id;
      if (!draftId) throw new Error(`The draft was refused: ${drafted.draftParameterChange.error?.code ?? '?'}`);
      const apiSample =
        sample.kind === 'REGION' ? { kind: 'REGION', regionCode: sample.regionCode } : sample.kind === 'RANDOM' ? { kind: 'RANDOM', households: sample.count, seed: 1 } : sample.kind === 'SHARE' ? { kind: 'SHARE', share: sample.share } : { kind: 'ALL' };
      const requested = await as<{ requestParameterDryRun: { dryRun: { id: string } } }>(
        'rules.approver',
        `mutation($id: ID!, $k: String!, $s: ParameterDryRunSampleInput!) { requestParameterDryRun(input: { draftId: $id, idempotencyKey: $k, sample: $s }) { dryRun { id } } }`,
        { id: draftId, k: `bench-${Date.now()}`, s: apiSample },
      );
      const gc = (globalThis as { gc?: () => void }).gc;
      const heap: { seconds: number; heapMB: number; rssMB: number }[] = [];
      const cpuBefore = process.cpuUsage();
      const loadBefore = loadavg()[0] ?? 0;
      const started = performance.now();
      const sampler = setInterval(() => {
        gc?.();
        const m = process.memoryUsage();
        heap.push({ seconds: Math.round((performance.now() - started) / 1000), heapMB: mb(m.heapUsed), rssMB: mb(m.rss) });
      }, 15_000);
      // The worker's job itself (the queue only calls it).
      await runParameterDryRun(engine.ctx, requested.requestParameterDryRun.dryRun.id).finally(() => clearInterval(sampler));
      const seconds = (performance.now() - started) / 1000;
      const cpu = process.cpuUsage(cpuBefore);
      type Report = { assessed: number; changed: number; newlyGranted: number; newlyRefused: number; monthlyCostDelta: string; distribution: { from: number | null; to: number | null; decisions: number }[] };
      const read = await as<{ parameterDryRun: { status: string; report: Report | null } }>(
        'rules.approver',
        `query($id: ID!) { parameterDryRun(id: $id) { status report { assessed changed newlyGranted newlyRefused monthlyCostDelta distribution { from to decisions } } } }`,
        { id: requested.requestParameterDryRun.dryRun.id },
      );
      const report = read.parameterDryRun.report;
      console.log(`\nDry run through the registry (${bench.embedded ? 'embedded PostgreSQL' : 'DATABASE_URL'}): TSA needCriterion → ${value} AZN from ${on}, sample ${JSON.stringify(apiSample)}, ${persons.toLocaleString('en')} persons`);
      console.table({
        'dry run': {
          status: read.parameterDryRun.status,
          seconds: Number(seconds.toFixed(1)),
          'CPU seconds (whole registry, this process)': Number(((cpu.user + cpu.system) / 1e6).toFixed(1)),
          'households/s': report ? Math.round(report.assessed / seconds) : 0,
          assessed: report?.assessed,
          changed: report?.changed,
          newlyGranted: report?.newlyGranted,
          newlyRefused: report?.newlyRefused,
          'monthly cost delta': report?.monthlyCostDelta,
        },
      });
      console.log(`Load average (1 min) ${loadBefore.toFixed(1)} at the start, ${(loadavg()[0] ?? 0).toFixed(1)} at the end (2 cores)`);
      console.log(gc ? 'Live heap after a full collection, every 15 s (registry and engine in this process):' : 'Heap every 15 s (run with --expose-gc for the live heap):');
      console.table(heap);
    } finally {
      await engine.close();
      await registry.stop();
    }
  } finally {
    await bench.close();
  }
};

const main = async () => {
  const parameter = findBenefitType('TSA')?.parameters.find((p) => p.name === 'needCriterion');
  const current = parameter && parameterOn(parameter, on);
  if (!current) throw new Error(`No TSA need criterion in force on ${on}.`);
  const value = Math.round(current.value * (100 + Number(args.raise))) / 100;
  if (args.registry) {
    await throughRegistry(value);
    return;
  }
  const heap: { households: number; heapMB: number; rssMB: number }[] = [];
  // With --expose-gc, each sample follows a full collection: the live heap, not the GC sawtooth.
  const gc = (globalThis as { gc?: () => void }).gc;
  let households = 0;
  let peakRss = 0;
  // Counts households as they stream and samples the heap every 10,000.
  async function* counted(source: Iterable<DryRunCase>): AsyncGenerator<DryRunCase> {
    for (const c of source) {
      households += 1;
      if (households % 10_000 === 0) {
        gc?.();
        const m = process.memoryUsage();
        peakRss = Math.max(peakRss, m.rss);
        heap.push({ households, heapMB: mb(m.heapUsed), rssMB: mb(m.rss) });
      }
      yield c;
    }
  }
  const loadBefore = loadavg()[0] ?? 0;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const report = await runDryRun(counted(populationCases({ persons, seed: 1, today: args.today, on })), [{ benefitCode: 'TSA', name: 'needCriterion', value, effectiveFrom: on }], { on, sample });
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  console.log(`\nDry run: TSA needCriterion ${current.value} → ${value} AZN from ${on}, sample ${JSON.stringify(sample)}, ${persons.toLocaleString('en')} persons (${households.toLocaleString('en')} households generated and streamed)`);
  console.table({
    'dry run': {
      seconds: Number(seconds.toFixed(1)),
      'CPU seconds': Number(cpuSeconds.toFixed(1)),
      'households/s': Math.round(households / seconds),
      'households/CPU s': Math.round(households / cpuSeconds),
      assessed: report.assessed,
      changed: report.changed,
      newlyGranted: report.newlyGranted,
      newlyRefused: report.newlyRefused,
      'monthly cost before': report.monthlyCostBefore,
      'monthly cost after': report.monthlyCostAfter,
      'monthly cost delta': report.monthlyCostDelta,
      examples: report.examples.length,
    },
  });
  console.log('Changed decisions by monthly change (AZN):');
  console.table(report.distribution.map((b) => ({ from: b.from ?? '−∞', to: b.to ?? '+∞', decisions: b.decisions })));
  console.log(`Load average (1 min) ${loadBefore.toFixed(1)} at the start, ${(loadavg()[0] ?? 0).toFixed(1)} at the end (2 cores: above 2, the run waited for a core)`);
  console.log(gc ? 'Live heap after a full collection, while streaming (flat):' : 'Heap while streaming (run with --expose-gc for the live heap):');
  console.table(heap);
  console.log(`peak RSS ${mb(peakRss)} MB (generator and dry run in this process)`);
};

runBenchmark(main);

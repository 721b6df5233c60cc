// The dry run of a parameter draft over a nation:
//   node --expose-gc bench/rules-dry-run.ts [--persons 1000000] [--on 2026-12-01] [--raise 10] [--region CODE | --random N | --share S]
// Streams the synthetic population (population/, generated household by household, no database)
// through the dry run: every household decided by the real TSA rule with the approved need
// criterion and with a draft raising it by --raise per cent from --on. Prints the time, the
// households a second, the CPU seconds and load average (the machine may be shared), the heap
// sampled along the way (with --expose-gc: the live heap after a collection, so a growth would show;
// memory flat) and the report's figures, never personal data (the examples, which carry PINs, are
// counted only).
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { findBenefitType, parameterOn } from '@usr/shared';
import { populationCases } from '../test/support/population-cases.ts';
import { runDryRun, type DryRunCase, type DryRunSample } from '../engine/src/dry-run/dry-run.ts';
import { runBenchmark } from './support/bench-database.ts';

const { values: args } = parseArgs({
  options: {
    persons: { type: 'string', default: '1000000' },
    on: { type: 'string', default: '2026-12-01' },
    today: { type: 'string', default: '2026-11-24' },
    raise: { type: 'string', default: '10' },
    region: { type: 'string' },
    random: { type: 'string' },
    share: { type: 'string' },
  },
});
const persons = Number(args.persons);
const on = args.on;
const sample: DryRunSample = args.region ? { kind: 'REGION', regionCode: args.region } : args.random ? { kind: 'RANDOM', count: Number(args.random) } : args.share ? { kind: 'SHARE', share: Number(args.share) } : { kind: 'ALL' };

const main = async () => {
  const parameter = findBenefitType('TSA')?.parameters.find((p) => p.name === 'needCriterion');
  const current = parameter && parameterOn(parameter, on);
  if (!current) throw new Error(`No TSA need criterion in force on ${on}.`);
  const value = Math.round(current.value * (100 + Number(args.raise))) / 100;
  const mb = (bytes: number) => Math.round(bytes / 2 ** 20);
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

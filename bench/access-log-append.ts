// The access log's write path alone, as six subgraph processes use it: W recorders (each its own pool,
// as each process has), entries arriving open-loop at R/s spread over them, each `record` timed from
// the moment it was due until its entry is committed (what a read waits for), and the CPU the timed
// part cost per entry, this process (the recorders) and PostgreSQL apart. Embedded PostgreSQL with
// fsync on (`npm start`) or off (`--no-durable`, the gateway benchmark's setting).
//
//   npm run bench:access-log [-- --rate 400 --seconds 10 --writers 6 --no-durable]
//   add --recorder FILE to time another version of the recorder (a module exporting
//   createAccessLogRecorder, e.g. `git show main:shared/src/audit/access-log-recorder.ts` saved beside
//   the current one): same-window A/B runs
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { createAccessLogRecorder as currentRecorder, createLogger, migrateSchemas, startEmbeddedPostgres, type AccessEntry } from '@usr/shared';
import { auditDatabase } from '@usr/audit';
import { ownCpuSeconds, postmasterOf, serverCpuSeconds } from './support/process-cpu.ts';
import { freePort } from './support/topology.ts';

const { values } = parseArgs({
  options: {
    rate: { type: 'string', default: '400' },
    seconds: { type: 'string', default: '10' },
    writers: { type: 'string', default: '6' },
    'no-durable': { type: 'boolean', default: false },
    recorder: { type: 'string' },
  },
});
const rate = Number(values.rate);
const seconds = Number(values.seconds);
const writers = Number(values.writers);
const durable = !values['no-durable'];
const createAccessLogRecorder = values.recorder ? ((await import(resolve(values.recorder))) as { createAccessLogRecorder: typeof currentRecorder }).createAccessLogRecorder : currentRecorder;

const dataDir = mkdtempSync(join(tmpdir(), 'usr-access-log-bench-'));
const postgres = await startEmbeddedPostgres({ dataDir, port: await freePort(), durable });
try {
  await migrateSchemas(postgres.url, [auditDatabase]);
  const logger = createLogger('bench', 'silent');
  const recorders = Array.from({ length: writers }, () => createAccessLogRecorder({ databaseUrl: postgres.url, logger }));
  const entry = (i: number): AccessEntry =>
    ({
    subjectPin: `${String(1_000_000 + (i % 9_000_000)).slice(0, 7)}`,
    viewer: { kind: 'client', subject: 'service-account-decision-engine', clientId: 'decision-engine', roles: new Set(), scopes: new Set(), serviceAccount: true },
    service: 'persons',
    fields: ['Person.firstName', 'Person.lastName'],
    purpose: 'BENEFIT_REVIEW',
    requestId: `bench-${i}`,
    at: new Date(),
  }) as unknown as AccessEntry;
  // Warm-up: connections open, statements planned.
  await Promise.all(recorders.flatMap((r, w) => Array.from({ length: 20 }, (_, i) => r.record(entry(w * 20 + i)))));

  const postmaster = postmasterOf(dataDir);
  const stats = new pg.Client({ connectionString: postgres.url });
  await stats.connect();
  const seqBefore = (await stats.query<{ seq: string }>('select coalesce(max(seq), 0)::text as seq from audit.access_log')).rows[0]?.seq ?? '0';
  const cpuBefore = { node: ownCpuSeconds(), server: serverCpuSeconds(postmaster) };
  const latencies: number[] = [];
  const total = Math.round(rate * seconds);
  const started = performance.now();
  const pending: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    const recorder = recorders[i % writers];
    if (!recorder) continue;
    pending.push(recorder.record(entry(i)).then(() => void latencies.push(performance.now() - due)));
  }
  await Promise.all(pending);
  const elapsed = (performance.now() - started) / 1000;
  const cpuAfter = { node: ownCpuSeconds(), server: serverCpuSeconds(postmaster) };
  const perEntry = (before: number, after: number) => (((after - before) * 1e6) / total).toFixed(0);
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => (latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0).toFixed(1);
  const { rows } = await stats.query<{ n: string; groups: string }>(
    'select count(*)::text as n, (select count(distinct xmin::text) from audit.access_log where seq > $1)::text as groups from audit.access_log',
    [seqBefore],
  );
  await stats.end();
  for (const r of recorders) await r.close();
  console.log(
    `${values.recorder ?? 'current recorder'}, ${durable ? 'fsync on' : 'fsync off'}, ${writers} writers, ${rate} entries/s offered for ${seconds} s: ${latencies.length} committed in ${elapsed.toFixed(1)} s (${rows[0]?.n} rows); ` +
      `${rows[0]?.groups} groups; CPU per entry: recorders ${perEntry(cpuBefore.node, cpuAfter.node)} µs, PostgreSQL ${perEntry(cpuBefore.server, cpuAfter.server)} µs; ` +
      `wait until committed p50 ${pct(50)} ms, p90 ${pct(90)} ms, p99 ${pct(99)} ms, max ${pct(100)} ms; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`,
  );
} finally {
  await postgres.stop();
  rmSync(dataDir, { recursive: true, force: true });
}

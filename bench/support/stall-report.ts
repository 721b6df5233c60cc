// Reads what `npm run bench:gateways -- --probe DIR` recorded (bench/support/stall-probe.ts in each
// process, PostgreSQL's activity, every paced request) and prints, per paced run, a timeline second
// by second (requests due, their p50/max latency, the worst event-loop block, GC time, access-log
// groups, PostgreSQL's lock waits, the machine's and PostgreSQL's CPU), then the slowest requests with every stall overlapping them.
// `node bench/support/stall-report.ts DIR`
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Event {
  readonly k: string;
  readonly t: number;
  readonly ms?: number;
  readonly sql?: string;
  readonly rows?: number;
  readonly cpu?: number;
  readonly runq?: number;
  readonly [key: string]: unknown;
}

interface Counters {
  readonly t: number;
  readonly machine: { readonly user: number; readonly system: number; readonly idle: number; readonly iowait: number; readonly steal: number };
  readonly pgJiffies: number;
}
const isCounters = (e: Event): e is Event & Counters => typeof e['machine'] === 'object' && e['machine'] !== null && typeof e['pgJiffies'] === 'number';

const dir = process.argv[2] ?? '.';
const files = readdirSync(dir);
const events: (Event & { proc: string })[] = [];
for (const file of files.filter((f) => f.endsWith('.jsonl'))) {
  const proc = file.replace(/\.jsonl$/, '');
  for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) if (line) events.push({ ...(JSON.parse(line) as Event), proc });
}
const serviceOf = (proc: string) => proc.replace(/-\d+$/, '');
/** A short column name; a --variant's processes (persons@v8default) keep their variant's name. */
const columnOf = (service: string) => {
  const [base = '', variant] = service.split('@');
  return variant ? `${base.slice(0, 8)}@${variant.slice(0, 8)}` : base.slice(0, 8);
};
const services = [...new Set(events.filter((e) => e.k === 'sec').map((e) => serviceOf(e.proc)))].sort();

for (const file of files.filter((f) => /^paced-\d+\.txt$/.test(f)).sort()) {
  const requests = readFileSync(join(dir, file), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [due = '0', latency = '0', status = '0'] = line.split(' ');
      return { due: Number(due), latency: Number(latency), status: Number(status) };
    });
  if (requests.length === 0) continue;
  const start = Math.min(...requests.map((r) => r.due));
  const end = Math.max(...requests.map((r) => r.due + r.latency));
  const inRun = events.filter((e) => e.t >= start - 1000 && e.t <= end + 1000);
  console.log(`\n${file}: ${requests.length} requests over ${((end - start) / 1000).toFixed(1)} s`);
  const rows: Record<string, string | number>[] = [];
  for (let s = 0; s * 1000 < end - start; s++) {
    const from = start + s * 1000;
    const to = from + 1000;
    const due = requests.filter((r) => r.due >= from && r.due < to).map((r) => r.latency).sort((a, b) => a - b);
    const here = inRun.filter((e) => e.t >= from && e.t < to);
    const maxOf = (xs: Event[], key = 'ms') => Math.round(Math.max(0, ...xs.map((e) => Number(e[key] ?? 0))));
    let helperMs = 0;
    let majors = 0;
    const row: Record<string, string | number> = { s, due: due.length, p50: Math.round(due[Math.floor(due.length / 2)] ?? 0), max: Math.round(due.at(-1) ?? 0) };
    for (const service of services) {
      const mine = here.filter((e) => serviceOf(e.proc) === service);
      const loop = maxOf(mine.filter((e) => e.k === 'loop'));
      const gc = Math.round(mine.filter((e) => e.k === 'sec').reduce((sum, e) => sum + Number(e.gcMs ?? 0), 0));
      const appendMax = maxOf(mine.filter((e) => e.k === 'sec'), 'appendMaxMs');
      const secs = mine.filter((e) => e.k === 'sec');
      const total = (key: string) => Math.round(secs.reduce((sum, e) => sum + Number(e[key] ?? 0), 0));
      const runq = total('runqMs');
      // Every thread's CPU but the main one's: V8's concurrent GC and compilers, libuv's pool.
      const helpers = Math.max(0, total('procMs') - total('cpuMs'));
      helperMs += helpers;
      majors += total('majorGcs');
      // loop block / GC ms / run-queue wait ms in this second / helper threads' CPU ms / slowest access-log append
      row[columnOf(service)] = `${loop}/${gc}/${runq}/${helpers}/${appendMax}`;
    }
    row.helpers = helperMs;
    row.majorGc = majors;
    const pgSamples = here.filter((e) => e.k === 'pg');
    // Per second from the cumulative counters (jiffies = 10 ms): what had the two cores while our
    // processes waited for one: PostgreSQL, the kernel, or nobody we can see (steal, when reported).
    const first = pgSamples[0];
    const last = pgSamples.at(-1);
    if (first && last && first !== last && isCounters(first) && isCounters(last)) {
      const perSecond = 1000 / Math.max(1, last.t - first.t);
      const ms = (a: number, b: number) => Math.round((b - a) * 10 * perSecond);
      row.userMs = ms(first.machine.user, last.machine.user);
      row.sysMs = ms(first.machine.system, last.machine.system);
      row.idleMs = ms(first.machine.idle + first.machine.iowait, last.machine.idle + last.machine.iowait);
      row.stealMs = ms(first.machine.steal, last.machine.steal);
      row.pgCpuMs = ms(first.pgJiffies, last.pgJiffies);
    }
    row.pgLock = maxOf(pgSamples, 'lockWaits');
    row.pgActive = maxOf(pgSamples, 'active');
    row.pgLongest = maxOf(pgSamples, 'longestMs');
    row.autovac = maxOf(pgSamples, 'autovacuum');
    rows.push(row);
  }
  console.log('per service: worst event-loop block ms / GC ms / main thread waiting for a core ms / helper threads\' CPU ms, in the second / slowest access-log append ms; helpers and majorGc: all services\' helper-thread CPU ms and major GCs in the second; userMs/sysMs/idleMs/stealMs: the machine\'s two cores; pgCpuMs: PostgreSQL\'s processes');
  console.table(rows);
  const within = inRun.filter((e) => e.t >= start && e.t < end);
  const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? 0;
  console.log('per service over the run: main-thread CPU and run-queue wait (ms), GC (ms), access-log appends (groups, mean size, p50/p99/max ms)');
  console.table(
    services.map((service) => {
      const mine = within.filter((e) => serviceOf(e.proc) === service);
      const secs = mine.filter((e) => e.k === 'sec');
      const sum = (key: string) => Math.round(secs.reduce((total, e) => total + Number(e[key] ?? 0), 0));
      const appends = mine.filter((e) => e.k === 'query' && e.sql === 'access-log append');
      const ms = appends.map((e) => e.ms ?? 0);
      return {
        service,
        cpu: sum('cpuMs'),
        runQueue: sum('runqMs'),
        gc: sum('gcMs'),
        helpers: Math.max(0, sum('procMs') - sum('cpuMs')),
        majorGcs: sum('majorGcs'),
        groups: appends.length,
        meanSize: appends.length ? Number((appends.reduce((t, e) => t + Number(e.rows ?? 0), 0) / appends.length).toFixed(2)) : 0,
        append: appends.length ? `${pct(ms, 50)}/${pct(ms, 99)}/${Math.max(...ms)}` : '',
      };
    }),
  );
  // Seconds of the run in which each autovacuum job was seen (sampled every 100 ms).
  const autovacuumSeconds = new Map<string, Set<number>>();
  for (const e of within) {
    if (e.k !== 'pg' || !Array.isArray(e.autovacuumWork)) continue;
    for (const work of e.autovacuumWork) {
      const seconds = autovacuumSeconds.get(String(work)) ?? new Set<number>();
      seconds.add(Math.floor((e.t - start) / 1000));
      autovacuumSeconds.set(String(work), seconds);
    }
  }
  for (const [work, seconds] of autovacuumSeconds) console.log(`autovacuum: ${work} in second(s) ${[...seconds].sort((a, b) => a - b).join(', ')}`);
  const checkpoints = inRun.filter((e) => e.k === 'checkpoints');
  if (checkpoints.length) console.log(`checkpoints during the run: ${checkpoints.map((e) => String(e.during)).join(', ')}`);
  console.log('slowest requests and the stalls (≥ 20 ms) overlapping them:');
  for (const r of [...requests].sort((a, b) => b.latency - a.latency).slice(0, 8)) {
    const overlapping = inRun
      .filter((e) => ['loop', 'gc', 'query', 'connect'].includes(e.k) && (e.ms ?? 0) >= 20 && e.t < r.due + r.latency && e.t + (e.ms ?? 0) > r.due)
      .sort((a, b) => (b.ms ?? 0) - (a.ms ?? 0))
      .slice(0, 6)
      .map((e) => {
        const what = e.sql ? `(${String(e.sql)}${e.rows !== undefined ? ` ×${String(e.rows)}` : ''})` : e.k === 'loop' ? `(cpu ${String(e.cpu)}, run queue ${String(e.runq)})` : '';
        return `${serviceOf(e.proc)} ${e.k}${what} ${e.ms} ms at +${Math.round(e.t - start)} ms`;
      });
    const lockSamples = inRun.filter((e) => e.k === 'pg' && e.t >= r.due && e.t <= r.due + r.latency).map((e) => Number(e.lockWaits ?? 0));
    console.log(`  due +${r.due - start} ms, ${r.latency.toFixed(0)} ms (status ${r.status}); pg lock waits ${Math.max(0, ...lockSamples)}: ${overlapping.join('; ') || 'nothing recorded'}`);
  }
}

// Preloaded (`node --import`) into the gateway and every subgraph by bench/gateway-vs-hive.ts --probe:
// records what could stall a request, each event with its wall-clock time, one JSON line per event in
// $STALL_PROBE_DIR/<service>[@<variant>]-<pid>.jsonl. No request data and no SQL values: only timings, the first
// words of a statement and sizes.
//   {"k":"loop","t":…,"ms":…,"cpu":…,"runq":…}  the event loop was blocked for ms (a 10 ms timer
//                                  fired that late), of which the main thread ran `cpu` ms and waited
//                                  `runq` ms for a core (/proc/self/schedstat): runq ≈ ms is a process
//                                  starved of CPU, cpu ≈ ms is one busy with its own work
//   {"k":"gc","t":…,"ms":…,"kind":…}  a garbage collection pause of ms
//   {"k":"connect","t":…,"ms":…}  a pg pool checkout waited ms (pool full, or a new connection)
//   {"k":"query","t":…,"ms":…,"sql":…,"rows":…}  a statement took ms (sent → answered); for the
//                                  access log's append (one CALL per group), rows is the group's
//                                  size; every append is written, whatever its time
// Only events over a threshold are written (PROBE_MIN_MS, default 20), plus per second a summary:
//   {"k":"sec","t":…,"loopP99":…,"loopMax":…,"gcMs":…,"majorGcs":…,"minorGcs":…,"newSpaceMb":…,"oldSpaceMb":…,"cpuMs":…,"runqMs":…,"procMs":…,"appends":…,…}
//   where cpuMs/runqMs are the main thread's and procMs the whole process's CPU (every thread): the
//   difference is V8's helper threads (concurrent marking and sweeping, optimising compilers) and libuv's
//   pool, which take a core from every other process without ever blocking this one's event loop
import { appendFileSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { monitorEventLoopDelay, PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';
import { getHeapSpaceStatistics } from 'node:v8';
import type pgModule from 'pg';

const dir = process.env.STALL_PROBE_DIR;
if (dir) {
  const minMs = Number(process.env.PROBE_MIN_MS ?? '20');
  const script = process.argv.find((a) => a.endsWith('main.ts') || a.endsWith('rules-off.ts')) ?? 'node';
  const service = /subgraphs\/([^/]+)\//.exec(script)?.[1] ?? (/gateway|rules-off/.test(script) ? 'gateway' : 'node');
  // A --variant's processes carry its name (bench/gateway-vs-hive.ts): persons@v8default-1234.jsonl.
  const tag = process.env.STALL_PROBE_TAG ? `@${process.env.STALL_PROBE_TAG}` : '';
  const file = join(dir, `${service}${tag}-${process.pid}.jsonl`);
  let lines: string[] = [];
  const write = (event: Record<string, unknown>) => lines.push(JSON.stringify(event));
  const flush = () => {
    if (lines.length === 0) return;
    appendFileSync(file, `${lines.join('\n')}\n`);
    lines = [];
  };

  // The main thread's time on a core and waiting for one, in ms (Linux).
  const schedstat = (): [number, number] => {
    try {
      const [cpu = '0', runq = '0'] = readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ');
      return [Number(cpu) / 1e6, Number(runq) / 1e6];
    } catch {
      return [0, 0];
    }
  };
  let runqTotal = 0;
  let cpuTotal = 0;
  // Event-loop blocking: a 10 ms timer that fires late says by how much, and when.
  let expected = performance.now() + 10;
  let sched = schedstat();
  setInterval(() => {
    const now = performance.now();
    const late = now - expected;
    const next = schedstat();
    const cpu = next[0] - sched[0];
    const runq = next[1] - sched[1];
    cpuTotal += cpu;
    runqTotal += runq;
    if (late >= minMs) write({ k: 'loop', t: Date.now() - late, ms: Math.round(late), cpu: Math.round(cpu), runq: Math.round(runq) });
    sched = next;
    expected = now + 10;
  }, 10).unref();

  let gcMs = 0;
  let majorGcs = 0;
  let minorGcs = 0;
  // perf_hooks' NODE_PERFORMANCE_GC_MAJOR: a mark-compact, whose marking ran on helper threads before;
  // NODE_PERFORMANCE_GC_MINOR: a scavenge of the young generation (--max-semi-space-size).
  const GC_MAJOR = 4;
  const GC_MINOR = 1;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      gcMs += entry.duration;
      const kind = (entry as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind;
      if (kind === GC_MAJOR) majorGcs += 1;
      if (kind === GC_MINOR) minorGcs += 1;
      if (entry.duration >= minMs / 4) write({ k: 'gc', t: Math.round(performance.timeOrigin + entry.startTime), ms: Number(entry.duration.toFixed(1)), kind });
    }
  }).observe({ entryTypes: ['gc'] });

  const histogram = monitorEventLoopDelay({ resolution: 5 });
  histogram.enable();
  let appends = 0;
  let appendRows = 0;
  let appendMaxMs = 0;
  let processCpu = process.cpuUsage();
  setInterval(() => {
    const used = process.cpuUsage(processCpu);
    processCpu = process.cpuUsage();
    const procMs = Math.round((used.user + used.system) / 1000);
    // The young generation's current capacity (it grows from --min-semi-space-size up to
    // --max-semi-space-size as survivors demand) and the old generation's size, in MB.
    const spaces = getHeapSpaceStatistics();
    const mb = (name: string) => Number(((spaces.find((space) => space.space_name === name)?.space_size ?? 0) / 1048576).toFixed(1));
    write({ k: 'sec', t: Date.now(), loopP99: Number((histogram.percentile(99) / 1e6).toFixed(1)), loopMax: Number((histogram.max / 1e6).toFixed(1)), gcMs: Math.round(gcMs), majorGcs, minorGcs, newSpaceMb: mb('new_space'), oldSpaceMb: mb('old_space'), cpuMs: Math.round(cpuTotal), runqMs: Math.round(runqTotal), procMs, appends, appendRows, appendMaxMs: Math.round(appendMaxMs) });
    histogram.reset();
    gcMs = 0;
    majorGcs = 0;
    minorGcs = 0;
    cpuTotal = 0;
    runqTotal = 0;
    appends = 0;
    appendRows = 0;
    appendMaxMs = 0;
    flush();
  }, 1000).unref();
  process.on('exit', flush);

  // Every copy of pg in the tree (the recorder's, MikroORM's own): time checkouts and statements.
  const require = createRequire(join(process.cwd(), 'package.json'));
  const copies = ['pg', '@mikro-orm/postgresql/node_modules/pg'].flatMap((id) => {
    try {
      return [require(id) as typeof pgModule];
    } catch {
      return [];
    }
  });
  for (const pg of copies) {
    const connect = Reflect.get(pg.Pool.prototype, 'connect') as (...a: unknown[]) => unknown;
    pg.Pool.prototype.connect = function (this: InstanceType<typeof pg.Pool>, ...args: unknown[]) {
      const started = performance.now();
      const done = () => {
        const ms = performance.now() - started;
        if (ms >= minMs) write({ k: 'connect', t: Date.now() - ms, ms: Math.round(ms), waiting: this.waitingCount, total: this.totalCount });
      };
      const result = connect.apply(this, args);
      if (result instanceof Promise) void result.then(done, () => undefined);
      return result;
    } as typeof pg.Pool.prototype.connect;
    const query = Reflect.get(pg.Client.prototype, 'query') as (...a: unknown[]) => unknown;
    pg.Client.prototype.query = function (this: unknown, ...args: unknown[]) {
      const started = performance.now();
      const first = args[0];
      const text = typeof first === 'string' ? first : typeof first === 'object' && first !== null && 'text' in first ? String(first.text) : '';
      // The access log's group: one CALL whose first parameter holds one value per entry. Its lock
      // wait happens inside the procedure, out of the probe's sight; the round trip includes it.
      const isAppend = text.startsWith('call audit.append_access_log_group(');
      const done = (res: unknown) => {
        const ms = performance.now() - started;
        if (isAppend) {
          const values = typeof first === 'object' && first !== null && 'values' in first ? (first.values as unknown[]) : [];
          const rows = Array.isArray(values[0]) ? values[0].length : 0;
          appends++;
          appendRows += rows;
          appendMaxMs = Math.max(appendMaxMs, ms);
          // Every append, whatever its time: the report's distribution of group sizes.
          write({ k: 'query', t: Date.now() - ms, ms: Math.round(ms), sql: 'access-log append', rows });
        } else if (ms >= minMs) {
          write({ k: 'query', t: Date.now() - ms, ms: Math.round(ms), sql: text.replace(/\s+/g, ' ').slice(0, 40), rows: Array.isArray(res) ? res.length : (res as { rowCount?: number } | undefined)?.rowCount });
        }
      };
      const result = query.apply(this, args);
      if (result instanceof Promise) void result.then(done, () => undefined);
      return result;
    } as typeof pg.Client.prototype.query;
  }
}

// Where each subgraph's CPU goes, from Linux `perf` samples (CPU time) instead of --cpu-prof (wall
// time). On a loaded machine --cpu-prof charges a syscall that wakes another process (a socket
// write to PostgreSQL or to the gateway) with the time the process then waits for a core: socket
// writes read as 12-15% of a subgraph's busy time there, 5.5% of its CPU here. Issue #14, session 7
// (BENCHMARKS.md).
//
//   perf record -F 999 -g -o run.data -- env NODE_OPTIONS="--perf-basic-prof --interpreted-frames-native-stack" \
//     npm run bench:gateways -- --only ours --rounds 1 --rate 12 --seconds 60
//   perf script -i run.data -F pid,tid,time,ip,sym,dso > run.txt
//   node --experimental-strip-types --no-warnings bench/support/perf-areas.ts run.txt [--from 0.62 --to 0.97]
//
// --from/--to: the share of the recording to read (skip start-up and warm-up). Processes are named
// from their /tmp/perf-<pid>.map (the JIT symbols name each process's main script; delete the maps
// of the run afterwards). Each sample is charged to the first frame from the leaf that belongs to a
// known area (a leaf in the kernel is the kernel's), so an area holds what its own code and the
// builtins it calls cost.
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { from: { type: 'string', default: '0' }, to: { type: 'string', default: '1' } } });
const file = positionals[0];
if (!file) throw new Error('usage: perf-areas.ts PERF_SCRIPT_TEXT [--from 0.6 --to 1]');

interface Sample {
  readonly pid: number;
  readonly tid: number;
  readonly time: number;
  readonly frames: readonly string[];
}
const samples: Sample[] = [];
for (const block of readFileSync(file, 'utf8').split('\n\n')) {
  const lines = block.split('\n').filter((l) => l.trim() !== '');
  const head = /^\s*(\d+)\/(\d+)\s+([\d.]+):/.exec(lines[0] ?? '');
  if (head) samples.push({ pid: Number(head[1]), tid: Number(head[2]), time: Number(head[3]), frames: lines.slice(1).map((l) => l.trim()) });
}
const first = samples[0]?.time ?? 0;
const span = (samples.at(-1)?.time ?? 0) - first;
const window = samples.filter((s) => s.time >= first + span * Number(values.from) && s.time <= first + span * Number(values.to));

const nameOf = new Map<number, string>();
const processName = (pid: number): string => {
  let name = nameOf.get(pid);
  if (name === undefined) {
    const map = `/tmp/perf-${pid}.map`;
    const main = existsSync(map) ? /(subgraphs\/[a-z-]+|gateway|identity|bench\/[a-z-]+)(\/src)?\/main\.ts|bench\/[a-z-]+\.ts/.exec(readFileSync(map, 'utf8')) : null;
    name = main ? (main[1] ?? main[0]).replace('subgraphs/', '') : 'other (PostgreSQL, wrk, ...)';
    nameOf.set(pid, name);
  }
  return name;
};

const AREAS: ReadonlyArray<readonly [string, RegExp]> = [
  ['access log (recorder)', /access-log-recorder/],
  ['pg client (pg, pg-protocol, pg-pool)', /node_modules\/(@mikro-orm\/postgresql\/node_modules\/)?pg(-protocol|-pool|-types)?\//],
  ['MikroORM', /@mikro-orm/],
  ['plain rows, loaders (shared/src/db, dataloader)', /shared\/src\/db|dataloader/],
  ['graphql-js execution', /graphql\/(execution|jsutils|type|utilities)/],
  ['graphql-js parse, validate', /graphql\/(language|validation)/],
  ['@apollo/subgraph', /@apollo\/subgraph/],
  ['Apollo Server pipeline (incl. query sha256)', /@apollo\/server|@apollo\/utils|negotiator|whatwg-mimetype|content-type/],
  ['field rules, record rules, token (shared/src/auth)', /shared\/src\/auth/],
  ['telemetry, metrics, logging', /shared\/src\/telemetry|prom-client|@opentelemetry|pino/],
  ['HTTP handler (shared/src/http)', /shared\/src\/http/],
  ['subgraph code (subgraphs/*/src: resolvers, services, stores)', /subgraphs\/[a-z-]+\/src/],
  ['zod (value validation)', /node_modules\/zod/],
  ['shared, other (context, selection, ...)', /shared\/src/],
  ['Node http, net, streams, events', /node:_http|node:net|node:internal\/streams|stream_base_commons|node:internal\/http|node:events/],
  ['Node microtasks, nextTick, timers', /task_queues|node:internal\/timers|node:timers/],
];
const areaOf = (s: Sample): string => {
  if (s.tid !== s.pid) return 'other threads (JIT compiler, GC)';
  const leaf = s.frames[0] ?? '';
  if (leaf.includes('kernel.kallsyms')) return 'kernel (syscalls, loopback TCP, wake-ups)';
  for (const frame of s.frames) {
    if (!frame.includes('JS:')) continue;
    for (const [area, pattern] of AREAS) if (pattern.test(frame)) return area;
  }
  return s.frames.some((f) => f.includes('JS:')) ? 'V8 runtime, other JS' : 'event loop, native (libuv, epoll, llhttp), GC';
};

const table = (label: string, picked: readonly Sample[]) => {
  const counts = new Map<string, number>();
  for (const s of picked) counts.set(areaOf(s), (counts.get(areaOf(s)) ?? 0) + 1);
  console.log(`\n${label}: ${picked.length} samples`);
  for (const [area, n] of [...counts].sort((a, b) => b[1] - a[1])) console.log(`${((100 * n) / picked.length).toFixed(1).padStart(6)}%  ${area}`);
};

const byProcess = new Map<string, number>();
for (const s of window) byProcess.set(processName(s.pid), (byProcess.get(processName(s.pid)) ?? 0) + 1);
console.log(`share of the recorded processes' CPU samples (${window.length}), ${values.from}-${values.to} of the recording:`);
for (const [name, n] of [...byProcess].sort((a, b) => b[1] - a[1])) console.log(`${((100 * n) / window.length).toFixed(1).padStart(6)}%  ${name}`);
const subgraphs = [...byProcess.keys()].filter((n) => !/gateway|identity|bench|other|audit/.test(n));
table(`subgraphs (${subgraphs.join(', ')}) together`, window.filter((s) => subgraphs.includes(processName(s.pid))));
for (const name of subgraphs) table(name, window.filter((s) => processName(s.pid) === name));

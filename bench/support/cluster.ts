// Runs N copies of a service script behind ONE port with node:cluster (the primary accepts, the
// workers serve, connections handed out round-robin): "one process per core" for the benchmarks,
// without changing the services. Usage: node cluster.ts <script> <workers>
// The workers get this process's environment and Node options (--cpu-prof included); SIGTERM stops them.
import cluster from 'node:cluster';

const [script, count] = process.argv.slice(2);
if (!script || !count) throw new Error('usage: cluster.ts <script> <workers>');
cluster.setupPrimary({ exec: script, execArgv: process.execArgv });
for (let i = 0; i < Number(count); i++) cluster.fork();
cluster.on('exit', (_worker, code, signal) => {
  if (!stopping) {
    process.stderr.write(`a worker of ${script} exited (${signal ?? code})\n`);
    process.exitCode = 1;
  }
});
let stopping = false;
process.on('SIGTERM', () => {
  stopping = true;
  const workers = Object.values(cluster.workers ?? {});
  let left = workers.length;
  if (left === 0) process.exit(0);
  for (const worker of workers) {
    worker?.once('exit', () => {
      left -= 1;
      if (left === 0) process.exit(0);
    });
    worker?.process.kill('SIGTERM');
  }
});

// Open-loop load at a fixed rate (a second process beside the benchmark): one POST every 1/rate s
// whatever the answers' pace, latency counted from the moment the request was due, so a slow server
// cannot slow the arrivals down (wrk's closed loop would hide queueing). Prints one JSON line.
// `node bench/support/paced-load.ts <url> <rate/s> <seconds> <bodies file, one per line> <authorization>`
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';

const [url = '', rateText = '0', secondsText = '0', bodyFile = '', authorization = ''] = process.argv.slice(2);
const rate = Number(rateText);
const seconds = Number(secondsText);
const bodies = readFileSync(bodyFile, 'utf8').split('\n').filter((line) => line !== '').map((line) => Buffer.from(line));
const target = new URL(url);
const agent = new Agent({ keepAlive: true, maxSockets: 64 });

const latencies: number[] = [];
let failures = 0;
const send = (due: number, body: Buffer) =>
  new Promise<void>((resolve) => {
    const req = request(
      { host: target.hostname, port: target.port, path: target.pathname, method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': body.length, authorization } },
      (res) => {
        res.resume();
        res.on('end', () => {
          if (res.statusCode === 200) latencies.push(performance.now() - due);
          else failures++;
          resolve();
        });
      },
    );
    req.on('error', () => {
      failures++;
      resolve();
    });
    req.end(body);
  });

const total = Math.round(rate * seconds);
const started = performance.now();
const inFlight: Promise<void>[] = [];
for (let i = 0; i < total; i++) {
  const due = started + (i * 1000) / rate;
  const wait = due - performance.now();
  if (wait > 1) await new Promise((r) => setTimeout(r, wait));
  inFlight.push(send(due, bodies[i % bodies.length] ?? Buffer.alloc(0)));
}
await Promise.all(inFlight);
const elapsed = (performance.now() - started) / 1000;
latencies.sort((a, b) => a - b);
const pct = (p: number) => Number((latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0).toFixed(1));
console.log(JSON.stringify({ requests: latencies.length, failures, seconds: elapsed, p50: pct(50), p99: pct(99) }));
agent.destroy();

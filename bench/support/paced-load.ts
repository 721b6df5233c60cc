// Open-loop load at a fixed rate (a second process beside the benchmark): one POST every 1/rate s
// whatever the answers' pace, latency counted from the moment the request was due, so a slow server
// cannot slow the arrivals down (wrk's closed loop would hide queueing). Prints one JSON line: the
// latency distribution and how late this generator itself sent (`sendLateMax`: if that is large, the
// generator, not the server, stalled). With a sixth argument, every request is also written there as
// a line `due-epoch-ms latency-ms status`, for bench/support/stall-report.ts.
// `node bench/support/paced-load.ts <url> <rate/s> <seconds> <bodies file, one per line> <authorization> [requests file]`
import { readFileSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';

const [url = '', rateText = '0', secondsText = '0', bodyFile = '', authorization = '', requestsFile] = process.argv.slice(2);
const rate = Number(rateText);
const seconds = Number(secondsText);
const bodies = readFileSync(bodyFile, 'utf8').split('\n').filter((line) => line !== '').map((line) => Buffer.from(line));
const target = new URL(url);
const agent = new Agent({ keepAlive: true, maxSockets: 256 });

const latencies: number[] = [];
const log: string[] = [];
let failures = 0;
let sendLateMax = 0;
const send = (due: number, body: Buffer) =>
  new Promise<void>((resolve) => {
    sendLateMax = Math.max(sendLateMax, performance.now() - due);
    const finish = (status: number) => {
      const latency = performance.now() - due;
      if (status === 200) latencies.push(latency);
      else failures++;
      log.push(`${Math.round(performance.timeOrigin + due)} ${latency.toFixed(1)} ${status}`);
      resolve();
    };
    const req = request(
      { host: target.hostname, port: target.port, path: target.pathname, method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': body.length, authorization } },
      (res) => {
        res.resume();
        res.on('end', () => finish(res.statusCode ?? 0));
      },
    );
    req.on('error', () => finish(0));
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
if (requestsFile) writeFileSync(requestsFile, `${log.join('\n')}\n`);
console.log(JSON.stringify({ requests: latencies.length, failures, seconds: elapsed, p50: pct(50), p90: pct(90), p99: pct(99), max: Number((latencies.at(-1) ?? 0).toFixed(1)), sendLateMax: Number(sendLateMax.toFixed(1)) }));
agent.destroy();

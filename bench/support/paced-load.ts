// Open-loop load at a fixed rate (a second process beside the benchmark): one POST every 1/rate s
// whatever the answers' pace, latency counted from the moment the request was due, so a slow server
// cannot slow the arrivals down (wrk's closed loop would hide queueing). Prints one JSON line: the
// latency distribution and how late this generator itself sent (`sendLateMax`: if that is large, the
// generator, not the server, stalled). With a sixth argument, every request is also written there as
// a line `due-epoch-ms latency-ms status`, for bench/support/stall-report.ts.
//
// The generator shares the machine with what it measures, so it must cost little, as wrk does in the
// closed loop (0.1 ms per request). node:http's client cost 0.5-1.6 ms per request here (issue #14,
// sessions 11-12; an undici Pool the same), so requests are written as prepared bytes on kept-alive
// sockets and only the status line and the body's length are read back.
//
// `--warm-up W` first sends W seconds of requests at the same rate, in the same process and on the same
// schedule, counted nowhere; a line `{"measuring":true}` then marks where the measured seconds begin (the
// caller reads its CPU counters there). Without it, the measured seconds held this process's own start:
// its first requests opened the sockets and ran its code cold, at up to 0.3 s more of machine CPU in
// each of the first two seconds (issue #14, session 15).
// `node bench/support/paced-load.ts [--warm-up W] <url> <rate/s> <seconds> <bodies file, one per line> <authorization> [requests file]`
import { readFileSync, writeFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { parseArgs } from 'node:util';

const { values: options, positionals } = parseArgs({ options: { 'warm-up': { type: 'string', default: '0' } }, allowPositionals: true });
const [url = '', rateText = '0', secondsText = '0', bodyFile = '', authorization = '', requestsFile] = positionals;
const rate = Number(rateText);
const seconds = Number(secondsText);
const warmUpRequests = Math.round(rate * Number(options['warm-up']));
const target = new URL(url);
const port = Number(target.port || 80);
// Each body as a whole HTTP/1.1 request, built once.
const requests = readFileSync(bodyFile, 'utf8')
  .split('\n')
  .filter((line) => line !== '')
  .map((line) => {
    const body = Buffer.from(line);
    const head = `POST ${target.pathname}${target.search} HTTP/1.1\r\nhost: ${target.host}\r\ncontent-type: application/json\r\ncontent-length: ${body.length}\r\nauthorization: ${authorization}\r\n\r\n`;
    return Buffer.concat([Buffer.from(head, 'latin1'), body]);
  });

const HEADERS_END = Buffer.from('\r\n\r\n');
const LAST_CHUNK = Buffer.from('0\r\n\r\n');

/** One kept-alive connection answering one request at a time (no pipelining: a slow answer holds only its own socket). */
interface Connection {
  readonly socket: Socket;
  finish?: (status: number) => void;
}
const idle: Connection[] = [];

/** The status of one whole response in `data`, or undefined while more is to come (Content-Length or chunked). */
const completeStatus = (data: Buffer): number | undefined => {
  const end = data.indexOf(HEADERS_END);
  if (end < 0) return undefined;
  const head = data.toString('latin1', 0, end).toLowerCase();
  const status = Number(head.slice(9, 12));
  const length = /\r\ncontent-length: *(\d+)/.exec(head);
  if (length) return data.length >= end + 4 + Number(length[1]) ? status : undefined;
  if (head.includes('\r\ntransfer-encoding: chunked')) return data.subarray(-LAST_CHUNK.length).equals(LAST_CHUNK) ? status : undefined;
  return status; // no body
};

const open = (): Connection => {
  const connection: Connection = { socket: connect({ host: target.hostname, port, noDelay: true }) };
  let received: Buffer[] = [];
  const settle = (status: number) => {
    const finish = connection.finish;
    connection.finish = undefined;
    received = [];
    finish?.(status);
  };
  connection.socket.on('data', (chunk: Buffer) => {
    received.push(chunk);
    const data = received.length === 1 ? chunk : Buffer.concat(received);
    received = [data];
    const status = completeStatus(data);
    if (status === undefined) return;
    settle(status);
    idle.push(connection);
  });
  // A closed or failed socket fails its request in flight and is not reused.
  const drop = () => {
    const at = idle.indexOf(connection);
    if (at >= 0) idle.splice(at, 1);
    settle(0);
  };
  connection.socket.on('error', drop);
  connection.socket.on('close', drop);
  return connection;
};

const latencies: number[] = [];
const log: string[] = [];
let failures = 0;
let sendLateMax = 0;
/** Sends one request due at `due`; `measured`: its latency is counted (a warm-up request's is not). */
const send = (due: number, request: Buffer, measured: boolean) =>
  new Promise<void>((resolve) => {
    if (measured) sendLateMax = Math.max(sendLateMax, performance.now() - due);
    const connection = idle.pop() ?? open();
    connection.finish = (status: number) => {
      const latency = performance.now() - due;
      if (status !== 200) failures++;
      else if (measured) latencies.push(latency);
      if (measured) log.push(`${Math.round(performance.timeOrigin + due)} ${latency.toFixed(1)} ${status}`);
      resolve();
    };
    connection.socket.write(request);
  });

const total = warmUpRequests + Math.round(rate * seconds);
const scheduled = performance.now();
let started = scheduled;
let cpuAtStart = process.cpuUsage();
const inFlight: Promise<void>[] = [];
for (let i = 0; i < total; i++) {
  const due = scheduled + (i * 1000) / rate;
  const wait = due - performance.now();
  if (wait > 1) await new Promise((r) => setTimeout(r, wait));
  if (i === warmUpRequests && warmUpRequests > 0) {
    // The measured seconds begin: the caller reads its counters on this line.
    console.log(JSON.stringify({ measuring: true }));
    started = due;
    cpuAtStart = process.cpuUsage();
  }
  inFlight.push(send(due, requests[i % requests.length] ?? Buffer.alloc(0), i >= warmUpRequests));
}
await Promise.all(inFlight);
const elapsed = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuAtStart);
latencies.sort((a, b) => a - b);
const pct = (p: number) => Number((latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0).toFixed(1));
if (requestsFile) writeFileSync(requestsFile, `${log.join('\n')}\n`);
console.log(JSON.stringify({ requests: latencies.length, failures, seconds: elapsed, p50: pct(50), p90: pct(90), p99: pct(99), max: Number((latencies.at(-1) ?? 0).toFixed(1)), sendLateMax: Number(sendLateMax.toFixed(1)), cpuMs: Math.round((cpu.user + cpu.system) / 1000) }));
for (const connection of idle) connection.socket.destroy();

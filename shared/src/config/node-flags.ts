/**
 * The Node flags every long-running service starts with: `npm start` (scripts/start.ts), the
 * benchmarks' topology (bench/support/topology.ts) and the image (the Dockerfile's ENTRYPOINT, kept
 * equal by test/docker-compose.test.ts). Command-line flags, not NODE_OPTIONS: Node refuses
 * `--min-semi-space-size` there.
 *
 * A young generation of a fixed 64 MB per semi-space. V8 starts it at 1 MB and grows it only while
 * survivors demand, and shrinks it again when a process idles, so under the registry's load each
 * process scavenged every few requests and promoted request garbage into the old generation, whose
 * major GCs then ran in several processes in the same second (p99 bursts, BENCHMARKS.md session 7).
 * Session 8 (stream9-gc, A/B in one run, 30 req/s): scavenges 31–36 against 353–387 per 1,000 full
 * records, major GCs 0–2.2 against 6.7–13.3, GC pauses 0.4–0.75 against 2.1–4.1 ms per request;
 * cost: the young generation holds 128 MB of heap per process (V8 grew it to 16–30 MB here).
 */
export const SERVICE_NODE_FLAGS: readonly string[] = ['--min-semi-space-size=64', '--max-semi-space-size=64'];

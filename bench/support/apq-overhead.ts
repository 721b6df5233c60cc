// CPU per subgraph request with the operation text against the hash alone (Apollo's automatic
// persisted queries, which our subgraphs serve by default; the gateway sends the text), through a
// subgraph server built like ours, including the JSON.parse of the body the HTTP handler does.
// No HTTP, no database. Session 7 stream8-apq: ≈ 3 µs per request saved, not worth the protocol.
//   node --experimental-strip-types --no-warnings bench/support/apq-overhead.ts [requests] [rounds]
// Issue #14 goal 2 (BENCHMARKS.md, session 7 stream8-apq).
import { createHash } from 'node:crypto';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import { createLogger, createSubgraphServer, ANONYMOUS_VIEWER } from '@usr/shared';
import { query, resolvers, typeDefs, variables } from './entities-fixture.ts';

const sha256Hash = createHash('sha256').update(query).digest('hex');
const withText = JSON.stringify({ query, variables, extensions: { persistedQuery: { version: 1, sha256Hash } } });
const hashOnly = JSON.stringify({ variables, extensions: { persistedQuery: { version: 1, sha256Hash } } });
const plain = JSON.stringify({ query, variables });

type Ctx = { viewer: typeof ANONYMOUS_VIEWER; recordRuleLookup: boolean; requestId: string };
// Only the schema, the logger and the plugins matter here: the server is called without its HTTP layer.
const server = createSubgraphServer({ name: 'bench', typeDefs, resolvers, logger: createLogger('bench', 'info'), orm: undefined as never, auth: undefined as never, createContext: undefined as never }) as unknown as ApolloServer<Ctx>;
await server.start();
const request = (text: string) => async () => {
  const headers = new HeaderMap([['content-type', 'application/json'], ['accept', 'application/json'], ['authorization', 'Bearer x'], ['x-request-id', 'r']]);
  const r = await server.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: 'POST', headers, search: '', body: JSON.parse(text) as unknown },
    context: async () => ({ viewer: ANONYMOUS_VIEWER, recordRuleLookup: false, requestId: 'r' }),
  });
  const body = r.body.kind === 'complete' ? r.body.string : '';
  if (!body.includes('Aysel')) throw new Error(`unexpected answer: ${body}`);
};
const time = async (once: () => Promise<void>, n: number): Promise<number> => {
  const start = process.cpuUsage();
  for (let i = 0; i < n; i++) await once();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / n;
};

const n = Number(process.argv[2] ?? 20000);
const rounds = Number(process.argv[3] ?? 5);
const cases = { 'text (before)': request(plain), 'text + hash (first request of a text)': request(withText), 'hash only (after)': request(hashOnly) };
await request(withText)(); // registers the text in the APQ cache
for (const once of Object.values(cases)) for (let i = 0; i < 3000; i++) await once();
const figures: Record<string, number[]> = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
// Interleaved rounds: drift of the shared machine's load falls on every case alike.
for (let round = 0; round < rounds; round++) for (const [label, once] of Object.entries(cases)) figures[label]?.push(await time(once, n));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
for (const [label, xs] of Object.entries(figures)) console.log(`${label}: median ${median(xs).toFixed(2)} µs CPU per request (rounds: ${xs.map((x) => x.toFixed(1)).join(', ')})`);
const before = median(figures['text (before)'] ?? []);
const after = median(figures['hash only (after)'] ?? []);
const paired = (figures['hash only (after)'] ?? []).map((x, i) => x - (figures['text (before)']?.[i] ?? NaN));
console.log(`hash only − text: medians ${(after - before).toFixed(2)} µs per request (${(((after - before) / before) * 100).toFixed(1)}%); per round ${paired.map((d) => d.toFixed(1)).join(', ')}, median ${median(paired).toFixed(2)}`);
await server.stop();

// Fixed CPU per request of Apollo Server's pipeline against graphql-js alone, same schema, same
// `_entities` query as the gateway sends, in one process (no HTTP: that part is the same for both).
//   node --experimental-strip-types --no-warnings bench/support/apollo-overhead.ts [requests]
// Issue #14, session 6: is replacing @apollo/server in the subgraphs worth it? (BENCHMARKS.md)
import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { execute, parse, validate, specifiedRules, type DocumentNode } from 'graphql';
import { query, resolvers, typeDefs, variables } from './entities-fixture.ts';
import { createLogger, createSubgraphServer, ANONYMOUS_VIEWER } from '@usr/shared';

const body = { query, variables };
const headers = () => new HeaderMap([['content-type', 'application/json'], ['accept', 'application/json'], ['authorization', 'Bearer x'], ['x-request-id', 'r']]);
const viewer = { ...ANONYMOUS_VIEWER };
const ctx = () => ({ viewer, recordRuleLookup: false, requestId: 'r' });

const time = async (label: string, n: number, once: () => Promise<string>) => {
  for (let i = 0; i < 2000; i++) await once();
  const start = process.cpuUsage();
  for (let i = 0; i < n; i++) await once();
  const used = process.cpuUsage(start);
  const us = (used.user + used.system) / n;
  console.log(`${label}: ${us.toFixed(1)} µs CPU per request (${(await once()).length} bytes)`);
  return us;
};

const plain = new ApolloServer<ReturnType<typeof ctx>>({ schema: buildSubgraphSchema([{ typeDefs, resolvers: resolvers as never }]), csrfPrevention: true, plugins: [ApolloServerPluginInlineTraceDisabled()] });
await plain.start();
// Only the schema, the logger and the plugins matter here: the server is called without its HTTP layer.
const ours = createSubgraphServer({ name: 'bench', typeDefs, resolvers: resolvers, logger: createLogger('bench', 'info'), orm: undefined as never, auth: undefined as never, createContext: undefined as never }) as unknown as ApolloServer<ReturnType<typeof ctx>>;
await ours.start();
const run = (server: ApolloServer<ReturnType<typeof ctx>>) => async () => {
  const r = await server.executeHTTPGraphQLRequest({ httpGraphQLRequest: { method: 'POST', headers: headers(), search: '', body: JSON.parse(JSON.stringify(body)) }, context: async () => ctx() });
  return r.body.kind === 'complete' ? r.body.string : '';
};
const schema = buildSubgraphSchema([{ typeDefs, resolvers: resolvers as never }]);
const documents = new Map<string, DocumentNode>();
const lean = async () => {
  const b = JSON.parse(JSON.stringify(body)) as typeof body;
  let document = documents.get(b.query);
  if (!document) {
    document = parse(b.query);
    if (validate(schema, document, specifiedRules).length) throw new Error('invalid');
    documents.set(b.query, document);
  }
  const result = await execute({ schema, document, variableValues: b.variables, contextValue: ctx() });
  return JSON.stringify(result);
};
const n = Number(process.argv[2] ?? 20000);
for (let round = 0; round < 2; round++) {
  await time('graphql-js execute, parse+validate cached by query text', n, lean);
  await time('Apollo Server 5, defaults (inline trace off)', n, run(plain));
  await time('Apollo Server 5 as our subgraphs run it (plugins: field rules, lookups, telemetry, logging, no-store)', n, run(ours));
}
await plain.stop();
await ours.stop();

import { AsyncLocalStorage } from 'node:async_hooks';
import { ApolloServer } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphQLHandler, inProcessGraphQL, listen, type GraphQLHttpOptions, type Listening, type RequestHead } from './graphql-http.ts';
import { freePort } from '../testing/free-port.ts';
import { inProcessEndpoint, serveInProcess, type InProcessEndpoint, type InProcessRequest } from './in-process.ts';

/**
 * An endpoint called in process answers exactly as the same endpoint over HTTP: the same status and
 * body for an answer, a refusal from the context (what a subgraph's gateway-secret and token checks
 * throw), a malformed body and an oversized one. Each case is sent both ways and compared.
 */
interface Context {
  readonly caller: string;
}

const server = new ApolloServer<Context>({
  typeDefs: 'type Query { caller: String! }',
  resolvers: { Query: { caller: (_: unknown, __: unknown, context: Context) => context.caller } },
});

const options: GraphQLHttpOptions<Context, RequestHead> = {
  service: 'test',
  maxBodyBytes: 200,
  context: async (req) => {
    if (req.headers['x-gateway-secret'] !== 'secret') throw new GraphQLError('Not from the gateway.', { extensions: { code: 'FORBIDDEN', http: { status: 403 } } });
    return { caller: String(req.headers['x-caller'] ?? '') };
  },
};

let http: Listening;
let local: InProcessEndpoint;

beforeAll(async () => {
  await server.start();
  http = await listen(createGraphQLHandler(server, options), 0);
  local = inProcessGraphQL(server, options);
});

afterAll(async () => {
  await http.close();
  await server.stop();
});

const CASES: ReadonlyArray<{ readonly name: string; readonly headers: Record<string, string>; readonly body: string }> = [
  { name: 'an answer', headers: { 'content-type': 'application/json', 'x-gateway-secret': 'secret', 'x-caller': 'engine' }, body: '{"query":"{ caller }"}' },
  { name: 'a refusal from the context', headers: { 'content-type': 'application/json', 'x-caller': 'engine' }, body: '{"query":"{ caller }"}' },
  { name: 'a malformed body', headers: { 'content-type': 'application/json', 'x-gateway-secret': 'secret' }, body: '{"query":' },
  { name: 'an oversized body', headers: { 'content-type': 'application/json', 'x-gateway-secret': 'secret' }, body: JSON.stringify({ query: `{ caller ${' '.repeat(300)}}` }) },
  { name: 'an invalid operation', headers: { 'content-type': 'application/json', 'x-gateway-secret': 'secret' }, body: '{"query":"{ nobody }"}' },
];

describe('an endpoint called in process', () => {
  it.each(CASES)('answers $name as HTTP does', async ({ headers, body }) => {
    const overHttp = await fetch(http.url, { method: 'POST', headers, body });
    const inProcess = await local({ headers, body });
    expect(inProcess.status).toBe(overHttp.status);
    expect(inProcess.headers['content-type']).toBe(overHttp.headers.get('content-type'));
    expect(JSON.parse(inProcess.body)).toEqual(await overHttp.json());
  });

  it('is found by its URL however loopback is spelt, and no longer once removed', async () => {
    const port = new URL(http.url).port;
    const remove = serveInProcess(http.url, local);
    const found = inProcessEndpoint(`http://localhost:${port}/graphql`);
    expect(await found?.(CASES[0] as InProcessRequest)).toEqual(await local(CASES[0] as InProcessRequest));
    expect(inProcessEndpoint(`http://127.0.0.1:${port}/other`)).toBeUndefined();
    remove();
    expect(inProcessEndpoint(http.url)).toBeUndefined();
  });

  it("runs outside the caller's async context, as a request from a socket does", async () => {
    // A MikroORM transaction is such a store (TransactionContext): inside one, another subgraph's
    // ORM would take the caller's transaction for its own.
    const store = new AsyncLocalStorage<string>();
    const seen: Array<string | undefined> = [];
    const url = `http://127.0.0.1:${await freePort()}/graphql`;
    const remove = serveInProcess(url, async () => {
      seen.push(store.getStore());
      return { status: 200, headers: {}, body: '{}' };
    });
    try {
      await store.run('the caller’s transaction', () => inProcessEndpoint(url)?.({ headers: {}, body: '{}' }));
      expect(seen).toEqual([undefined]);
    } finally {
      remove();
    }
  });
});

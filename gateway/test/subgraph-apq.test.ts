import { describe, expect, it } from 'vitest';
import { ApolloGateway } from '@apollo/gateway';
import { composeServices } from '@apollo/composition';
import { ApolloServer, HeaderMap } from '@apollo/server';
import type { Fetcher } from '@apollo/utils.fetcher';
import { parse } from 'graphql';
import { ANONYMOUS_VIEWER, createLogger, createSubgraphServer } from '@usr/shared';
import { SubgraphDataSource, type ForwardingContext } from '../src/subgraph-data-source.ts';

// Automatic persisted queries between the gateway and a subgraph built like ours (its plugins, its
// error mask), served in this process: "restarting" it is a new server with an empty APQ cache.
const typeDefs = parse(`
extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
type Query { person(pin: String!): Person }
type Person @key(fields: "pin") { pin: String! firstName: String }
`);
const resolvers = { Query: { person: (_: unknown, { pin }: { pin: string }) => ({ pin, firstName: `name of ${pin}` }) } };

const startSubgraph = async (): Promise<ApolloServer<never>> => {
  // Only the schema, the logger and the plugins are used: the server is called without its HTTP layer.
  const server = createSubgraphServer({ name: 'apq', typeDefs, resolvers, logger: createLogger('test', 'silent'), orm: undefined as never, auth: undefined as never, createContext: undefined as never });
  await server.start();
  return server as unknown as ApolloServer<never>;
};

interface Sent {
  readonly query: string | undefined;
  readonly hash: string | undefined;
}

const harness = async () => {
  let subgraph = await startSubgraph();
  const sent: Sent[] = [];
  const fetcher: Fetcher = async (_url, init) => {
    const body = JSON.parse(String(init?.body)) as { query?: string; extensions?: { persistedQuery?: { sha256Hash: string } } };
    sent.push({ query: body.query, hash: body.extensions?.persistedQuery?.sha256Hash });
    const headers = new HeaderMap(Object.entries((init?.headers ?? {}) as Record<string, string>));
    const result = await subgraph.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: 'POST', headers, search: '', body },
      context: async () => ({ viewer: ANONYMOUS_VIEWER, recordRuleLookup: false, requestId: 'r' }) as never,
    });
    const text = result.body.kind === 'complete' ? result.body.string : '';
    return new Response(text, { status: result.status ?? 200, headers: Object.fromEntries(result.headers) }) as never;
  };
  const composed = composeServices([{ name: 'persons', typeDefs, url: 'http://persons.invalid/graphql' }]);
  if (!composed.supergraphSdl) throw new Error(`composition failed: ${composed.errors?.map((e) => e.message).join('; ')}`);
  const gateway = new ApolloServer<ForwardingContext>({
    gateway: new ApolloGateway({
      supergraphSdl: composed.supergraphSdl,
      buildService: ({ url }) => new SubgraphDataSource<ForwardingContext>(String(url), 'secret', fetcher),
    }),
  });
  await gateway.start();
  const read = async (pin: string) => {
    const response = await gateway.executeOperation(
      { query: 'query Read($pin: String!) { person(pin: $pin) { pin firstName } }', variables: { pin } },
      { contextValue: { requestId: 'r', forward: {} } },
    );
    return response.body.kind === 'single' ? response.body.singleResult : undefined;
  };
  return {
    sent,
    read,
    restartSubgraph: async () => {
      await subgraph.stop();
      subgraph = await startSubgraph();
    },
    stop: async () => {
      await gateway.stop();
      await subgraph.stop();
    },
  };
};

describe('the gateway sends a subgraph the hash of an operation it already sent, not its text', () => {
  it('sends the text once with its hash, then the hash alone; each caller gets its own answer', async () => {
    const h = await harness();
    try {
      for (const pin of ['P1', 'P2', 'P3']) expect(await h.read(pin)).toEqual({ data: { person: { pin, firstName: `name of ${pin}` } } });
      expect(h.sent.map((s) => s.query !== undefined)).toEqual([true, false, false]);
      expect(new Set(h.sent.map((s) => s.hash)).size).toBe(1);
      expect(h.sent[0]?.hash).toMatch(/^[0-9a-f]{64}$/);
    } finally {
      await h.stop();
    }
  });

  it('answers through a subgraph restarted with an empty cache: one PERSISTED_QUERY_NOT_FOUND, the text sent once again, then hash-only', async () => {
    const h = await harness();
    try {
      await h.read('P1');
      await h.restartSubgraph();
      h.sent.length = 0;
      for (const pin of ['P2', 'P3', 'P4']) expect(await h.read(pin)).toEqual({ data: { person: { pin, firstName: `name of ${pin}` } } });
      // P2: hash-only (NOT_FOUND), then with the text; P3 and P4: hash-only, answered from the new cache.
      expect(h.sent.map((s) => s.query !== undefined)).toEqual([false, true, false, false]);
    } finally {
      await h.stop();
    }
  });

});

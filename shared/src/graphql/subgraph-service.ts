import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { ApolloServer, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph';
import type { DocumentNode } from 'graphql';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { EntityManager } from '@mikro-orm/postgresql';
import { maskUnexpectedError } from '../errors.ts';
import type { Logger } from '../telemetry/logger.ts';
import { createGraphQLHandler, listen, type Listening } from '../http/graphql-http.ts';

/** What every subgraph resolver can rely on: a request-scoped EntityManager and a request id. */
export interface SubgraphContext extends BaseContext {
  readonly em: EntityManager;
  readonly requestId: string;
  readonly logger: Logger;
}

export interface SubgraphServiceOptions<C extends SubgraphContext> {
  readonly name: string;
  readonly typeDefs: DocumentNode;
  readonly resolvers: GraphQLResolverMap<C>;
  readonly orm: MikroORM;
  readonly logger: Logger;
  /** Adds the subgraph's own per-request state (its DataLoaders) to the base context. */
  readonly createContext: (base: SubgraphContext, req: IncomingMessage) => C | Promise<C>;
  readonly production?: boolean;
  readonly maxBodyBytes?: number;
}

export interface RunningService extends Listening {
  readonly name: string;
  stop(): Promise<void>;
}

/** Logs one line per operation (name, duration, error codes): never variables or results. */
const requestLogging = (logger: Logger): ApolloServerPlugin<SubgraphContext> => ({
  async requestDidStart({ contextValue }) {
    const started = performance.now();
    return {
      async didEncounterErrors({ errors }) {
        for (const error of errors) {
          const code = error.extensions?.['code'];
          if (typeof code !== 'string' || code === 'INTERNAL_SERVER_ERROR') {
            const original = error.originalError ?? error;
            // The stack locates the fault; the message may quote data, so it stays out.
            logger.error({ requestId: contextValue.requestId, error: original.name, stack: original.stack?.split('\n').slice(1, 6).join('\n') }, 'unexpected error');
          }
        }
      },
      async willSendResponse({ operationName, errors }) {
        logger.debug(
          { requestId: contextValue.requestId, operation: operationName ?? 'anonymous', ms: Math.round(performance.now() - started), errors: errors?.length ?? 0 },
          'operation',
        );
      },
    };
  },
});

export const createSubgraphServer = <C extends SubgraphContext>(options: SubgraphServiceOptions<C>): ApolloServer<C> =>
  new ApolloServer<C>({
    schema: buildSubgraphSchema([{ typeDefs: options.typeDefs, resolvers: options.resolvers }]),
    formatError: (formatted, error) => maskUnexpectedError(formatted, error),
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    hideSchemaDetailsFromClientErrors: options.production ?? false,
    introspection: !(options.production ?? false),
    plugins: [ApolloServerPluginInlineTraceDisabled(), requestLogging(options.logger)],
  });

/** Starts a subgraph on its own port: the unit `npm start` runs per process and tests run in-process. */
export const startSubgraphService = async <C extends SubgraphContext>(
  options: SubgraphServiceOptions<C>,
  port: number,
  host = '127.0.0.1',
): Promise<RunningService> => {
  const server = createSubgraphServer(options);
  await server.start();
  const handler = createGraphQLHandler(server, {
    maxBodyBytes: options.maxBodyBytes ?? 1_000_000,
    ready: async () => {
      if (!(await options.orm.isConnected())) throw new Error('database unreachable');
    },
    context: async (req) => {
      const requestId = String(req.headers['x-request-id'] ?? randomUUID());
      const base: SubgraphContext = { em: options.orm.em.fork(), requestId, logger: options.logger };
      return options.createContext(base, req);
    },
  });
  const listening = await listen(handler, port, host);
  return {
    ...listening,
    name: options.name,
    async stop() {
      await listening.close();
      await server.stop();
    },
  };
};

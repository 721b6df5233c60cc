import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { GraphQLError } from 'graphql';
import { ApolloServer, type BaseContext } from '@apollo/server';
import { ApolloGateway } from '@apollo/gateway';
import {
  accessOf,
  createGraphQLHandler,
  FieldRules,
  graphqlTelemetryPlugin,
  isTokenVerificationError,
  listen,
  maskUnexpectedError,
  type AccessRecorder,
  type Listening,
  type Logger,
  type ReportedAccess,
  type TokenVerifier,
  type Viewer,
} from '@usr/shared';
import { authorizingGateway } from './authorization/authorizing-gateway.ts';
import { subgraphFetcher } from './subgraph-fetcher.ts';
import { SubgraphDataSource } from './subgraph-data-source.ts';
import { CallerRateLimits, type RateLimitSettings } from './rate-limit.ts';
import { streamedRoutes } from './stream-proxy.ts';
import { ownDataExport } from './own-data/own-data-export.ts';
import { gatewayArmour } from './armour.ts';
import { writeReportedAccess } from './access-log.ts';
import type { AbuseLimits } from './environment.ts';

export interface GatewayContext extends BaseContext {
  readonly requestId: string;
  readonly viewer: Viewer;
  /** Headers passed on to subgraphs: the caller's bearer token and declared purpose of use. */
  readonly forward: Readonly<Record<string, string>>;
  /** Access entries the subgraphs reported for this request (writeReportedAccess writes them). */
  readonly accessLog: ReportedAccess[];
}

export interface GatewayOptions {
  readonly supergraphSdl: string;
  /** Where each subgraph runs, by name; overrides the URLs written in the supergraph. */
  readonly subgraphUrls: Readonly<Record<string, string>>;
  readonly limits: AbuseLimits;
  readonly maxBodyBytes: number;
  readonly production: boolean;
  readonly logger: Logger;
  readonly verifier: TokenVerifier;
  /** Sent to every subgraph as `x-gateway-secret`: they serve no one else. */
  readonly gatewaySecret: string;
  /** Per-caller request budgets (429 with Retry-After beyond them); absent = no limit (in-process tests). */
  readonly rateLimits?: RateLimitSettings;
  /**
   * false runs a bare @apollo/gateway without the field rules (bench/gateway-vs-hive.ts only, to show
   * what authorisation costs; no environment variable reaches it). The subgraphs still enforce theirs.
   */
  readonly fieldRules?: boolean;
  /**
   * Where the gateway writes the access entries of its queries' subgraph calls, one group per client
   * request (access-log.ts). Absent: the subgraphs write their own, as they do for every other caller.
   */
  readonly recorder?: AccessRecorder;
}

export const DEFAULT_LIMITS: AbuseLimits = { depth: 12, aliases: 15, cost: 20_000, tokens: 3_000, directives: 20 };

const FORWARDED_HEADERS = ['authorization', 'x-purpose-of-use'] as const;

export const createGatewayServer = (options: GatewayOptions): ApolloServer<GatewayContext> => {
  const fetcher = subgraphFetcher();
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) => new SubgraphDataSource<GatewayContext>(options.subgraphUrls[name] ?? String(url), options.gatewaySecret, fetcher, options.recorder !== undefined),
  });
  const rules = new FieldRules(options.supergraphSdl);
  const armour = gatewayArmour<GatewayContext>(options.limits);
  return new ApolloServer<GatewayContext>({
    gateway: options.fieldRules === false ? gateway : authorizingGateway<GatewayContext>(gateway, rules, (context) => accessOf(context.viewer)),
    plugins: [...armour.plugins, ...(options.recorder ? [writeReportedAccess(options.recorder)] : []), graphqlTelemetryPlugin<GatewayContext>('gateway')],
    validationRules: armour.validationRules,
    parseOptions: { maxTokens: options.limits.tokens },
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    introspection: !options.production,
    // The process's shutdown is exitOnSignal's (run.ts): Apollo's own handler would stop this server
    // and re-raise the signal, killing the process before the access log is flushed.
    stopOnTerminationSignals: false,
    // No "Did you mean" in any environment: suggestions map the schema for a caller who may not see it.
    hideSchemaDetailsFromClientErrors: true,
    includeStacktraceInErrorResponses: false,
    formatError: (formatted, error) => maskUnexpectedError(formatted, error),
  });
};

/**
 * Verifies the bearer token once per request; a token that does not verify refuses the request, and
 * so does a caller over their rate limit (counted by subject and client, once they are known).
 */
const contextFor = (verifier: TokenVerifier, limits: CallerRateLimits | undefined) => async (req: IncomingMessage): Promise<GatewayContext> => {
  const forward: Record<string, string> = {};
  for (const name of FORWARDED_HEADERS) {
    const value = req.headers[name];
    if (typeof value === 'string') forward[name] = value;
  }
  let viewer: Viewer;
  try {
    viewer = await verifier.authenticate(forward['authorization']);
  } catch (error) {
    if (!isTokenVerificationError(error)) throw error;
    const code = error.status === 401 ? 'UNAUTHENTICATED' : error.status === 403 ? 'FORBIDDEN' : 'SERVICE_UNAVAILABLE';
    throw new GraphQLError(error.message, { extensions: { code, http: { status: error.status } } });
  }
  await limits?.admit(viewer, req);
  return { requestId: randomUUID(), viewer, forward, accessLog: [] };
};

export interface RunningGateway extends Listening {
  stop(): Promise<void>;
}

export const startGateway = async (options: GatewayOptions, port: number, host = '127.0.0.1'): Promise<RunningGateway> => {
  const server = createGatewayServer(options);
  await server.start();
  const handler = createGraphQLHandler(server, {
    service: 'gateway',
    maxBodyBytes: options.maxBodyBytes,
    context: contextFor(options.verifier, options.rateLimits ? new CallerRateLimits(options.rateLimits) : undefined),
    // Bulk feeds and bank files bypass GraphQL's body limit: streamed to the subgraph that serves
    // them, which verifies the token (stream-proxy.ts).
    routes: {
      ...streamedRoutes(options.subgraphUrls, options.gatewaySecret),
      // "Download all my data", assembled here through the graph with the citizen's own token.
      '/exports/my-data': ownDataExport(server, options.verifier),
    },
  });
  const listening = await listen(handler, port, host);
  return {
    ...listening,
    async stop() {
      await listening.close();
      await server.stop();
    },
  };
};

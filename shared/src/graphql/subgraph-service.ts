import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { ApolloServer, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph';
import { print, type DocumentNode } from 'graphql';
import type { MikroORM } from '@mikro-orm/postgresql';
import { requestEntityManager, type RequestEntityManager } from '../db/request-em.ts';
import { maskUnexpectedError } from '../errors.ts';
import { createChainSigner, DEV_CHAIN_SIGNING_KEY, type ChainSigner } from '../audit/chain-checkpoint.ts';
import { ACCESS_LOG_EXTENSION, ACCESS_LOG_HEADER, ACCESS_LOG_TO_GATEWAY, reportingRecorder, type ReportingRecorder } from '../audit/reported-access.ts';
import {
  enforceFieldRules,
  FieldRules,
  httpDirectory,
  httpPopulationRegister,
  LOOKUP_HEADER,
  narrowLookups,
  NO_ACCESS_RECORDING,
  parsePurposeOfUse,
  RecordAccess,
  type AccessRecorder,
  type DirectoryEndpoints,
  type PersonDirectory,
  type RegistryDirectory,
  type PopulationRegister,
  type TokenVerifier,
  type Viewer,
} from '../auth/index.ts';
import type { Logger } from '../telemetry/logger.ts';
import { createGraphQLHandler, inProcessGraphQL, listen, type GraphQLHttpOptions, type HttpRoute, type Listening, type RequestHead } from '../http/graphql-http.ts';
import { serveInProcess } from '../http/in-process.ts';
import { assertFromGateway, authenticate, header } from './request-identity.ts';
import { graphqlTelemetryPlugin } from '../telemetry/graphql-telemetry.ts';

/** What every subgraph resolver can rely on: the verified caller, a request-scoped EntityManager on demand. */
export interface SubgraphContext extends BaseContext {
  readonly viewer: Viewer;
  /** The caller's `Authorization` header, for calls this subgraph makes on the caller's behalf. */
  readonly authorization: string | undefined;
  /** Declared purpose of use (`x-purpose-of-use`), recorded with every access by staff. */
  readonly purpose: string | undefined;
  /** The request says it is a record-rule look-up (LOOKUP_HEADER): honoured only on those exact operations. */
  readonly recordRuleLookup: boolean;
  /**
   * Set when the gateway writes this request's access entries (ACCESS_LOG_HEADER with the gateway
   * secret): the granted reads are kept here and returned in `extensions.accessLog`, not written.
   */
  readonly accessReport: ReportingRecorder | undefined;
  /** This request's EntityManager, forked on first call (`orm.reads()` for plain-SQL reads: no fork needed). */
  readonly orm: RequestEntityManager;
  readonly requestId: string;
  readonly logger: Logger;
  /** Region and household look-ups in the subgraphs that own them, for record rules. */
  readonly directory: RegistryDirectory;
  /** Builds this request's record rules, overriding directory look-ups this subgraph answers itself. */
  recordAccess(local?: Partial<PersonDirectory>): RecordAccess;
  /** Whether PINs are in the population register (the persons subgraph, asked with the caller's token). */
  readonly population: PopulationRegister;
  /** Signs chain checkpoints; undefined in production when no key was configured. */
  readonly chainSigner: ChainSigner | undefined;
}

/** What a subgraph's extra HTTP endpoints may use: the same storage, identity and logs as GraphQL. */
export interface SubgraphRouteDeps {
  readonly orm: MikroORM;
  readonly auth: SubgraphAuth;
  readonly logger: Logger;
  /** Verifies the gateway secret and the bearer token exactly as GraphQL requests are verified. */
  authenticate(req: IncomingMessage): Promise<Viewer>;
  /** The population register, asked on behalf of this request's caller (its token). */
  population(req: IncomingMessage): PopulationRegister;
}

/** How a subgraph knows its caller: it trusts no one, not even the gateway, with identity. */
export interface SubgraphAuth {
  readonly verifier: TokenVerifier;
  /**
   * Shared with the gateway only (`x-gateway-secret`): subgraphs are not public. Unset, any caller
   * with a valid token is served (tests of a single subgraph).
   */
  readonly gatewaySecret?: string;
  /** The subgraphs that answer record-rule look-ups (may be filled in after start-up). */
  readonly directory?: DirectoryEndpoints;
  /** Where granted reads of other people's records go. */
  readonly recorder?: AccessRecorder;
}

export interface SubgraphServiceOptions<C extends SubgraphContext> {
  readonly name: string;
  readonly typeDefs: DocumentNode;
  readonly resolvers: GraphQLResolverMap<C>;
  readonly orm: MikroORM;
  readonly logger: Logger;
  readonly auth: SubgraphAuth;
  /** Adds the subgraph's own per-request state (its DataLoaders) to the base context. */
  readonly createContext: (base: SubgraphContext, req: RequestHead) => C | Promise<C>;
  /** Extra HTTP endpoints beside /graphql, built once the ORM is open. */
  readonly routes?: (deps: SubgraphRouteDeps) => Readonly<Record<string, HttpRoute>>;
  readonly production?: boolean;
  readonly maxBodyBytes?: number;
  /** The chain checkpoint key (PKCS#8 PEM); outside production the development key when unset. */
  readonly chainSigningKey?: string;
  /** Also serves GraphQL to callers in this process without a socket, at the URL it listens on (http/in-process.ts). */
  readonly callInProcess?: boolean;
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

/**
 * A subgraph's answers are one caller's data and never cacheable: `Cache-Control: no-store` on every
 * response, set once per request. Apollo's cache-control plugin would reach the same header through
 * a hook on every resolved field (and the resolver wrapping that hook needs): ≈ 5% of a subgraph's
 * CPU on a full record, for a schema without a single cache hint.
 */
const neverCached: ApolloServerPlugin<SubgraphContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        response.http.headers.set('cache-control', 'no-store');
      },
    };
  },
};

/** Returns the access entries the gateway asked to write itself (ACCESS_LOG_HEADER) in the answer's extensions. */
const reportAccessToGateway: ApolloServerPlugin<SubgraphContext> = {
  async requestDidStart({ contextValue }) {
    const report = contextValue.accessReport;
    if (!report) return;
    return {
      async willSendResponse({ response }) {
        const entries = report.reported();
        if (response.body.kind !== 'single' || entries.length === 0) return;
        const result = response.body.singleResult;
        result.extensions = { ...result.extensions, [ACCESS_LOG_EXTENSION]: entries };
      },
    };
  },
};

export const createSubgraphServer = <C extends SubgraphContext>(options: SubgraphServiceOptions<C>): ApolloServer<C> =>
  new ApolloServer<C>({
    schema: buildSubgraphSchema([{ typeDefs: options.typeDefs, resolvers: options.resolvers }]),
    formatError: (formatted, error) => maskUnexpectedError(formatted, error),
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    // No "Did you mean" in any environment (the gateway does the same).
    hideSchemaDetailsFromClientErrors: true,
    introspection: !(options.production ?? false),
    // The process's shutdown is exitOnSignal's (runSubgraphProcess): Apollo's own handler would stop
    // this server and re-raise the signal, killing the process before the other steps have run.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      neverCached,
      reportAccessToGateway,
      requestLogging(options.logger),
      enforceFieldRules<C>(new FieldRules(print(options.typeDefs))),
      narrowLookups<C>(),
      graphqlTelemetryPlugin<C>(options.name),
    ],
  });


/** Starts a subgraph on its own port: the unit `npm start` runs per process and tests run in-process. */
export const startSubgraphService = async <C extends SubgraphContext>(
  options: SubgraphServiceOptions<C>,
  port: number,
  host = '127.0.0.1',
): Promise<RunningService> => {
  const server = createSubgraphServer(options);
  await server.start();
  const signingKey = options.chainSigningKey ?? (options.production ? undefined : DEV_CHAIN_SIGNING_KEY);
  const chainSigner = signingKey ? createChainSigner(signingKey) : undefined;
  const authenticateRequest = async (req: IncomingMessage): Promise<Viewer> => {
    assertFromGateway(options.auth.gatewaySecret, req.headers['x-gateway-secret']);
    return authenticate(options.auth.verifier, header(req.headers.authorization));
  };
  const endpoints = (): DirectoryEndpoints => ({ ...options.auth.directory, ...(options.auth.gatewaySecret ? { gatewaySecret: options.auth.gatewaySecret } : {}) });
  const population = (req: IncomingMessage): PopulationRegister =>
    httpPopulationRegister(endpoints(), { authorization: header(req.headers.authorization), requestId: header(req.headers['x-request-id']) ?? randomUUID() });
  const httpOptions: GraphQLHttpOptions<C, RequestHead> = {
    service: options.name,
    maxBodyBytes: options.maxBodyBytes ?? 1_000_000,
    ...(options.routes ? { routes: options.routes({ orm: options.orm, auth: options.auth, logger: options.logger, authenticate: authenticateRequest, population }) } : {}),
    ready: async () => {
      // A real round trip: the pool connects lazily, so MikroORM's "connected" says nothing yet.
      await options.orm.em.getConnection().execute('select 1');
    },
    context: async (req) => {
      assertFromGateway(options.auth.gatewaySecret, req.headers['x-gateway-secret']);
      const authorization = header(req.headers.authorization);
      const viewer = await authenticate(options.auth.verifier, authorization);
      const requestId = header(req.headers['x-request-id']) ?? randomUUID();
      const purpose = parsePurposeOfUse(header(req.headers['x-purpose-of-use']));
      const directory = httpDirectory(endpoints(), { authorization, purpose, requestId });
      // A look-up made for a record rule elsewhere is not itself a read to log (narrowLookups
      // refuses the header on any other operation before anything is read).
      const recordRuleLookup = header(req.headers[LOOKUP_HEADER]) !== undefined;
      // Only a request carrying the gateway secret may move the write to the gateway: with no secret
      // to check (a subgraph tested alone) the header is ignored and the subgraph writes its entries.
      const accessReport =
        !recordRuleLookup && options.auth.gatewaySecret !== undefined && header(req.headers[ACCESS_LOG_HEADER]) === ACCESS_LOG_TO_GATEWAY ? reportingRecorder() : undefined;
      const recorder = recordRuleLookup ? NO_ACCESS_RECORDING : (accessReport ?? options.auth.recorder ?? NO_ACCESS_RECORDING);
      const base: SubgraphContext = {
        viewer,
        authorization,
        purpose,
        recordRuleLookup,
        accessReport,
        orm: requestEntityManager(options.orm.em),
        requestId,
        logger: options.logger,
        directory,
        recordAccess: (local = {}) => new RecordAccess({ viewer, purpose, requestId }, { ...directory, ...local }, recorder, options.name),
        population: httpPopulationRegister(endpoints(), { authorization, requestId }),
        chainSigner,
      };
      return options.createContext(base, req);
    },
  };
  const listening = await listen(createGraphQLHandler(server, httpOptions), port, host);
  const unregister = options.callInProcess ? serveInProcess(listening.url, inProcessGraphQL(server, httpOptions)) : undefined;
  return {
    ...listening,
    name: options.name,
    async stop() {
      unregister?.();
      await listening.close();
      await server.stop();
    },
  };
};

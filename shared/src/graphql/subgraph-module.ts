import type { GraphQLResolverMap } from '@apollo/subgraph';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { DocumentNode } from 'graphql';
import { openDatabase, migrate, type SubgraphDatabaseDefinition } from '../db/orm.ts';
import { createLogger, type Logger } from '../telemetry/logger.ts';
import { startTracing } from '../telemetry/tracing.ts';
import type { SubgraphEnvironment } from '../config/subgraph-environment.ts';
import { exitOnSignal } from '../config/shutdown.ts';
import { createTokenVerifier, type TokenVerifier } from '../auth/index.ts';
import { createAccessLogRecorder } from '../audit/access-log-recorder.ts';
import type { AccessRecorder } from '../auth/access-recorder.ts';
import type { RequestHead } from '../http/graphql-http.ts';
import { startSubgraphService, type RunningService, type SubgraphAuth, type SubgraphContext, type SubgraphServiceOptions } from './subgraph-service.ts';

/** Everything that makes a subgraph: the same shape for all five. */
export interface SubgraphModule<C extends SubgraphContext> {
  readonly name: string;
  readonly database: SubgraphDatabaseDefinition;
  readonly typeDefs: DocumentNode;
  readonly resolvers: GraphQLResolverMap<C>;
  readonly createContext: (base: SubgraphContext, req: RequestHead) => C | Promise<C>;
  /** Extra HTTP endpoints beside /graphql (e.g. a streaming bulk feed). */
  readonly routes?: SubgraphServiceOptions<C>['routes'];
  /** Releases what the subgraph opened beside its ORM (e.g. a job-queue client), before the ORM closes. */
  readonly onStop?: (orm: MikroORM) => Promise<void>;
}

export interface StartOptions {
  readonly databaseUrl: string;
  readonly auth: SubgraphAuth;
  readonly port: number;
  readonly host?: string;
  readonly production?: boolean;
  readonly migrate?: boolean;
  readonly poolMax?: number;
  readonly logger?: Logger;
  /** Signs chain checkpoints (PKCS#8 PEM); outside production the development key when unset. */
  readonly chainSigningKey?: string;
  /** Also serves GraphQL to callers in this process without a socket (http/in-process.ts): when several services share it. */
  readonly callInProcess?: boolean;
}

/** Opens the subgraph's database, applies its migrations if asked, and serves it. */
export const startSubgraph = async <C extends SubgraphContext>(module: SubgraphModule<C>, options: StartOptions): Promise<RunningService> => {
  // In-process callers (tests, tools) get quiet logs unless they pass their own logger.
  const logger = options.logger ?? createLogger(module.name, 'warn');
  const orm = await openDatabase({ ...module.database, url: options.databaseUrl, poolMax: options.poolMax ?? 10 });
  try {
    if (options.migrate ?? true) {
      const applied = await migrate(orm);
      if (applied.length > 0) logger.info({ applied }, 'migrations applied');
    }
    const running = await startSubgraphService(
      {
        name: module.name,
        typeDefs: module.typeDefs,
        resolvers: module.resolvers,
        orm,
        logger,
        auth: options.auth,
        createContext: module.createContext,
        ...(module.routes ? { routes: module.routes } : {}),
        production: options.production ?? false,
        ...(options.chainSigningKey ? { chainSigningKey: options.chainSigningKey } : {}),
        ...(options.callInProcess ? { callInProcess: true } : {}),
      },
      options.port,
      options.host,
    );
    return {
      ...running,
      async stop() {
        await running.stop();
        await module.onStop?.(orm);
        await orm.close();
      },
    };
  } catch (error) {
    await orm.close();
    throw error;
  }
};

/**
 * A subgraph as a process runs it: its module and the environment it was configured from. The type
 * of its context stays inside `start`, so that one process can hold several (the subgraph host).
 */
export interface SubgraphService {
  readonly name: string;
  readonly env: SubgraphEnvironment;
  start(options: StartOptions): Promise<RunningService>;
}

export const subgraphService = <C extends SubgraphContext>(module: SubgraphModule<C>, env: SubgraphEnvironment): SubgraphService => ({
  name: module.name,
  env,
  start: (options) => startSubgraph(module, options),
});

/** Subgraphs started together in one process (startSubgraphServices). */
export interface RunningSubgraphs {
  readonly running: readonly RunningService[];
  /** Stops them, last started first. */
  readonly stop: () => Promise<void>;
  /** Flushes and closes their access-log writers: after stop(), once nothing can read any more. */
  readonly closeRecorders: () => Promise<void>;
}

/**
 * Starts each subgraph on its own port and logs where. Subgraphs that trust the same issuer share
 * its verifier (and so its cache of verified tokens); those that write the same audit database share
 * one recorder. Several in one process (the subgraph host, the graph host) also serve each other,
 * and a gateway beside them, in process (http/in-process.ts). If one cannot start, those already
 * listening are closed and the error is thrown.
 */
export const startSubgraphServices = async (services: readonly SubgraphService[]): Promise<RunningSubgraphs> => {
  const verifiers = new Map<string, TokenVerifier>();
  const recorders = new Map<string, AccessRecorder>();
  const running: RunningService[] = [];
  const stop = async () => {
    for (const started of [...running].reverse()) await started.stop();
  };
  const closeRecorders = async () => {
    await Promise.all([...recorders.values()].map((recorder) => recorder.close()));
  };
  try {
    for (const service of services) {
      const { name, env } = service;
      const logger = createLogger(name, env.logLevel);
      const { issuer, jwksUrl } = env.identity;
      const trusted = `${issuer} ${jwksUrl ?? ''}`;
      const verifier = verifiers.get(trusted) ?? createTokenVerifier({ issuer, ...(jwksUrl ? { jwksUrl } : {}) });
      verifiers.set(trusted, verifier);
      const recorder = recorders.get(env.auditDatabaseUrl) ?? createAccessLogRecorder({ databaseUrl: env.auditDatabaseUrl, logger });
      recorders.set(env.auditDatabaseUrl, recorder);
      const started = await service.start({
        databaseUrl: env.databaseUrl,
        port: env.port,
        host: env.host,
        production: env.production,
        migrate: env.migrateOnStart,
        poolMax: env.poolMax,
        logger,
        ...(env.chainSigningKey ? { chainSigningKey: env.chainSigningKey } : {}),
        callInProcess: services.length > 1,
        auth: {
          verifier,
          gatewaySecret: env.identity.gatewaySecret,
          directory: { personsUrl: env.personsUrl, householdsUrl: env.householdsUrl },
          recorder,
        },
      });
      running.push(started);
      logger.info({ url: started.url }, 'subgraph ready');
    }
  } catch (error) {
    await stop();
    await closeRecorders();
    throw error;
  }
  return { running, stop, closeRecorders };
};

/**
 * Process entry point for one subgraph (its main.ts) or several in one process (scripts/subgraph-host.ts):
 * start them (startSubgraphServices), and on SIGINT/SIGTERM stop them all, then flush their access
 * logs.
 */
export const runSubgraphProcess = async (...services: readonly SubgraphService[]): Promise<void> => {
  const first = services[0];
  if (!first) throw new Error('runSubgraphProcess: no subgraph to run');
  startTracing(services.length === 1 ? first.name : 'subgraphs', { otlpEndpoint: first.env.otlpEndpoint, ...(services.length > 1 ? { services: services.map((service) => service.name) } : {}) });
  const started = await startSubgraphServices(services);
  exitOnSignal(started.stop, started.closeRecorders);
};

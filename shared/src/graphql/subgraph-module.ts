import type { IncomingMessage } from 'node:http';
import type { GraphQLResolverMap } from '@apollo/subgraph';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { DocumentNode } from 'graphql';
import { openDatabase, migrate, type SubgraphDatabaseDefinition } from '../db/orm.ts';
import { createLogger, type Logger } from '../telemetry/logger.ts';
import { startTracing } from '../telemetry/tracing.ts';
import type { SubgraphEnvironment } from '../config/subgraph-environment.ts';
import { exitOnSignal } from '../config/shutdown.ts';
import { createTokenVerifier } from '../auth/index.ts';
import { createAccessLogRecorder } from '../audit/access-log-recorder.ts';
import { startSubgraphService, type RunningService, type SubgraphAuth, type SubgraphContext, type SubgraphServiceOptions } from './subgraph-service.ts';

/** Everything that makes a subgraph: the same shape for all five. */
export interface SubgraphModule<C extends SubgraphContext> {
  readonly name: string;
  readonly database: SubgraphDatabaseDefinition;
  readonly typeDefs: DocumentNode;
  readonly resolvers: GraphQLResolverMap<C>;
  readonly createContext: (base: SubgraphContext, req: IncomingMessage) => C | Promise<C>;
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

/** Process entry point: start, log where, stop cleanly on SIGINT/SIGTERM. */
export const runSubgraphProcess = async <C extends SubgraphContext>(module: SubgraphModule<C>, env: SubgraphEnvironment): Promise<void> => {
  startTracing(module.name, { otlpEndpoint: env.otlpEndpoint });
  const logger = createLogger(module.name, env.logLevel);
  const recorder = createAccessLogRecorder({ databaseUrl: env.auditDatabaseUrl, logger });
  const running = await startSubgraph(module, {
    databaseUrl: env.databaseUrl,
    port: env.port,
    host: env.host,
    production: env.production,
    migrate: env.migrateOnStart,
    poolMax: env.poolMax,
    logger,
    ...(env.chainSigningKey ? { chainSigningKey: env.chainSigningKey } : {}),
    auth: {
      verifier: createTokenVerifier({ issuer: env.identity.issuer, ...(env.identity.jwksUrl ? { jwksUrl: env.identity.jwksUrl } : {}) }),
      gatewaySecret: env.identity.gatewaySecret,
      directory: { personsUrl: env.personsUrl, householdsUrl: env.householdsUrl },
      recorder,
    },
  });
  logger.info({ url: running.url }, 'subgraph ready');
  exitOnSignal(() => running.stop(), () => recorder.close());
};

import { createAccessLogRecorder, createLogger, createTokenVerifier, exitOnSignal, startTracing } from '@usr/shared';
import { readSupergraph } from './compose.ts';
import { environment } from './environment.ts';
import { startGateway, type GatewayOptions } from './gateway-server.ts';

/** The gateway as a process runs it (startGatewayFromEnvironment). */
export interface GatewayProcess {
  /** Stops taking requests and finishes those in hand. */
  readonly stop: () => Promise<void>;
  /** Flushes and closes its access-log writer: after stop(). */
  readonly closeRecorder: () => Promise<void>;
}

/**
 * Starts the gateway from the environment, as `npm start` and the image run it, on its own
 * (gateway/src/main.ts through runGateway) or beside every subgraph in one process
 * (scripts/graph-host.ts). `overrides` exist for the benchmark's rules-off gateway only
 * (bench/support/gateway-rules-off.ts): the registry never runs without its field rules.
 */
export const startGatewayFromEnvironment = async (overrides: Pick<GatewayOptions, 'fieldRules'> = {}, env = environment()): Promise<GatewayProcess> => {
  const logger = createLogger('gateway', env.logLevel);
  const recorder = createAccessLogRecorder({ databaseUrl: env.auditDatabaseUrl, logger });
  const running = await startGateway(
    {
      supergraphSdl: readSupergraph(),
      subgraphUrls: env.subgraphUrls,
      limits: env.limits,
      maxBodyBytes: env.maxBodyBytes,
      production: env.production,
      logger,
      verifier: createTokenVerifier({ issuer: env.identity.issuer, ...(env.identity.jwksUrl ? { jwksUrl: env.identity.jwksUrl } : {}) }),
      gatewaySecret: env.identity.gatewaySecret,
      rateLimits: env.rateLimits,
      recorder,
      ...overrides,
    },
    env.port,
    env.host,
  ).catch(async (error: unknown) => {
    await recorder.close();
    throw error;
  });
  logger.info({ url: running.url }, 'gateway ready');
  return { stop: () => running.stop(), closeRecorder: () => recorder.close() };
};

/** The gateway process: started from the environment, stopped, its access log flushed, on SIGINT or SIGTERM. */
export const runGateway = async (overrides: Pick<GatewayOptions, 'fieldRules'> = {}): Promise<void> => {
  const env = environment();
  startTracing('gateway', { otlpEndpoint: env.otlpEndpoint });
  const gateway = await startGatewayFromEnvironment(overrides, env);
  exitOnSignal(gateway.stop, gateway.closeRecorder);
};

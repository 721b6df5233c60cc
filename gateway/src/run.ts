import { createAccessLogRecorder, createLogger, createTokenVerifier, exitOnSignal, startTracing } from '@usr/shared';
import { readSupergraph } from './compose.ts';
import { environment } from './environment.ts';
import { startGateway, type GatewayOptions } from './gateway-server.ts';

/**
 * Starts the gateway from the environment, as `npm start` and the image run it (gateway/src/main.ts),
 * and stops it, its access log flushed, on SIGINT or SIGTERM. `overrides` exist for the benchmark's
 * rules-off gateway only (bench/support/gateway-rules-off.ts): the registry never runs without its field rules.
 */
export const runGateway = async (overrides: Pick<GatewayOptions, 'fieldRules'> = {}): Promise<void> => {
  const env = environment();
  startTracing('gateway', { otlpEndpoint: env.otlpEndpoint });
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
  );
  logger.info({ url: running.url }, 'gateway ready');
  exitOnSignal(() => running.stop(), () => recorder.close());
};

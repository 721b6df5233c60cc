import { createAccessLogRecorder, createLogger, createTokenVerifier, startTracing } from '@usr/shared';
import { readSupergraph } from './compose.ts';
import { environment } from './environment.ts';
import { startGateway } from './gateway-server.ts';

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
  },
  env.port,
  env.host,
);
logger.info({ url: running.url }, 'gateway ready');
const shutdown = async () => {
  await running.stop();
  await recorder.close();
  process.exit(0);
};
process.once('SIGINT', () => void shutdown());
process.once('SIGTERM', () => void shutdown());

// Our gateway exactly as gateway/src/main.ts starts it, but without the field rules: the benchmark's
// measure of what authorisation costs (bench/gateway-vs-hive.ts). Not a way to run the registry.
import { createAccessLogRecorder, createLogger, createTokenVerifier, startTracing } from '@usr/shared';
import { readSupergraph } from '../../gateway/src/compose.ts';
import { environment } from '../../gateway/src/environment.ts';
import { startGateway } from '../../gateway/src/gateway-server.ts';

const env = environment();
startTracing('gateway', { otlpEndpoint: env.otlpEndpoint });
const logger = createLogger('gateway', env.logLevel);
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
    fieldRules: false,
    recorder: createAccessLogRecorder({ databaseUrl: env.auditDatabaseUrl, logger }),
  },
  env.port,
  env.host,
);
process.once('SIGTERM', () => void running.stop().then(() => process.exit(0)));
process.once('SIGINT', () => void running.stop().then(() => process.exit(0)));

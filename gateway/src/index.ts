export { startGateway, createGatewayServer, DEFAULT_LIMITS, type GatewayOptions, type RunningGateway } from './gateway-server.ts';
export { composeSupergraph, readSupergraph, supergraphPath } from './compose.ts';
export { SUBGRAPHS, type SubgraphEntry } from './subgraph-catalogue.ts';
export { DEFAULT_MAX_BODY_BYTES, gatewayEnvironmentSchema } from './environment.ts';
export { CallerRateLimits, parseClientLimits, type RateLimitSettings } from './rate-limit.ts';
export { runGateway, startGatewayFromEnvironment, type GatewayProcess } from './run.ts';

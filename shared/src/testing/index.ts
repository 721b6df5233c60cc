export * from './database.ts';
export * from './graphql-client.ts';
export * from './test-tokens.ts';
export * from './directory-stub.ts';
export * from './free-port.ts';
export * from './wait-healthy.ts';
export * from './subgraph-testing.ts';
/** Spans kept in memory, for trace assertions (the SDK a deployment exports over OTLP). */
export { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace';

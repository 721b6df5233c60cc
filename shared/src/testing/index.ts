export * from './database.ts';
export * from './graphql-client.ts';
export * from './test-tokens.ts';
export * from './directory-stub.ts';
export * from './subgraph-testing.ts';

import { loadEnvironment, subgraphEnvironmentSchema, type EnvironmentVariables } from '@usr/shared';

/** PORT (4002), HOUSEHOLDS_DATABASE_URL or DATABASE_URL, DB_POOL_MAX, MIGRATE_ON_START, LOG_LEVEL, NODE_ENV. */
export const householdsEnvironmentSchema = subgraphEnvironmentSchema({ port: 4002, databaseVariable: 'HOUSEHOLDS_DATABASE_URL' });

/** This subgraph's environment, from process.env or from the variables the subgraph host gives it. */
export const environment = (env?: EnvironmentVariables) => loadEnvironment('households', householdsEnvironmentSchema, env);

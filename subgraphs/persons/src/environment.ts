import { loadEnvironment, subgraphEnvironmentSchema, type EnvironmentVariables } from '@usr/shared';

/** PORT (4001), PERSONS_DATABASE_URL or DATABASE_URL, DB_POOL_MAX, MIGRATE_ON_START, LOG_LEVEL, NODE_ENV. */
export const personsEnvironmentSchema = subgraphEnvironmentSchema({ port: 4001, databaseVariable: 'PERSONS_DATABASE_URL' });

/** This subgraph's environment, from process.env or from the variables the subgraph host gives it. */
export const environment = (env?: EnvironmentVariables) => loadEnvironment('persons', personsEnvironmentSchema, env);

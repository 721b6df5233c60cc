import { loadEnvironment, subgraphEnvironmentSchema } from '@usr/shared';

/** PORT (4002), HOUSEHOLDS_DATABASE_URL or DATABASE_URL, DB_POOL_MAX, MIGRATE_ON_START, LOG_LEVEL, NODE_ENV. */
export const householdsEnvironmentSchema = subgraphEnvironmentSchema({ port: 4002, databaseVariable: 'HOUSEHOLDS_DATABASE_URL' });

export const environment = () => loadEnvironment('households', householdsEnvironmentSchema);

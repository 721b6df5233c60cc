import { loadEnvironment, subgraphEnvironmentSchema } from '@usr/shared';

/** PORT (4003), FACTS_DATABASE_URL or DATABASE_URL, DB_POOL_MAX, MIGRATE_ON_START, LOG_LEVEL, NODE_ENV. */
export const factsEnvironmentSchema = subgraphEnvironmentSchema({ port: 4003, databaseVariable: 'FACTS_DATABASE_URL' });

export const environment = () => loadEnvironment('agency-facts', factsEnvironmentSchema);

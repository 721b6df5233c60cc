import { loadEnvironment, subgraphEnvironmentSchema } from '@usr/shared';

/** PORT (4001), PERSONS_DATABASE_URL or DATABASE_URL, DB_POOL_MAX, MIGRATE_ON_START, LOG_LEVEL, NODE_ENV. */
export const personsEnvironmentSchema = subgraphEnvironmentSchema({ port: 4001, databaseVariable: 'PERSONS_DATABASE_URL' });

export const environment = () => loadEnvironment('persons', personsEnvironmentSchema);

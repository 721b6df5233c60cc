import { loadEnvironment, subgraphEnvironmentSchema } from '@usr/shared';

/** PORT (4004), BENEFITS_DATABASE_URL or DATABASE_URL, DB_POOL_MAX, MIGRATE_ON_START, LOG_LEVEL, NODE_ENV. */
export const benefitsEnvironmentSchema = subgraphEnvironmentSchema({ port: 4004, databaseVariable: 'BENEFITS_DATABASE_URL' });

export const environment = () => loadEnvironment('benefits', benefitsEnvironmentSchema);

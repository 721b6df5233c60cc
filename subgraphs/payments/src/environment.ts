import { loadEnvironment, subgraphEnvironmentSchema } from '@usr/shared';

/** PORT (4005), PAYMENTS_DATABASE_URL or DATABASE_URL, DB_POOL_MAX, MIGRATE_ON_START, LOG_LEVEL, NODE_ENV. */
export const paymentsEnvironmentSchema = subgraphEnvironmentSchema({ port: 4005, databaseVariable: 'PAYMENTS_DATABASE_URL' });

export const environment = () => loadEnvironment('payments', paymentsEnvironmentSchema);

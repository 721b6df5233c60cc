import { loadEnvironment, subgraphEnvironmentSchema } from '@usr/shared';
import { treasuryEnvironmentShape } from './export/treasury-account.ts';

/**
 * PORT (4005), PAYMENTS_DATABASE_URL or DATABASE_URL, DB_POOL_MAX, MIGRATE_ON_START, LOG_LEVEL, NODE_ENV,
 * and the Treasury account payments are made from (TREASURY_*; production refuses the placeholder).
 */
export const paymentsEnvironmentSchema = subgraphEnvironmentSchema({ port: 4005, databaseVariable: 'PAYMENTS_DATABASE_URL', own: treasuryEnvironmentShape });

export const environment = () => loadEnvironment('payments', paymentsEnvironmentSchema);

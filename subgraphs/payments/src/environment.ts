import { loadEnvironment, subgraphEnvironmentSchema, type EnvironmentVariables } from '@usr/shared';
import { bankEnvironmentShape } from './bank/bank-environment.ts';
import { treasuryEnvironmentShape } from './export/treasury-account.ts';

/**
 * PORT (4005), PAYMENTS_DATABASE_URL or DATABASE_URL, DB_POOL_MAX, MIGRATE_ON_START, LOG_LEVEL, NODE_ENV,
 * the Treasury account payments are made from (TREASURY_*; production refuses the placeholder) and
 * the paying bank's card-account API (BANK_API_*; unset: the simulated bank, which production refuses).
 */
export const paymentsEnvironmentSchema = subgraphEnvironmentSchema({ port: 4005, databaseVariable: 'PAYMENTS_DATABASE_URL', own: { ...treasuryEnvironmentShape, ...bankEnvironmentShape } });

export type PaymentsEnvironment = ReturnType<typeof environment>;

/** This subgraph's environment, from process.env or from the variables the subgraph host gives it. */
export const environment = (env?: EnvironmentVariables) => loadEnvironment('payments', paymentsEnvironmentSchema, env);

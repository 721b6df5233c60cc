import { loadEnvironment, subgraphEnvironmentSchema } from '@usr/shared';

/** PORT (4004), BENEFITS_DATABASE_URL or DATABASE_URL, DB_POOL_MAX, MIGRATE_ON_START, LOG_LEVEL, NODE_ENV, CHAIN_SIGNING_KEY (Ed25519, PKCS#8 PEM; a dev-only default). */
export const benefitsEnvironmentSchema = subgraphEnvironmentSchema({ port: 4004, databaseVariable: 'BENEFITS_DATABASE_URL', signsChains: true });

export const environment = () => loadEnvironment('benefits', benefitsEnvironmentSchema);

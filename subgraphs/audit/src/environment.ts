import { loadEnvironment, subgraphEnvironmentSchema, type EnvironmentVariables } from '@usr/shared';

/** PORT (4006), AUDIT_DATABASE_URL or DATABASE_URL, DB_POOL_MAX, MIGRATE_ON_START, LOG_LEVEL, NODE_ENV, CHAIN_SIGNING_KEY (Ed25519, PKCS#8 PEM; a dev-only default), identity variables. */
export const auditEnvironmentSchema = subgraphEnvironmentSchema({ port: 4006, databaseVariable: 'AUDIT_DATABASE_URL', signsChains: true });

/** This subgraph's environment, from process.env or from the variables the subgraph host gives it. */
export const environment = (env?: EnvironmentVariables) => loadEnvironment('audit', auditEnvironmentSchema, env);

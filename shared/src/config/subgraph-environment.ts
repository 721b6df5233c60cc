import { z } from 'zod';
import { booleanFlag, devDefault, devOnly, logLevel, nodeEnv, port, telemetryEnvironmentShape } from './environment.ts';
import { createChainSigner, DEV_CHAIN_SIGNING_KEY } from '../audit/chain-checkpoint.ts';
import { identityEnvironmentShape, identityFrom, type IdentityEnvironment } from './identity-environment.ts';

export interface SubgraphEnvironment {
  readonly production: boolean;
  readonly host: string;
  readonly port: number;
  readonly databaseUrl: string;
  readonly poolMax: number;
  readonly migrateOnStart: boolean;
  readonly logLevel: string;
  readonly identity: IdentityEnvironment;
  /** Where the access log is appended (the audit schema). */
  readonly auditDatabaseUrl: string;
  /** Subgraphs that answer record-rule look-ups (regions, households). */
  readonly personsUrl: string;
  readonly householdsUrl: string;
  /** OTLP/HTTP collector for traces, if any. */
  readonly otlpEndpoint: string | undefined;
  /** The Ed25519 key that signs chain checkpoints (subgraphs that keep a hash-chained log only). */
  readonly chainSigningKey?: string;
}

/**
 * The variables every subgraph reads. Each subgraph's environment.ts names its port and its own
 * database variable (e.g. PERSONS_DATABASE_URL, falling back to DATABASE_URL) so each can be
 * given its own server. `own` declares the variables only that subgraph reads; their parsed values
 * come back as `own`.
 */
export const subgraphEnvironmentSchema = <Own extends z.ZodRawShape = Record<never, never>>(defaults: { port: number; databaseVariable: string; signsChains?: boolean; own?: Own }) =>
  z
    .object({
      ...(defaults.own ?? ({} as Own)),
      NODE_ENV: nodeEnv(),
      HOST: z.string().default('127.0.0.1'),
      PORT: port(defaults.port),
      DATABASE_URL: z.string().url().optional(),
      [defaults.databaseVariable]: z.string().url().optional(),
      DB_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
      MIGRATE_ON_START: booleanFlag(true),
      LOG_LEVEL: logLevel(),
      AUDIT_DATABASE_URL: z.string().url().optional(),
      PERSONS_URL: devDefault(z.string().url(), 'http://127.0.0.1:4001/graphql', "PERSONS_URL to the persons subgraph's /graphql"),
      HOUSEHOLDS_URL: devDefault(z.string().url(), 'http://127.0.0.1:4002/graphql', "HOUSEHOLDS_URL to the households subgraph's /graphql"),
      ...identityEnvironmentShape,
      ...telemetryEnvironmentShape,
      ...(defaults.signsChains
        ? { CHAIN_SIGNING_KEY: devOnly(z.string(), DEV_CHAIN_SIGNING_KEY, 'CHAIN_SIGNING_KEY to your own Ed25519 private key (PKCS#8 PEM, e.g. `openssl genpkey -algorithm ed25519`): the development key is public') }
        : {}),
    })
    .transform((parsed, ctx): SubgraphEnvironment & { readonly own: z.output<z.ZodObject<Own>> } => {
      // The computed database key and `own` make the parsed type too wide to name: read by name.
      const env = parsed as Record<string, unknown>;
      const own = env[defaults.databaseVariable];
      const databaseUrl = typeof own === 'string' ? own : typeof env.DATABASE_URL === 'string' ? env.DATABASE_URL : undefined;
      if (!databaseUrl) {
        ctx.addIssue({ code: 'custom', path: ['DATABASE_URL'], message: `set ${defaults.databaseVariable} or DATABASE_URL` });
        return z.NEVER;
      }
      const chainSigningKey = env['CHAIN_SIGNING_KEY'];
      if (typeof chainSigningKey === 'string') {
        // Production refuses the public development key through devOnly (the shared loader).
        try {
          createChainSigner(chainSigningKey);
        } catch {
          ctx.addIssue({ code: 'custom', path: ['CHAIN_SIGNING_KEY'], message: 'must be an Ed25519 private key (PKCS#8 PEM, e.g. `openssl genpkey -algorithm ed25519`)' });
          return z.NEVER;
        }
      }
      return {
        own: Object.fromEntries(Object.keys(defaults.own ?? {}).map((name) => [name, env[name]])) as z.output<z.ZodObject<Own>>,
        production: env.NODE_ENV === 'production',
        host: String(env.HOST),
        port: Number(env.PORT),
        databaseUrl,
        poolMax: Number(env.DB_POOL_MAX),
        migrateOnStart: Boolean(env.MIGRATE_ON_START),
        logLevel: String(env.LOG_LEVEL),
        auditDatabaseUrl: typeof env.AUDIT_DATABASE_URL === 'string' ? env.AUDIT_DATABASE_URL : databaseUrl,
        personsUrl: String(env.PERSONS_URL),
        householdsUrl: String(env.HOUSEHOLDS_URL),
        otlpEndpoint: typeof env.OTEL_EXPORTER_OTLP_ENDPOINT === 'string' ? env.OTEL_EXPORTER_OTLP_ENDPOINT : undefined,
        ...(typeof chainSigningKey === 'string' ? { chainSigningKey } : {}),
        identity: identityFrom({
          KEYCLOAK_URL: String(env.KEYCLOAK_URL),
          KEYCLOAK_REALM: String(env.KEYCLOAK_REALM),
          OIDC_JWKS_URL: typeof env.OIDC_JWKS_URL === 'string' ? env.OIDC_JWKS_URL : undefined,
          GATEWAY_SHARED_SECRET: String(env.GATEWAY_SHARED_SECRET),
        }),
      };
    });


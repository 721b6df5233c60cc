import { z } from 'zod';
import { devDefault, devOnly, identityEnvironmentShape, logLevel, nodeEnv, parseEnvironment, port, telemetryEnvironmentShape } from '@usr/shared';

/**
 * The engine's configuration, parsed once at boot (every problem listed, then exit); nothing else
 * reads process.env. Dev-only defaults (`devDefault`, `devOnly`) apply outside production only: in production
 * GATEWAY_URL, KEYCLOAK_URL, ENGINE_CLIENT_SECRET, DATABASE_URL and a real SMS provider must be set.
 */
export const engineEnvironmentSchema = z
  .object({
    NODE_ENV: nodeEnv(),
    LOG_LEVEL: logLevel(),
    /** The gateway's GraphQL endpoint: the engine reads and writes only through it. */
    GATEWAY_URL: devDefault(z.string().url(), 'http://127.0.0.1:4000/graphql', "GATEWAY_URL to the gateway's /graphql"),
    /** Base URL of Keycloak or of the embedded issuer (same paths). */
    KEYCLOAK_URL: identityEnvironmentShape.KEYCLOAK_URL,
    KEYCLOAK_REALM: z.string().min(1).default('registry'),
    ENGINE_CLIENT_ID: z.string().min(1).default('decision-engine'),
    /** Dev-only default: the realm file's `${DECISION_ENGINE_CLIENT_SECRET:dev-only-decision-engine-secret}`. */
    ENGINE_CLIENT_SECRET: devDefault(z.string().min(8), 'dev-only-decision-engine-secret', "ENGINE_CLIENT_SECRET to the decision-engine client's secret in Keycloak"),
    /** The database of the job queue (pg-boss schema `pgboss`) and of the dev SMS log (`engine`). */
    DATABASE_URL: z.string().url().optional(),
    ENGINE_DATABASE_URL: z.string().url().optional(),
    /** `dev` writes messages to a table instead of sending them: refused in production. */
    SMS_PROVIDER: devOnly(z.enum(['dev', 'http']), 'dev', 'SMS_PROVIDER=http with SMS_HTTP_URL and SMS_HTTP_TOKEN'),
    /** Where the HTTP SMS provider posts messages (required when SMS_PROVIDER=http). */
    SMS_HTTP_URL: z.string().url().optional(),
    SMS_HTTP_TOKEN: z.string().min(1).optional(),
    SMS_HTTP_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5000),
    /** How many jobs of each queue one worker runs at once. */
    ENGINE_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
    /** Cron (Baku time) of the daily sweep and of the monthly payroll; "off" disables scheduling. */
    SWEEP_CRON: z.string().min(1).default('30 0 * * *'),
    PAYROLL_CRON: z.string().min(1).default('0 6 20 * *'),
    /** Prometheus scrapes the engine's /metrics here (job queues, SMS outbox); 0 picks a free port. */
    ENGINE_METRICS_PORT: port(9464),
    ENGINE_METRICS_HOST: z.string().default('127.0.0.1'),
    ...telemetryEnvironmentShape,
  })
  .transform((env, ctx) => {
    const databaseUrl = env.ENGINE_DATABASE_URL ?? env.DATABASE_URL;
    if (!databaseUrl) ctx.addIssue({ code: 'custom', path: ['DATABASE_URL'], message: 'set ENGINE_DATABASE_URL or DATABASE_URL' });
    if (env.SMS_PROVIDER === 'http' && !env.SMS_HTTP_URL) ctx.addIssue({ code: 'custom', path: ['SMS_HTTP_URL'], message: 'required when SMS_PROVIDER=http' });
    return {
      production: env.NODE_ENV === 'production',
      logLevel: env.LOG_LEVEL,
      gatewayUrl: env.GATEWAY_URL,
      tokenUrl: `${env.KEYCLOAK_URL.replace(/\/+$/, '')}/realms/${env.KEYCLOAK_REALM}/protocol/openid-connect/token`,
      clientId: env.ENGINE_CLIENT_ID,
      clientSecret: env.ENGINE_CLIENT_SECRET,
      databaseUrl: databaseUrl ?? '',
      sms: { provider: env.SMS_PROVIDER, url: env.SMS_HTTP_URL, token: env.SMS_HTTP_TOKEN, timeoutMs: env.SMS_HTTP_TIMEOUT_MS },
      concurrency: env.ENGINE_CONCURRENCY,
      sweepCron: env.SWEEP_CRON,
      payrollCron: env.PAYROLL_CRON,
      metrics: { port: env.ENGINE_METRICS_PORT, host: env.ENGINE_METRICS_HOST },
      otlpEndpoint: env.OTEL_EXPORTER_OTLP_ENDPOINT,
    };
  });

export type EngineEnvironment = z.infer<typeof engineEnvironmentSchema>;

export const parseEngineEnvironment = (env: Record<string, string | undefined> = process.env): EngineEnvironment =>
  parseEnvironment('engine', engineEnvironmentSchema, env);

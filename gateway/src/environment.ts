import { z } from 'zod';
import { devDefault, telemetryEnvironmentShape, identityEnvironmentShape, identityFrom, loadEnvironment, logLevel, nodeEnv, port } from '@usr/shared';
import { parseClientLimits } from './rate-limit.ts';
import { SUBGRAPHS } from './subgraph-catalogue.ts';

/**
 * PORT (4000), HOST, <SUBGRAPH>_URL for each subgraph (defaults to localhost:<its port> outside
 * production), AUDIT_DATABASE_URL or DATABASE_URL (the access log it writes), MAX_BODY_BYTES, MAX_DEPTH, MAX_ALIASES, MAX_COST, MAX_TOKENS, RATE_LIMIT_*, LOG_LEVEL, NODE_ENV.
 */
/**
 * The largest request body the gateway reads: sized for the largest batch the API documents
 * (submitFacts of 1,000 facts, about 250 KB; the engine's recordPayroll calls of 2,000 items, about
 * 250 KB), with room to spare. Depth, cost, alias and token limits bound the work a query asks for;
 * this bounds only what is read before parsing.
 */
export const DEFAULT_MAX_BODY_BYTES = 1_000_000;

const subgraphUrls = Object.fromEntries(
  SUBGRAPHS.map((s) => [
    s.urlVariable,
    devDefault(z.string().url(), `http://127.0.0.1:${s.defaultPort}/graphql`, `${s.urlVariable} to the ${s.name} subgraph's /graphql`),
  ]),
);

export const gatewayEnvironmentSchema = z
  .object({
    NODE_ENV: nodeEnv(),
    HOST: z.string().default('127.0.0.1'),
    PORT: port(4000),
    MAX_BODY_BYTES: z.coerce.number().int().min(1024).default(DEFAULT_MAX_BODY_BYTES),
    MAX_DEPTH: z.coerce.number().int().min(2).default(12),
    MAX_ALIASES: z.coerce.number().int().min(0).default(15),
    MAX_COST: z.coerce.number().int().min(100).default(20_000),
    MAX_TOKENS: z.coerce.number().int().min(100).default(3_000),
    MAX_DIRECTIVES: z.coerce.number().int().min(0).default(20),
    LOG_LEVEL: logLevel(),
    /** The access log's database: the gateway appends the entries its queries' subgraph calls report. */
    AUDIT_DATABASE_URL: z.string().url().optional(),
    DATABASE_URL: z.string().url().optional(),
    /** Per-caller budgets: requests per window per token subject and client; anonymous per address. */
    RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).default(60),
    RATE_LIMIT_REQUESTS: z.coerce.number().int().min(0).default(300),
    RATE_LIMIT_ANONYMOUS_REQUESTS: z.coerce.number().int().min(0).default(60),
    /** `client=requests,...` overrides per client id; 0 = unlimited (the engine's sweeps go through the gateway). */
    RATE_LIMIT_CLIENTS: z
      .string()
      .default('decision-engine=0')
      .transform((text, ctx) => parseClientLimits(text) ?? (ctx.addIssue({ code: 'custom', message: 'expected client=requests pairs separated by commas' }), z.NEVER)),
    ...identityEnvironmentShape,
    ...telemetryEnvironmentShape,
    ...subgraphUrls,
  })
  .transform((env, ctx) => ({
    auditDatabaseUrl:
      env.AUDIT_DATABASE_URL ?? env.DATABASE_URL ?? (ctx.addIssue({ code: 'custom', path: ['AUDIT_DATABASE_URL'], message: 'set AUDIT_DATABASE_URL or DATABASE_URL (the access log)' }), z.NEVER),
    production: env.NODE_ENV === 'production',
    host: env.HOST,
    port: env.PORT,
    logLevel: env.LOG_LEVEL,
    otlpEndpoint: env.OTEL_EXPORTER_OTLP_ENDPOINT,
    maxBodyBytes: env.MAX_BODY_BYTES,
    identity: identityFrom(env),
    rateLimits: { windowSeconds: env.RATE_LIMIT_WINDOW_SECONDS, requests: env.RATE_LIMIT_REQUESTS, anonymousRequests: env.RATE_LIMIT_ANONYMOUS_REQUESTS, perClient: env.RATE_LIMIT_CLIENTS },
    limits: { depth: env.MAX_DEPTH, aliases: env.MAX_ALIASES, cost: env.MAX_COST, tokens: env.MAX_TOKENS, directives: env.MAX_DIRECTIVES },
    subgraphUrls: Object.fromEntries(SUBGRAPHS.map((s) => [s.name, String((env as Record<string, unknown>)[s.urlVariable])])),
  }));

export type GatewayEnvironment = z.infer<typeof gatewayEnvironmentSchema>;
export type AbuseLimits = GatewayEnvironment['limits'];

export const environment = () => loadEnvironment('gateway', gatewayEnvironmentSchema);

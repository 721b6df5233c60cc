import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, EnvironmentError, parseEnvironment } from '@usr/shared';
import { createTestTokens, ENGINE, errorCodes, type TestTokens } from '@usr/shared/testing';
import { composeSupergraph } from '../src/compose.ts';
import { gatewayEnvironmentSchema } from '../src/environment.ts';
import { DEFAULT_LIMITS, startGateway, type RunningGateway } from '../src/gateway-server.ts';
import type { RateLimitSettings } from '../src/rate-limit.ts';

/**
 * Budgets are counted once the token is verified and before any subgraph is called, so the gateway
 * runs without subgraphs: an admitted request fails downstream (not 429), a refused one is 429.
 */
const LIMITS: RateLimitSettings = { windowSeconds: 60, requests: 3, anonymousRequests: 2, perClient: { 'svc-decision-engine': 0 } };
const QUERY = '{ benefitTypes { code } }';
let gateway: RunningGateway;
let tokens: TestTokens;

beforeAll(async () => {
  const composed = composeSupergraph();
  if (!composed.ok) throw new Error(composed.errors.join('; '));
  tokens = await createTestTokens();
  gateway = await startGateway(
    {
      supergraphSdl: composed.supergraphSdl,
      subgraphUrls: {},
      limits: DEFAULT_LIMITS,
      maxBodyBytes: 10_000,
      production: true,
      logger: createLogger('test', 'silent'),
      verifier: tokens.verifier,
      gatewaySecret: 'test-only-gateway-shared-secret',
      rateLimits: LIMITS,
    },
    0,
  );
});
afterAll(async () => gateway?.stop());

const post = async (authorization?: string) => {
  const response = await fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify({ query: QUERY }),
  });
  const body = (await response.json()) as { errors?: { message: string; extensions?: Record<string, unknown> }[] };
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body, codes: errorCodes({ status: response.status, ...body }) };
};

describe('per-caller rate limits at the gateway', () => {
  it('admits a caller up to their budget, then answers 429 RATE_LIMITED with Retry-After', async () => {
    const caseworker = await tokens.bearer({ roles: ['caseworker'], region: 'BAKU' });
    for (let i = 0; i < LIMITS.requests; i++) {
      const admitted = await post(caseworker);
      expect(admitted.status).not.toBe(429);
      expect(admitted.codes).not.toContain('RATE_LIMITED');
    }
    const refused = await post(caseworker);
    expect(refused.status).toBe(429);
    expect(refused.codes).toEqual(['RATE_LIMITED']);
    const retryAfter = Number(refused.retryAfter);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(LIMITS.windowSeconds);
    expect(refused.body.errors?.[0]?.extensions?.['retryAfterSeconds']).toBe(retryAfter);
  });

  it('counts each token subject apart: another caller of the same client still gets through', async () => {
    const first = await tokens.bearer({ roles: ['citizen'], pin: '5AZK7P2' });
    for (let i = 0; i < LIMITS.requests; i++) await post(first);
    expect((await post(first)).status).toBe(429);
    expect((await post(await tokens.bearer({ roles: ['citizen'], pin: '1BCD2EF' }))).status).not.toBe(429);
  });

  it("applies a client's own figure: 0 leaves the decision engine unlimited", async () => {
    const engine = await tokens.bearer(ENGINE);
    for (let i = 0; i < LIMITS.requests * 3; i++) expect((await post(engine)).status).not.toBe(429);
  });

  it('limits anonymous callers by address with their own budget', async () => {
    for (let i = 0; i < LIMITS.anonymousRequests; i++) expect((await post()).status).not.toBe(429);
    const refused = await post();
    expect(refused.status).toBe(429);
    expect(refused.retryAfter).toMatch(/^\d+$/);
  });
});

describe('rate limit configuration', () => {
  // The gateway writes the access log: it needs its database whatever else is configured.
  const DATABASE = { DATABASE_URL: 'postgres://registry@localhost:5432/registry' };

  it('reads budgets from the environment, with the engine unlimited by default', () => {
    const env = parseEnvironment('gateway', gatewayEnvironmentSchema, { ...DATABASE, RATE_LIMIT_REQUESTS: '120', RATE_LIMIT_CLIENTS: 'decision-engine=0, agency-taxes=5000' });
    expect(env.rateLimits).toEqual({ windowSeconds: 60, requests: 120, anonymousRequests: 60, perClient: { 'decision-engine': 0, 'agency-taxes': 5000 } });
    expect(parseEnvironment('gateway', gatewayEnvironmentSchema, DATABASE).rateLimits.perClient).toEqual({ 'decision-engine': 0 });
  });

  it('refuses a malformed client list at boot with a message that says the format', () => {
    expect(() => parseEnvironment('gateway', gatewayEnvironmentSchema, { RATE_LIMIT_CLIENTS: 'decision-engine:0' })).toThrow(EnvironmentError);
    expect(() => parseEnvironment('gateway', gatewayEnvironmentSchema, { RATE_LIMIT_CLIENTS: 'decision-engine:0' })).toThrow(/RATE_LIMIT_CLIENTS: expected client=requests pairs/);
  });
});

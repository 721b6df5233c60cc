import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '@usr/shared';
import { createTestTokens, errorCodes, postGraphQL, type TestTokens } from '@usr/shared/testing';
import { composeSupergraph } from '../src/compose.ts';
import { DEFAULT_LIMITS, startGateway, type RunningGateway } from '../src/gateway-server.ts';

/**
 * Abuse limits are checked before any subgraph is called, so these run against a gateway whose
 * subgraphs are not even running (anything that got through would fail with a downstream error).
 */
let gateway: RunningGateway;
let productionGateway: RunningGateway;
let tokens: TestTokens;

beforeAll(async () => {
  const composed = composeSupergraph();
  if (!composed.ok) throw new Error(composed.errors.join('; '));
  tokens = await createTestTokens();
  const options = {
    supergraphSdl: composed.supergraphSdl,
    subgraphUrls: {},
    limits: { ...DEFAULT_LIMITS, depth: 6, aliases: 3, tokens: 400 },
    maxBodyBytes: 4_000,
    logger: createLogger('test', 'silent'),
    verifier: tokens.verifier,
    gatewaySecret: 'test-only-gateway-shared-secret',
  };
  gateway = await startGateway({ ...options, production: false }, 0);
  productionGateway = await startGateway({ ...options, production: true }, 0);
});

afterAll(async () => {
  await gateway?.stop();
  await productionGateway?.stop();
});

const nested = (depth: number) => `{ person(pin: "5AZK7P2") { ${'household { head { '.repeat(depth)}pin${' } }'.repeat(depth)} } }`;

describe('gateway abuse limits', () => {
  it('refuses queries deeper than the limit', async () => {
    const res = await postGraphQL(gateway.url, nested(4));
    expect(res.status).toBe(400);
    expect(errorCodes(res)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect((await postGraphQL(gateway.url, nested(1))).status).not.toBe(400);
    expect(res.errors?.[0]?.message).toMatch(/^Query depth limit of 6 exceeded/);
  });

  it('refuses too many aliases', async () => {
    const res = await postGraphQL(gateway.url, `{ a: benefitTypes { code } b: benefitTypes { code } c: benefitTypes { code } d: benefitTypes { code } e: benefitTypes { code } }`);
    expect(res.status).toBe(400);
    expect(errorCodes(res)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(res.errors?.[0]?.message).toMatch(/^Aliases limit of 3 exceeded/);
  });

  it('refuses documents over the parser token limit with 400, not 500', async () => {
    const res = await postGraphQL(gateway.url, `{ benefitTypes { ${'code '.repeat(500)} } }`);
    expect(res.status).toBe(400);
    expect(errorCodes(res)).toEqual(['GRAPHQL_PARSE_FAILED']);
  });

  it('refuses request bodies over the size limit', async () => {
    const res = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ benefitTypes { code } }', variables: { pad: 'x'.repeat(5_000) } }),
    });
    expect(res.status).toBe(413);
  });

  it('refuses batched requests', async () => {
    const res = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    });
    expect(res.status).toBe(400);
  });

  it('prevents CSRF: a simple cross-site GET or form POST is refused', async () => {
    const get = await fetch(`${gateway.url}?query=${encodeURIComponent('{ __typename }')}`);
    expect(get.status).toBe(400);
    const form = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"{ __typename }"}' });
    expect(form.status).toBe(400);
  });

  it('turns off introspection and field suggestions in production', async () => {
    const dev = await postGraphQL(gateway.url, `{ __schema { queryType { name } } }`, {}, { authorization: await tokens.bearer({ roles: ['citizen'], pin: '5AZK7P2' }) });
    expect(dev.errors).toBeUndefined();
    const prod = await postGraphQL(productionGateway.url, `{ __schema { queryType { name } } }`);
    expect(errorCodes(prod)).toContain('GRAPHQL_VALIDATION_FAILED');
    const typo = await postGraphQL(productionGateway.url, `{ benefitTypez { code } }`);
    expect(JSON.stringify(typo.errors)).not.toMatch(/Did you mean/);
  });

  it('refuses a forged or expired token before anything else', async () => {
    const expired = await postGraphQL(gateway.url, `{ benefitTypes { code } }`, {}, { authorization: 'Bearer abc.def.ghi' });
    expect(expired.status).toBe(401);
    expect(errorCodes(expired)).toEqual(['UNAUTHENTICATED']);
    const valid = await postGraphQL(gateway.url, `{ __typename }`, {}, { authorization: await tokens.bearer({ roles: ['citizen'], pin: '5AZK7P2' }) });
    expect(valid.errors).toBeUndefined();
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '@usr/shared';
import { createTestTokens, errorCodes, postGraphQL, type TestTokens } from '@usr/shared/testing';
import { MAX_FIELD_SELECTIONS } from '../src/armour.ts';
import { composeSupergraph } from '../src/compose.ts';
import { DEFAULT_LIMITS, startGateway, type RunningGateway } from '../src/gateway-server.ts';

/**
 * Issue #11's findings on the gateway's armour: refusals name the limit with the validation code
 * (not "Syntax Error" with BAD_USER_INPUT, not "Validation aborted."), anonymous callers cannot
 * introspect, and no error suggests field names, in development as in production. Checked before
 * any subgraph is called, so no subgraph runs here.
 */
let development: RunningGateway;
let production: RunningGateway;
let tokens: TestTokens;

beforeAll(async () => {
  const composed = composeSupergraph();
  if (!composed.ok) throw new Error(composed.errors.join('; '));
  tokens = await createTestTokens();
  const options = {
    supergraphSdl: composed.supergraphSdl,
    subgraphUrls: {},
    limits: DEFAULT_LIMITS,
    maxBodyBytes: 100_000,
    logger: createLogger('test', 'silent'),
    verifier: tokens.verifier,
    gatewaySecret: 'test-only-gateway-shared-secret',
  };
  development = await startGateway({ ...options, production: false }, 0);
  production = await startGateway({ ...options, production: true }, 0);
});

afterAll(async () => {
  await development?.stop();
  await production?.stop();
});

const nested = (depth: number) => `{ person(pin: "5AZK7P2") { ${'household { head { '.repeat(depth)}pin${' } }'.repeat(depth)} } }`;
const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: benefitTypes { code }`).join(' ')} }`;

describe('gateway armour (issue #11)', () => {
  it('refuses a query too deep with the validation code and a sentence naming the limit', async () => {
    const res = await postGraphQL(development.url, nested(DEFAULT_LIMITS.depth));
    expect(res.status).toBe(400);
    // It may break the cost limit too: every refusal is a validation error with its own sentence.
    expect(new Set(errorCodes(res))).toEqual(new Set(['GRAPHQL_VALIDATION_FAILED']));
    expect(res.errors?.map((e) => e.message)).toContainEqual(expect.stringMatching(new RegExp(`^Query depth limit of ${DEFAULT_LIMITS.depth} exceeded, found \\d+\\.$`)));
    expect(JSON.stringify(res.errors)).not.toMatch(/Syntax Error/);
  });

  it('refuses too many aliases the same way', async () => {
    const res = await postGraphQL(development.url, aliases(DEFAULT_LIMITS.aliases + 1));
    expect(res.status).toBe(400);
    expect(errorCodes(res)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(res.errors?.[0]?.message).toBe(`Aliases limit of ${DEFAULT_LIMITS.aliases} exceeded, found ${DEFAULT_LIMITS.aliases + 1}.`);
  });

  it('refuses one field repeated 1,000 times clearly, not with "Validation aborted."', async () => {
    const res = await postGraphQL(development.url, `{ benefitTypes { ${'code '.repeat(1000)} } }`);
    expect(res.status).toBe(400);
    expect(errorCodes(res)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(res.errors?.map((e) => e.message)).toEqual([`The query selects 1001 fields; the limit is ${MAX_FIELD_SELECTIONS}. Ask for each field once.`]);
  });

  it('refuses anonymous introspection in development, and lets a signed-in caller introspect there', async () => {
    const anonymous = await postGraphQL(development.url, `{ __schema { queryType { name } } }`);
    expect(anonymous.status).toBe(401);
    expect(errorCodes(anonymous)).toEqual(['UNAUTHENTICATED']);
    expect(JSON.stringify(anonymous)).not.toContain('Query"');
    const byType = await postGraphQL(development.url, `{ __type(name: "Person") { fields { name } } }`);
    expect(errorCodes(byType)).toEqual(['UNAUTHENTICATED']);
    const signedIn = await postGraphQL(development.url, `{ __schema { queryType { name } } }`, {}, { authorization: await tokens.bearer({ roles: ['citizen'], pin: '5AZK7P2' }) });
    expect(signedIn.errors).toBeUndefined();
    expect((await postGraphQL(development.url, `{ __typename }`)).errors).toBeUndefined();
  });

  it('suggests no field names, in development as in production', async () => {
    for (const gateway of [development, production]) {
      const typo = await postGraphQL(gateway.url, `{ benefitTypez { code } }`);
      expect(errorCodes(typo)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      expect(JSON.stringify(typo.errors)).not.toMatch(/Did you mean|benefitTypes/);
    }
  });
});

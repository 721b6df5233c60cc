import { exportJWK, generateKeyPair, SignJWT, createLocalJWKSet, type JWK } from 'jose';
import { createTokenVerifier, REGISTRY_AUDIENCE, type TokenVerifier } from '../auth/index.ts';

/**
 * Signed tokens for a single subgraph's tests, shaped like Keycloak's (see identity/), so those
 * tests exercise the real verifier without starting an identity provider. Cross-subgraph tests use
 * the embedded issuer or real Keycloak instead.
 */
export const TEST_ISSUER = 'http://test-issuer.invalid/realms/registry';

export type TestRole = 'citizen' | 'caseworker' | 'auditor' | 'decision-engine' | 'agency-feed' | 'registry-admin';

export interface TestTokenClaims {
  readonly roles: readonly string[];
  readonly pin?: string;
  readonly region?: string;
  readonly agency?: string;
  readonly scope?: string;
  readonly serviceAccount?: boolean;
  /** The token's `sub` (one person across tokens); a fresh id per token when absent. */
  readonly subject?: string;
  /** The account's full name (Keycloak's `name` claim, from the realm's full-name mapper). */
  readonly name?: string;
}

export interface TestTokens {
  readonly verifier: TokenVerifier;
  sign(claims: TestTokenClaims): Promise<string>;
  /** `Authorization` header value. */
  bearer(claims: TestTokenClaims): Promise<string>;
}

export const createTestTokens = async (): Promise<TestTokens> => {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const jwk: JWK = { ...(await exportJWK(publicKey)), kid: 'test', alg: 'RS256', use: 'sig' };
  const verifier = createTokenVerifier({ issuer: TEST_ISSUER, keys: createLocalJWKSet({ keys: [jwk] }) });
  const sign = (claims: TestTokenClaims) => {
    const clientId = claims.serviceAccount ? `svc-${claims.roles[0] ?? 'none'}` : 'registry-test';
    return new SignJWT({
      typ: 'Bearer',
      azp: clientId,
      scope: claims.scope ?? 'openid profile',
      realm_access: { roles: [...claims.roles] },
      preferred_username: claims.serviceAccount ? `service-account-${clientId}` : 'test-user',
      ...(claims.serviceAccount ? { client_id: clientId } : {}),
      ...(claims.pin ? { pin: claims.pin } : {}),
      ...(claims.region ? { region: claims.region } : {}),
      ...(claims.agency ? { agency: claims.agency } : {}),
      ...(claims.name ? { name: claims.name } : {}),
    })
      .setProtectedHeader({ alg: 'RS256', kid: 'test', typ: 'JWT' })
      .setIssuer(TEST_ISSUER)
      .setAudience([REGISTRY_AUDIENCE])
      .setSubject(claims.subject ?? crypto.randomUUID())
      .setJti(crypto.randomUUID())
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(privateKey);
  };
  return { verifier, sign, bearer: async (claims) => `Bearer ${await sign(claims)}` };
};

/** The decision engine sees every field of every record: the default for subgraph tests. */
export const ENGINE: TestTokenClaims = { roles: ['decision-engine'], serviceAccount: true };

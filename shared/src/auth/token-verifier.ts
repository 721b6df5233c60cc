import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { TokenVerificationError, type TokenRejectionReason } from './errors.ts';
import {
  ANONYMOUS_VIEWER,
  REGISTRY_AUDIENCE,
  effectiveScopes,
  viewerKind,
  type AuthenticatedViewer,
  type Viewer,
} from './viewer.ts';

export interface TokenVerifierOptions {
  /** `iss` exactly as the identity provider writes it, e.g. `http://localhost:8180/realms/registry`. */
  readonly issuer: string;
  /** Required `aud` entry. */
  readonly audience?: string;
  /** Defaults to Keycloak's `<issuer>/protocol/openid-connect/certs`. */
  readonly jwksUrl?: string;
  /** Allowed clock skew for exp/nbf, in seconds. */
  readonly clockToleranceSeconds?: number;
  /** Key resolver replacing the remote JWKS (tests). */
  readonly keys?: JWTVerifyGetKey;
  /** Verified tokens remembered until they expire (0 turns the cache off). Default 1,000. */
  readonly cacheSize?: number;
}

export interface TokenVerifier {
  readonly issuer: string;
  readonly audience: string;
  /** Verify an access token and build its viewer; throws TokenVerificationError. */
  verify(token: string | null | undefined): Promise<AuthenticatedViewer>;
  /**
   * The viewer of an HTTP request from its Authorization header: anonymous when there is none,
   * refused (TokenVerificationError) when there is one that does not verify.
   */
  authenticate(authorization: string | null | undefined): Promise<Viewer>;
}

// A compact JWS: three base64url segments. Anything else is refused before any crypto or fetch.
const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;
const BEARER = /^Bearer +(\S+) *$/i;
// Keycloak tokens are a few KB; refuse absurd inputs before parsing them.
const MAX_TOKEN_LENGTH = 16_384;

const reasonOf = (error: unknown): TokenRejectionReason | undefined => {
  if (error instanceof TokenVerificationError) return error.reason;
  if (error instanceof errors.JWTExpired) return 'expired';
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'iss') return 'wrong_issuer';
    if (error.claim === 'aud') return 'wrong_audience';
    if (error.claim === 'nbf' || error.claim === 'iat') return 'not_yet_valid';
    return 'invalid_claims';
  }
  if (error instanceof errors.JOSEAlgNotAllowed || error instanceof errors.JOSENotSupported) return 'unsupported_algorithm';
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'bad_signature';
  if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys) return 'unknown_key';
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid) return 'malformed';
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid) return 'jwks_unavailable';
  // Non-200 JWKS answers (generic JOSEError) and network failures (fetch's TypeError).
  if (error instanceof errors.JOSEError || error instanceof TypeError) return 'jwks_unavailable';
  return undefined;
};

const optionalString = (payload: JWTPayload, name: string): string | undefined => {
  const value = payload[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.length === 0) throw new TokenVerificationError('invalid_claims');
  return value;
};

const requiredString = (payload: JWTPayload, name: string): string => {
  const value = optionalString(payload, name);
  if (value === undefined) throw new TokenVerificationError('invalid_claims');
  return value;
};

const realmRoles = (payload: JWTPayload): Set<string> => {
  const access = payload['realm_access'];
  if (access === undefined) return new Set();
  const roles = typeof access === 'object' && access !== null ? (access as { roles?: unknown }).roles : undefined;
  if (roles === undefined) return new Set();
  if (!Array.isArray(roles) || !roles.every((r): r is string => typeof r === 'string')) {
    throw new TokenVerificationError('invalid_claims');
  }
  return new Set(roles);
};

/** The viewer of verified claims (exported for tests and for trusted internal hops). */
export const viewerFromClaims = (payload: JWTPayload): AuthenticatedViewer => {
  if (payload['typ'] !== 'Bearer') throw new TokenVerificationError('not_bearer');
  const subject = requiredString(payload, 'sub');
  const clientId = requiredString(payload, 'azp');
  // Only service-account sessions carry `client_id` (Keycloak's service_account scope), and it
  // names the token's own client.
  const serviceAccountClient = optionalString(payload, 'client_id');
  if (serviceAccountClient !== undefined && serviceAccountClient !== clientId) throw new TokenVerificationError('invalid_claims');
  const serviceAccount = serviceAccountClient !== undefined;
  const roles = realmRoles(payload);
  const kind = viewerKind(roles, serviceAccount);
  if (!kind) throw new TokenVerificationError('no_role');
  const scope = optionalString(payload, 'scope');
  const pin = optionalString(payload, 'pin');
  const region = optionalString(payload, 'region');
  const office = optionalString(payload, 'office');
  const agency = optionalString(payload, 'agency');
  const name = optionalString(payload, 'name');
  const tokenId = optionalString(payload, 'jti');
  return {
    kind,
    subject,
    clientId,
    roles,
    scopes: effectiveScopes(scope, roles),
    serviceAccount,
    expiresAt: payload.exp ?? 0,
    ...(pin !== undefined ? { pin } : {}),
    ...(region !== undefined ? { region } : {}),
    ...(office !== undefined ? { office } : {}),
    ...(agency !== undefined ? { agency } : {}),
    ...(name !== undefined ? { name } : {}),
    ...(tokenId !== undefined ? { tokenId } : {}),
  };
};

/**
 * Verifies Keycloak access tokens for the gateway and the subgraphs: RS256 only, signed by a key
 * of the issuer's JWKS (jose caches it and refetches on an unknown kid, so key rotation needs no
 * restart), the exact issuer, our audience (Keycloak puts `account` in tokens by default, and
 * keycloak-connect never checked aud), and `typ: Bearer` so ID and refresh tokens are refused.
 */
export const createTokenVerifier = (options: TokenVerifierOptions): TokenVerifier => {
  const issuer = options.issuer.replace(/\/+$/, '');
  const audience = options.audience ?? REGISTRY_AUDIENCE;
  const clockTolerance = options.clockToleranceSeconds ?? 5;
  const keys = options.keys ?? createRemoteJWKSet(new URL(options.jwksUrl ?? `${issuer}/protocol/openid-connect/certs`));

  const cacheSize = options.cacheSize ?? 1_000;
  const now = () => Date.now();
  // Every subgraph verifies the caller's token again for each of a request's operations (they trust
  // no one), and an RS256 check was a tenth of their CPU. A token that verified is remembered under
  // the WHOLE compact token (header, payload and signature: a tampered payload is another key and is
  // verified afresh) until its own `exp`, never longer; refusals are never remembered. The viewer is
  // built from that token's claims only, so nothing of one caller can reach another. In-flight
  // checks are shared too (a gateway fans one request out to several subgraph calls at once).
  const verified = new Map<string, { readonly viewer: Promise<AuthenticatedViewer>; readonly expiresAt: number }>();
  const remembered = (token: string): Promise<AuthenticatedViewer> | undefined => {
    const entry = verified.get(token);
    if (!entry) return undefined;
    if (entry.expiresAt * 1000 <= now()) {
      verified.delete(token);
      return undefined;
    }
    return entry.viewer;
  };
  const remember = (token: string, check: Promise<AuthenticatedViewer>) => {
    if (cacheSize <= 0) return;
    // Until the claims are known the entry lives a minute at most; then until the token's exp.
    const pending = { viewer: check, expiresAt: Math.floor(now() / 1000) + 60 };
    if (verified.size >= cacheSize) {
      // The oldest entry goes first (Map keeps insertion order).
      const oldest = verified.keys().next().value;
      if (oldest !== undefined) verified.delete(oldest);
    }
    verified.set(token, pending);
    check.then(
      (viewer) => {
        if (verified.get(token) === pending) verified.set(token, { viewer: check, expiresAt: viewer.expiresAt });
      },
      () => {
        if (verified.get(token) === pending) verified.delete(token);
      },
    );
  };

  const verify = (token: string | null | undefined): Promise<AuthenticatedViewer> => {
    if (token === undefined || token === null || token === '') return Promise.reject(new TokenVerificationError('missing'));
    if (token.length > MAX_TOKEN_LENGTH || !COMPACT_JWS.test(token)) return Promise.reject(new TokenVerificationError('malformed'));
    const known = remembered(token);
    if (known) return known;
    const check = verifyAnew(token);
    remember(token, check);
    return check;
  };

  const verifyAnew = async (token: string): Promise<AuthenticatedViewer> => {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, keys, {
        issuer,
        audience,
        algorithms: ['RS256'],
        clockTolerance,
        requiredClaims: ['exp', 'iat', 'sub', 'azp'],
      }));
    } catch (error) {
      const reason = reasonOf(error);
      if (reason) throw new TokenVerificationError(reason);
      throw error;
    }
    return viewerFromClaims(payload);
  };

  const authenticate = async (authorization: string | null | undefined): Promise<Viewer> => {
    if (authorization === undefined || authorization === null || authorization.trim() === '') return ANONYMOUS_VIEWER;
    const match = BEARER.exec(authorization);
    if (!match) throw new TokenVerificationError('malformed');
    return verify(match[1]);
  };

  return { issuer, audience, verify, authenticate };
};

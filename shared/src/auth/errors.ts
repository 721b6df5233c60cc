/**
 * Why a bearer token was refused. Stable codes for logs, metrics and tests; the HTTP layer maps them
 * (`jwks_unavailable` is our outage, 503; `no_role` is 403; everything else is 401).
 */
export type TokenRejectionReason =
  | 'missing' // no token where one is required
  | 'malformed' // not a compact JWS / JWT, or not an `Authorization: Bearer` header
  | 'unsupported_algorithm' // anything but RS256, including alg=none and HMAC tricks
  | 'unknown_key' // no key in the issuer's JWKS has this kid (even after a refetch)
  | 'bad_signature'
  | 'expired'
  | 'not_yet_valid' // nbf in the future
  | 'wrong_issuer'
  | 'wrong_audience'
  | 'not_bearer' // a Keycloak ID or refresh token (typ != "Bearer") used as an access token
  | 'invalid_claims' // a required claim is absent or has the wrong shape
  | 'no_role' // valid, but carries none of the registry's roles
  | 'jwks_unavailable'; // the issuer's keys could not be fetched

const MESSAGES: Record<TokenRejectionReason, string> = {
  missing: 'An access token is required.',
  malformed: 'The access token is malformed.',
  unsupported_algorithm: 'The access token is signed with an algorithm that is not accepted.',
  unknown_key: 'The access token is signed with an unknown key.',
  bad_signature: 'The access token signature is invalid.',
  expired: 'The access token has expired.',
  not_yet_valid: 'The access token is not valid yet.',
  wrong_issuer: 'The access token was issued by an untrusted issuer.',
  wrong_audience: 'The access token is not intended for the registry API.',
  not_bearer: 'The token is not an access token.',
  invalid_claims: 'The access token lacks required claims.',
  no_role: 'The access token carries no registry role.',
  jwks_unavailable: 'The identity provider keys are unavailable.',
};

/**
 * A refused token. The message is fixed per reason: it never echoes the token or any claim value
 * (claims hold PINs), and no underlying jose error is attached (they carry the decoded payload).
 */
export class TokenVerificationError extends Error {
  readonly reason: TokenRejectionReason;

  constructor(reason: TokenRejectionReason) {
    super(MESSAGES[reason]);
    this.name = 'TokenVerificationError';
    this.reason = reason;
  }

  /** The HTTP status a server should answer with. */
  get status(): 401 | 403 | 503 {
    if (this.reason === 'jwks_unavailable') return 503;
    if (this.reason === 'no_role') return 403;
    return 401;
  }
}

export const isTokenVerificationError = (error: unknown): error is TokenVerificationError =>
  error instanceof TokenVerificationError;

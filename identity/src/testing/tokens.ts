import { decodeJwt, type JWTPayload } from 'jose';
import { devClientSecret } from '../realm/demo-users.ts';

/**
 * Token helpers for tests and scripts, against the embedded issuer or real Keycloak alike: pass the
 * base URL (KEYCLOAK_URL, e.g. http://localhost:8180, or the embedded issuer's baseUrl).
 */
export const REALM = 'registry';
/** The TEST-ONLY confidential client allowed to use the password grant. */
export const TEST_CLIENT = 'registry-test';

export interface TokenResponse {
  readonly access_token: string;
  readonly token_type: string;
  readonly expires_in: number;
  readonly refresh_expires_in?: number;
  readonly refresh_token?: string;
  readonly id_token?: string;
  readonly scope?: string;
  readonly session_state?: string;
}

/** The claims of a registry access token (Keycloak's names). */
export interface AccessTokenClaims extends JWTPayload {
  readonly typ?: string;
  readonly azp?: string;
  readonly sid?: string;
  readonly scope?: string;
  readonly realm_access?: { readonly roles: readonly string[] };
  readonly resource_access?: Readonly<Record<string, { readonly roles: readonly string[] }>>;
  readonly preferred_username?: string;
  readonly client_id?: string;
  readonly pin?: string;
  readonly region?: string;
  readonly office?: string;
  readonly agency?: string;
}

/** A refused token request. Carries the OAuth error code, never the credentials sent. */
export class TokenRequestError extends Error {
  readonly status: number;
  readonly error: string | undefined;
  constructor(status: number, error: string | undefined, description: string | undefined) {
    super(`token request failed: ${status} ${error ?? ''}${description ? ` (${description})` : ''}`);
    this.name = 'TokenRequestError';
    this.status = status;
    this.error = error;
  }
}

export interface RealmEndpoints {
  readonly issuer: string;
  readonly discovery: string;
  readonly auth: string;
  readonly token: string;
  readonly certs: string;
  readonly userinfo: string;
  readonly logout: string;
}

export const realmEndpoints = (baseUrl: string, realm = REALM): RealmEndpoints => {
  const issuer = `${baseUrl.replace(/\/+$/, '')}/realms/${realm}`;
  const oidc = `${issuer}/protocol/openid-connect`;
  return {
    issuer,
    discovery: `${issuer}/.well-known/openid-configuration`,
    auth: `${oidc}/auth`,
    token: `${oidc}/token`,
    certs: `${oidc}/certs`,
    userinfo: `${oidc}/userinfo`,
    logout: `${oidc}/logout`,
  };
};

export interface ClientCredentials {
  readonly clientId: string;
  /** Sent as client_secret_basic; absent for public clients. */
  readonly secret?: string;
}

/** POST to the token endpoint; throws TokenRequestError on an error answer. */
export const requestTokens = async (baseUrl: string, form: Record<string, string>, client: ClientCredentials): Promise<TokenResponse> => {
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
  const body = new URLSearchParams(form);
  if (client.secret !== undefined) {
    const encode = (v: string) => encodeURIComponent(v).replace(/%20/g, '+');
    headers['authorization'] = `Basic ${Buffer.from(`${encode(client.clientId)}:${encode(client.secret)}`).toString('base64')}`;
  } else body.set('client_id', client.clientId);
  const response = await fetch(realmEndpoints(baseUrl).token, { method: 'POST', headers, body });
  const json = (await response.json().catch(() => ({}))) as Partial<TokenResponse> & { error?: string; error_description?: string };
  if (!response.ok || typeof json.access_token !== 'string') throw new TokenRequestError(response.status, json.error, json.error_description);
  return json as TokenResponse;
};

/** Password grant through the test-only client: the full token response. */
export const passwordTokens = (baseUrl: string, username: string, password = 'demo', scope?: string): Promise<TokenResponse> =>
  requestTokens(
    baseUrl,
    { grant_type: 'password', username, password, ...(scope !== undefined ? { scope } : {}) },
    { clientId: TEST_CLIENT, secret: devClientSecret(TEST_CLIENT) },
  );

/** An access token for a demo user (password grant through the test-only client). */
export const passwordToken = async (baseUrl: string, username: string, password = 'demo', scope?: string): Promise<string> =>
  (await passwordTokens(baseUrl, username, password, scope)).access_token;

/** An access token for a service-account client; the secret defaults to the realm's dev secret. */
export const clientToken = async (baseUrl: string, clientId: string, secret: string = devClientSecret(clientId), scope?: string): Promise<string> =>
  (await requestTokens(baseUrl, { grant_type: 'client_credentials', ...(scope !== undefined ? { scope } : {}) }, { clientId, secret })).access_token;

/** The claims of a token, NOT verified: for assertions in tests only. */
export const decodeClaims = (token: string): AccessTokenClaims => decodeJwt<AccessTokenClaims>(token);

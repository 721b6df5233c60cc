import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ClientRepresentation, UserRepresentation } from '../realm/realm-file.ts';
import { accountNotReady, checkPassword } from './authorize.ts';
import { authenticateClient } from './client-auth.ts';
import type { IssuerContext } from './context.ts';
import { readForm, sendJson } from './http.ts';
import { OAuthError } from './oauth-error.ts';
import { applyScopes } from './scopes.ts';
import type { UserSession } from './sessions.ts';
import type { TokenGrant } from './tokens.ts';

const CODE_VERIFIER = /^[A-Za-z0-9\-._~]{43,128}$/;

/** The token response for a user session: access, refresh and (with openid) ID token. */
const sessionTokens = async (context: IssuerContext, client: ClientRepresentation, user: UserRepresentation, session: UserSession, scope: string | null, nonce?: string) => {
  context.sessions.touch(session);
  const sessionExpiresAt = context.sessions.expiresAt(session);
  const grant: TokenGrant & { session: UserSession; sessionExpiresAt: number } = {
    client,
    user,
    scopes: applyScopes(context.realm, client, user, scope),
    session,
    notes: session.notes,
    sessionExpiresAt,
  };
  const access = await context.minter.accessToken(grant);
  const refresh = await context.minter.refreshToken(grant);
  return {
    access_token: access.token,
    expires_in: access.expiresIn,
    refresh_expires_in: refresh.expiresIn,
    refresh_token: refresh.token,
    token_type: 'Bearer',
    ...(grant.scopes.openid ? { id_token: await context.minter.idToken(grant, access.token, nonce) } : {}),
    'not-before-policy': 0,
    session_state: session.id,
    scope: grant.scopes.claim,
  };
};

const activeUser = (context: IssuerContext, session: UserSession | undefined): UserRepresentation => {
  const user = session ? context.realm.userById(session.userId) : undefined;
  if (!session || !user) throw new OAuthError('invalid_grant', 'Session not active');
  if (user.enabled === false) throw new OAuthError('invalid_grant', 'User disabled');
  return user;
};

const authorizationCode = async (context: IssuerContext, client: ClientRepresentation, form: URLSearchParams) => {
  const code = context.codes.take(form.get('code') ?? ''); // single use, even when the exchange fails
  if (!code || code.clientId !== client.clientId) throw new OAuthError('invalid_grant', 'Code not valid');
  if (form.get('redirect_uri') !== code.redirectUri) throw new OAuthError('invalid_grant', 'Incorrect redirect_uri');
  if (code.codeChallenge !== undefined) {
    const verifier = form.get('code_verifier');
    if (!verifier) throw new OAuthError('invalid_grant', 'PKCE code verifier not specified');
    if (!CODE_VERIFIER.test(verifier)) throw new OAuthError('invalid_grant', 'PKCE verification failed: Invalid code verifier');
    const challenge = createHash('sha256').update(verifier).digest('base64url');
    if (challenge !== code.codeChallenge) throw new OAuthError('invalid_grant', 'PKCE verification failed: Code mismatch');
  }
  const session = context.sessions.get(code.sessionId);
  return sessionTokens(context, client, activeUser(context, session), session as UserSession, code.scope, code.nonce);
};

const password = async (context: IssuerContext, client: ClientRepresentation, form: URLSearchParams) => {
  if (client.directAccessGrantsEnabled !== true) throw new OAuthError('unauthorized_client', 'Client not allowed for direct access grants');
  const user = checkPassword(context, form.get('username') ?? '', form.get('password') ?? '');
  if (!user) throw new OAuthError('invalid_grant', 'Invalid user credentials');
  if (accountNotReady(user)) throw new OAuthError('invalid_grant', 'Account is not fully set up');
  const scope = form.get('scope');
  applyScopes(context.realm, client, user, scope); // invalid_scope before a session exists
  // No AUTH_TIME note: Keycloak's password grant puts no auth_time in its tokens either.
  const session = context.sessions.create(user.id ?? '');
  return sessionTokens(context, client, user, session, scope);
};

const clientCredentials = async (context: IssuerContext, client: ClientRepresentation, form: URLSearchParams) => {
  if (client.publicClient === true) throw new OAuthError('unauthorized_client', 'Public client not allowed to retrieve service account');
  if (client.serviceAccountsEnabled !== true) throw new OAuthError('unauthorized_client', 'Client not enabled to retrieve service account', 401);
  const user = context.realm.serviceAccount(client.clientId);
  const grant: TokenGrant = {
    client,
    user,
    scopes: applyScopes(context.realm, client, user, form.get('scope')),
    notes: { client_id: client.clientId },
  };
  const access = await context.minter.accessToken(grant);
  return {
    access_token: access.token,
    expires_in: access.expiresIn,
    refresh_expires_in: 0,
    token_type: 'Bearer',
    'not-before-policy': 0,
    scope: grant.scopes.claim,
  };
};

const refreshToken = async (context: IssuerContext, client: ClientRepresentation, form: URLSearchParams) => {
  const refresh = await context.minter.verifyRefreshToken(form.get('refresh_token') ?? '');
  if (refresh.azp !== client.clientId) throw new OAuthError('invalid_grant', "Invalid refresh token. Token client and authorized client don't match");
  const session = context.sessions.get(refresh.sid);
  const user = activeUser(context, session);
  if (user.id !== refresh.sub) throw new OAuthError('invalid_grant', 'Invalid refresh token');
  // A refresh may narrow the scope, never widen it.
  const original = refresh.scope.split(' ');
  const asked = form.get('scope');
  if (asked && asked.split(' ').some((s) => s && !original.includes(s))) throw new OAuthError('invalid_scope', 'Invalid scopes');
  const optional = new Set(client.optionalClientScopes ?? []);
  const scope = asked ?? original.filter((s) => s === 'openid' || optional.has(s)).join(' ');
  return sessionTokens(context, client, user, session as UserSession, scope);
};

const GRANTS: Record<string, (context: IssuerContext, client: ClientRepresentation, form: URLSearchParams) => Promise<object>> = {
  authorization_code: authorizationCode,
  password,
  client_credentials: clientCredentials,
  refresh_token: refreshToken,
};

/** POST /protocol/openid-connect/token */
export const handleToken = async (context: IssuerContext, req: IncomingMessage, res: ServerResponse, cors: Record<string, string>): Promise<void> => {
  try {
    const form = await readForm(req);
    const grantType = form.get('grant_type') ?? '';
    const grant = Object.hasOwn(GRANTS, grantType) ? GRANTS[grantType] : undefined;
    const client = authenticateClient(context.realm, req, form);
    if (!grant) throw new OAuthError('unsupported_grant_type', 'Unsupported grant_type');
    sendJson(res, 200, await grant(context, client, form), cors);
  } catch (error) {
    if (error instanceof OAuthError) return sendJson(res, error.status, error, cors);
    throw error;
  }
};

import type { IncomingMessage, ServerResponse } from 'node:http';
import type { UserRepresentation } from '../realm/realm-file.ts';
import { secretsEqual } from './client-auth.ts';
import {
  AUTH_SESSION_COOKIE,
  SSO_COOKIE,
  cookieOptions,
  type AuthorizationRequest,
  type IssuerContext,
} from './context.ts';
import { parseCookies, readForm, readParams, redirect, sendHtml, serializeCookie } from './http.ts';
import { OAuthError } from './oauth-error.ts';
import { loginLocaleOf, loginTexts } from './login-texts.ts';
import { errorPage, loginPage } from './pages.ts';
import { isRegisteredRedirectUri } from './redirect-uris.ts';
import { checkRequestedScopes } from './scopes.ts';
import { epochSeconds, randomToken, type UserSession } from './sessions.ts';

const CODE_CHALLENGE = /^[A-Za-z0-9_-]{43}$/; // base64url SHA-256, unpadded
const LOGIN_TIMEOUT_SECONDS = 1800;

/** The authorization response (RFC 6749 §4.1.2, RFC 9207 iss), as a redirect to the client. */
const redirectBack = (context: IssuerContext, res: ServerResponse, request: Pick<AuthorizationRequest, 'redirectUri' | 'state'>, params: Record<string, string>, headers: Record<string, string | string[]> = {}) => {
  const target = new URL(request.redirectUri);
  if (request.state !== undefined) target.searchParams.set('state', request.state);
  for (const [name, value] of Object.entries(params)) target.searchParams.set(name, value);
  target.searchParams.set('iss', context.issuerUrl);
  redirect(res, target.toString(), headers);
};

/**
 * Password check for a realm user; the same answer for unknown user, wrong password, disabled, and
 * locked out by brute-force detection (brute-force.ts), which counts the failures of known users.
 */
export const checkPassword = (context: IssuerContext, username: string, password: string): UserRepresentation | undefined => {
  const user = context.realm.userByUsername(username);
  const stored = user?.credentials?.find((c) => c.type === 'password')?.value;
  // Compare even for unknown users so timing does not reveal which usernames exist.
  const ok = secretsEqual(password, stored ?? '\u0000no-password');
  const id = user?.id ?? user?.username ?? '';
  if (!user || stored === undefined || user.enabled === false) return undefined;
  if (context.bruteForce.isLocked(id)) return undefined;
  if (!ok) {
    context.bruteForce.failed(id);
    return undefined;
  }
  context.bruteForce.succeeded(id);
  return user;
};

/** Account state the password grant and the login form both refuse. */
export const accountNotReady = (user: UserRepresentation): boolean => (user.requiredActions?.length ?? 0) > 0;

const issueCode = (context: IssuerContext, res: ServerResponse, request: AuthorizationRequest, session: UserSession, headers: Record<string, string | string[]> = {}) => {
  const code = randomToken();
  context.codes.set(
    code,
    {
      clientId: request.clientId,
      redirectUri: request.redirectUri,
      sessionId: session.id,
      scope: request.scope,
      ...(request.nonce !== undefined ? { nonce: request.nonce } : {}),
      ...(request.codeChallenge !== undefined ? { codeChallenge: request.codeChallenge } : {}),
    },
    context.realm.lifespans.accessCode,
  );
  context.sessions.touch(session);
  redirectBack(context, res, request, { session_state: session.id, code }, headers);
};

const ssoSession = (context: IssuerContext, req: IncomingMessage): UserSession | undefined => {
  const cookie = parseCookies(req.headers.cookie).get(SSO_COOKIE);
  const session = context.sessions.get(cookie ? context.ssoCookies.get(cookie) : undefined);
  const user = session ? context.realm.userById(session.userId) : undefined;
  return user && user.enabled !== false ? session : undefined;
};

const optional = (params: URLSearchParams, name: string): string | undefined => params.get(name) ?? undefined;

/**
 * GET/POST /protocol/openid-connect/auth: authorization code flow only. Errors about the client or
 * its redirect URI are shown as a page (never redirect to an unregistered URI); later errors go
 * back to the client as `error=` parameters, as Keycloak does.
 */
export const handleAuthorize = async (context: IssuerContext, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
  const params = await readParams(req, url);
  const client = context.realm.client(params.get('client_id') ?? '');
  if (!client || client.enabled === false) return sendHtml(res, 400, errorPage('Client not found.'));
  const redirectUri = params.get('redirect_uri') ?? '';
  if (!isRegisteredRedirectUri(client, redirectUri)) return sendHtml(res, 400, errorPage('Invalid parameter: redirect_uri'));

  const state = optional(params, 'state');
  const fail = (error: string, description: string) =>
    redirectBack(context, res, { redirectUri, ...(state !== undefined ? { state } : {}) }, { error, error_description: description });

  if (params.get('response_type') !== 'code') return fail('unsupported_response_type', 'Client is not allowed to initiate browser login with given response_type.');
  const responseMode = params.get('response_mode');
  if (responseMode !== null && responseMode !== 'query') return fail('invalid_request', 'Invalid parameter: response_mode');
  if (client.standardFlowEnabled === false) return fail('unauthorized_client', 'Client is not allowed to initiate browser login with given response_type. Standard flow is disabled for the client.');

  const codeChallenge = optional(params, 'code_challenge');
  const method = params.get('code_challenge_method');
  if (codeChallenge === undefined && client.attributes?.['pkce.code.challenge.method']) return fail('invalid_request', 'Missing parameter: code_challenge_method');
  if (codeChallenge !== undefined && (method !== 'S256' || !CODE_CHALLENGE.test(codeChallenge))) {
    return fail('invalid_request', 'Invalid parameter: code_challenge_method');
  }

  const scope = params.get('scope') ?? '';
  try {
    checkRequestedScopes(client, scope);
  } catch (error) {
    if (error instanceof OAuthError) return fail(error.error, error.message);
    throw error;
  }

  const request: AuthorizationRequest = {
    clientId: client.clientId,
    redirectUri,
    scope,
    ...(state !== undefined ? { state } : {}),
    ...(params.get('nonce') !== null ? { nonce: params.get('nonce') ?? '' } : {}),
    ...(codeChallenge !== undefined ? { codeChallenge } : {}),
  };
  const prompt = new Set((params.get('prompt') ?? '').split(' '));
  const session = prompt.has('login') ? undefined : ssoSession(context, req);
  if (session) return issueCode(context, res, request, session);
  if (prompt.has('none')) return fail('login_required', 'User not logged in');

  const pendingId = randomToken();
  const browserBinding = randomToken();
  const locale = loginLocaleOf(params, req.headers['accept-language']);
  context.logins.set(pendingId, { request, browserBinding, locale }, LOGIN_TIMEOUT_SECONDS);
  const action = `${context.issuerUrl}/login-actions/authenticate?session_code=${pendingId}`;
  sendHtml(res, 200, loginPage({ action, locale, username: params.get('login_hint') ?? '' }), {
    'set-cookie': serializeCookie(AUTH_SESSION_COOKIE, browserBinding, cookieOptions(context)),
  });
};

/** POST /login-actions/authenticate: the login form. */
export const handleLoginAction = async (context: IssuerContext, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
  const pendingId = url.searchParams.get('session_code') ?? '';
  const pending = context.logins.get(pendingId);
  const binding = parseCookies(req.headers.cookie).get(AUTH_SESSION_COOKIE);
  if (!pending || binding === undefined || !secretsEqual(binding, pending.browserBinding)) {
    const locale = loginLocaleOf(url.searchParams, req.headers['accept-language']);
    return sendHtml(res, 400, errorPage(loginTexts(locale).loginTimeout, locale));
  }
  const form = await readForm(req);
  const username = form.get('username') ?? '';
  const user = checkPassword(context, username, form.get('password') ?? '');
  if (!user || accountNotReady(user)) {
    const action = `${context.issuerUrl}/login-actions/authenticate?session_code=${pendingId}`;
    return sendHtml(res, 200, loginPage({ action, locale: pending.locale, username, invalid: true }));
  }
  context.logins.delete(pendingId);
  const session = context.sessions.create(user.id ?? '', { AUTH_TIME: String(epochSeconds()) });
  const ssoCookie = randomToken();
  context.ssoCookies.set(ssoCookie, session.id, context.realm.lifespans.ssoSessionMax);
  issueCode(context, res, pending.request, session, {
    'set-cookie': [
      serializeCookie(SSO_COOKIE, ssoCookie, cookieOptions(context)),
      serializeCookie(AUTH_SESSION_COOKIE, '', cookieOptions(context, 0)),
    ],
  });
};

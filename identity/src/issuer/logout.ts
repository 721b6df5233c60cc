import type { IncomingMessage, ServerResponse } from 'node:http';
import { authenticateClient, secretsEqual } from './client-auth.ts';
import { AUTH_SESSION_COOKIE, SSO_COOKIE, cookieOptions, type IssuerContext } from './context.ts';
import { parseCookies, readForm, redirect, sendHtml, sendJson, serializeCookie } from './http.ts';
import { OAuthError } from './oauth-error.ts';
import { errorPage, loggedOutPage, logoutConfirmPage } from './pages.ts';
import { isRegisteredPostLogoutUri } from './redirect-uris.ts';
import { randomToken } from './sessions.ts';
import { loginLocaleOf, type LoginLocale } from './login-texts.ts';

const CONFIRM_TIMEOUT_SECONDS = 600;

const endBrowserSession = (context: IssuerContext, req: IncomingMessage, sessionId?: string): string => {
  const cookie = parseCookies(req.headers.cookie).get(SSO_COOKIE);
  const cookieSession = cookie ? context.ssoCookies.get(cookie) : undefined;
  for (const id of [sessionId, cookieSession]) if (id) context.sessions.end(id);
  if (cookie) context.ssoCookies.delete(cookie);
  return serializeCookie(SSO_COOKIE, '', cookieOptions(context, 0));
};

const finish = (res: ServerResponse, locale: LoginLocale, clearCookie: string, redirectUri?: string, state?: string) => {
  if (!redirectUri) return sendHtml(res, 200, loggedOutPage(locale), { 'set-cookie': clearCookie });
  const target = new URL(redirectUri);
  if (state !== undefined) target.searchParams.set('state', state);
  redirect(res, target.toString(), { 'set-cookie': clearCookie });
};

/**
 * /protocol/openid-connect/logout (RP-initiated logout). With a valid id_token_hint the session
 * ends at once; without one the user confirms (a page cannot log someone out behind their back).
 * A confidential client may also POST its refresh_token to end the session from the back end.
 */
export const handleLogout = async (context: IssuerContext, req: IncomingMessage, res: ServerResponse, url: URL, cors: Record<string, string>): Promise<void> => {
  const params = req.method === 'POST' ? await readForm(req) : url.searchParams;
  const locale = loginLocaleOf(params, req.headers['accept-language']);

  if (req.method === 'POST' && params.has('refresh_token')) {
    try {
      const client = authenticateClient(context.realm, req, params);
      const refresh = await context.minter.verifyRefreshToken(params.get('refresh_token') ?? '');
      if (refresh.azp !== client.clientId) throw new OAuthError('invalid_grant', "Invalid refresh token. Token client and authorized client don't match");
      context.sessions.end(refresh.sid);
      res.writeHead(204, cors).end();
    } catch (error) {
      if (error instanceof OAuthError) return sendJson(res, error.status, error, cors);
      throw error;
    }
    return;
  }

  if (params.has('confirm_code')) {
    const pending = context.logouts.take(params.get('confirm_code') ?? '');
    const binding = parseCookies(req.headers.cookie).get(AUTH_SESSION_COOKIE);
    if (!pending || binding === undefined || !secretsEqual(binding, pending.browserBinding)) {
      return sendHtml(res, 400, errorPage('Your logout request timed out. Please try again.'));
    }
    return finish(res, locale, endBrowserSession(context, req), pending.redirectUri, pending.state);
  }

  const hintToken = params.get('id_token_hint');
  const hint = hintToken ? await context.minter.verifyIdTokenHint(hintToken) : undefined;
  if (hintToken && !hint) return sendHtml(res, 400, errorPage('Invalid parameter: id_token_hint'));
  const clientId = params.get('client_id') ?? (typeof hint?.['azp'] === 'string' ? hint['azp'] : undefined);
  if (hint && params.get('client_id') && hint['azp'] !== params.get('client_id')) {
    return sendHtml(res, 400, errorPage('Parameter client_id different than the client from id_token_hint'));
  }
  const redirectUri = params.get('post_logout_redirect_uri') ?? undefined;
  const state = params.get('state') ?? undefined;
  if (redirectUri) {
    const client = clientId ? context.realm.client(clientId) : undefined;
    if (!client) return sendHtml(res, 400, errorPage('Either id_token_hint or client_id parameter is required'));
    if (!isRegisteredPostLogoutUri(client, redirectUri)) return sendHtml(res, 400, errorPage('Invalid redirect uri'));
  }

  if (hint) {
    const sid = typeof hint['sid'] === 'string' ? hint['sid'] : undefined;
    return finish(res, locale, endBrowserSession(context, req, sid), redirectUri, state);
  }

  const confirmCode = randomToken();
  const browserBinding = randomToken();
  context.logouts.set(
    confirmCode,
    { browserBinding, ...(redirectUri ? { redirectUri } : {}), ...(state !== undefined ? { state } : {}) },
    CONFIRM_TIMEOUT_SECONDS,
  );
  sendHtml(res, 200, logoutConfirmPage(`${context.issuerUrl}/protocol/openid-connect/logout`, { confirm_code: confirmCode, ...(params.has('ui_locales') ? { ui_locales: params.get('ui_locales') ?? '' } : {}) }, locale), {
    'set-cookie': serializeCookie(AUTH_SESSION_COOKIE, browserBinding, cookieOptions(context)),
  });
};

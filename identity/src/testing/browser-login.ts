import { createHash, randomBytes } from 'node:crypto';
import { realmEndpoints, requestTokens, type TokenResponse } from './tokens.ts';

/**
 * The portal's login, driven with fetch: authorization code + PKCE (S256) through the issuer's
 * login form, with cookies kept between requests as a browser would. Works against Keycloak's
 * form and the embedded issuer's alike (same form id and field names).
 */
export interface BrowserLoginOptions {
  readonly username: string;
  readonly password?: string;
  readonly clientId?: string;
  readonly redirectUri?: string;
  readonly scope?: string;
}

export interface BrowserLoginResult {
  readonly tokens: TokenResponse;
  /** The redirect back to the client (code, state, session_state, iss). */
  readonly callback: URL;
  /** The browser's cookies after login (the SSO session), for follow-up requests. */
  readonly cookies: CookieJar;
}

export class BrowserLoginError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BrowserLoginError';
  }
}

/** The few cookies a login needs: name → value, sent back to the same server. */
export class CookieJar {
  readonly #cookies = new Map<string, string>();

  store(response: Response): void {
    for (const header of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = header.split(';');
      const index = pair.indexOf('=');
      if (index <= 0) continue;
      const name = pair.slice(0, index).trim();
      const value = pair.slice(index + 1).trim();
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a) || /^\s*expires=thu, 01[- ]jan[- ]1970/i.test(a));
      if (expired || value === '') this.#cookies.delete(name);
      else this.#cookies.set(name, value);
    }
  }

  header(): string {
    return [...this.#cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  has(name: string): boolean {
    return this.#cookies.has(name);
  }
}

const decodeEntities = (value: string): string =>
  value.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');

/** The action URL of the login form (`<form id="kc-form-login" ... action="...">`). */
export const loginFormAction = (html: string): string | undefined => {
  const form = /<form\b[^>]*\bid="kc-form-login"[^>]*>/i.exec(html)?.[0];
  const action = form ? /\baction="([^"]*)"/i.exec(form)?.[1] : undefined;
  return action === undefined ? undefined : decodeEntities(action);
};

export const pkcePair = (): { verifier: string; challenge: string } => {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
};

/** GET with this jar, no redirects followed. */
export const browserGet = async (url: string, jar: CookieJar): Promise<Response> => {
  const response = await fetch(url, { redirect: 'manual', headers: { cookie: jar.header() } });
  jar.store(response);
  return response;
};

export const browserLogin = async (baseUrl: string, options: BrowserLoginOptions): Promise<BrowserLoginResult> => {
  const endpoints = realmEndpoints(baseUrl);
  const clientId = options.clientId ?? 'registry-portal';
  const redirectUri = options.redirectUri ?? 'http://localhost:3000/callback';
  const { verifier, challenge } = pkcePair();
  const state = randomBytes(16).toString('base64url');
  const nonce = randomBytes(16).toString('base64url');
  const jar = new CookieJar();

  const authUrl = new URL(endpoints.auth);
  for (const [name, value] of Object.entries({
    client_id: clientId,
    redirect_uri: redirectUri,
    response_type: 'code',
    scope: options.scope ?? 'openid',
    state,
    nonce,
    code_challenge: challenge,
    code_challenge_method: 'S256',
  })) authUrl.searchParams.set(name, value);

  const page = await browserGet(authUrl.toString(), jar);
  const action = loginFormAction(await page.text());
  if (page.status !== 200 || !action) throw new BrowserLoginError(`no login form (HTTP ${page.status})`);

  const submitted = await fetch(action, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.header() },
    body: new URLSearchParams({ username: options.username, password: options.password ?? 'demo', credentialId: '' }),
  });
  jar.store(submitted);
  const location = submitted.headers.get('location');
  if (submitted.status !== 302 || !location) throw new BrowserLoginError(`login was not accepted (HTTP ${submitted.status})`);

  const callback = new URL(location, action);
  if (!callback.toString().startsWith(redirectUri)) throw new BrowserLoginError('redirected somewhere other than the redirect URI');
  if (callback.searchParams.get('error')) throw new BrowserLoginError(`authorization error: ${callback.searchParams.get('error')}`);
  if (callback.searchParams.get('state') !== state) throw new BrowserLoginError('state mismatch');
  if (callback.searchParams.get('iss') !== endpoints.issuer) throw new BrowserLoginError('iss mismatch');
  const code = callback.searchParams.get('code');
  if (!code) throw new BrowserLoginError('no authorization code');

  const tokens = await requestTokens(
    baseUrl,
    { grant_type: 'authorization_code', code, redirect_uri: redirectUri, code_verifier: verifier },
    { clientId },
  );
  return { tokens, callback, cookies: jar };
};

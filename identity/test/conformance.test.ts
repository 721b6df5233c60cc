import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginTexts } from '../src/issuer/login-texts.ts';
import { createHash } from 'node:crypto';
import { createTokenVerifier, type TokenVerifier } from '../../shared/src/auth/index.ts';
import {
  browserGet,
  browserLogin,
  CookieJar,
  loginFormAction,
  pkcePair,
  DEMO_USERS,
  SERVICE_CLIENTS,
  clientToken,
  decodeClaims,
  devClientSecret,
  loadRealmFile,
  passwordToken,
  passwordTokens,
  realmEndpoints,
  requestTokens,
  startEmbeddedIssuer,
  TokenRequestError,
  type AccessTokenClaims,
} from '../src/index.ts';

/**
 * ONE suite, run against every issuer available: the embedded issuer always, real Keycloak when
 * KEYCLOAK_URL is set (bash identity/scripts/keycloak.sh start). The same expectations hold for
 * both, which is what makes their tokens interchangeable; a last block compares them directly.
 */
interface Target {
  readonly name: string;
  start(): Promise<{ baseUrl: string; stop: () => Promise<void> }>;
}

const keycloakUrl = process.env['KEYCLOAK_URL'];
const targets: Target[] = [
  { name: 'embedded issuer', start: () => startEmbeddedIssuer({ port: 0, dev: true }) },
  ...(keycloakUrl ? [{ name: `Keycloak at ${keycloakUrl}`, start: async () => ({ baseUrl: keycloakUrl, stop: async () => {} }) }] : []),
];

const realm = loadRealmFile();
const AGENCY_CLIENTS = SERVICE_CLIENTS.flatMap((c) => (c.agency ? [{ clientId: c.clientId, agency: c.agency }] : []));
const userId = (username: string) => realm.users?.find((u) => u.username === username)?.id;
const serviceAccountId = (clientId: string) => realm.users?.find((u) => u.serviceAccountClientId === clientId)?.id;
const scopes = (claims: AccessTokenClaims) => new Set((claims.scope ?? '').split(' ').filter(Boolean));
const roles = (claims: AccessTokenClaims) => [...(claims.realm_access?.roles ?? [])].sort();
const keys = (claims: object) => Object.keys(claims).sort();
const withQuery = (url: string, params: Record<string, string>) => `${url}?${new URLSearchParams(params).toString()}`;

// The claim sets Keycloak issues for this realm (observed on Keycloak 26.7), per kind of principal.
const USER_CLAIMS = ['aud', 'azp', 'email', 'email_verified', 'exp', 'family_name', 'given_name', 'iat', 'iss', 'jti', 'name', 'preferred_username', 'realm_access', 'scope', 'sid', 'sub', 'typ'];
const SERVICE_CLAIMS = ['aud', 'azp', 'client_id', 'exp', 'iat', 'iss', 'jti', 'preferred_username', 'realm_access', 'scope', 'sub', 'typ'];

/** What must be identical between issuers: everything but iss/jti/sid/exp/iat values. */
const comparable = (claims: AccessTokenClaims) => {
  const { iss: _iss, jti: _jti, sid, exp, iat, scope: _scope, realm_access: _roles, auth_time, ...rest } = claims;
  const origins = claims['allowed-origins'];
  return {
    ...rest,
    ...(Array.isArray(origins) ? { 'allowed-origins': [...(origins as string[])].sort() } : {}),
    keys: keys(claims),
    scope: [...scopes(claims)].sort(),
    roles: roles(claims),
    sid: typeof sid,
    auth_time: typeof auth_time,
    lifetime: (exp ?? 0) - (iat ?? 0),
  };
};

describe.each(targets)('$name', (target) => {
  let baseUrl: string;
  let stop: () => Promise<void>;
  let verifier: TokenVerifier;
  let endpoints: ReturnType<typeof realmEndpoints>;

  beforeAll(async () => {
    ({ baseUrl, stop } = await target.start());
    endpoints = realmEndpoints(baseUrl);
    verifier = createTokenVerifier({ issuer: endpoints.issuer });
  });
  afterAll(() => stop());

  describe('discovery and keys', () => {
    it('serves the discovery document at Keycloak paths', async () => {
      const doc = (await (await fetch(endpoints.discovery)).json()) as Record<string, unknown>;
      expect(doc).toMatchObject({
        issuer: endpoints.issuer,
        authorization_endpoint: endpoints.auth,
        token_endpoint: endpoints.token,
        jwks_uri: endpoints.certs,
        userinfo_endpoint: endpoints.userinfo,
        end_session_endpoint: endpoints.logout,
      });
      expect(doc['code_challenge_methods_supported']).toContain('S256');
      expect(doc['id_token_signing_alg_values_supported']).toContain('RS256');
      expect(doc['grant_types_supported']).toEqual(expect.arrayContaining(['authorization_code', 'client_credentials', 'password', 'refresh_token']));
    });

    it('publishes an RS256 signing key with a kid', async () => {
      const { keys: published } = (await (await fetch(endpoints.certs)).json()) as { keys: Array<Record<string, string>> };
      const signing = published.filter((k) => k['use'] === 'sig' && k['alg'] === 'RS256');
      expect(signing.length).toBeGreaterThan(0);
      expect(signing[0]).toMatchObject({ kty: 'RSA', kid: expect.any(String), n: expect.any(String), e: 'AQAB' });
    });

    it('serves the realm information document', async () => {
      const info = (await (await fetch(`${endpoints.issuer}`)).json()) as Record<string, unknown>;
      expect(info).toMatchObject({ realm: 'registry', public_key: expect.any(String), 'token-service': `${endpoints.issuer}/protocol/openid-connect` });
    });
  });

  describe('access token claims', () => {
    it('citizen: pin, citizen role only, registry-api audience, stable sub', async () => {
      const claims = decodeClaims(await passwordToken(baseUrl, 'aysel'));
      expect(keys(claims)).toEqual([...USER_CLAIMS, 'pin'].sort());
      expect(claims).toMatchObject({
        iss: endpoints.issuer,
        aud: 'registry-api',
        typ: 'Bearer',
        azp: 'registry-test',
        sub: userId('aysel'),
        preferred_username: 'aysel',
        pin: '5AZK7P2',
        given_name: 'Aysel',
        family_name: 'Mammadova',
      });
      expect(roles(claims)).toEqual(['citizen']);
      expect(scopes(claims)).toEqual(new Set(['profile', 'email']));
      expect((claims.exp ?? 0) - (claims.iat ?? 0)).toBe(300);
    });

    it('every demo user gets exactly the roles and attributes the realm file gives them', async () => {
      for (const user of DEMO_USERS) {
        const claims = decodeClaims(await passwordToken(baseUrl, user.username, user.password));
        // health-data only rides on the health scope; without it the token shows the other roles.
        expect(roles(claims)).toEqual(user.roles.filter((r) => r !== 'health-data').sort());
        expect(claims.pin).toBe(user.pin);
        expect(claims.region).toBe(user.region);
        expect(claims.office).toBe(user.office);
        expect(claims.agency).toBeUndefined();
      }
    });

    it('caseworker: region and office; health scope and health-data role only when asked for and held', async () => {
      const plain = decodeClaims(await passwordToken(baseUrl, 'caseworker.baku'));
      expect(keys(plain)).toEqual([...USER_CLAIMS, 'office', 'region'].sort());
      expect(plain.region).toBe('baku');
      expect(plain.office).toBe('AZ-BA');
      expect(roles(plain)).toEqual(['caseworker']);
      expect(scopes(plain).has('health')).toBe(false);

      const health = decodeClaims(await passwordToken(baseUrl, 'caseworker.baku', 'demo', 'health'));
      expect(roles(health)).toEqual(['caseworker', 'health-data']);
      expect(scopes(health)).toEqual(new Set(['profile', 'email', 'health']));

      // Without the health-data role the optional scope is not granted at all.
      const ganja = decodeClaims(await passwordToken(baseUrl, 'caseworker.ganja', 'demo', 'health'));
      expect(ganja.region).toBe('ganja-dashkasan');
      expect(roles(ganja)).toEqual(['caseworker']);
      expect(scopes(ganja).has('health')).toBe(false);
    });

    it('decision engine: service account claims', async () => {
      const claims = decodeClaims(await clientToken(baseUrl, 'decision-engine'));
      expect(keys(claims)).toEqual(SERVICE_CLAIMS);
      expect(claims).toMatchObject({
        aud: 'registry-api',
        typ: 'Bearer',
        azp: 'decision-engine',
        client_id: 'decision-engine',
        sub: serviceAccountId('decision-engine'),
        preferred_username: 'service-account-decision-engine',
      });
      expect(roles(claims)).toEqual(['decision-engine']);
      expect(scopes(claims)).toEqual(new Set(['profile']));
    });

    it('internal app: caseworker with the hardcoded region', async () => {
      const claims = decodeClaims(await clientToken(baseUrl, 'internal-app'));
      expect(keys(claims)).toEqual([...SERVICE_CLAIMS, 'region'].sort());
      expect(claims.region).toBe('baku');
      expect(roles(claims)).toEqual(['caseworker']);
    });

    it('each agency client: agency-feed role and its own agency claim', async () => {
      for (const { clientId, agency } of AGENCY_CLIENTS) {
        const claims = decodeClaims(await clientToken(baseUrl, clientId));
        expect(keys(claims)).toEqual([...SERVICE_CLAIMS, 'agency'].sort());
        expect(claims).toMatchObject({ azp: clientId, client_id: clientId, agency, preferred_username: `service-account-${clientId}` });
        expect(roles(claims)).toEqual(['agency-feed']);
      }
    });
  });

  describe('verification with shared/src/auth', () => {
    it('accepts every kind of token and builds the right viewer', async () => {
      await expect(verifier.verify(await passwordToken(baseUrl, 'aysel'))).resolves.toMatchObject({ kind: 'citizen', pin: '5AZK7P2', clientId: 'registry-test', subject: userId('aysel') });
      await expect(verifier.verify(await passwordToken(baseUrl, 'caseworker.ganja'))).resolves.toMatchObject({ kind: 'caseworker', region: 'ganja-dashkasan', office: 'AZ-GA' });
      await expect(verifier.verify(await passwordToken(baseUrl, 'auditor'))).resolves.toMatchObject({ kind: 'auditor' });
      await expect(verifier.verify(await passwordToken(baseUrl, 'admin'))).resolves.toMatchObject({ kind: 'admin' });
      await expect(verifier.verify(await clientToken(baseUrl, 'decision-engine'))).resolves.toMatchObject({ kind: 'engine', serviceAccount: true });
      await expect(verifier.verify(await clientToken(baseUrl, 'internal-app'))).resolves.toMatchObject({ kind: 'internal', region: 'baku' });
      await expect(verifier.verify(await clientToken(baseUrl, 'agency-taxes'))).resolves.toMatchObject({ kind: 'agency', agency: 'taxes' });
      const health = await verifier.verify(await passwordToken(baseUrl, 'caseworker.baku', 'demo', 'health'));
      expect(health.scopes.has('health')).toBe(true);
    });

    it('refuses the ID token of the same login', async () => {
      const { id_token: idToken } = await passwordTokens(baseUrl, 'aysel', 'demo', 'openid');
      await expect(verifier.verify(idToken)).rejects.toMatchObject({ reason: expect.stringMatching(/^(not_bearer|wrong_audience)$/) });
    });

    it('refuses tokens of another issuer (a verifier configured for a different realm)', async () => {
      const other = createTokenVerifier({ issuer: `${baseUrl}/realms/other`, jwksUrl: endpoints.certs });
      await expect(other.verify(await passwordToken(baseUrl, 'aysel'))).rejects.toMatchObject({ reason: 'wrong_issuer' });
    });
  });

  describe('grants refused as Keycloak refuses them', () => {
    const failure = async (promise: Promise<unknown>) => {
      const error = await promise.then(() => undefined, (e: unknown) => e);
      expect(error).toBeInstanceOf(TokenRequestError);
      const { status, error: code } = error as TokenRequestError;
      return { status, code };
    };

    it('wrong password', async () => {
      expect(await failure(passwordToken(baseUrl, 'leyla', 'wrong'))).toEqual({ status: 400, code: 'invalid_grant' });
      expect(await failure(passwordToken(baseUrl, 'nobody', 'demo'))).toEqual({ status: 400, code: 'invalid_grant' });
    });

    it('password grant on a client without direct access grants', async () => {
      expect(await failure(requestTokens(baseUrl, { grant_type: 'password', username: 'aysel', password: 'demo' }, { clientId: 'registry-portal' }))).toEqual({ status: 400, code: 'unauthorized_client' });
      expect(
        await failure(requestTokens(baseUrl, { grant_type: 'password', username: 'aysel', password: 'demo' }, { clientId: 'decision-engine', secret: devClientSecret('decision-engine') })),
      ).toEqual({ status: 400, code: 'unauthorized_client' });
    });

    it('client credentials without a service account, with a wrong secret, for an unknown client', async () => {
      expect(await failure(clientToken(baseUrl, 'registry-test'))).toEqual({ status: 401, code: 'unauthorized_client' });
      expect(await failure(clientToken(baseUrl, 'decision-engine', 'not-the-secret'))).toEqual({ status: 401, code: 'unauthorized_client' });
      expect(await failure(clientToken(baseUrl, 'no-such-client', 'x'))).toEqual({ status: 401, code: 'invalid_client' });
    });

    it('unknown scope and unknown grant type', async () => {
      expect(await failure(passwordToken(baseUrl, 'aysel', 'demo', 'bogus'))).toEqual({ status: 400, code: 'invalid_scope' });
      expect(await failure(requestTokens(baseUrl, { grant_type: 'magic' }, { clientId: 'decision-engine', secret: devClientSecret('decision-engine') }))).toEqual({
        status: 400,
        code: 'unsupported_grant_type',
      });
    });
  });

  describe('portal login: authorization code with PKCE', () => {
    it('logs a citizen in through the login form', async () => {
      const { tokens, callback } = await browserLogin(baseUrl, { username: 'rashad' });
      expect(callback.searchParams.get('session_state')).toEqual(expect.any(String));
      const claims = decodeClaims(tokens.access_token);
      expect(claims).toMatchObject({ azp: 'registry-portal', pin: '4BXM2R8', aud: 'registry-api', sub: userId('rashad') });
      expect(new Set(claims['allowed-origins'] as string[])).toEqual(new Set(['http://localhost:3000', 'http://127.0.0.1:3000']));
      expect(keys(claims)).toEqual([...USER_CLAIMS, 'allowed-origins', 'auth_time', 'pin'].sort());
      expect(scopes(claims)).toEqual(new Set(['openid', 'profile', 'email']));
      const id = decodeClaims(tokens.id_token ?? '');
      expect(id).toMatchObject({ typ: 'ID', aud: 'registry-portal', azp: 'registry-portal', sub: userId('rashad'), sid: claims.sid, nonce: expect.any(String) });
      expect(id['at_hash']).toBe(createHash('sha256').update(tokens.access_token).digest().subarray(0, 16).toString('base64url'));
      await expect(verifier.verify(tokens.access_token)).resolves.toMatchObject({ kind: 'citizen', pin: '4BXM2R8', clientId: 'registry-portal' });
    });

    it('signs the user in again without the form while the session lives (SSO)', async () => {
      const { cookies } = await browserLogin(baseUrl, { username: 'leyla' });
      const { challenge } = pkcePair();
      const url = withQuery(endpoints.auth, { client_id: 'registry-portal', redirect_uri: 'http://localhost:3000/', response_type: 'code', scope: 'openid', state: 's2', code_challenge: challenge, code_challenge_method: 'S256' });
      const again = await browserGet(url, cookies);
      expect(again.status).toBe(302);
      const location = new URL(again.headers.get('location') ?? '');
      expect(location.searchParams.get('code')).toEqual(expect.any(String));
      expect(location.searchParams.get('state')).toBe('s2');
    });

    it('refuses a wrong code verifier, and the code cannot be used twice', async () => {
      const jar = new CookieJar();
      const { verifier: codeVerifier, challenge } = pkcePair();
      const redirectUri = 'http://127.0.0.1:3000/callback';
      const url = withQuery(endpoints.auth, { client_id: 'registry-portal', redirect_uri: redirectUri, response_type: 'code', scope: 'openid', state: 's', code_challenge: challenge, code_challenge_method: 'S256' });
      const action = loginFormAction(await (await browserGet(url, jar)).text()) ?? '';
      const posted = await fetch(action, { method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.header() }, body: new URLSearchParams({ username: 'aysel', password: 'demo' }) });
      const code = new URL(posted.headers.get('location') ?? '').searchParams.get('code') ?? '';
      const exchange = (verifierValue: string) =>
        requestTokens(baseUrl, { grant_type: 'authorization_code', code, redirect_uri: redirectUri, code_verifier: verifierValue }, { clientId: 'registry-portal' }).then(
          () => 'accepted',
          (e: TokenRequestError) => e.error,
        );
      expect(await exchange(pkcePair().verifier)).toBe('invalid_grant');
      expect(await exchange(codeVerifier)).toBe('invalid_grant');
    });

    it('shows the wrong-password message on the form, with no redirect', async () => {
      const jar = new CookieJar();
      const { challenge } = pkcePair();
      const url = withQuery(endpoints.auth, { client_id: 'registry-portal', redirect_uri: 'http://localhost:3000/', response_type: 'code', scope: 'openid', code_challenge: challenge, code_challenge_method: 'S256', ui_locales: 'en' });
      const action = loginFormAction(await (await browserGet(url, jar)).text()) ?? '';
      const posted = await fetch(action, { method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.header() }, body: new URLSearchParams({ username: 'aysel', password: 'nope' }) });
      expect(posted.status).toBe(200);
      // The registry login theme's message, in the language asked for (both issuers read the same file).
      expect(await posted.text()).toContain(loginTexts('en').invalidUserMessage);
    });

    it('never redirects to an unregistered redirect URI', async () => {
      const url = withQuery(endpoints.auth, { client_id: 'registry-portal', redirect_uri: 'https://evil.example/cb', response_type: 'code', scope: 'openid' });
      const response = await fetch(url, { redirect: 'manual' });
      expect(response.status).toBe(400);
      expect(response.headers.get('location')).toBeNull();
    });

    it('requires PKCE from the portal', async () => {
      const url = withQuery(endpoints.auth, { client_id: 'registry-portal', redirect_uri: 'http://localhost:3000/', response_type: 'code', scope: 'openid', state: 'x' });
      const response = await fetch(url, { redirect: 'manual' });
      expect(response.status).toBe(302);
      const location = new URL(response.headers.get('location') ?? '');
      expect(location.searchParams.get('error')).toBe('invalid_request');
      expect(location.searchParams.get('state')).toBe('x');
    });
  });

  describe('sessions: refresh, userinfo, logout', () => {
    it('refreshes, then logout ends the session', async () => {
      const tokens = await passwordTokens(baseUrl, 'rashad', 'demo', 'openid');
      const client = { clientId: 'registry-test', secret: devClientSecret('registry-test') };
      const refreshed = await requestTokens(baseUrl, { grant_type: 'refresh_token', refresh_token: tokens.refresh_token ?? '' }, client);
      expect(decodeClaims(refreshed.access_token)).toMatchObject({ pin: '4BXM2R8', sid: decodeClaims(tokens.access_token).sid });
      expect(scopes(decodeClaims(refreshed.access_token))).toEqual(new Set(['openid', 'profile', 'email']));

      const logout = await fetch(endpoints.logout, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${Buffer.from(`registry-test:${client.secret}`).toString('base64')}` },
        body: new URLSearchParams({ refresh_token: refreshed.refresh_token ?? '' }),
      });
      expect(logout.status).toBe(204);
      const after = await requestTokens(baseUrl, { grant_type: 'refresh_token', refresh_token: refreshed.refresh_token ?? '' }, client).then(
        () => 'accepted',
        (e: TokenRequestError) => e.error,
      );
      expect(after).toBe('invalid_grant');
    });

    it('userinfo needs the openid scope and answers the mapped claims', async () => {
      const withoutOpenid = await fetch(endpoints.userinfo, { headers: { authorization: `Bearer ${await passwordToken(baseUrl, 'aysel')}` } });
      expect(withoutOpenid.status).toBe(403);
      const response = await fetch(endpoints.userinfo, { headers: { authorization: `Bearer ${await passwordToken(baseUrl, 'aysel', 'demo', 'openid')}` } });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({
        sub: userId('aysel'),
        preferred_username: 'aysel',
        pin: '5AZK7P2',
        given_name: 'Aysel',
        family_name: 'Mammadova',
        name: 'Aysel Mammadova',
        email: 'aysel@example.org',
        email_verified: true,
      });
      const garbage = await fetch(endpoints.userinfo, { headers: { authorization: 'Bearer not.a.token' } });
      expect(garbage.status).toBe(401);
    });

    it('RP-initiated logout with id_token_hint returns to the portal and ends the session', async () => {
      const { tokens, cookies } = await browserLogin(baseUrl, { username: 'aysel' });
      const url = withQuery(endpoints.logout, { id_token_hint: tokens.id_token ?? '', post_logout_redirect_uri: 'http://localhost:3000/', state: 'bye' });
      const response = await browserGet(url, cookies);
      expect(response.status).toBe(302);
      const location = new URL(response.headers.get('location') ?? '');
      expect(`${location.origin}${location.pathname}`).toBe('http://localhost:3000/');
      expect(location.searchParams.get('state')).toBe('bye');
      const refreshed = await requestTokens(baseUrl, { grant_type: 'refresh_token', refresh_token: tokens.refresh_token ?? '' }, { clientId: 'registry-portal' }).then(
        () => 'accepted',
        (e: TokenRequestError) => e.error,
      );
      expect(refreshed).toBe('invalid_grant');
    });

    it('refuses an unregistered post-logout redirect URI', async () => {
      const { tokens } = await passwordTokens(baseUrl, 'leyla', 'demo', 'openid').then((t) => ({ tokens: t }));
      const url = withQuery(endpoints.logout, { id_token_hint: tokens.id_token ?? '', post_logout_redirect_uri: 'https://evil.example/' });
      const response = await fetch(url, { redirect: 'manual' });
      expect(response.status).toBe(400);
      expect(response.headers.get('location')).toBeNull();
    });
  });
});

// Both issuers side by side: identical claims apart from iss, jti, sid and timestamps.
describe.runIf(keycloakUrl !== undefined)('embedded issuer and Keycloak issue interchangeable tokens', () => {
  let embedded: Awaited<ReturnType<typeof startEmbeddedIssuer>>;
  beforeAll(async () => {
    embedded = await startEmbeddedIssuer({ port: 0, dev: true });
  });
  afterAll(() => embedded.stop());

  const principals: Array<[string, (baseUrl: string) => Promise<string>]> = [
    ...DEMO_USERS.map((u): [string, (b: string) => Promise<string>] => [u.username, (b) => passwordToken(b, u.username, u.password)]),
    ['caseworker.baku + health', (b) => passwordToken(b, 'caseworker.baku', 'demo', 'openid health')],
    ...SERVICE_CLIENTS.map((c): [string, (b: string) => Promise<string>] => [c.clientId, (b) => clientToken(b, c.clientId)]),
  ];

  it.each(principals)('%s', async (_name, token) => {
    const [fromEmbedded, fromKeycloak] = await Promise.all([token(embedded.baseUrl), token(keycloakUrl ?? '')]);
    expect(comparable(decodeClaims(fromEmbedded))).toEqual(comparable(decodeClaims(fromKeycloak)));
  });

  it('portal login', async () => {
    const [a, b] = await Promise.all([browserLogin(embedded.baseUrl, { username: 'aysel' }), browserLogin(keycloakUrl ?? '', { username: 'aysel' })]);
    expect(comparable(decodeClaims(a.tokens.access_token))).toEqual(comparable(decodeClaims(b.tokens.access_token)));
    const idKeys = (t: string) => keys(decodeClaims(t));
    expect(idKeys(a.tokens.id_token ?? '')).toEqual(idKeys(b.tokens.id_token ?? ''));
  });
});

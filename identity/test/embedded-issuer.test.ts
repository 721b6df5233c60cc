import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertDevelopmentOnly, EmbeddedIssuerRefusedError, passwordToken, realmEndpoints, startEmbeddedIssuer, type EmbeddedIssuer } from '../src/index.ts';

describe('embedded issuer: development only', () => {
  it('refuses NODE_ENV=production, even with the dev flag', async () => {
    expect(() => assertDevelopmentOnly({ dev: true }, { NODE_ENV: 'production', EMBEDDED_ISSUER: 'dev' })).toThrow(EmbeddedIssuerRefusedError);
    await expect(startEmbeddedIssuer({ port: 0, dev: true, env: { NODE_ENV: 'production' } })).rejects.toBeInstanceOf(EmbeddedIssuerRefusedError);
  });

  it('needs an explicit opt-in', () => {
    expect(() => assertDevelopmentOnly({}, { NODE_ENV: 'development' })).toThrow(EmbeddedIssuerRefusedError);
    expect(() => assertDevelopmentOnly({}, { NODE_ENV: 'test' })).toThrow(EmbeddedIssuerRefusedError);
    expect(() => assertDevelopmentOnly({ dev: true }, {})).not.toThrow();
    expect(() => assertDevelopmentOnly({}, { EMBEDDED_ISSUER: 'dev' })).not.toThrow();
  });
});

describe('embedded issuer: HTTP details', () => {
  let issuer: EmbeddedIssuer;
  beforeAll(async () => {
    issuer = await startEmbeddedIssuer({ port: 0, dev: true, publicUrl: undefined });
  });
  afterAll(() => issuer.stop());

  it('names itself by its public URL and marks its key as a dev key', async () => {
    expect(issuer.issuerUrl).toBe(`${issuer.baseUrl}/realms/registry`);
    const { keys } = (await (await fetch(realmEndpoints(issuer.baseUrl).certs)).json()) as { keys: Array<{ kid: string }> };
    expect(keys[0]?.kid).toMatch(/^embedded-dev-/);
  });

  it('lets the portal origin call the token endpoint (CORS), and no other origin', async () => {
    const preflight = (origin: string) =>
      fetch(realmEndpoints(issuer.baseUrl).token, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST' } });
    expect((await preflight('http://localhost:3000')).headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
    expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('serves the login page without scripts, unframeable, not cached', async () => {
    const url = `${realmEndpoints(issuer.baseUrl).auth}?${new URLSearchParams({ client_id: 'registry-portal', redirect_uri: 'http://localhost:3000/', response_type: 'code', code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeKT8g5sSOkV9w0m8ga0', code_challenge_method: 'S256' }).toString()}`;
    const page = await fetch(url);
    const html = await page.text();
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(html).not.toContain('<script');
    expect(html).toContain('<label for="username">');
    expect(html).toContain('lang="az"'); // the realm's default locale
  });

  it('refuses a login form posted without the browser cookie that opened it (login CSRF)', async () => {
    const url = `${realmEndpoints(issuer.baseUrl).auth}?${new URLSearchParams({ client_id: 'registry-portal', redirect_uri: 'http://localhost:3000/', response_type: 'code', code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeKT8g5sSOkV9w0m8ga0', code_challenge_method: 'S256' }).toString()}`;
    const html = await (await fetch(url)).text();
    const action = /action="([^"]+)"/.exec(html)?.[1]?.replace(/&amp;/g, '&') ?? '';
    const posted = await fetch(action, { method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'username=aysel&password=demo' });
    expect(posted.status).toBe(400);
    expect(posted.headers.get('location')).toBeNull();
  });

  it('answers 404 off the realm paths and 415 to a non-form token request', async () => {
    expect((await fetch(`${issuer.baseUrl}/realms/other/protocol/openid-connect/certs`)).status).toBe(404);
    const json = await fetch(realmEndpoints(issuer.baseUrl).token, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(json.status).toBe(415);
  });

  it('is a different issuer from any other run (fresh key)', async () => {
    const other = await startEmbeddedIssuer({ port: 0, dev: true });
    try {
      const { createTokenVerifier } = await import('../../shared/src/auth/index.ts');
      // Same issuer URL, other key: a token from one run is refused by a verifier of another.
      const verifier = createTokenVerifier({ issuer: issuer.issuerUrl, jwksUrl: realmEndpoints(other.baseUrl).certs });
      await expect(verifier.verify(await passwordToken(issuer.baseUrl, 'aysel'))).rejects.toMatchObject({ reason: 'unknown_key' });
    } finally {
      await other.stop();
    }
  });
});

import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BrowserLoginError,
  browserLogin,
  clientToken,
  DEMO_USERS,
  devClientSecret,
  loadRealmFile,
  passwordTokens,
  productionRealm,
  requestTokens,
  requiredVariables,
  TEST_ONLY_CLIENTS,
  TokenRequestError,
} from '../src/index.ts';

const realm = productionRealm(loadRealmFile(undefined, null));

describe('production realm (derived)', () => {
  it('turns brute-force protection on, keeps no demo user and no password-grant client, and leaves no default secret', () => {
    expect(realm.bruteForceProtected).toBe(true);
    expect((realm.users ?? []).every((u) => u.serviceAccountClientId !== undefined)).toBe(true);
    expect((realm.clients ?? []).filter((c) => c.directAccessGrantsEnabled === true)).toEqual([]);
    expect(JSON.stringify(realm)).not.toMatch(/dev-only-|\$\{[A-Z0-9_]+:/);
  });
});

/**
 * The derived realm imported into a REAL Keycloak of its own (CI: .ci/run installs Keycloak and sets
 * KEYCLOAK_URL for the development realm; this suite starts a second one on KEYCLOAK_PRODUCTION_PORT,
 * default 8190, with the production realm and injected secrets). Without an installed Keycloak the
 * checks would prove nothing about Keycloak, so they are skipped locally.
 */
const keycloakInstalled = process.env['KEYCLOAK_URL'] !== undefined;
const PORT = Number(process.env['KEYCLOAK_PRODUCTION_PORT'] ?? 8190);
const BASE = `http://localhost:${PORT}`;
const PORTAL_URL = 'http://localhost:3000';
const script = fileURLToPath(new URL('../scripts/keycloak.sh', import.meta.url));
const run = promisify(execFile);

describe.skipIf(!keycloakInstalled)(`production realm on real Keycloak (port ${PORT})`, () => {
  const secrets: Record<string, string> = Object.fromEntries(
    requiredVariables(realm).map((name) => [name, name === 'PORTAL_URL' ? PORTAL_URL : randomBytes(18).toString('base64url')]),
  );
  const keycloakEnv = { ...process.env, ...secrets, KEYCLOAK_PORT: String(PORT), KEYCLOAK_MANAGEMENT_PORT: String(PORT + 1000) };
  const dir = mkdtempSync(join(tmpdir(), 'production-realm-'));
  let admin = '';

  const adminApi = async (path: string, init: RequestInit = {}): Promise<Response> =>
    fetch(`${BASE}/admin/realms/registry${path}`, { ...init, headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json', ...init.headers } });

  beforeAll(async () => {
    const file = join(dir, 'registry-realm.json');
    writeFileSync(file, JSON.stringify(realm));
    await run('bash', [script, 'start'], { env: { ...keycloakEnv, KEYCLOAK_REALM_FILE: file } });
    const token = await fetch(`${BASE}/realms/master/protocol/openid-connect/token`, {
      method: 'POST',
      body: new URLSearchParams({ grant_type: 'password', client_id: 'admin-cli', username: 'admin', password: 'admin' }),
    });
    admin = ((await token.json()) as { access_token: string }).access_token;
  }, 320_000);

  afterAll(async () => {
    await run('bash', [script, 'stop'], { env: keycloakEnv });
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it('imports with brute-force protection on and no person as a user (service accounts only)', async () => {
    const imported = (await (await adminApi('')).json()) as { bruteForceProtected: boolean; failureFactor: number };
    expect(imported).toMatchObject({ bruteForceProtected: true, failureFactor: realm.failureFactor });
    // Keycloak's user search leaves service accounts out: any user listed is a person.
    const users = (await (await adminApi('/users?briefRepresentation=true&max=1000')).json()) as { username: string }[];
    expect(users.map((u) => u.username)).toEqual([]);
    for (const demo of DEMO_USERS) {
      const found = (await (await adminApi(`/users?exact=true&username=${encodeURIComponent(demo.username)}`)).json()) as unknown[];
      expect(found, demo.username).toEqual([]);
    }
  });

  it('has no password-grant client: the test client is gone and no client allows the grant', async () => {
    const clients = (await (await adminApi('/clients?max=1000')).json()) as { clientId: string; directAccessGrantsEnabled?: boolean }[];
    for (const testOnly of TEST_ONLY_CLIENTS) expect(clients.map((c) => c.clientId)).not.toContain(testOnly);
    expect(clients.filter((c) => c.directAccessGrantsEnabled === true).map((c) => c.clientId)).toEqual([]);
    const refused = await passwordTokens(BASE, DEMO_USERS[0]?.username ?? 'citizen', 'demo').catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(TokenRequestError);
    expect((refused as TokenRequestError).status).toBe(401); // invalid_client: registry-test does not exist
    const viaPortal = await requestTokens(BASE, { grant_type: 'password', username: 'x', password: 'y' }, { clientId: 'registry-portal' }).catch((error: unknown) => error);
    expect(viaPortal).toBeInstanceOf(TokenRequestError);
  });

  it('accepts the injected client secrets and refuses the dev-only defaults', async () => {
    expect(await clientToken(BASE, 'decision-engine', secrets['DECISION_ENGINE_CLIENT_SECRET'])).toMatch(/^ey/);
    const dev = await clientToken(BASE, 'decision-engine', devClientSecret('decision-engine')).catch((error: unknown) => error);
    expect(dev).toBeInstanceOf(TokenRequestError);
    expect((dev as TokenRequestError).error).toBe('unauthorized_client');
  });

  it('locks an account out after repeated wrong passwords (brute-force detection at work)', async () => {
    const username = `bf-${randomBytes(4).toString('hex')}`;
    const password = `Correct-${randomBytes(9).toString('base64url')}`;
    const created = await adminApi('/users', {
      method: 'POST',
      body: JSON.stringify({ username, enabled: true, firstName: 'Test', lastName: 'Person', email: `${username}@example.org`, emailVerified: true, credentials: [{ type: 'password', value: password, temporary: false }] }),
    });
    expect(created.status).toBe(201);
    const id = created.headers.get('location')?.split('/').pop() ?? '';
    const login = (pass: string) => browserLogin(BASE, { username, password: pass, redirectUri: `${PORTAL_URL}/callback` });

    expect((await login(password)).tokens.access_token).toMatch(/^ey/);
    for (let attempt = 0; attempt < (realm.failureFactor ?? 30); attempt++) {
      await expect(login('wrong-password-guess')).rejects.toBeInstanceOf(BrowserLoginError);
    }
    await expect(login(password)).rejects.toBeInstanceOf(BrowserLoginError);
    const status = (await (await fetch(`${BASE}/admin/realms/registry/attack-detection/brute-force/users/${id}`, { headers: { authorization: `Bearer ${admin}` } })).json()) as { disabled: boolean; numFailures: number };
    expect(status.disabled).toBe(true);
  });
});

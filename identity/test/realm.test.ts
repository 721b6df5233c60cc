import { describe, expect, it } from 'vitest';
import { AGENCIES } from '../../shared/src/domain/agencies.ts';
import { ECONOMIC_REGIONS } from '../../shared/src/domain/geography.ts';
import { PIN_PATTERN } from '../../shared/src/domain/pin.ts';
import { DEMO_USERS, SERVICE_CLIENTS, devClientSecret, findDemoUser, loadRealmFile, parseRealm, resolvePlaceholders } from '../src/index.ts';
import { RealmModel } from '../src/realm/realm-model.ts';
import { TokenMinter } from '../src/issuer/tokens.ts';
import type { SigningKeys } from '../src/issuer/keys.ts';

// The realm file is hand-maintained JSON: these checks keep it in step with the domain catalogues
// and keep its security settings from drifting.
const template = loadRealmFile(undefined, null);
const clients = template.clients ?? [];
const client = (id: string) => clients.find((c) => c.clientId === id);
const profile = JSON.parse(
  template.components?.['org.keycloak.userprofile.UserProfileProvider']?.[0]?.config?.['kc.user.profile.config']?.[0] ?? '{}',
) as { attributes: Array<{ name: string; permissions: { edit: string[] }; validations?: Record<string, { options?: string[] }> }> };

describe('registry realm file', () => {
  it('declares the registry roles', () => {
    expect((template.roles?.realm ?? []).map((r) => r.name).sort()).toEqual(
      ['agency-feed', 'appeals-officer', 'auditor', 'bank', 'caseworker', 'citizen', 'decision-engine', 'health-data', 'registry-admin', 'rules-approver', 'rules-editor'].sort(),
    );
  });

  it('has one agency-<code> client per agency, with its agency claim and the agency-feed role', () => {
    const agencyClients = SERVICE_CLIENTS.filter((c) => c.clientId.startsWith('agency-'));
    expect(agencyClients.map((c) => c.clientId).sort()).toEqual(AGENCIES.map((a) => `agency-${a.code}`).sort());
    for (const c of agencyClients) {
      expect(c.agency).toBe(c.clientId.slice('agency-'.length));
      expect(c.roles).toEqual(['agency-feed']);
    }
  });

  it('limits every client to its role scope mappings (fullScopeAllowed false)', () => {
    for (const c of clients) expect(c.fullScopeAllowed, c.clientId).toBe(false);
  });

  it('allows the password grant on the test-only client alone', () => {
    expect(clients.filter((c) => c.directAccessGrantsEnabled).map((c) => c.clientId)).toEqual(['registry-test']);
  });

  it('makes the portal a public client that must use PKCE S256', () => {
    expect(client('registry-portal')).toMatchObject({ publicClient: true, standardFlowEnabled: true, implicitFlowEnabled: false, attributes: { 'pkce.code.challenge.method': 'S256' } });
  });

  it('keeps every secret as an overridable placeholder with a dev-only default', () => {
    for (const c of clients.filter((c) => c.publicClient !== true && c.bearerOnly !== true)) {
      expect(c.secret, c.clientId).toMatch(/^\$\{[A-Z0-9_]+_CLIENT_SECRET:dev-only-[a-z0-9-]+-secret\}$/);
    }
    expect(devClientSecret('decision-engine', {})).toBe('dev-only-decision-engine-secret');
    expect(devClientSecret('decision-engine', { DECISION_ENGINE_CLIENT_SECRET: 'injected' })).toBe('injected');
  });

  it('declares pin, region and agency in the user profile, editable by admins only', () => {
    for (const name of ['pin', 'region', 'agency']) {
      expect(profile.attributes.find((a) => a.name === name)?.permissions.edit, name).toEqual(['admin']);
    }
    const options = (name: string) => profile.attributes.find((a) => a.name === name)?.validations?.['options']?.options;
    expect(options('region')).toEqual(ECONOMIC_REGIONS.map((r) => r.code));
    expect(options('agency')).toEqual(AGENCIES.map((a) => a.code));
  });

  it('exports the demo users from the realm file', () => {
    expect(DEMO_USERS.map((u) => u.username)).toEqual(['aysel', 'rashad', 'leyla', 'caseworker.baku', 'caseworker.ganja', 'auditor', 'admin', 'appeals.officer', 'appeals.officer2', 'rules.editor', 'rules.approver', 'rules.approver2']);
    expect(findDemoUser('aysel')).toMatchObject({ password: 'demo', roles: ['citizen'], pin: '5AZK7P2', firstName: 'Aysel', lastName: 'Mammadova' });
    expect(findDemoUser('caseworker.baku')).toMatchObject({ roles: ['caseworker', 'health-data'], region: 'baku' });
    for (const user of DEMO_USERS) {
      if (user.pin !== undefined) expect(user.pin).toMatch(PIN_PATTERN);
      if (user.region !== undefined) expect(ECONOMIC_REGIONS.map((r) => r.code)).toContain(user.region);
    }
    for (const user of template.users ?? []) {
      if (user.serviceAccountClientId) continue;
      expect(user, user.username).toMatchObject({ enabled: true, requiredActions: [], email: expect.any(String), firstName: expect.any(String), lastName: expect.any(String) });
    }
  });

  it('is fully understood by the embedded issuer (roles, scopes, every protocol mapper)', async () => {
    const model = new RealmModel(loadRealmFile(undefined, {}));
    expect(() => new TokenMinter(model, {} as SigningKeys, 'http://x')).not.toThrow();
  });
});

describe('realm loading', () => {
  it('resolves ${NAME:default} like the Keycloak import, leaving unknown names alone', () => {
    expect(resolvePlaceholders('${A:fallback}', {})).toBe('fallback');
    expect(resolvePlaceholders('${A:fallback}', { A: 'set' })).toBe('set');
    expect(resolvePlaceholders('resource_access.${client_id}.roles', {})).toBe('resource_access.${client_id}.roles');
  });

  it('refuses what the embedded issuer cannot reproduce', () => {
    const base = { realm: 'r', roles: { realm: [{ name: 'a' }] } };
    expect(() => new RealmModel(parseRealm(JSON.stringify({ ...base, groups: [{ name: 'g' }] }), {}))).toThrow(/groups/);
    expect(() => new RealmModel(parseRealm(JSON.stringify({ ...base, users: [{ username: 'u', realmRoles: ['missing'] }] }), {}))).toThrow(/unknown role/);
    expect(() => new RealmModel(parseRealm(JSON.stringify({ ...base, clients: [{ clientId: 'c', defaultClientScopes: ['nope'] }] }), {}))).toThrow(/unknown client scope/);
    const mapper = { realm: 'r', clients: [{ clientId: 'c', protocolMappers: [{ name: 'm', protocolMapper: 'oidc-script-mapper' }] }] };
    expect(() => new TokenMinter(new RealmModel(parseRealm(JSON.stringify(mapper), {})), {} as SigningKeys, 'http://x')).toThrow(/not supported/);
    expect(() => parseRealm('{', {})).toThrow(/JSON/);
  });
});

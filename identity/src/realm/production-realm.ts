// The realm to import into a PRODUCTION Keycloak, derived from the development realm file: no demo
// users (with their published password), no password-grant test client, no dev-only default secrets,
// brute-force protection on. identity/scripts/production-realm.ts prints it.
import type { ClientRepresentation, RealmRepresentation } from './realm-file.ts';

export const TEST_ONLY_CLIENTS = new Set(['registry-test']);
const PORTAL = 'registry-portal';
const PLACEHOLDER_WITH_DEFAULT = /^\$\{([A-Z0-9_]+):[^}]*\}$/;

/** `${NAME:dev-default}` → `${NAME}`: the value must come from the environment. */
const withoutDefault = (secret: string | undefined): string | undefined => secret?.replace(PLACEHOLDER_WITH_DEFAULT, '${$1}');

const productionClient = (client: ClientRepresentation): ClientRepresentation => {
  const secret = withoutDefault(client.secret);
  const hardened: ClientRepresentation = { ...client, ...(secret !== undefined ? { secret } : {}) };
  if (client.clientId !== PORTAL) return hardened;
  // The portal's real address replaces the localhost development URLs.
  return {
    ...hardened,
    redirectUris: ['${PORTAL_URL}/*'],
    webOrigins: ['${PORTAL_URL}'],
    attributes: { ...client.attributes, 'post.logout.redirect.uris': '${PORTAL_URL}/*' },
  };
};

/**
 * Keycloak creates `admin-cli` in every realm with the password grant ON (found by the real-Keycloak
 * test): declared here, it is created without it, so no client of the realm takes passwords.
 */
const ADMIN_CLI: ClientRepresentation = { clientId: 'admin-cli', enabled: true, publicClient: true, standardFlowEnabled: false, directAccessGrantsEnabled: false, fullScopeAllowed: false };

export const productionRealm = (realm: RealmRepresentation): RealmRepresentation => ({
  ...realm,
  sslRequired: 'external',
  passwordPolicy: 'length(12) and notUsername and notEmail and passwordHistory(5)',
  bruteForceProtected: true,
  clients: [...(realm.clients ?? []).filter((c) => !TEST_ONLY_CLIENTS.has(c.clientId) && c.clientId !== ADMIN_CLI.clientId).map(productionClient), ADMIN_CLI],
  scopeMappings: (realm.scopeMappings ?? []).filter((m) => !m.client || !TEST_ONLY_CLIENTS.has(m.client)),
  // People come from the national identity systems, not from a file: only service accounts stay.
  users: (realm.users ?? []).filter((u) => u.serviceAccountClientId !== undefined && !TEST_ONLY_CLIENTS.has(u.serviceAccountClientId)),
});

/** The environment variables the production realm needs. */
export const requiredVariables = (realm: RealmRepresentation): string[] =>
  [...new Set(JSON.stringify(realm).match(/\$\{[A-Z0-9_]+\}/g) ?? [])].map((p) => p.slice(2, -1)).sort();

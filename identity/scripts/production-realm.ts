// Derive the realm to import into a PRODUCTION Keycloak from identity/realm/registry-realm.json:
//   node identity/scripts/production-realm.ts > registry-realm.prod.json
//   node identity/scripts/production-realm.ts --check-env   # deploy step: every variable is set
// The development realm must never be imported as it is: it has demo users with a published
// password, the password-grant test client, and dev-only default secrets.
import { parseArgs } from 'node:util';
import { loadRealmFile, type ClientRepresentation, type RealmRepresentation } from '../src/realm/realm-file.ts';

const TEST_ONLY_CLIENTS = new Set(['registry-test']);
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

export const productionRealm = (realm: RealmRepresentation): RealmRepresentation => ({
  ...realm,
  sslRequired: 'external',
  passwordPolicy: 'length(12) and notUsername and notEmail and passwordHistory(5)',
  bruteForceProtected: true,
  clients: (realm.clients ?? []).filter((c) => !TEST_ONLY_CLIENTS.has(c.clientId)).map(productionClient),
  scopeMappings: (realm.scopeMappings ?? []).filter((m) => !m.client || !TEST_ONLY_CLIENTS.has(m.client)),
  // People come from the national identity systems, not from a file: only service accounts stay.
  users: (realm.users ?? []).filter((u) => u.serviceAccountClientId !== undefined && !TEST_ONLY_CLIENTS.has(u.serviceAccountClientId)),
});

/** The environment variables the production realm needs. */
export const requiredVariables = (realm: RealmRepresentation): string[] =>
  [...new Set(JSON.stringify(realm).match(/\$\{[A-Z0-9_]+\}/g) ?? [])].map((p) => p.slice(2, -1)).sort();

const { values } = parseArgs({ options: { 'check-env': { type: 'boolean', default: false } } });
const realm = productionRealm(loadRealmFile(undefined, null));
if (values['check-env']) {
  const missing = requiredVariables(realm).filter((name) => !process.env[name]);
  if (missing.length > 0) {
    // Names only, never values.
    console.error(`Missing for the production realm: ${missing.join(', ')}`);
    process.exit(1);
  }
  console.error('All production realm variables are set.');
} else {
  process.stdout.write(`${JSON.stringify(realm, null, 2)}\n`);
}

// Derive the realm to import into a PRODUCTION Keycloak from identity/realm/registry-realm.json:
//   node identity/scripts/production-realm.ts > registry-realm.prod.json
//   node identity/scripts/production-realm.ts --check-env   # deploy step: every variable is set
// The development realm must never be imported as it is: it has demo users with a published
// password, the password-grant test client, and dev-only default secrets.
import { parseArgs } from 'node:util';
import { loadRealmFile } from '../src/realm/realm-file.ts';
import { productionRealm, requiredVariables } from '../src/realm/production-realm.ts';

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

// Identity: the registry realm (source of truth for roles, clients, scopes and mappers), the
// embedded Keycloak-compatible issuer for zero-setup runs, and token helpers for tests.
export { startEmbeddedIssuer, assertDevelopmentOnly, EmbeddedIssuerRefusedError } from './issuer/server.ts';
export type { EmbeddedIssuer, EmbeddedIssuerOptions } from './issuer/server.ts';
export { REALM_FILE, loadRealmFile, parseRealm, resolvePlaceholders, RealmFileError } from './realm/realm-file.ts';
export type { RealmRepresentation, ClientRepresentation, UserRepresentation, Environment } from './realm/realm-file.ts';
export { productionRealm, requiredVariables, TEST_ONLY_CLIENTS } from './realm/production-realm.ts';
export { DEMO_USERS, SERVICE_CLIENTS, findDemoUser, devClientSecret } from './realm/demo-users.ts';
export type { DemoUser, RealmServiceClient } from './realm/demo-users.ts';
export {
  REALM,
  TEST_CLIENT,
  passwordToken,
  passwordTokens,
  clientToken,
  requestTokens,
  decodeClaims,
  realmEndpoints,
  TokenRequestError,
} from './testing/tokens.ts';
export type { TokenResponse, AccessTokenClaims, RealmEndpoints, ClientCredentials } from './testing/tokens.ts';
export { browserLogin, browserGet, loginFormAction, pkcePair, BrowserLoginError, CookieJar } from './testing/browser-login.ts';
export type { BrowserLoginOptions, BrowserLoginResult } from './testing/browser-login.ts';

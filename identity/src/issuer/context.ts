import type { RealmModel } from '../realm/realm-model.ts';
import type { BruteForceGuard } from './brute-force.ts';
import type { SigningKeys } from './keys.ts';
import type { ExpiringMap, SessionStore } from './sessions.ts';
import type { TokenMinter } from './tokens.ts';
import type { LoginLocale } from './login-texts.ts';

/** A validated authorization request, waiting for the user to sign in. */
export interface AuthorizationRequest {
  readonly clientId: string;
  readonly redirectUri: string;
  readonly scope: string;
  readonly state?: string;
  readonly nonce?: string;
  /** S256 challenge (the only method supported). */
  readonly codeChallenge?: string;
}

export interface PendingLogin {
  readonly request: AuthorizationRequest;
  /** Value of the AUTH_SESSION_ID cookie that started it: a login form posted from elsewhere fails. */
  readonly browserBinding: string;
  /** The language of its pages (kc_locale, ui_locales, Accept-Language, else the realm default). */
  readonly locale: LoginLocale;
}

export interface AuthorizationCode {
  readonly clientId: string;
  readonly redirectUri: string;
  readonly sessionId: string;
  readonly scope: string;
  readonly nonce?: string;
  readonly codeChallenge?: string;
}

export interface PendingLogout {
  readonly browserBinding: string;
  readonly redirectUri?: string;
  readonly state?: string;
}

/** State shared by the embedded issuer's endpoints. */
export interface IssuerContext {
  readonly realm: RealmModel;
  /** `<base>/realms/<realm>`: the `iss` of every token. */
  readonly issuerUrl: string;
  /** `/realms/<realm>`: the path prefix of every endpoint. */
  readonly realmPath: string;
  readonly keys: SigningKeys;
  readonly minter: TokenMinter;
  readonly sessions: SessionStore;
  readonly codes: ExpiringMap<AuthorizationCode>;
  readonly logins: ExpiringMap<PendingLogin>;
  readonly logouts: ExpiringMap<PendingLogout>;
  /** SSO cookie value → session id. */
  readonly ssoCookies: ExpiringMap<string>;
  readonly secureCookies: boolean;
  /** Failed sign-ins per user, and who is locked out (the realm's brute-force settings). */
  readonly bruteForce: BruteForceGuard;
}

export const SSO_COOKIE = 'KEYCLOAK_IDENTITY';
export const AUTH_SESSION_COOKIE = 'AUTH_SESSION_ID';

export const cookieOptions = (context: IssuerContext, maxAge?: number) => ({
  path: `${context.realmPath}/`,
  secure: context.secureCookies,
  ...(maxAge !== undefined ? { maxAge } : {}),
});

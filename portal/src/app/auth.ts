import { UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';

/** What the portal server tells the browser about the identity provider (`/config.json`). */
export interface PortalConfig {
  readonly authority: string;
  readonly clientId: string;
}

export const CALLBACK_PATH = '/callback';

export const loadConfig = async (): Promise<PortalConfig> => {
  const response = await fetch('/config.json', { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`config.json: HTTP ${response.status}`);
  return (await response.json()) as PortalConfig;
};

/**
 * Authorization code + PKCE (S256) against any OIDC provider found by discovery: the embedded
 * issuer and Keycloak alike. Tokens live in sessionStorage, gone when the tab closes.
 */
export const createUserManager = (config: PortalConfig): UserManager =>
  new UserManager({
    authority: config.authority,
    client_id: config.clientId,
    redirect_uri: `${location.origin}${CALLBACK_PATH}`,
    post_logout_redirect_uri: `${location.origin}/`,
    response_type: 'code',
    scope: 'openid',
    userStore: new WebStorageStateStore({ store: sessionStorage }),
    automaticSilentRenew: true,
    loadUserInfo: false,
  });

/** The `pin` claim of the access token: the citizen's own PIN, the only record they may read. */
export const pinOf = (user: User): string | undefined => {
  const claimed = user.profile['pin'];
  if (typeof claimed === 'string') return claimed;
  const payload = user.access_token.split('.')[1];
  if (!payload) return undefined;
  try {
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/')) ;
    const claims = JSON.parse(json) as Record<string, unknown>;
    return typeof claims['pin'] === 'string' ? claims['pin'] : undefined;
  } catch {
    return undefined;
  }
};

export const displayNameOf = (user: User): string =>
  [user.profile.given_name, user.profile.family_name].filter(Boolean).join(' ') || user.profile.preferred_username || '';

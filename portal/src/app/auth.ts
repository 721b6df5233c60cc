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

/** The access token's claims (the portal reads, never trusts, them: the registry checks the token). */
export const claimsOf = (user: User): Record<string, unknown> => {
  const payload = user.access_token.split('.')[1];
  if (!payload) return {};
  try {
    const binary = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const json = new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
    const claims: unknown = JSON.parse(json);
    return typeof claims === 'object' && claims !== null ? (claims as Record<string, unknown>) : {};
  } catch {
    return {};
  }
};

/** The `pin` claim of the access token: the citizen's own PIN, the only record they may read. */
export const pinOf = (user: User): string | undefined => {
  const claimed = user.profile['pin'] ?? claimsOf(user)['pin'];
  return typeof claimed === 'string' ? claimed : undefined;
};

/** The caseworker's region (`region` claim): the only people they may search and open. */
export const regionOf = (user: User): string | undefined => {
  const claimed = claimsOf(user)['region'];
  return typeof claimed === 'string' ? claimed : undefined;
};

/** The realm roles (`realm_access.roles`) of the access token. */
export const rolesOf = (user: User): ReadonlySet<string> => {
  const access = claimsOf(user)['realm_access'];
  const roles = typeof access === 'object' && access !== null ? (access as { roles?: unknown }).roles : undefined;
  return new Set(Array.isArray(roles) ? roles.filter((r): r is string => typeof r === 'string') : []);
};

/**
 * Which part of the portal a user works in. One app for everyone, navigation by role: auditors
 * (and registry administrators, who read as auditors here) look and change nothing, caseworkers
 * work their region's people, appeals officers the appeals in review, rules editors and approvers
 * the benefit parameters (drafts and four-eyes approval), citizens their own record.
 */
export type Workspace = 'auditor' | 'caseworker' | 'appeals' | 'rules' | 'citizen' | 'none';

/** The realm roles of the rules workspace: who drafts a parameter change, who approves one. */
export const RULES_EDITOR = 'rules-editor';
export const RULES_APPROVER = 'rules-approver';

export const workspaceOf = (user: User): Workspace => {
  const roles = rolesOf(user);
  if (roles.has('auditor') || roles.has('registry-admin')) return 'auditor';
  if (roles.has('caseworker')) return 'caseworker';
  if (roles.has('appeals-officer')) return 'appeals';
  if (roles.has(RULES_EDITOR) || roles.has(RULES_APPROVER)) return 'rules';
  if (roles.has('citizen')) return 'citizen';
  return 'none';
};

export const displayNameOf = (user: User): string =>
  [user.profile.given_name, user.profile.family_name].filter(Boolean).join(' ') || user.profile.preferred_username || '';

import type { ClientRepresentation, UserRepresentation } from '../realm/realm-file.ts';
import type { RealmModel, RoleKey } from '../realm/realm-model.ts';
import { OAuthError } from './oauth-error.ts';

/** The client scopes a token is built from, and its `scope` claim. */
export interface AppliedScopes {
  /** Client scope names whose mappers and role scope mappings apply, defaults first. */
  readonly names: readonly string[];
  readonly openid: boolean;
  /** The `scope` claim: openid plus the applied scopes that are "included in token scope". */
  readonly claim: string;
}

const split = (scope: string | undefined | null): string[] => (scope ?? '').split(' ').filter((s) => s.length > 0);

/** Requested scopes must be openid or one of the client's default or optional scopes. */
export const checkRequestedScopes = (client: ClientRepresentation, requested: string | undefined | null): void => {
  const known = new Set(['openid', ...(client.defaultClientScopes ?? []), ...(client.optionalClientScopes ?? [])]);
  const unknown = split(requested).filter((s) => !known.has(s));
  // Keycloak names the offending scopes; they are the caller's own request, not personal data.
  if (unknown.length > 0) throw new OAuthError('invalid_scope', `Invalid scopes: ${unknown.join(' ')}`);
};

/**
 * Keycloak's rules: every default client scope, plus the requested optional ones, minus scopes
 * with role scope mappings the user holds none of.
 */
export const applyScopes = (
  realm: RealmModel,
  client: ClientRepresentation,
  user: UserRepresentation,
  requested: string | undefined | null,
): AppliedScopes => {
  checkRequestedScopes(client, requested);
  const asked = new Set(split(requested));
  const userRoles: ReadonlySet<RoleKey> = realm.userRoles(user);
  const names = [
    ...(client.defaultClientScopes ?? []),
    ...(client.optionalClientScopes ?? []).filter((s) => asked.has(s)),
  ].filter((name, index, all) => all.indexOf(name) === index && realm.scopePermittedFor(name, userRoles));
  const openid = asked.has('openid');
  const inClaim = names.filter((name) => realm.clientScope(name)?.attributes?.['include.in.token.scope'] !== 'false');
  return { names, openid, claim: [...(openid ? ['openid'] : []), ...inClaim].join(' ') };
};

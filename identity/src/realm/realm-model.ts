import { createHash } from 'node:crypto';
import {
  RealmFileError,
  type ClientRepresentation,
  type ClientScopeRepresentation,
  type RealmRepresentation,
  type RoleRepresentation,
  type UserRepresentation,
} from './realm-file.ts';

/** A role as a set member: `realm:<name>` or `client:<clientId>:<name>`. */
export type RoleKey = string;
export const realmRoleKey = (name: string): RoleKey => `realm:${name}`;
export const clientRoleKey = (clientId: string, name: string): RoleKey => `client:${clientId}:${name}`;

export interface RoleRef {
  readonly clientId?: string;
  readonly name: string;
}
export const parseRoleKey = (key: RoleKey): RoleRef => {
  if (key.startsWith('realm:')) return { name: key.slice('realm:'.length) };
  const [, clientId = '', ...rest] = key.split(':');
  return { clientId, name: rest.join(':') };
};

export interface Lifespans {
  /** Seconds. */
  readonly accessToken: number;
  readonly accessCode: number;
  readonly ssoSessionIdle: number;
  readonly ssoSessionMax: number;
}

const USER_PROFILE_PROVIDER = 'org.keycloak.userprofile.UserProfileProvider';
const PROFILE_CONFIG = 'kc.user.profile.config';

/** Name-based UUID so a user without an `id` in the file still gets a stable `sub`. */
const derivedId = (realm: string, name: string): string => {
  const h = createHash('sha256').update(`${realm}:${name}`).digest('hex');
  const variant = ((parseInt(h.slice(16, 17), 16) & 3) | 8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
};

/**
 * The realm as the embedded issuer needs it: lookups, and Keycloak's role rules (composite
 * expansion, a client's role scope, client scopes that need a role). Features the issuer does not
 * reproduce (groups) are refused here, so the two issuers cannot silently diverge.
 */
export class RealmModel {
  readonly name: string;
  readonly representation: RealmRepresentation;
  readonly lifespans: Lifespans;
  readonly #clients = new Map<string, ClientRepresentation>();
  readonly #scopes = new Map<string, ClientScopeRepresentation>();
  readonly #usersByName = new Map<string, UserRepresentation>();
  readonly #usersById = new Map<string, UserRepresentation>();
  readonly #serviceAccounts = new Map<string, UserRepresentation>();
  readonly #roles = new Map<RoleKey, RoleRepresentation & { readonly clientId?: string }>();
  /** Role scope mappings, keyed `client:<clientId>` or `scope:<scopeName>`. */
  readonly #scopeMappings = new Map<string, Set<RoleKey>>();
  readonly #managedAttributes: ReadonlySet<string> | undefined;

  constructor(representation: RealmRepresentation) {
    this.representation = representation;
    this.name = representation.realm;
    // Keycloak's defaults for the lifespans a realm export may leave out.
    this.lifespans = {
      accessToken: representation.accessTokenLifespan ?? 300,
      accessCode: representation.accessCodeLifespan ?? 60,
      ssoSessionIdle: representation.ssoSessionIdleTimeout ?? 1800,
      ssoSessionMax: representation.ssoSessionMaxLifespan ?? 36000,
    };
    if ((representation.groups?.length ?? 0) > 0) throw new RealmFileError('groups are not supported by the embedded issuer');

    for (const role of representation.roles?.realm ?? []) this.#roles.set(realmRoleKey(role.name), role);
    for (const [clientId, roles] of Object.entries(representation.roles?.client ?? {})) {
      for (const role of roles) this.#roles.set(clientRoleKey(clientId, role.name), { ...role, clientId });
    }
    for (const scope of representation.clientScopes ?? []) this.#scopes.set(scope.name, scope);
    for (const client of representation.clients ?? []) {
      this.#clients.set(client.clientId, client);
      for (const scope of [...(client.defaultClientScopes ?? []), ...(client.optionalClientScopes ?? [])]) {
        if (!this.#scopes.has(scope)) throw new RealmFileError(`client ${client.clientId} refers to unknown client scope ${scope}`);
      }
    }
    for (const mapping of representation.scopeMappings ?? []) {
      this.#addScopeMapping(mapping.client, mapping.clientScope, mapping.roles.map(realmRoleKey));
    }
    for (const [roleClient, mappings] of Object.entries(representation.clientScopeMappings ?? {})) {
      for (const mapping of mappings) this.#addScopeMapping(mapping.client, mapping.clientScope, mapping.roles.map((r) => clientRoleKey(roleClient, r)));
    }
    for (const user of representation.users ?? []) {
      if ((user.groups?.length ?? 0) > 0) throw new RealmFileError('group membership is not supported by the embedded issuer');
      for (const role of this.#directRoles(user)) this.#requireRole(role, `user ${user.username}`);
      const withId = user.id ? user : { ...user, id: derivedId(this.name, `user:${user.username}`) };
      this.#usersByName.set(user.username.toLowerCase(), withId);
      this.#usersById.set(withId.id ?? '', withId);
      if (user.serviceAccountClientId) this.#serviceAccounts.set(user.serviceAccountClientId, withId);
    }
    this.#managedAttributes = this.#readUserProfile();
  }

  #addScopeMapping(client: string | undefined, clientScope: string | undefined, roles: RoleKey[]) {
    const key = client ? `client:${client}` : clientScope ? `scope:${clientScope}` : undefined;
    if (!key) throw new RealmFileError('a scope mapping names neither a client nor a client scope');
    for (const role of roles) this.#requireRole(role, key);
    const set = this.#scopeMappings.get(key) ?? new Set<RoleKey>();
    for (const role of roles) set.add(role);
    this.#scopeMappings.set(key, set);
  }

  #requireRole(key: RoleKey, where: string) {
    if (!this.#roles.has(key)) throw new RealmFileError(`${where} refers to unknown role ${key}`);
  }

  /** Declared attributes of the declarative user profile; undefined when unmanaged ones are kept too. */
  #readUserProfile(): ReadonlySet<string> | undefined {
    const component = this.representation.components?.[USER_PROFILE_PROVIDER]?.[0];
    const text = component?.config?.[PROFILE_CONFIG]?.[0];
    if (!text) return undefined;
    const profile = JSON.parse(text) as { attributes?: Array<{ name: string }>; unmanagedAttributePolicy?: string };
    if (profile.unmanagedAttributePolicy) return undefined;
    return new Set((profile.attributes ?? []).map((a) => a.name));
  }

  #directRoles(user: UserRepresentation): RoleKey[] {
    return [
      ...(user.realmRoles ?? []).map(realmRoleKey),
      ...Object.entries(user.clientRoles ?? {}).flatMap(([clientId, roles]) => roles.map((r) => clientRoleKey(clientId, r))),
    ];
  }

  /** The roles plus everything their composites contain. */
  expand(roles: Iterable<RoleKey>): Set<RoleKey> {
    const result = new Set<RoleKey>();
    const pending = [...roles];
    for (let key = pending.pop(); key !== undefined; key = pending.pop()) {
      if (result.has(key)) continue;
      result.add(key);
      const role = this.#roles.get(key);
      for (const name of role?.composites?.realm ?? []) pending.push(realmRoleKey(name));
      for (const [clientId, names] of Object.entries(role?.composites?.client ?? {})) {
        for (const name of names) pending.push(clientRoleKey(clientId, name));
      }
    }
    return result;
  }

  client(clientId: string): ClientRepresentation | undefined {
    return this.#clients.get(clientId);
  }

  clients(): ClientRepresentation[] {
    return [...this.#clients.values()];
  }

  clientScope(name: string): ClientScopeRepresentation | undefined {
    return this.#scopes.get(name);
  }

  clientScopes(): ClientScopeRepresentation[] {
    return [...this.#scopes.values()];
  }

  /** Keycloak usernames are case-insensitive (stored lower-case). */
  userByUsername(username: string): UserRepresentation | undefined {
    const user = this.#usersByName.get(username.toLowerCase());
    return user?.serviceAccountClientId ? undefined : user;
  }

  userById(id: string): UserRepresentation | undefined {
    return this.#usersById.get(id);
  }

  /** The client's service-account user: declared in the file, or the one Keycloak would create. */
  serviceAccount(clientId: string): UserRepresentation {
    return (
      this.#serviceAccounts.get(clientId) ?? {
        id: derivedId(this.name, `service-account:${clientId}`),
        username: `service-account-${clientId}`,
        enabled: true,
        serviceAccountClientId: clientId,
      }
    );
  }

  userRoles(user: UserRepresentation): Set<RoleKey> {
    return this.expand(this.#directRoles(user));
  }

  /** A user attribute as Keycloak exposes it: only declared ones under a declarative profile. */
  userAttribute(user: UserRepresentation, name: string): readonly string[] | undefined {
    switch (name) {
      case 'username':
        return [user.username.toLowerCase()];
      case 'email':
        return user.email !== undefined ? [user.email] : undefined;
      case 'firstName':
        return user.firstName !== undefined ? [user.firstName] : undefined;
      case 'lastName':
        return user.lastName !== undefined ? [user.lastName] : undefined;
    }
    if (this.#managedAttributes && !this.#managedAttributes.has(name)) return undefined;
    return user.attributes?.[name];
  }

  /** A role scope mapping's roles, before expansion. */
  scopeMappings(target: { client: string } | { clientScope: string }): ReadonlySet<RoleKey> {
    const key = 'client' in target ? `client:${target.client}` : `scope:${target.clientScope}`;
    return this.#scopeMappings.get(key) ?? new Set();
  }

  /**
   * Keycloak's rule: a client scope that has role scope mappings applies only to a user holding at
   * least one of those roles (so the `health` scope does nothing for a user without health-data).
   */
  scopePermittedFor(scopeName: string, userRoles: ReadonlySet<RoleKey>): boolean {
    const mapped = this.scopeMappings({ clientScope: scopeName });
    if (mapped.size === 0) return true;
    for (const role of this.expand(mapped)) if (userRoles.has(role)) return true;
    return false;
  }

  /**
   * The roles a token for `client` may carry (TokenManager.getAccess): all of the user's with
   * fullScopeAllowed, else only those within the client's own roles and the role scope mappings of
   * the client and of the applied client scopes, composites expanded.
   */
  tokenRoles(user: UserRepresentation, client: ClientRepresentation, appliedScopes: readonly string[]): Set<RoleKey> {
    const userRoles = this.userRoles(user);
    if (client.fullScopeAllowed !== false) return userRoles;
    const allowed = new Set<RoleKey>([...this.#roles.keys()].filter((k) => k.startsWith(`client:${client.clientId}:`)));
    for (const role of this.scopeMappings({ client: client.clientId })) allowed.add(role);
    for (const scope of appliedScopes) for (const role of this.scopeMappings({ clientScope: scope })) allowed.add(role);
    const expanded = this.expand(allowed);
    return new Set([...userRoles].filter((r) => expanded.has(r)));
  }
}

import type { ClientRepresentation, ProtocolMapperRepresentation, UserRepresentation } from '../realm/realm-file.ts';
import { parseRoleKey, type RealmModel, type RoleKey } from '../realm/realm-model.ts';

/**
 * Keycloak's OIDC protocol mappers, interpreted from the realm file so the embedded issuer's claims
 * come from the same configuration real Keycloak uses. An unknown mapper type fails at start-up:
 * a claim silently missing here but present in Keycloak is worse than no embedded issuer.
 */
export type TokenKind = 'access' | 'id' | 'userinfo';
export type Claims = Record<string, unknown>;

export interface MapperContext {
  readonly realm: RealmModel;
  readonly client: ClientRepresentation;
  readonly user: UserRepresentation;
  /** The roles this token carries (already limited to the client's role scope). */
  readonly roles: ReadonlySet<RoleKey>;
  readonly sessionNotes: Readonly<Record<string, string>>;
  /** Audiences collected by audience mappers; `aud` is written from it at the end. */
  readonly audience: Set<string>;
}

export interface CompiledMapper {
  readonly name: string;
  readonly tokens: ReadonlySet<TokenKind>;
  apply(claims: Claims, context: MapperContext): void;
}

export class UnsupportedMapperError extends Error {
  constructor(mapper: ProtocolMapperRepresentation, detail: string) {
    super(`protocol mapper "${mapper.name}" (${mapper.protocolMapper}): ${detail}`);
    this.name = 'UnsupportedMapperError';
  }
}

/** `a.b\.c` is the path ["a", "b.c"], as in Keycloak claim names. */
const claimPath = (name: string): string[] => name.split(/(?<!\\)\./).map((part) => part.replace(/\\\./g, '.'));

export const setClaim = (claims: Claims, name: string, value: unknown): void => {
  const path = claimPath(name);
  const last = path.pop();
  if (last === undefined) return;
  let target: Claims = claims;
  for (const part of path) {
    const next = target[part];
    if (next === null || typeof next !== 'object' || Array.isArray(next)) target[part] = {};
    target = target[part] as Claims;
  }
  target[last] = value;
};

const convert = (value: string, type: string | undefined): unknown => {
  switch (type) {
    case 'boolean':
      return value === 'true';
    case 'long':
    case 'int':
      return Number(value);
    case 'JSON':
      return JSON.parse(value) as unknown;
    case undefined: // Keycloak's default is String
    default:
      return value;
  }
};

const tokensOf = (config: Readonly<Record<string, string>>): Set<TokenKind> => {
  const tokens = new Set<TokenKind>();
  if (config['access.token.claim'] === 'true') tokens.add('access');
  if (config['id.token.claim'] === 'true') tokens.add('id');
  if (config['userinfo.token.claim'] === 'true') tokens.add('userinfo');
  return tokens;
};

const writeValues = (claims: Claims, config: Readonly<Record<string, string>>, values: readonly string[] | undefined) => {
  const claim = config['claim.name'];
  if (!claim || !values || values.length === 0) return;
  const type = config['jsonType.label'];
  if (config['multivalued'] === 'true') setClaim(claims, claim, values.map((v) => convert(v, type)));
  else setClaim(claims, claim, convert(values[0] ?? '', type));
};

const userProperty = (user: UserRepresentation, property: string): string | undefined => {
  switch (property) {
    case 'username':
      return user.username.toLowerCase();
    case 'email':
      return user.email;
    case 'firstName':
      return user.firstName;
    case 'lastName':
      return user.lastName;
    case 'emailVerified':
      return String(user.emailVerified ?? false);
    case 'enabled':
      return String(user.enabled ?? false);
    default:
      return undefined;
  }
};

const originOf = (uri: string): string | undefined => {
  try {
    return new URL(uri.replace(/\*$/, '')).origin;
  } catch {
    return undefined;
  }
};

/** A client's web origins, `+` standing for its redirect URIs' origins (Keycloak's convention). */
export const webOriginsOf = (client: ClientRepresentation): string[] => {
  const origins = new Set<string>();
  for (const origin of client.webOrigins ?? []) {
    if (origin === '+') for (const uri of client.redirectUris ?? []) {
      const o = originOf(uri);
      if (o) origins.add(o);
    }
    else origins.add(origin);
  }
  return [...origins];
};

const refuseOption = (mapper: ProtocolMapperRepresentation, config: Readonly<Record<string, string>>, key: string) => {
  if (config[key]) throw new UnsupportedMapperError(mapper, `option ${key} is not supported by the embedded issuer`);
};

export const compileMapper = (mapper: ProtocolMapperRepresentation): CompiledMapper => {
  if (mapper.protocol !== undefined && mapper.protocol !== 'openid-connect') {
    throw new UnsupportedMapperError(mapper, `protocol ${mapper.protocol}`);
  }
  const config = mapper.config ?? {};
  const tokens = tokensOf(config);
  const compiled = (apply: CompiledMapper['apply'], only?: ReadonlySet<TokenKind>): CompiledMapper => ({
    name: mapper.name,
    tokens: only ? new Set([...tokens].filter((t) => only.has(t))) : tokens,
    apply,
  });
  const accessOnly = new Set<TokenKind>(['access']);

  switch (mapper.protocolMapper) {
    case 'oidc-sub-mapper':
      return compiled((claims, { user }) => {
        claims['sub'] = user.id;
      }, accessOnly);
    case 'oidc-usermodel-attribute-mapper':
      return compiled((claims, { realm, user }) => writeValues(claims, config, realm.userAttribute(user, config['user.attribute'] ?? '')));
    case 'oidc-usermodel-property-mapper':
      return compiled((claims, { user }) => {
        const value = userProperty(user, config['user.attribute'] ?? '');
        writeValues(claims, config, value === undefined ? undefined : [value]);
      });
    case 'oidc-full-name-mapper':
      return compiled((claims, { user }) => {
        const name = [user.firstName, user.lastName].filter((n) => n !== undefined && n !== '').join(' ');
        if (name) claims['name'] = name;
      });
    case 'oidc-hardcoded-claim-mapper':
      return compiled((claims) => writeValues(claims, config, config['claim.value'] === undefined ? undefined : [config['claim.value']]));
    case 'oidc-usersessionmodel-note-mapper':
      return compiled((claims, { sessionNotes }) => {
        const note = sessionNotes[config['user.session.note'] ?? ''];
        writeValues(claims, config, note === undefined ? undefined : [note]);
      });
    case 'oidc-usermodel-realm-role-mapper':
      refuseOption(mapper, config, 'usermodel.realmRoleMapping.rolePrefix');
      return compiled((claims, { roles }) => {
        const names = [...roles].map(parseRoleKey).filter((r) => r.clientId === undefined).map((r) => r.name);
        if (names.length > 0) setClaim(claims, config['claim.name'] ?? 'realm_access.roles', names);
      });
    case 'oidc-usermodel-client-role-mapper':
      refuseOption(mapper, config, 'usermodel.clientRoleMapping.rolePrefix');
      return compiled((claims, { roles }) => {
        const only = config['usermodel.clientRoleMapping.clientId'];
        const byClient = new Map<string, string[]>();
        for (const role of [...roles].map(parseRoleKey)) {
          if (role.clientId === undefined || (only && role.clientId !== only)) continue;
          byClient.set(role.clientId, [...(byClient.get(role.clientId) ?? []), role.name]);
        }
        const template = config['claim.name'] ?? 'resource_access.${client_id}.roles';
        for (const [clientId, names] of byClient) setClaim(claims, template.replace('${client_id}', clientId.replace(/\./g, '\\.')), names);
      });
    case 'oidc-audience-mapper':
      return compiled((_claims, { audience }) => {
        if (config['included.client.audience']) audience.add(config['included.client.audience']);
        if (config['included.custom.audience']) audience.add(config['included.custom.audience']);
      });
    case 'oidc-audience-resolve-mapper':
      return compiled((_claims, { roles, client, audience }) => {
        for (const role of [...roles].map(parseRoleKey)) {
          if (role.clientId !== undefined && role.clientId !== client.clientId) audience.add(role.clientId);
        }
      }, accessOnly);
    case 'oidc-allowed-origins-mapper':
      return compiled((claims, { client }) => {
        const origins = webOriginsOf(client);
        if (origins.length > 0) claims['allowed-origins'] = origins;
      }, accessOnly);
    default:
      throw new UnsupportedMapperError(mapper, 'mapper type not supported by the embedded issuer');
  }
};

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The subset of Keycloak's realm representation (RealmRepresentation in a realm export) that the
 * registry uses. The realm file is the source of truth: real Keycloak imports it, the embedded
 * issuer serves it, and DEMO_USERS / dev secrets are read from it.
 */
export const REALM_FILE = fileURLToPath(new URL('../../realm/registry-realm.json', import.meta.url));

export type StringMap = Readonly<Record<string, string>>;

export interface ProtocolMapperRepresentation {
  readonly name: string;
  readonly protocol?: string;
  readonly protocolMapper: string;
  readonly config?: StringMap;
}

export interface ClientScopeRepresentation {
  readonly name: string;
  readonly description?: string;
  readonly protocol?: string;
  readonly attributes?: StringMap;
  readonly protocolMappers?: readonly ProtocolMapperRepresentation[];
}

export interface ClientRepresentation {
  readonly clientId: string;
  readonly name?: string;
  readonly enabled?: boolean;
  readonly publicClient?: boolean;
  readonly bearerOnly?: boolean;
  readonly secret?: string;
  readonly standardFlowEnabled?: boolean;
  readonly implicitFlowEnabled?: boolean;
  readonly directAccessGrantsEnabled?: boolean;
  readonly serviceAccountsEnabled?: boolean;
  readonly fullScopeAllowed?: boolean;
  readonly redirectUris?: readonly string[];
  readonly webOrigins?: readonly string[];
  readonly attributes?: StringMap;
  readonly protocolMappers?: readonly ProtocolMapperRepresentation[];
  readonly defaultClientScopes?: readonly string[];
  readonly optionalClientScopes?: readonly string[];
}

export interface RoleRepresentation {
  readonly name: string;
  readonly description?: string;
  readonly composite?: boolean;
  readonly composites?: { readonly realm?: readonly string[]; readonly client?: Readonly<Record<string, readonly string[]>> };
}

export interface CredentialRepresentation {
  readonly type: string;
  readonly value?: string;
  readonly temporary?: boolean;
}

export interface UserRepresentation {
  readonly id?: string;
  readonly username: string;
  readonly enabled?: boolean;
  readonly email?: string;
  readonly emailVerified?: boolean;
  readonly firstName?: string;
  readonly lastName?: string;
  readonly attributes?: Readonly<Record<string, readonly string[]>>;
  readonly realmRoles?: readonly string[];
  readonly clientRoles?: Readonly<Record<string, readonly string[]>>;
  readonly credentials?: readonly CredentialRepresentation[];
  readonly requiredActions?: readonly string[];
  readonly serviceAccountClientId?: string;
  readonly groups?: readonly string[];
}

export interface ScopeMappingRepresentation {
  readonly client?: string;
  readonly clientScope?: string;
  readonly roles: readonly string[];
}

export interface ComponentRepresentation {
  readonly providerId?: string;
  readonly config?: Readonly<Record<string, readonly string[]>>;
}

export interface RealmRepresentation {
  readonly realm: string;
  readonly enabled?: boolean;
  readonly sslRequired?: string;
  readonly passwordPolicy?: string;
  readonly bruteForceProtected?: boolean;
  readonly permanentLockout?: boolean;
  readonly failureFactor?: number;
  readonly waitIncrementSeconds?: number;
  readonly maxFailureWaitSeconds?: number;
  readonly maxDeltaTimeSeconds?: number;
  readonly quickLoginCheckMilliSeconds?: number;
  readonly minimumQuickLoginWaitSeconds?: number;
  readonly accessTokenLifespan?: number;
  readonly accessCodeLifespan?: number;
  readonly ssoSessionIdleTimeout?: number;
  readonly ssoSessionMaxLifespan?: number;
  readonly roles?: {
    readonly realm?: readonly RoleRepresentation[];
    readonly client?: Readonly<Record<string, readonly RoleRepresentation[]>>;
  };
  readonly clientScopes?: readonly ClientScopeRepresentation[];
  readonly clients?: readonly ClientRepresentation[];
  readonly users?: readonly UserRepresentation[];
  readonly scopeMappings?: readonly ScopeMappingRepresentation[];
  readonly clientScopeMappings?: Readonly<Record<string, readonly ScopeMappingRepresentation[]>>;
  readonly groups?: readonly unknown[];
  readonly components?: Readonly<Record<string, readonly ComponentRepresentation[]>>;
}

export class RealmFileError extends Error {
  constructor(message: string) {
    super(`realm file: ${message}`);
    this.name = 'RealmFileError';
  }
}

export type Environment = Readonly<Record<string, string | undefined>>;

const PLACEHOLDER = /\$\{([^}:]+)(?::([^}]*))?\}/g;

/**
 * Keycloak's import replaces `${NAME}` and `${NAME:default}` in every string with the environment
 * variable NAME, else the default, else leaves the text as it is (so `${client_id}` in a claim name
 * survives). Doing the same here keeps secrets identical between the two issuers.
 */
export const resolvePlaceholders = (value: string, env: Environment = process.env): string =>
  value.replace(PLACEHOLDER, (whole, name: string, fallback: string | undefined) => env[name] ?? fallback ?? whole);

const resolveDeep = (value: unknown, env: Environment): unknown => {
  if (typeof value === 'string') return resolvePlaceholders(value, env);
  if (Array.isArray(value)) return value.map((v) => resolveDeep(v, env));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveDeep(v, env)]));
  }
  return value;
};

const isArrayOrAbsent = (value: unknown) => value === undefined || Array.isArray(value);

/**
 * Parse a realm export and resolve its placeholders from `env` (null keeps them, for reading the
 * template itself). Only the shape the registry relies on is checked.
 */
export const parseRealm = (text: string, env: Environment | null = process.env): RealmRepresentation => {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new RealmFileError('not valid JSON');
  }
  if (raw === null || typeof raw !== 'object' || typeof (raw as { realm?: unknown }).realm !== 'string') {
    throw new RealmFileError('missing "realm" name');
  }
  const realm = (env ? resolveDeep(raw, env) : raw) as RealmRepresentation;
  for (const key of ['clients', 'users', 'clientScopes', 'scopeMappings'] as const) {
    if (!isArrayOrAbsent(realm[key])) throw new RealmFileError(`"${key}" must be an array`);
  }
  return realm;
};

export const loadRealmFile = (path: string = REALM_FILE, env: Environment | null = process.env): RealmRepresentation =>
  parseRealm(readFileSync(path, 'utf8'), env);

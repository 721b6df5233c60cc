import { loadRealmFile, resolvePlaceholders, type ClientRepresentation, type Environment, type RealmRepresentation } from './realm-file.ts';

/** A person who can log in to the development realm. Passwords are the realm file's dev-only ones. */
export interface DemoUser {
  readonly username: string;
  readonly password: string;
  readonly firstName: string;
  readonly lastName: string;
  /** Realm roles granted to the user. */
  readonly roles: readonly string[];
  readonly pin?: string;
  readonly region?: string;
  /** Staff office (district code) the access log records. */
  readonly office?: string;
}

/** A confidential service-account client of the realm. */
export interface RealmServiceClient {
  readonly clientId: string;
  /** Realm roles of its service account. */
  readonly roles: readonly string[];
  /** Hardcoded `agency` claim (agency feeds). */
  readonly agency?: string;
  /** Hardcoded `region` claim (internal apps). */
  readonly region?: string;
}

const hardcodedClaim = (client: ClientRepresentation, claim: string): string | undefined =>
  client.protocolMappers?.find((m) => m.protocolMapper === 'oidc-hardcoded-claim-mapper' && m.config?.['claim.name'] === claim)?.config?.['claim.value'];

export const demoUsersOf = (realm: RealmRepresentation): DemoUser[] =>
  (realm.users ?? [])
    .filter((u) => !u.serviceAccountClientId)
    .map((u) => {
      const password = u.credentials?.find((c) => c.type === 'password')?.value;
      if (password === undefined) throw new Error(`demo user ${u.username} has no password in the realm file`);
      const pin = u.attributes?.['pin']?.[0];
      const region = u.attributes?.['region']?.[0];
      const office = u.attributes?.['office']?.[0];
      return {
        username: u.username,
        password,
        firstName: u.firstName ?? '',
        lastName: u.lastName ?? '',
        roles: u.realmRoles ?? [],
        ...(pin !== undefined ? { pin } : {}),
        ...(region !== undefined ? { region } : {}),
        ...(office !== undefined ? { office } : {}),
      };
    });

export const serviceClientsOf = (realm: RealmRepresentation): RealmServiceClient[] =>
  (realm.clients ?? [])
    .filter((c) => c.serviceAccountsEnabled === true)
    .map((c) => {
      const agency = hardcodedClaim(c, 'agency');
      const region = hardcodedClaim(c, 'region');
      return {
        clientId: c.clientId,
        roles: realm.users?.find((u) => u.serviceAccountClientId === c.clientId)?.realmRoles ?? [],
        ...(agency !== undefined ? { agency } : {}),
        ...(region !== undefined ? { region } : {}),
      };
    });

// The template, placeholders kept: secrets are resolved when asked for, from the caller's env.
const template = loadRealmFile(undefined, null);

/** The demo users of identity/realm/registry-realm.json: use these, never copies of them. */
export const DEMO_USERS: readonly DemoUser[] = Object.freeze(demoUsersOf(template));

/** The realm's service-account clients: the engine, internal apps, one feed per agency. */
export const SERVICE_CLIENTS: readonly RealmServiceClient[] = Object.freeze(serviceClientsOf(template));

export const findDemoUser = (username: string): DemoUser | undefined => DEMO_USERS.find((u) => u.username === username);

/**
 * A confidential client's secret as the realm import resolves it: the environment variable of its
 * `${NAME:default}` placeholder, else the dev-only default. Real Keycloak started from the same
 * environment imported the same value.
 */
export const devClientSecret = (clientId: string, env: Environment = process.env): string => {
  const secret = template.clients?.find((c) => c.clientId === clientId)?.secret;
  if (secret === undefined) throw new Error(`client ${clientId} has no secret in the realm file`);
  return resolvePlaceholders(secret, env);
};

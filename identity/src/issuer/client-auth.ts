import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { ClientRepresentation } from '../realm/realm-file.ts';
import type { RealmModel } from '../realm/realm-model.ts';
import { OAuthError } from './oauth-error.ts';

const INVALID = 'Invalid client or Invalid client credentials';

/** Constant-time comparison of secrets of any length (hash first, then compare digests). */
export const secretsEqual = (given: string, expected: string): boolean =>
  timingSafeEqual(createHash('sha256').update(given).digest(), createHash('sha256').update(expected).digest());

// RFC 6749 §2.3.1: id and secret are form-urlencoded before Basic encoding.
const formDecode = (value: string): string => decodeURIComponent(value.replace(/\+/g, ' '));

const basicCredentials = (req: IncomingMessage): { id: string; secret: string } | undefined => {
  const header = req.headers.authorization;
  if (!header?.toLowerCase().startsWith('basic ')) return undefined;
  const decoded = Buffer.from(header.slice(6).trim(), 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) throw new OAuthError('invalid_client', INVALID, 401);
  try {
    return { id: formDecode(decoded.slice(0, colon)), secret: formDecode(decoded.slice(colon + 1)) };
  } catch {
    throw new OAuthError('invalid_client', INVALID, 401);
  }
};

/**
 * The calling client, authenticated by client_secret_basic or client_secret_post (public clients
 * by client_id alone). Statuses and codes are Keycloak's: unknown client → invalid_client, wrong
 * secret → unauthorized_client, both 401.
 */
export const authenticateClient = (realm: RealmModel, req: IncomingMessage, form: URLSearchParams): ClientRepresentation => {
  const basic = basicCredentials(req);
  const clientId = basic?.id ?? form.get('client_id') ?? undefined;
  const secret = basic?.secret ?? form.get('client_secret') ?? undefined;
  if (!clientId) throw new OAuthError('invalid_client', INVALID, 401);
  if (basic && form.get('client_id') && form.get('client_id') !== basic.id) throw new OAuthError('invalid_client', INVALID, 401);
  const client = realm.client(clientId);
  if (!client || client.enabled === false || client.bearerOnly === true) throw new OAuthError('invalid_client', INVALID, 401);
  if (client.publicClient === true) return client;
  if (secret === undefined || client.secret === undefined || !secretsEqual(secret, client.secret)) {
    throw new OAuthError('unauthorized_client', INVALID, 401);
  }
  return client;
};

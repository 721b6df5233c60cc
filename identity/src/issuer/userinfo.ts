import type { IncomingMessage, ServerResponse } from 'node:http';
import type { IssuerContext } from './context.ts';
import { readForm, sendJson } from './http.ts';
import { applyScopes } from './scopes.ts';

const challenge = (realm: string, error?: string, description?: string) =>
  [`Bearer realm="${realm}"`, ...(error ? [`error="${error}"`] : []), ...(description ? [`error_description="${description}"`] : [])].join(', ');

/** GET/POST /protocol/openid-connect/userinfo, with Keycloak's answers for each failure. */
export const handleUserinfo = async (context: IssuerContext, req: IncomingMessage, res: ServerResponse, cors: Record<string, string>): Promise<void> => {
  const realm = context.realm.name;
  const header = req.headers.authorization;
  let token = header?.toLowerCase().startsWith('bearer ') ? header.slice(7).trim() : undefined;
  if (!token && req.method === 'POST') token = (await readForm(req)).get('access_token') ?? undefined;
  if (!token) return sendJson(res, 401, {}, { ...cors, 'www-authenticate': challenge(realm) });

  const unauthorized = (description: string) =>
    sendJson(res, 401, { error: 'invalid_token', error_description: description }, { ...cors, 'www-authenticate': challenge(realm, 'invalid_token', description) });
  const claims = await context.minter.verifyAccessToken(token);
  if (!claims) return unauthorized('Token verification failed');
  const client = context.realm.client(String(claims['azp']));
  const sid = typeof claims['sid'] === 'string' ? claims['sid'] : undefined;
  const session = sid ? context.sessions.get(sid) : undefined;
  const user = session ? context.realm.userById(session.userId) : claims.sub ? context.realm.userById(claims.sub) : undefined;
  if (!client || !user || (sid && !session)) return unauthorized("User session not found or doesn't have client attached on it");
  const scope = typeof claims['scope'] === 'string' ? claims['scope'] : '';
  if (!scope.split(' ').includes('openid')) {
    return sendJson(res, 403, { error: 'insufficient_scope', error_description: 'Missing openid scope' }, { ...cors, 'www-authenticate': challenge(realm, 'insufficient_scope', 'Missing openid scope') });
  }
  const optional = new Set(client.optionalClientScopes ?? []);
  const requested = scope.split(' ').filter((s) => s === 'openid' || optional.has(s)).join(' ');
  const grant = {
    client,
    user,
    scopes: applyScopes(context.realm, client, user, requested),
    notes: session?.notes ?? (user.serviceAccountClientId ? { client_id: client.clientId } : {}),
  };
  sendJson(res, 200, context.minter.userinfo(grant), cors);
};

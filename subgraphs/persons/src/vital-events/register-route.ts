import { GraphQLError, print, type DocumentNode } from 'graphql';
import {
  accessOf,
  assertAuthenticated,
  FieldRules,
  forbidden,
  MAX_REGISTER_LOOKUP,
  routeCaller,
  sendGraphQLRefusal,
  type HttpRoute,
  type SubgraphRouteDeps,
  type Viewer,
} from '@usr/shared';
import { registeredAmong, tooManyPins } from './vital-event-service.ts';

/** The body of at most 1,000 PINs of 7 characters, one a line, with room for `\r\n` and stray spaces. */
const MAX_BODY_BYTES = MAX_REGISTER_LOOKUP * 16;

const readBody = async (req: AsyncIterable<Buffer>): Promise<string | undefined> => {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const part of req) {
    size += part.length;
    if (size > MAX_BODY_BYTES) return undefined;
    parts.push(part);
  }
  return Buffer.concat(parts, size).toString('utf8');
};

/**
 * POST /population/registered: `personsExist` for the agency-facts subgraph's UNKNOWN_PIN check
 * (httpPopulationRegister in shared/src/auth/http-directory.ts), without the GraphQL round trip a
 * bulk feed paid for every 1,000-line chunk (coercion of 1,000 strings, 1,000 booleans completed
 * and serialised: about a tenth of the feed's Node CPU, BENCHMARKS.md "Agency bulk feed"). The
 * PINs travel one a line and the answer is one character per PIN in the order asked, `1`
 * registered, `0` not (a malformed PIN is not). The same caller checks as the GraphQL field:
 * gateway secret and token through `deps.authenticate`, and `Query.personsExist`'s own rule read
 * from the SDL, so the route can never allow more than the field. Nothing is logged: the answer
 * says whether a PIN exists, which the feed learns from its outcomes anyway.
 */
export const populationRegisterRoute = (deps: SubgraphRouteDeps, typeDefs: DocumentNode): HttpRoute => {
  const rules = new FieldRules(print(typeDefs));
  const allowed = (viewer: Viewer): true => {
    assertAuthenticated(viewer);
    if (!rules.allows(accessOf(viewer), 'Query', 'personsExist')) throw forbidden('Unauthorized field or type: Query.personsExist.');
    return true;
  };
  return async (req, res) => {
    if (req.method !== 'POST') {
      res.writeHead(405, { allow: 'POST' }).end();
      return;
    }
    if ((await routeCaller((r) => deps.authenticate(r), req, res, allowed)) === undefined) {
      req.resume();
      return;
    }
    const body = await readBody(req);
    let registered: boolean[];
    try {
      // A body too large for MAX_REGISTER_LOOKUP PINs is refused unread, with registeredAmong's refusal.
      if (body === undefined) throw tooManyPins();
      registered = await registeredAmong(deps.orm.em.fork(), body.split('\n').map((pin) => pin.trim()).filter((pin) => pin !== ''));
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      sendGraphQLRefusal(res, error);
      return;
    }
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
    res.end(registered.map((yes) => (yes ? '1' : '0')).join(''));
  };
};

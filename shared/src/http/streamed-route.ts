import type { IncomingMessage, ServerResponse } from 'node:http';
import { GraphQLError } from 'graphql';
import type { Viewer } from '../auth/viewer.ts';

/**
 * Helpers for a subgraph's streamed HTTP routes (SubgraphModule.routes): refusals shaped like
 * GraphQL errors, the caller checked as GraphQL requests are, writes that wait for a slow client.
 */

const STATUS: Readonly<Record<string, number>> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404 };

/** A JSON refusal `{ errors: [{ message, extensions: { code } }] }` with its HTTP status. */
export const sendRouteError = (res: ServerResponse, code: string, message: string, status = STATUS[code] ?? 500): void => {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
};

/** A GraphQLError thrown by a rule, as the route's refusal (its code, its HTTP status). */
export const sendGraphQLRefusal = (res: ServerResponse, error: GraphQLError): void => {
  const code = typeof error.extensions['code'] === 'string' ? error.extensions['code'] : 'FORBIDDEN';
  const http = error.extensions['http'] as { status?: number } | undefined;
  sendRouteError(res, code, error.message, http?.status ?? STATUS[code] ?? 403);
};

/**
 * The caller, authenticated like a GraphQL request and passed through `rule` (which throws the
 * GraphQLError of a refusal); undefined when refused, the JSON refusal already sent.
 */
export const routeCaller = async <T>(
  authenticate: (req: IncomingMessage) => Promise<Viewer>,
  req: IncomingMessage,
  res: ServerResponse,
  rule: (viewer: Viewer) => T,
): Promise<T | undefined> => {
  try {
    return rule(await authenticate(req));
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    sendGraphQLRefusal(res, error);
    return undefined;
  }
};

/** Writes and waits while the client is slow to read. False when the client has gone away. */
export const writeStreamed = async (res: ServerResponse, text: string): Promise<boolean> => {
  if (res.destroyed || res.writableEnded) return false;
  if (res.write(text)) return true;
  await new Promise<void>((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
  return !res.destroyed;
};

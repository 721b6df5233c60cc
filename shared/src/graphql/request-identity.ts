import { timingSafeEqual } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { isTokenVerificationError, type TokenVerifier, type Viewer } from '../auth/index.ts';

/** Who is calling a subgraph: checks shared by its GraphQL endpoint and its other routes. */
export const header = (value: string | string[] | undefined): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

const httpError = (message: string, code: string, status: number) => new GraphQLError(message, { extensions: { code, http: { status } } });

export const assertFromGateway = (secret: string | undefined, presented: string | string[] | undefined) => {
  if (secret === undefined) return;
  const given = Buffer.from(typeof presented === 'string' ? presented : '');
  const expected = Buffer.from(secret);
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    throw httpError('Subgraphs accept only requests forwarded by the gateway.', 'FORBIDDEN', 403);
};

export const authenticate = async (verifier: TokenVerifier, authorization: string | undefined): Promise<Viewer> => {
  try {
    return await verifier.authenticate(authorization);
  } catch (error) {
    if (isTokenVerificationError(error)) throw httpError(error.message, error.status === 403 ? 'FORBIDDEN' : 'UNAUTHENTICATED', error.status);
    throw error;
  }
};

import { Client, cacheExchange, fetchExchange, type CombinedError } from 'urql';

/** The access token as of the last sign-in or silent renewal, read by the client at each request. */
export class AccessTokenHolder {
  #token: string | undefined;
  set(token: string | undefined): void {
    this.#token = token;
  }
  get(): string | undefined {
    return this.#token;
  }
}

/**
 * The portal's GraphQL client (urql, with its document cache), talking to the portal's own
 * `/graphql` (same origin; the portal server forwards it to the gateway).
 *
 * One client per signed-in user and declared purpose: a read made for one purpose is never
 * served from the cache to a page opened for another (every read is logged with its purpose).
 * The token is read at each request, so a silent renewal needs no new client.
 */
export const createRegistryClient = (accessToken: AccessTokenHolder, purpose: string | undefined): Client =>
  new Client({
    url: '/graphql',
    exchanges: [cacheExchange, fetchExchange],
    // Show what the cache has at once, and read again: the registry logs each visit.
    requestPolicy: 'cache-and-network',
    preferGetMethod: false,
    fetchOptions: () => {
      const headers: Record<string, string> = { accept: 'application/json' };
      const token = accessToken.get();
      if (token) headers['authorization'] = `Bearer ${token}`;
      // Staff only: the declared purpose of use, recorded with every read.
      if (purpose) headers['x-purpose-of-use'] = purpose;
      return { headers };
    },
  });

/** The `extensions.code` of each GraphQL error (UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, BAD_USER_INPUT ...). */
export const errorCodes = (error: CombinedError | undefined): readonly string[] =>
  (error?.graphQLErrors ?? []).map((e) => (typeof e.extensions['code'] === 'string' ? e.extensions['code'] : ''));

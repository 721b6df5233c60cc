import { traceHeaders } from '@usr/shared';
import type { TypedDocumentString } from './generated/graphql.ts';

/**
 * The engine's only way into the registry: GraphQL over HTTP to the gateway, with an access token
 * of its service account (`decision-engine`, OAuth 2 client credentials) from the realm's token
 * endpoint (Keycloak or the embedded issuer: same path). The token is cached and fetched again
 * shortly before it expires, or once when the gateway answers UNAUTHENTICATED.
 */
export interface GatewayClient {
  request<TResult, TVariables>(operation: TypedDocumentString<TResult, TVariables>, ...variables: VariablesOf<TVariables>): Promise<TResult>;
}

/**
 * An operation's variables: required when it declares any, omitted when it declares none. Every
 * operation is a `graphql()` document in engine/src, typed by codegen against the supergraph
 * (`npm run codegen`), so a schema change that breaks one fails the build.
 */
export type VariablesOf<TVariables> = TVariables extends Record<string, never> ? [variables?: TVariables] : [variables: TVariables];

/** A GraphQL error answered by the gateway: its `extensions.code` and the path, never the data. */
export class GatewayError extends Error {
  readonly code: string;
  readonly path: string | undefined;
  constructor(code: string, message: string, path?: string) {
    super(message);
    this.name = 'GatewayError';
    this.code = code;
    this.path = path;
  }
}

/**
 * The object a query asked for by id, or a NOT_FOUND GatewayError: the engine's jobs name records
 * the registry created, so an absent one is an error of the job (retried, then dead-lettered).
 */
export const found = <T>(value: T | null | undefined, what: string): T => {
  if (value === null || value === undefined) throw new GatewayError('NOT_FOUND', `${what} was not found.`);
  return value;
};

/** The token endpoint refused or could not be reached. */
export class TokenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TokenError';
  }
}

export interface GatewayClientOptions {
  readonly gatewayUrl: string;
  readonly tokenUrl: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** Refresh this long before `expires_in` runs out (default 30 s). */
  readonly refreshMarginMs?: number;
  readonly timeoutMs?: number;
  readonly fetch?: typeof fetch;
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message?: string; path?: (string | number)[]; extensions?: { code?: string } }[];
}

const PURPOSE = 'AUTOMATED_DECISION';

export const createGatewayClient = (options: GatewayClientOptions): GatewayClient & { token(): Promise<string> } => {
  const doFetch = options.fetch ?? fetch;
  const margin = options.refreshMarginMs ?? 30_000;
  const timeout = options.timeoutMs ?? 30_000;
  let cached: { token: string; expiresAt: number } | undefined;
  let pending: Promise<string> | undefined;

  const fetchToken = async (): Promise<string> => {
    const body = new URLSearchParams({ grant_type: 'client_credentials', client_id: options.clientId, client_secret: options.clientSecret });
    let response: Response;
    try {
      response = await doFetch(options.tokenUrl, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body, signal: AbortSignal.timeout(timeout) });
    } catch {
      throw new TokenError('The token endpoint could not be reached.');
    }
    if (!response.ok) throw new TokenError(`The token endpoint refused the engine's credentials (HTTP ${response.status}).`);
    const json = (await response.json()) as { access_token?: string; expires_in?: number };
    if (!json.access_token) throw new TokenError('The token endpoint returned no access token.');
    cached = { token: json.access_token, expiresAt: Date.now() + (json.expires_in ?? 60) * 1000 - margin };
    return json.access_token;
  };

  const token = async (): Promise<string> => {
    if (cached && cached.expiresAt > Date.now()) return cached.token;
    // One token request at a time, however many jobs ask at once.
    pending ??= fetchToken().finally(() => {
      pending = undefined;
    });
    return pending;
  };

  const post = async <T>(query: string, variables: unknown): Promise<GraphQLResponse<T>> => {
    const response = await doFetch(options.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await token()}`, 'x-purpose-of-use': PURPOSE, ...traceHeaders() },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(timeout),
    });
    if (response.status === 401) return { errors: [{ message: 'unauthenticated', extensions: { code: 'UNAUTHENTICATED' } }] };
    const text = await response.text();
    try {
      return JSON.parse(text) as GraphQLResponse<T>;
    } catch {
      throw new GatewayError('BAD_GATEWAY_RESPONSE', `The gateway answered HTTP ${response.status} without GraphQL JSON.`);
    }
  };

  const request = async <T, V>(operation: TypedDocumentString<T, V>, ...[variables]: VariablesOf<V>): Promise<T> => {
    const query = operation.toString();
    let result = await post<T>(query, variables);
    if (result.errors?.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) {
      cached = undefined;
      result = await post<T>(query, variables);
    }
    const first = result.errors?.[0];
    if (first) {
      const code = first.extensions?.code ?? 'INTERNAL_SERVER_ERROR';
      const path = first.path?.join('.');
      // Messages of the registry never carry personal data; the operation is named, not its variables.
      throw new GatewayError(code, `${code}${path ? ` at ${path}` : ''}: ${first.message ?? 'no message'}`, path);
    }
    if (result.data === undefined || result.data === null) throw new GatewayError('NO_DATA', 'The gateway returned no data.');
    return result.data;
  };

  return { request, token };
};

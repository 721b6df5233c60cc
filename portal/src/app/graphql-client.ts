import type { TypedDocumentString } from '../generated/graphql.ts';

export class GraphQLRequestError extends Error {
  readonly codes: readonly string[];
  constructor(message: string, codes: readonly string[]) {
    super(message);
    this.codes = codes;
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

export interface RequestOptions {
  readonly signal?: AbortSignal;
  /** Staff only: the declared purpose of use, sent as `x-purpose-of-use` and recorded with every read. */
  readonly purpose?: string;
}

/** POST to the portal's own `/graphql` (same origin; the portal server forwards it to the gateway). */
export const request = async <TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  accessToken: string,
  options: RequestOptions = {},
): Promise<TResult> => {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json', authorization: `Bearer ${accessToken}` };
  if (options.purpose) headers['x-purpose-of-use'] = options.purpose;
  const response = await fetch('/graphql', {
    method: 'POST',
    headers,
    body: JSON.stringify({ query: document.toString(), variables }),
    signal: options.signal ?? null,
  });
  const body = (await response.json().catch(() => ({}))) as GraphQLResponse<TResult>;
  if (body.errors?.length && !body.data) {
    throw new GraphQLRequestError(body.errors.map((e) => e.message).join('; '), body.errors.map((e) => e.extensions?.code ?? ''));
  }
  if (!response.ok || !body.data) throw new GraphQLRequestError(`HTTP ${response.status}`, []);
  return body.data;
};

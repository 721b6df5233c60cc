import { useCallback, useEffect, useState } from 'react';
import type { TypedDocumentString } from '../generated/graphql.ts';
import { request } from './graphql-client.ts';

export type QueryState<T> = { status: 'idle' } | { status: 'loading' } | { status: 'error'; error: Error } | { status: 'done'; data: T };

export interface QueryOptions {
  /** Staff's declared purpose of use (see graphql-client.ts). */
  readonly purpose?: string | undefined;
  /** Do not run (yet): the state stays `idle`. */
  readonly skip?: boolean;
}

/** Runs a query when its variables change; `reload` runs it again. */
export const useQuery = <TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  accessToken: string,
  options: QueryOptions = {},
): [QueryState<TResult>, () => void] => {
  const [state, setState] = useState<QueryState<TResult>>(options.skip ? { status: 'idle' } : { status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const key = JSON.stringify(variables);
  const { purpose, skip = false } = options;
  useEffect(() => {
    if (skip) {
      setState({ status: 'idle' });
      return;
    }
    const controller = new AbortController();
    setState({ status: 'loading' });
    request(document, JSON.parse(key) as TVariables, accessToken, { signal: controller.signal, ...(purpose ? { purpose } : {}) }).then(
      (data) => setState({ status: 'done', data }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', error: error instanceof Error ? error : new Error(String(error)) });
      },
    );
    return () => controller.abort();
  }, [document, key, accessToken, attempt, purpose, skip]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return [state, reload];
};

import { useCallback, useEffect, useState } from 'react';
import type { TypedDocumentString } from '../generated/graphql.ts';
import { request } from './graphql-client.ts';

export type QueryState<T> = { status: 'loading' } | { status: 'error'; error: Error } | { status: 'done'; data: T };

/** Runs a query when its variables change; `reload` runs it again. */
export const useQuery = <TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  accessToken: string,
): [QueryState<TResult>, () => void] => {
  const [state, setState] = useState<QueryState<TResult>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const key = JSON.stringify(variables);
  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading' });
    request(document, JSON.parse(key) as TVariables, accessToken, controller.signal).then(
      (data) => setState({ status: 'done', data }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', error: error instanceof Error ? error : new Error(String(error)) });
      },
    );
    return () => controller.abort();
  }, [document, key, accessToken, attempt]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return [state, reload];
};

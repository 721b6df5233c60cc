import { useCallback } from 'react';
import { useQuery, type AnyVariables, type CombinedError, type UseQueryArgs } from 'urql';

export interface RegistryQuery<Data> {
  /** The answer to these very variables; undefined while they load. */
  readonly data: Data | undefined;
  readonly error: CombinedError | undefined;
  /** Nothing to show yet for these variables (the query runs, or waits for its first answer). */
  readonly loading: boolean;
  /** Read again from the registry (never from the cache). */
  readonly reload: () => void;
}

/**
 * urql's `useQuery`, answering only for the current variables: urql keeps the previous answer
 * while new variables load, which would show, say, a decision in the previous language under
 * headings already in the new one, or a page of the log twice.
 */
export const useRegistryQuery = <Data, Variables extends AnyVariables>(args: UseQueryArgs<Variables, Data>): RegistryQuery<Data> => {
  const [result, reexecute] = useQuery(args);
  const wanted = JSON.stringify(args.variables ?? {});
  const current = result.operation !== undefined && JSON.stringify(result.operation.variables ?? {}) === wanted;
  const reload = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  return {
    data: current ? result.data : undefined,
    error: current ? result.error : undefined,
    loading: !args.pause && (!current || (result.fetching && result.data === undefined)),
    reload,
  };
};

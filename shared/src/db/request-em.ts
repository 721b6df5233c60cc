import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * A request's EntityManager, forked from the ORM's on first use. Forking (a unit of work, an
 * identity map, copied filters and logger context) cost ≈ 4% of a subgraph's CPU per request, and
 * most requests now read through plain SQL (`selectRows`/`selectAs`) that needs none of it.
 *
 * A function, not a getter: Apollo Server copies the context's own properties for every operation,
 * and a spread of the context calls getters, either of which would fork anyway.
 */
export interface RequestEntityManager {
  /** This request's own EntityManager (identity map, unit of work, transactions), forked on the first call. */
  (): EntityManager;
  /**
   * For plain-SQL reads only (`selectRows`, `selectAs`, `rowMapper`, `joinedColumns`): the request's
   * fork once there is one (a transaction begun on it is then honoured), the ORM's root EntityManager
   * until then, whose only use there is the pool, the metadata and the platform. Anything that
   * hydrates, finds or maps entities takes the fork: on the root EntityManager it throws
   * (`allowGlobalContext: false`), it never shares an identity map between requests.
   */
  readonly reads: () => EntityManager;
}

export const requestEntityManager = (root: EntityManager): RequestEntityManager => {
  let fork: EntityManager | undefined;
  const orm = (): EntityManager => (fork ??= root.fork());
  return Object.assign(orm, { reads: (): EntityManager => fork ?? root });
};

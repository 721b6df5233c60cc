import type { EntityManager } from '@mikro-orm/postgresql';
import type { Kysely } from '@mikro-orm/sql';
import { fromKysely } from 'pg-boss';

/**
 * Runs `sql` with bind parameters ($1, $2, ...) on `em`'s open transaction. `em.execute` inlines its
 * parameters into the SQL text, which for a bulk statement means escaping and then parsing megabytes
 * of literal; here they travel as parameters (a JS array becomes a PostgreSQL array), so a bulk
 * statement can take typed arrays for unnest(). Kysely's raw executor, through pg-boss's adapter
 * (MikroORM 7 runs on Kysely). Throws outside a transaction.
 */
export const boundQuery = async <R>(em: EntityManager, sql: string, params: readonly unknown[]): Promise<R[]> => {
  const trx = em.getTransactionContext<Kysely<unknown>>();
  if (!trx) throw new Error('Bound queries run only inside a transaction.');
  const { rows } = await fromKysely(trx).executeSql(sql, [...params]);
  return rows as R[];
};

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

/** An element of a text array literal that needs no quotes: no quote, backslash, comma, brace or white space, and not NULL. */
const PLAIN_ELEMENT = /^[^"\\,{}\s]+$/;

/**
 * A PostgreSQL array literal (`{a,"b c",NULL}`) of `values`, to bind as ONE text parameter and
 * cast to the column's array type (`$1::uuid[]`). What `pg` does for a JS array, but an element
 * that needs no quoting (ids, codes, dates: most of a bulk statement's) is copied as it is instead
 * of going through two regular-expression replacements: pg's escaping was a tenth of the bulk
 * feed's Node CPU (BENCHMARKS.md, "Agency bulk feed"). Any string is safe; null is SQL NULL.
 */
export const arrayLiteral = (values: readonly (string | null)[]): string => {
  let literal = '{';
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (i > 0) literal += ',';
    if (value === null || value === undefined) literal += 'NULL';
    else if (PLAIN_ELEMENT.test(value) && !(value.length === 4 && value.toUpperCase() === 'NULL')) literal += value;
    else literal += `"${value.replace(/["\\]/g, '\\$&')}"`;
  }
  return `${literal}}`;
};

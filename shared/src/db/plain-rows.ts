import { createHash } from 'node:crypto';
import pg from 'pg';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ReferenceKind, type EntityMetadata, type EntityName, type EntityProperty, type Platform } from '@mikro-orm/core';
import { boundQuery } from './bound-query.ts';
import { queryCounter } from './query-counter.ts';

/**
 * Hot read-only list reads (the loaders a full record goes through) in plain SQL, as plain objects
 * shaped like the entity: no query builder, no hydration, no identity map. MikroORM's `find` spent
 * most of a subgraph's CPU building the statement and merging rows into the identity map, for rows
 * that are only ever serialised. Write paths keep using the ORM and its entities.
 *
 * The statement takes bind parameters ($1, $2, ...; a JS array becomes a PostgreSQL array). Outside
 * a transaction it runs as a named prepared statement (see `preparedName`) on the reads' own pool
 * (see `readPoolOf`); inside one on that transaction, so a read after a write in the same unit of
 * work still sees it. Each statement counts in `queryCounter` like the ORM's own.
 */
export const selectRows = async (em: EntityManager, sql: string, params: readonly unknown[]): Promise<Record<string, unknown>[]> => {
  queryCounter.record();
  if (em.getTransactionContext()) return boundQuery<Record<string, unknown>>(em, sql, params);
  const pool = await readPoolOf(em);
  const name = preparedName(sql);
  if (name === undefined) return (await pool.query<Record<string, unknown>>(sql, [...params])).rows;
  try {
    return (await pool.query<Record<string, unknown>>({ name, text: sql, values: [...params] })).rows;
  } catch (error) {
    if (!isStalePlan(error)) throw error;
    // A migration changed a table under a `select *` this connection had prepared: from now on
    // this text runs unnamed (each connection would otherwise keep failing on its old statement).
    retired.add(sql);
    return (await pool.query<Record<string, unknown>>(sql, [...params])).rows;
  }
};

/**
 * The reads' texts are the loaders' constants (a few variants each), run thousands of times on the
 * same pooled connections: as named statements PostgreSQL parses, analyses and rewrites each once
 * per connection instead of at every execution (about a quarter of the server's CPU for a full
 * record's reads: BENCHMARKS.md, session 6). The name is a digest of the text, so two texts never
 * share a name. Past `MAX_PREPARED` distinct texts in a process the rest run unnamed: a text built
 * from data must not grow every connection's statement cache without bound.
 */
const MAX_PREPARED = 256;
const names = new Map<string, string>();
const retired = new Set<string>();

const preparedName = (sql: string): string | undefined => {
  let name = names.get(sql);
  if (name === undefined) {
    if (names.size >= MAX_PREPARED) return undefined;
    name = `usr_${createHash('sha256').update(sql).digest('base64url').slice(0, 24)}`;
    names.set(sql, name);
  }
  return retired.has(sql) ? undefined : name;
};

/**
 * The plain reads' own pool beside the ORM's: same URL, same type parsers (the ORM's pool options),
 * half its size, and sessions with `plan_cache_mode = force_generic_plan`. Under the default `auto`
 * a named `= any($1)` read was still planned at every execution (its generic plan, costed for ten
 * keys, never wins): 18% of PostgreSQL's CPU per full record against 6% for running the reads
 * (BENCHMARKS.md, session 7). Each read's generic plan was checked to be as good as its custom one
 * for the keys a record passes (session 7, stream8-reads). A pool of their own because the setting
 * is per session: on the ORM's pool it would also plan the writes' and the bulk feed's parameterised
 * statements generically. Idle connections do not keep the process alive, and a connection the
 * server drops is discarded by the pool (the read in flight rejects on its own).
 */
const readPools = new WeakMap<ReturnType<EntityManager['getConnection']>, pg.Pool>();

/** Keyed by the ORM's connection, which outlives the pg pool it opens and reopens, so its close can end ours. */
const readPoolOf = async (em: EntityManager): Promise<pg.Pool> => {
  const connection = em.getConnection();
  let pool = readPools.get(connection);
  if (!pool) {
    const { options } = await connection.getNativeClient();
    pool = readPools.get(connection); // another read may have opened it during the await
    if (pool) return pool;
    pool = new pg.Pool({
      ...options,
      password: options.password, // pg-pool keeps it non-enumerable: a spread drops it
      max: Math.max(1, Math.ceil(options.max / 2)),
      options: `${options.options ?? ''} -c plan_cache_mode=force_generic_plan`.trim(),
      allowExitOnIdle: true,
    });
    pool.on('connect', (client) => client.on('error', ignore));
    pool.on('error', ignore);
    readPools.set(connection, pool);
  }
  return pool;
};

/**
 * Ends the plain reads' pool of this ORM, if a read opened one (the ORM's `close` calls it, orm.ts: a
 * closed ORM must leave no connection behind, in tests as at shutdown). A later read opens a new one.
 */
export const endReadPool = async (em: EntityManager): Promise<void> => {
  const connection = em.getConnection();
  const pool = readPools.get(connection);
  if (!pool) return;
  readPools.delete(connection);
  await pool.end();
};

const ignore = (): void => undefined;

/** PostgreSQL's refusal to run a prepared statement whose result columns changed since it was prepared. */
const isStalePlan = (error: unknown): boolean =>
  error instanceof Error && (error as { code?: unknown }).code === '0A000' && error.message.includes('cached plan must not change result type');

type Convert = (value: unknown) => unknown;
interface Column {
  readonly column: string;
  readonly property: string;
  readonly convert: Convert | undefined;
}

/** How the ORM's hydrator turns a column value into the property's value (ObjectHydrator's rules). */
const converterOf = (prop: EntityProperty, platform: Platform): Convert | undefined => {
  if (prop.customType) {
    const type = prop.customType;
    return (value): unknown => type.convertToJSValue(value, platform) as unknown;
  }
  if (prop.runtimeType === 'boolean') return (value) => !!value;
  if (prop.runtimeType === 'Date' && !platform.isNumericProperty(prop)) {
    // forceUtcTimezone: the server sends timestamptz with its offset; a bare timestamp is UTC.
    return (value) =>
      value instanceof Date || typeof value === 'number' ? new Date(value) : typeof value === 'string' && (value.includes('+') || value.lastIndexOf('-') > 10 || value.endsWith('Z')) ? new Date(value) : new Date(`${String(value)}+00:00`);
  }
  return undefined;
};

const columnsCache = new WeakMap<EntityMetadata, readonly Column[]>();

const columnsOf = (meta: EntityMetadata, platform: Platform): readonly Column[] => {
  let columns = columnsCache.get(meta);
  if (!columns) {
    columns = meta.props
      .filter((prop) => prop.persist !== false && prop.kind === ReferenceKind.SCALAR && prop.fieldNames?.length === 1)
      .map((prop) => ({ column: prop.fieldNames[0] ?? prop.name, property: prop.name, convert: converterOf(prop, platform) }));
    columnsCache.set(meta, columns);
  }
  return columns;
};

/**
 * A row → the entity's scalar properties, converted as the ORM converts them; `prefix` reads
 * columns aliased `prefix + column` (a joined table). Relations are the caller's to add.
 */
export const rowMapper = <T extends object>(em: EntityManager, entity: EntityName<T>, prefix = ''): ((row: Record<string, unknown>) => T) => {
  const columns = columnsOf(em.getMetadata(entity) as EntityMetadata, em.getPlatform());
  return (row) => {
    const out: Record<string, unknown> = {};
    for (const { column, property, convert } of columns) {
      const value = row[prefix + column];
      out[property] = value === null || value === undefined ? (value ?? null) : convert ? convert(value) : value;
    }
    return out as T;
  };
};

/**
 * The select list of a joined table for `rowMapper(em, entity, prefix)`: each of the entity's
 * scalar columns of `alias`, named `prefix + column`.
 */
export const joinedColumns = <T extends object>(em: EntityManager, entity: EntityName<T>, alias: string, prefix: string): string =>
  columnsOf(em.getMetadata(entity) as EntityMetadata, em.getPlatform())
    .map(({ column }) => `${alias}."${column}" as "${prefix}${column}"`)
    .join(', ');

/** `selectRows`, each row mapped to the entity's scalar properties. */
export const selectAs = async <T extends object>(em: EntityManager, entity: EntityName<T>, sql: string, params: readonly unknown[]): Promise<T[]> => {
  const map = rowMapper(em, entity);
  return (await selectRows(em, sql, params)).map(map);
};

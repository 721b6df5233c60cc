import { MikroORM, type EntityManager, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import type { EntitySchema, MigrationObject } from '@mikro-orm/core';
import { queryCounter } from './query-counter.ts';
import { endReadPool } from './plain-rows.ts';

/** What a subgraph declares about its storage; the URL comes from its environment. */
export interface SubgraphDatabaseDefinition {
  /** The Postgres schema this subgraph owns; nothing else writes to it. */
  readonly schema: string;
  readonly entities: readonly EntitySchema[];
  /** Ordered list of this subgraph's migrations (explicit: no file discovery at runtime). */
  readonly migrations: readonly MigrationObject[];
}

export interface SubgraphDatabaseOptions extends SubgraphDatabaseDefinition {
  /** postgres://… of the server holding this subgraph's schema. */
  readonly url: string;
  readonly poolMax?: number;
}

export type RegistryOrm = MikroORM;
export type { EntityManager };

/** MikroORM whose close also ends the pool of the plain reads (`plain-rows.ts`) opened beside its own. */
class ClosingReadPoolOrm extends MikroORM {
  override async close(force?: boolean): Promise<void> {
    await endReadPool(this.em);
    await super.close(force);
  }
}

/**
 * One ORM per subgraph, bound to its own schema. No global EntityManager: every request forks
 * (`allowGlobalContext: false` makes forgetting that an error, not a data leak between requests).
 */
export const openDatabase = async (options: SubgraphDatabaseOptions): Promise<MikroORM> => {
  const config: Options = {
    clientUrl: options.url,
    schema: options.schema,
    entities: [...options.entities],
    allowGlobalContext: false,
    forceUtcTimezone: true,
    ensureDatabase: false,
    extensions: [Migrator],
    pool: { min: 0, max: options.poolMax ?? 10 },
    migrations: {
      migrationsList: [...options.migrations],
      schema: options.schema,
      tableName: 'schema_migrations',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      silent: true,
    },
    onQuery: (sql) => {
      queryCounter.record();
      return sql;
    },
  };
  return ClosingReadPoolOrm.init(config);
};

/** Applies pending migrations; safe to run from several processes (Postgres advisory lock). */
export const migrate = async (orm: MikroORM): Promise<string[]> => {
  const connection = orm.em.getConnection();
  const lockKey = hashSchema(orm.config.get('schema') ?? 'public');
  await connection.execute(`create schema if not exists "${orm.config.get('schema')}"`);
  await connection.execute('select pg_advisory_lock(?)', [lockKey]);
  try {
    const applied = await orm.migrator.up();
    return applied.map((m) => m.name);
  } finally {
    await connection.execute('select pg_advisory_unlock(?)', [lockKey]);
  }
};

const hashSchema = (schema: string): number => {
  let hash = 7;
  for (const ch of schema) hash = (hash * 31 + ch.charCodeAt(0)) | 0;
  return hash;
};

/**
 * Applies the pending migrations of each schema in turn, one short-lived ORM each; returns what was
 * applied per schema. Used by `npm start`, scripts/migrate.ts and the population loader.
 */
export const migrateSchemas = async (
  url: string,
  definitions: readonly SubgraphDatabaseDefinition[],
): Promise<Array<{ schema: string; applied: string[] }>> => {
  const results: Array<{ schema: string; applied: string[] }> = [];
  for (const definition of definitions) {
    const orm = await openDatabase({ ...definition, url, poolMax: 1 });
    try {
      results.push({ schema: definition.schema, applied: await migrate(orm) });
    } finally {
      await orm.close();
    }
  }
  return results;
};

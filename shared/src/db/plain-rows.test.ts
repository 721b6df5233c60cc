import pg from 'pg';
import { EntitySchema } from '@mikro-orm/core';
import type { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/database.ts';
import { openDatabase } from './orm.ts';
import { selectRows } from './plain-rows.ts';

/** The plain reads run as named prepared statements, and a migration under them does not break them. */
interface Thing {
  id: number;
  name: string;
}
const ThingSchema = new EntitySchema<Thing>({ name: 'Thing', tableName: 'thing', properties: { id: { type: 'number', primary: true }, name: { type: 'string' } } });

let db: TestDatabase;
let orm: MikroORM;
let admin: pg.Client;
beforeAll(async () => {
  db = await createTestDatabase(inject('adminDatabaseUrl'), 'plain_rows');
  admin = new pg.Client({ connectionString: db.url });
  await admin.connect();
  await admin.query(`create schema plain; create table plain.thing (id int primary key, name text not null); insert into plain.thing values (1, 'one'), (2, 'two')`);
  // One pooled connection: every read below runs on the same server session.
  orm = await openDatabase({ schema: 'plain', entities: [ThingSchema], migrations: [], url: db.url, poolMax: 1 });
});
afterAll(async () => {
  await orm?.close();
  await admin?.end();
  await db?.drop();
});

const SQL = 'select * from plain.thing where id = any($1::int[]) order by id';
const sessionStatements = async () =>
  (await selectRows(orm.em.fork(), 'select statement from pg_prepared_statements where statement = $1', [SQL])).length;

describe('selectRows', () => {
  it('prepares a read once per connection and runs it again by name', async () => {
    const em = orm.em.fork();
    expect(await selectRows(em, SQL, [[1]])).toEqual([{ id: 1, name: 'one' }]);
    expect(await selectRows(em, SQL, [[1, 2]])).toEqual([
      { id: 1, name: 'one' },
      { id: 2, name: 'two' },
    ]);
    expect(await sessionStatements()).toBe(1);
  });

  it('plans its reads generically outside a transaction, and leaves the ORM and transactions on auto', async () => {
    const MODE = "select current_setting('plan_cache_mode') as mode";
    expect(await selectRows(orm.em.fork(), MODE, [])).toEqual([{ mode: 'force_generic_plan' }]);
    expect(await orm.em.fork().getConnection().execute(MODE)).toEqual([{ mode: 'auto' }]);
    expect(await orm.em.fork().transactional((em) => selectRows(em, MODE, []))).toEqual([{ mode: 'auto' }]);
  });

  it('still answers after a migration changed the columns a prepared `select *` returns', async () => {
    const em = orm.em.fork();
    expect(await selectRows(em, SQL, [[2]])).toEqual([{ id: 2, name: 'two' }]);
    await admin.query(`alter table plain.thing add column note text not null default 'added'`);
    expect(await selectRows(em, SQL, [[2]])).toEqual([{ id: 2, name: 'two', note: 'added' }]);
    expect(await selectRows(em, SQL, [[1]])).toEqual([{ id: 1, name: 'one', note: 'added' }]);
  });
});

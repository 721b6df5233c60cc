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

describe('the plain reads pool', () => {
  const backends = async () =>
    new Set((await admin.query<{ pid: number }>('select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()')).rows.map((r) => r.pid));

  it('is ended with its ORM: a closed ORM leaves no connection open', async () => {
    const before = await backends();
    const closing = await openDatabase({ schema: 'plain', entities: [ThingSchema], migrations: [], url: db.url, poolMax: 1 });
    expect(await closing.em.fork().getConnection().execute('select 1 as one')).toEqual([{ one: 1 }]);
    expect(await selectRows(closing.em.fork(), SQL, [[1]])).toHaveLength(1);
    const opened = [...(await backends())].filter((pid) => !before.has(pid));
    expect(opened).toHaveLength(2); // the ORM's connection and the reads' own
    await closing.close();
    // A backend leaves pg_stat_activity a moment after its client hung up.
    const left = async () => {
      const current = await backends();
      return opened.filter((pid) => current.has(pid));
    };
    for (let i = 0; i < 50 && (await left()).length > 0; i++) await new Promise((r) => setTimeout(r, 100));
    expect(await left()).toEqual([]);
  });

  it('is opened again for a reconnected ORM', async () => {
    const reopened = await openDatabase({ schema: 'plain', entities: [ThingSchema], migrations: [], url: db.url, poolMax: 1 });
    expect(await selectRows(reopened.em.fork(), SQL, [[2]])).toHaveLength(1);
    await reopened.close();
    await reopened.connect();
    expect(await selectRows(reopened.em.fork(), SQL, [[1]])).toHaveLength(1);
    await reopened.close();
  });
});

import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@usr/shared/testing';
import { DEMO_PERSONS, isPopulated, loadPopulation, TABLES, TABLE_NAMES, type PopulationCounts } from '@usr/population';
import { migrateAll } from '../src/migrations.ts';
import { REFERENCE_DATE } from './collect.ts';

const run = promisify(execFile);
const MAIN = fileURLToPath(new URL('../src/main.ts', import.meta.url));
const PERSONS = 2000;

const query = async <R extends pg.QueryResultRow>(url: string, sql: string): Promise<R[]> => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<R>(sql)).rows;
  } finally {
    await client.end();
  }
};

const countsIn = async (url: string): Promise<PopulationCounts> => {
  const rows = await query<{ table: string; n: string }>(
    url,
    TABLE_NAMES.map((t) => `select '${t}' as table, count(*) as n from ${TABLES[t].name}`).join(' union all '),
  );
  return Object.fromEntries(rows.map((r) => [r.table, Number(r.n)])) as PopulationCounts;
};

/** md5 of every row of every table in primary-key order: equal digests mean identical rows. */
const digestOf = async (url: string): Promise<Record<string, string>> => {
  const keys: Record<string, string> = { persons: 'pin' };
  const rows = await query<{ table: string; digest: string }>(
    url,
    TABLE_NAMES.map((t) => `select '${t}' as table, md5(string_agg(x::text, E'\\n' order by x.${keys[t] ?? 'id'})) as digest from ${TABLES[t].name} x`).join(' union all '),
  );
  return Object.fromEntries(rows.map((r) => [r.table, r.digest]));
};

describe('loading a population', () => {
  let first: TestDatabase;
  let second: TestDatabase;
  let counts: PopulationCounts;
  let seconds: number;

  beforeAll(async () => {
    first = await createTestDatabase(inject('adminDatabaseUrl'), 'population');
    second = await createTestDatabase(inject('adminDatabaseUrl'), 'population');
    await migrateAll(first.url);
    await migrateAll(second.url);
    expect(await isPopulated(first.url)).toBe(false);
    const started = performance.now();
    counts = await loadPopulation({ databaseUrl: first.url, persons: PERSONS, seed: 1, today: REFERENCE_DATE });
    seconds = (performance.now() - started) / 1000;
  });

  afterAll(async () => {
    await first?.drop();
    await second?.drop();
  });

  it('loads every table, and the database holds exactly the rows reported', async () => {
    expect(counts.persons).toBe(PERSONS);
    for (const table of TABLE_NAMES) expect(counts[table], table).toBeGreaterThan(0);
    expect(await countsIn(first.url)).toEqual(counts);
    expect(await isPopulated(first.url)).toBe(true);
    expect(seconds).toBeLessThan(20);
  });

  it('loads the demo persons and keeps fact history within the unique index', async () => {
    const aysel = await query<{ first_name: string; phone: string }>(first.url, `select first_name, phone from persons.person where pin = '${DEMO_PERSONS.aysel.pin}'`);
    expect(aysel).toEqual([{ first_name: 'Aysel', phone: '+994501234567' }]);
    const [history] = await query<{ superseded: string; current: string }>(
      first.url,
      `select count(*) filter (where superseded_by is not null) as superseded, count(*) filter (where superseded_by is null) as current from facts.fact where subject_pin = '${DEMO_PERSONS.aysel.pin}' and kind = 'INCOME'`,
    );
    expect(Number(history?.superseded)).toBe(1);
    expect(Number(history?.current)).toBe(12);
  });

  it('writes identical rows for the same seed and reference date', async () => {
    await loadPopulation({ databaseUrl: second.url, persons: PERSONS, seed: 1, today: REFERENCE_DATE });
    expect(await digestOf(second.url)).toEqual(await digestOf(first.url));
  });

  it('refuses to load into tables that already hold rows, leaving them untouched', async () => {
    await expect(loadPopulation({ databaseUrl: first.url, persons: 10, seed: 5, today: REFERENCE_DATE })).rejects.toThrow(/non-empty/);
    expect(await countsIn(first.url)).toEqual(counts);
  });

  it('the CLI with --if-empty loads nothing into a populated registry', async () => {
    const { stdout } = await run(process.execPath, [MAIN, '--persons', '50', '--today', REFERENCE_DATE, '--database-url', first.url, '--if-empty']);
    expect(stdout).toMatch(/nothing loaded/);
    expect(stdout).not.toContain('Aysel');
    expect(await countsIn(first.url)).toEqual(counts);
  });
});

describe('a failed load', () => {
  it('rolls back what was loading and empties what was already committed', async () => {
    const db = await createTestDatabase(inject('adminDatabaseUrl'), 'population');
    try {
      await migrateAll(db.url);
      // Fails at COMMIT of benefits.assignment, after households, facts… have committed.
      await query(
        db.url,
        `create function public.refuse() returns trigger language plpgsql as $$ begin raise exception 'refused by test'; end $$;
         create constraint trigger refuse after insert on benefits.assignment deferrable initially deferred for each row execute function public.refuse();`,
      );
      await expect(loadPopulation({ databaseUrl: db.url, persons: 300, seed: 1, today: REFERENCE_DATE })).rejects.toThrow(/refused by test/);
      expect(Object.values(await countsIn(db.url)).every((n) => n === 0)).toBe(true);
      expect(await isPopulated(db.url)).toBe(false);
    } finally {
      await db.drop();
    }
  });
});

describe('isPopulated', () => {
  it('is false for a database without the registry schemas', async () => {
    const empty = await createTestDatabase(inject('adminDatabaseUrl'), 'population');
    try {
      expect(await isPopulated(empty.url)).toBe(false);
    } finally {
      await empty.drop();
    }
  });
});

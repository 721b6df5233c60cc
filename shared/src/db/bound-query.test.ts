import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { arrayLiteral } from './bound-query.ts';

/** PostgreSQL reads `arrayLiteral`'s text back as exactly the strings given, whatever they hold. */
let client: pg.Client;
beforeAll(async () => {
  client = new pg.Client({ connectionString: inject('adminDatabaseUrl') });
  await client.connect();
});
afterAll(async () => {
  await client?.end();
});

const roundTrip = async (values: (string | null)[], type = 'text') =>
  (await client.query<{ a: (string | null)[] }>(`select $1::${type}[] as a`, [arrayLiteral(values)])).rows[0]?.a;

describe('arrayLiteral', () => {
  it('gives back every string as it was: quotes, backslashes, separators, braces, white space, empty, the word NULL', async () => {
    const values = ['plain', 'ABC1234', '2025-01-01', '{"amount":100,"note":"a \\"quoted\\" \\\\ word"}', 'a,b', '{x}', 'two words', 'tab\there', 'new\nline', '', 'NULL', 'null', 'Null', 'NULLS', 'ə ş ç — ünicode', '\\', '"'];
    expect(await roundTrip(values)).toEqual(values);
  });

  it('writes null as SQL NULL and an empty array as {}', async () => {
    expect(await roundTrip(['a', null, 'b'])).toEqual(['a', null, 'b']);
    expect(await roundTrip([])).toEqual([]);
  });

  it('casts to the column types the bulk feed binds (uuid, char, date, jsonb)', async () => {
    const row = (
      await client.query<{ u: string[]; c: string[]; d: string[]; j: unknown[] }>(`select $1::uuid[]::text[] as u, $2::char(7)[] as c, $3::date[]::text[] as d, $4::jsonb[] as j`, [
        arrayLiteral(['0193a000-0000-7000-8000-000000000001']),
        arrayLiteral(['ABC1234']),
        arrayLiteral(['2025-01-01', null]),
        arrayLiteral([JSON.stringify({ amount: 1, source: 'SALARY', text: 'say "hi" \\ bye' })]),
      ])
    ).rows[0];
    expect(row).toEqual({ u: ['0193a000-0000-7000-8000-000000000001'], c: ['ABC1234'], d: ['2025-01-01', null], j: [{ amount: 1, source: 'SALARY', text: 'say "hi" \\ bye' }] });
  });
});

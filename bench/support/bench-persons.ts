import pg from 'pg';

/** The synthetic persons the feed benchmarks register and feed facts about (PINs are synthetic, never personal data). */
const PIN_ALPHABET = '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** The i-th synthetic PIN: i in base 34 over the PIN alphabet, 7 characters. */
export const pinOf = (i: number): string => {
  let pin = '';
  for (let n = i, k = 0; k < 7; k++, n = Math.floor(n / PIN_ALPHABET.length)) pin = (PIN_ALPHABET[n % PIN_ALPHABET.length] ?? '0') + pin;
  return pin;
};

/** Registers pinOf(0 .. count-1) in persons.person, in one statement. */
export const registerPersons = async (url: string, count: number): Promise<void> => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(
      `insert into persons.person (pin, first_name, last_name, birth_date, sex, address_line, district_code, region_code)
       select (select string_agg(substr($2, ((i / power(34, k)::bigint) % 34)::int + 1, 1), '' order by k desc) from generate_series(0, 6) k),
              'Bench', 'Person', date '1980-01-01', 'MALE', 'Bench küç. 1', 'AZ-BA', 'baku'
       from generate_series(0, $1::bigint - 1) i`,
      [count, PIN_ALPHABET],
    );
  } finally {
    await client.end();
  }
};

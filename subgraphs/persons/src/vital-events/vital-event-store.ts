import type { EntityManager } from '@mikro-orm/postgresql';
import { arrayLiteral, selectRows } from '@usr/shared';

/** SQL of the vital-event mutations (persons.vital_event, persons.person); no rules here. */

export interface AppliedEvent {
  readonly changed: boolean;
  readonly errorCode: string | null;
}

/**
 * Claims a fact id for this transaction: true when it is new. A concurrent claim of the same id
 * waits on the primary key until the first commits, then finds it taken (a replay).
 */
export const claimFact = async (em: EntityManager, factId: string, kind: 'BIRTH' | 'DEATH', pin: string): Promise<boolean> => {
  const rows = await em.execute<Array<{ fact_id: string }>>(
    `insert into persons.vital_event (fact_id, kind, pin, changed) values (?::uuid, ?, ?, false)
     on conflict (fact_id) do nothing returning fact_id`,
    [factId, kind, pin],
  );
  return rows.length === 1;
};

/** Stores what applying the claimed fact did, for replays to answer the same. */
export const recordOutcome = async (em: EntityManager, factId: string, outcome: AppliedEvent): Promise<void> => {
  await em.execute(`update persons.vital_event set changed = ?, error_code = ? where fact_id = ?::uuid`, [outcome.changed, outcome.errorCode, factId]);
};

export const findAppliedEvent = async (em: EntityManager, factId: string): Promise<(AppliedEvent & { pin: string; kind: string }) | undefined> => {
  const [row] = await em.execute<Array<{ changed: boolean; error_code: string | null; pin: string; kind: string }>>(
    `select changed, error_code, pin, kind from persons.vital_event where fact_id = ?::uuid`,
    [factId],
  );
  return row ? { changed: row.changed, errorCode: row.error_code, pin: row.pin, kind: row.kind } : undefined;
};

export interface NewPerson {
  readonly pin: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly birthDate: string;
  readonly sex: 'FEMALE' | 'MALE';
  /** The person whose address, region and language the newborn takes (the mother). */
  readonly addressOf: string;
}

/** Creates the person at the address of `addressOf`; false when the PIN was already registered. */
export const insertNewborn = async (em: EntityManager, person: NewPerson): Promise<boolean> => {
  const rows = await em.execute<Array<{ pin: string }>>(
    `insert into persons.person (pin, first_name, last_name, birth_date, sex, citizenship, address_line, district_code, region_code, language)
     select ?, ?, ?, ?::date, ?, 'AZE', m.address_line, m.district_code, m.region_code, m.language
     from persons.person m where m.pin = ?
     on conflict (pin) do nothing
     returning pin`,
    [person.pin, person.firstName, person.lastName, person.birthDate, person.sex, person.addressOf],
  );
  return rows.length === 1;
};

/** Sets the death date unless it is already that date; true when a row changed. */
export const setDeathDate = async (em: EntityManager, pin: string, deathDate: string): Promise<boolean> => {
  const rows = await em.execute<Array<{ pin: string }>>(
    `update persons.person set death_date = ?::date, updated_at = now()
     where pin = ? and death_date is distinct from ?::date
     returning pin`,
    [deathDate, pin, deathDate],
  );
  return rows.length === 1;
};

/**
 * The given PINs that are registered (one statement). The PINs travel as ONE array literal cast to
 * the key's type (`= any(…::char(7)[])`: one index scan over the array), not as a list of 1,000
 * literals the SQL text must carry and PostgreSQL parse (a bulk feed asks this for every chunk),
 * and as a bind parameter of a prepared statement (`selectRows`), not inlined into the text by
 * `em.execute` (escaping 8 KB in Node and parsing them as SQL, for every chunk).
 */
export const findRegisteredPins = async (em: EntityManager, pins: readonly string[]): Promise<Set<string>> => {
  if (pins.length === 0) return new Set();
  const rows = await selectRows(em, `select pin from persons.person where pin = any($1::char(7)[])`, [arrayLiteral([...new Set(pins)])]);
  return new Set(rows.map((r) => String(r['pin']).trim()));
};

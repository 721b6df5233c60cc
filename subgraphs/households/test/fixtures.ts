import { randomUUID } from 'node:crypto';
import pg from 'pg';

type Relation = 'HEAD' | 'SPOUSE' | 'CHILD' | 'PARENT' | 'SIBLING' | 'GRANDCHILD' | 'GRANDPARENT' | 'OTHER_RELATIVE' | 'NON_RELATIVE';

/**
 * Rows straight into households.*, as the population loader leaves them:
 *   const id = await seed.household('AZ-GA', 'ganja-dashkasan').member('5AZK7P2', 'HEAD', '2020-01-01').save()
 */
export class HouseholdFixture {
  readonly id = randomUUID();
  readonly #members: Array<{ pin: string; relation: Relation; from: string; to: string | null }> = [];
  readonly #pool: pg.Pool;
  readonly #district: string;
  readonly #region: string;

  constructor(pool: pg.Pool, district: string, region: string) {
    this.#pool = pool;
    this.#district = district;
    this.#region = region;
  }

  member(pin: string, relation: Relation, from: string, to: string | null = null): this {
    this.#members.push({ pin, relation, from, to });
    return this;
  }

  async save(): Promise<string> {
    await this.#pool.query(`insert into households.household (id, address_line, district_code, region_code) values ($1, 'Nizami küç. 10', $2, $3)`, [
      this.id,
      this.#district,
      this.#region,
    ]);
    for (const m of this.#members) {
      await this.#pool.query(
        `insert into households.membership (id, household_id, person_pin, relation, valid_from, valid_to) values ($1, $2, $3, $4, $5, $6)`,
        [randomUUID(), this.id, m.pin, m.relation, m.from, m.to],
      );
    }
    return this.id;
  }
}

export const householdSeeder = (databaseUrl: string) => {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  return {
    household: (district = 'AZ-BA', region = 'baku') => new HouseholdFixture(pool, district, region),
    close: () => pool.end(),
  };
};

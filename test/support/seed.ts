import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { PIN_ALPHABET } from '@usr/shared';

/**
 * Fluent fixtures that read like the case under test:
 *   await seed.household(4).withFacts(5).withBenefit('TSA', '120.00').withPayments(3).save()
 * Rows go straight into each subgraph's tables, as agency feeds and the engine would leave them.
 */
let pinCounter = 0;
const nextPin = (): string => {
  // Test PINs start with 'T' so they never collide with demo or generated ones.
  let n = pinCounter++;
  let pin = '';
  for (let i = 0; i < 6; i++) {
    pin = (PIN_ALPHABET[n % PIN_ALPHABET.length] ?? '0') + pin;
    n = Math.floor(n / PIN_ALPHABET.length);
  }
  return `T${pin}`;
};

export interface SeededHousehold {
  readonly householdId: string;
  readonly pins: readonly string[];
  readonly head: string;
  readonly assignmentIds: readonly string[];
}

export class HouseholdBuilder {
  #facts = 0;
  #benefit: { code: string; amount: string } | undefined;
  #payments = 0;
  #pins: readonly string[] = [];
  #region = { region: 'baku', district: 'AZ-BA' };
  #healthFact = false;
  readonly #members: number;
  readonly #db: pg.Pool;

  constructor(db: pg.Pool, members: number) {
    this.#db = db;
    this.#members = members;
  }

  /** Use these PINs for the first members (head first), e.g. the realm's demo citizens. */
  withPins(...pins: string[]): this {
    this.#pins = pins;
    return this;
  }

  /** Register the household (and its members) in this region and district. */
  inRegion(region: string, district: string): this {
    this.#region = { region, district };
    return this;
  }

  /** The head gets a DISABILITY fact (health data). */
  withHealthFact(): this {
    this.#healthFact = true;
    return this;
  }

  /** Each member gets this many monthly INCOME facts. */
  withFacts(count: number): this {
    this.#facts = count;
    return this;
  }

  /** The head gets an active assignment of this benefit with a granting decision. */
  withBenefit(code: string, monthlyAmount: string): this {
    this.#benefit = { code, amount: monthlyAmount };
    return this;
  }

  /** The head's assignment gets this many monthly payments. */
  withPayments(months: number): this {
    this.#payments = months;
    return this;
  }

  async save(): Promise<SeededHousehold> {
    const client = await this.#db.connect();
    try {
      await client.query('begin');
      const householdId = randomUUID();
      const pins = Array.from({ length: this.#members }, (_, i) => this.#pins[i] ?? nextPin());
      const { region, district } = this.#region;
      await client.query(
        `insert into households.household (id, address_line, district_code, region_code) values ($1, 'Nizami küç. 1', $2, $3)`,
        [householdId, district, region],
      );
      for (const [i, pin] of pins.entries()) {
        await client.query(
          `insert into persons.person (pin, first_name, last_name, birth_date, sex, citizenship, address_line, district_code, region_code, phone, language)
           values ($1, $2, 'Testov', $3, $4, 'AZE', 'Nizami küç. 1', $5, $6, $7, 'az')`,
          [pin, `Member${i}`, i < 2 ? '1985-05-05' : '2015-05-05', i % 2 === 0 ? 'MALE' : 'FEMALE', district, region, i < 2 ? `+99450111223${i}` : null],
        );
        await client.query(
          `insert into households.membership (id, household_id, person_pin, relation, valid_from) values ($1, $2, $3, $4, '2020-01-01')`,
          [randomUUID(), householdId, pin, i === 0 ? 'HEAD' : i === 1 ? 'SPOUSE' : 'CHILD'],
        );
        if (this.#facts > 0) {
          await client.query(
            `insert into facts.fact (id, agency_code, subject_pin, kind, value, valid_from, valid_to, source_reference)
             select gen_random_uuid(), 'taxes', $1::text, 'INCOME',
                    jsonb_build_object('amount', 100 + g, 'month', to_char(date '2025-01-01' + (g || ' month')::interval, 'YYYY-MM'), 'source', 'SALARY'),
                    (date '2025-01-01' + (g || ' month')::interval)::date, (date '2025-01-01' + ((g + 1) || ' month')::interval)::date - 1,
                    'TEST-' || $1::text || '-' || g
             from generate_series(0, $2::int - 1) g`,
            [pin, this.#facts],
          );
        }
      }
      const head = pins[0] ?? '';
      if (this.#healthFact) {
        await client.query(
          `insert into facts.fact (id, agency_code, subject_pin, kind, value, valid_from, source_reference)
           values (gen_random_uuid(), 'medical-expertise', $1::text, 'DISABILITY', '{"group":"II","cause":"GENERAL"}', '2024-03-01', 'MSE-' || $1::text)`,
          [head],
        );
      }
      const assignmentIds: string[] = [];
      if (this.#benefit) {
        const decisionId = randomUUID();
        const assignmentId = randomUUID();
        await client.query(
          `insert into benefits.decision (id, benefit_code, subject_pin, household_id, effective_date, outcome, monthly_amount, rule_version, reason_code)
           values ($1, $2, $3, $4, '2025-01-01', 'GRANTED', $5, 'test-1', 'ELIGIBLE')`,
          [decisionId, this.#benefit.code, head, householdId, this.#benefit.amount],
        );
        await client.query(
          `insert into benefits.assignment (id, decision_id, benefit_code, beneficiary_pin, household_id, period_from, period_to, monthly_amount, status)
           values ($1, $2, $3, $4, $5, '2025-01-01', '2025-12-31', $6, 'ACTIVE')`,
          [assignmentId, decisionId, this.#benefit.code, head, householdId, this.#benefit.amount],
        );
        assignmentIds.push(assignmentId);
        const accountId = randomUUID();
        await client.query(
          `insert into payments.payment_account (id, holder_pin, bank, branch_address, card_pickup_date, card_number_masked, iban, status)
           values ($1, $2, 'Kapital Bank', 'Baku, Fuzuli küç. 71', '2025-01-15', '4169 **** **** 1234', 'AZ21NABZ00000000137010001944', 'OPEN')`,
          [accountId, head],
        );
        for (let m = 0; m < this.#payments; m++) {
          await client.query(
            `insert into payments.payment (id, assignment_id, beneficiary_pin, account_id, month, amount, status, paid_at)
             values ($1, $2, $3, $4, $5, $6, 'PAID', now())`,
            [randomUUID(), assignmentId, head, accountId, `2025-${String(m + 1).padStart(2, '0')}`, this.#benefit.amount],
          );
        }
      }
      await client.query('commit');
      return { householdId, pins, head, assignmentIds };
    } catch (error) {
      await client.query('rollback');
      throw error;
    } finally {
      client.release();
    }
  }
}

export const seeder = (databaseUrl: string) => {
  const db = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  // Idle clients see the test database dropped at teardown; that is expected, not a failure.
  db.on('error', () => undefined);
  return {
    household: (members: number) => new HouseholdBuilder(db, members),
    close: () => db.end(),
  };
};

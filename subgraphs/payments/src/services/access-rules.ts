import { mayReadBenefitRecordOf, unlearnableBenefits, type RecordAccess } from '@usr/shared';

/** The records this subgraph serves, each about one person (its beneficiary or holder). */
export type PaymentRecord = 'Payment' | 'PaymentAccount';

/**
 * Who may read payments and payment accounts, written once. Every resolver that hands one out goes
 * through here; the person rules themselves (own record, caseworker's region, staff with a declared
 * purpose, engine, nobody else) are shared/src/auth/record-access.ts, which also records every
 * granted read by someone other than the person in the access log.
 *
 * - A record is readable by whoever may read its person's record (`full` scope): payments are
 *   nobody's business but the beneficiary's, household members included.
 * - Auditors read IBANs masked to their last four characters; card numbers are masked for everyone.
 * - A payment or recovery of a benefit whose type reveals health (a disability) is a health datum
 *   of its person (policy module): left out of lists for a caller who may not read that person's
 *   health, and refused by id like another person's record.
 * - Checks cost no SQL: rows are loaded (batched) first, then checked in memory; region look-ups
 *   are batched per request by the directory.
 */
export class PaymentAccessRules {
  readonly #access: RecordAccess;

  constructor(access: RecordAccess) {
    this.#access = access;
  }

  /** Person.payments / paymentAccounts: throws unless the caller may read that person's records. */
  assertPersonRecords(pin: string, field: string, fields: readonly string[]): Promise<void> {
    return this.#assertPerson(pin, [field, ...fields]);
  }

  /** One record, reached by id, by reference or through a link: readable like its person's record. */
  assertRecord(type: PaymentRecord, personPin: string, fields: readonly string[], benefitCode: string | null = null): Promise<void> {
    // A health benefit's payment the caller may not learn of reads like an unknown id.
    if (!mayReadBenefitRecordOf(this.#access.viewer, benefitCode, personPin)) return this.#access.refuseUnknownRecord(type);
    return this.#assertPerson(personPin, fields.map((f) => `${type}.${f}`));
  }

  /** The rows of a list the caller may learn of: a health benefit's leave it for anyone else. */
  learnable<T>(rows: readonly T[], personOf: (row: T) => string, benefitOf: (row: T) => string | null | undefined): T[] {
    return rows.filter((row) => mayReadBenefitRecordOf(this.#access.viewer, benefitOf(row), personOf(row)));
  }

  /** The benefits whose payments about this person a paged list leaves out for this caller. */
  unlearnableBenefits(pin: string): readonly string[] {
    return unlearnableBenefits(this.#access.viewer, pin);
  }

  /**
   * Records of other subgraphs' entities (an assignment's payments): every person they are about
   * must be readable, else the caller is refused. An empty list reveals nothing and is answered.
   */
  async assertRecordsOf<T>(rows: readonly T[], personOf: (row: T) => string, fields: readonly string[]): Promise<void> {
    await Promise.all([...new Set(rows.map(personOf))].map((pin) => this.#assertPerson(pin, fields)));
  }

  /**
   * Throws the answer for an id with no row. Only those who may read every record learn that it
   * does not exist (NOT_FOUND); anyone else gets exactly the refusal they get for another person's
   * record, so ids cannot be probed.
   */
  refuseUnknownRecord(type: PaymentRecord): never {
    return this.#access.refuseUnknownRecord(type);
  }

  /** An IBAN as this caller may read it: auditors see only the last four characters. */
  iban(iban: string): string {
    if (this.#access.viewer.kind !== 'auditor') return iban;
    return `${'*'.repeat(Math.max(0, iban.length - 4))}${iban.slice(-4)}`;
  }

  /**
   * The card number as anyone may read it: every digit but the first and last four masked. Stored
   * masked already; masked again here so that a row written wrongly can never serve a full number.
   */
  cardNumber(stored: string): string {
    const digits = stored.replace(/\D/g, '').length;
    let index = -1;
    return stored.replace(/\d/g, (digit) => {
      index += 1;
      return index < 4 || index >= digits - 4 ? digit : '*';
    });
  }

  #assertPerson(pin: string, fields: readonly string[]): Promise<void> {
    return this.#access.assertPerson(pin, fields, 'full');
  }
}

import { decisionInputView, mayReadBenefitRecordOf, type DecisionInputFacts, type InputView, type PersonScope, type RecordAccess } from '@usr/shared';

/** The records this subgraph serves, each about one person (its subject, beneficiary or applicant). */
export type BenefitRecord = 'Application' | 'Decision' | 'Assignment' | 'Notification' | 'Appeal';

/** The appeal states an appeals officer may read in: in their queue, or once they acted on it. */
const OFFICER_READABLE = new Set(['IN_REVIEW', 'UPHELD', 'REFERRED', 'SETTLED']);

/**
 * Who may read applications, decisions and assignments, written once. Every resolver that hands one
 * out goes through here; the person rules themselves (own record, caseworker's region, staff with a
 * declared purpose, engine, nobody else) are shared/src/auth/record-access.ts, which also records
 * every granted read by someone other than the person in the access log.
 *
 * - A record is readable by whoever may read its person's record (`full` scope).
 * - A household's records are readable by a citizen of that household: RecordAccess grants a
 *   citizen the `basic` scope on the current members of their own household, and logs such reads.
 * - A record of a benefit whose type reveals health (a disability) is a health datum of its person
 *   (policy module, mayReadBenefitRecordOf): left out of every list for a caller who may not read
 *   that person's health, and refused by id or link like another person's record.
 * - Checks cost no SQL: rows are loaded (batched) first, then checked in memory; region and
 *   household look-ups are batched per request by the directory.
 */
export class BenefitAccessRules {
  readonly #access: RecordAccess;
  readonly #inputViews = new Map<string, Promise<InputView[]>>();

  constructor(access: RecordAccess) {
    this.#access = access;
  }

  /** Person.benefits / decisions / applications: throws unless the caller may read that person's records. */
  assertPersonRecords(pin: string, field: string, fields: readonly string[]): Promise<void> {
    return this.#assertPerson(pin, [field, ...fields], 'full');
  }

  /**
   * One record, reached by id, by reference or through a link: readable like its person's record,
   * and a health benefit's only by who may read the person's health: for anyone else it does not
   * exist (the answer to an unknown id, so it is neither logged nor told apart from one).
   */
  assertRecord(type: BenefitRecord, personPin: string, fields: readonly string[], benefitCode: string | null | undefined): Promise<void> {
    if (!this.mayLearnOf(benefitCode, personPin)) return this.#access.refuseUnknownRecord(type);
    return this.#assertPerson(personPin, fields.map((f) => `${type}.${f}`), 'full');
  }

  /** Whether the caller may learn that a record of this benefit about this person exists. */
  mayLearnOf(benefitCode: string | null | undefined, personPin: string): boolean {
    return mayReadBenefitRecordOf(this.#access.viewer, benefitCode, personPin);
  }

  /** The rows of a list the caller may learn of: a health benefit's leave it for anyone else. */
  learnable<T>(rows: readonly T[], personOf: (row: T) => string, benefitOf: (row: T) => string | null | undefined): T[] {
    return rows.filter((row) => this.mayLearnOf(benefitOf(row), personOf(row)));
  }

  /**
   * Throws the answer for an id with no row. Only those who may read every record learn that it
   * does not exist (NOT_FOUND); anyone else gets exactly the refusal they get for another person's
   * record, so ids cannot be probed.
   */
  refuseUnknownRecord(type: BenefitRecord): never {
    return this.#access.refuseUnknownRecord(type);
  }

  /**
   * Household.assistance / applications: the rows about a person the caller may see as a member of
   * their household (citizens) or under the person rules (staff). Rows about anyone else are left
   * out; when there are rows and none is visible the caller is refused, with the person rules' own
   * wording. An empty household reveals nothing and answers an empty list.
   */
  async householdRecords<T>(all: readonly T[], personOf: (row: T) => string, benefitOf: (row: T) => string | null, fields: readonly string[]): Promise<T[]> {
    // A health benefit's row the caller may not learn of is not there: it neither shows nor refuses.
    const rows = this.learnable(all, personOf, benefitOf);
    const first = rows[0];
    if (first === undefined) return [];
    const allowed = await this.#access.filterPersons([...new Set(rows.map(personOf))], fields, 'basic');
    const visible = rows.filter((row) => allowed.has(personOf(row)));
    if (visible.length > 0) return visible;
    await this.#access.assertPerson(personOf(first), fields, 'basic');
    throw this.#access.refusal();
  }

  /**
   * A list of records about many people handed out at once (the engine's keyset pages): each
   * person is checked and, for anyone but themself, recorded in the access log; throws the refusal
   * when any is refused.
   */
  async listedRecords(type: BenefitRecord, pins: readonly string[], fields: readonly string[]): Promise<void> {
    const unique = [...new Set(pins)];
    const allowed = await this.#access.filterPersons(unique, fields.map((f) => `${type}.${f}`), 'full');
    if (allowed.size < unique.length) throw this.#access.refusal();
  }

  /**
   * An appeal, or a decision reached through one: readable by the appellant (who, for a household
   * decision, reads the subject's decision as a household member: the `basic` scope, logged), by
   * appeals officers once the appeal reached review (logged), and otherwise like the subject's
   * records (the subject, the engine, auditors, administrators).
   */
  async assertAppealRecord(appeal: { appellantPin: string; subjectPin: string; status: string; benefitCode: string }, fields: readonly string[]): Promise<void> {
    const viewer = this.#access.viewer;
    if (!this.mayLearnOf(appeal.benefitCode, appeal.subjectPin)) return this.#access.refuseUnknownRecord('Appeal');
    if (viewer.kind === 'appeals-officer') {
      if (!OFFICER_READABLE.has(appeal.status)) throw this.#access.refusal();
      await this.#access.grantForAppealReview(appeal.subjectPin, fields);
      return;
    }
    if (viewer.kind === 'caseworker' || viewer.kind === 'internal') throw this.#access.refusal();
    if (viewer.kind === 'citizen' && viewer.pin === appeal.appellantPin && viewer.pin !== appeal.subjectPin) {
      await this.#assertPerson(appeal.subjectPin, fields, 'basic');
      return;
    }
    await this.#assertPerson(appeal.subjectPin, fields, 'full');
  }

  /**
   * What the caller sees of each input of a decision it may read (policy module, decisionInputView):
   * decided once per decision and request, so each person's read is checked and logged once.
   */
  inputViews(decisionId: string, subjectPin: string, inputs: readonly DecisionInputFacts[]): Promise<InputView[]> {
    let views = this.#inputViews.get(decisionId);
    if (!views) {
      views = (async () => {
        const others = [...new Set(inputs.flatMap((i) => (i.subjectPin !== null && i.subjectPin !== subjectPin ? [i.subjectPin] : [])))];
        const scopes = others.length > 0 ? await this.#otherInputScopes(others) : new Map<string, PersonScope>();
        // The decision's own subject was granted `full` when the decision was handed out.
        return inputs.map((input) => decisionInputView(this.#access.viewer, input, input.subjectPin === subjectPin ? 'full' : scopes.get(input.subjectPin ?? '')));
      })();
      this.#inputViews.set(decisionId, views);
    }
    return views;
  }

  /**
   * The scopes on the other people a decision's inputs name. An appeals officer reaches a decision
   * only through an appeal in review (assertAppealRecord): the household's inputs are part of what
   * they review, each person's read logged; everyone else under the person rules.
   */
  async #otherInputScopes(pins: readonly string[]): Promise<Map<string, PersonScope>> {
    if (this.#access.viewer.kind !== 'appeals-officer') return this.#access.grantedScopes(pins, ['Decision.inputs']);
    const scopes = new Map<string, PersonScope>();
    for (const pin of pins) {
      await this.#access.grantForAppealReview(pin, ['Decision.inputs']);
      scopes.set(pin, 'full');
    }
    return scopes;
  }

  /**
   * A work queue of records about many people (the applications needing attention): the rows whose
   * person the caller may read in full (a caseworker: their region), each read logged; the others
   * are left out of the page, which is how a queue of several regions is shared.
   */
  async queueRecords<T>(type: BenefitRecord, all: readonly T[], personOf: (row: T) => string, benefitOf: (row: T) => string | null, fields: readonly string[]): Promise<T[]> {
    const rows = this.learnable(all, personOf, benefitOf);
    if (rows.length === 0) return [];
    const allowed = await this.#access.filterPersons([...new Set(rows.map(personOf))], fields.map((f) => `${type}.${f}`), 'full');
    return rows.filter((row) => allowed.has(personOf(row)));
  }

  #assertPerson(pin: string, fields: readonly string[], scope: 'basic' | 'full'): Promise<void> {
    return this.#access.assertPerson(pin, fields, scope);
  }
}

import { GraphQLError } from 'graphql';
import { assertAuthenticated, assertMayReadPersonalData, findAgency, forbidden, hiddenFactKinds, readsEveryone, suppliedTheFact, type FactKind, type RecordAccess, type Viewer } from '@usr/shared';
import type { Fact } from '../entities/fact.ts';

/**
 * Record rules of the agency-facts subgraph, on top of the shared person rules (RecordAccess):
 *
 * - the subject themself: every fact about them, health facts included (never a fellow household
 *   member: facts are the person's full record);
 * - a caseworker (or internal app) of the subject's region, with a declared purpose: their facts,
 *   health facts (DISABILITY, MEDICAL_CONDITION, CARE: `health` in fact-kinds.ts) only with the `health` scope (left out of lists,
 *   FORBIDDEN by id);
 * - the decision engine, auditors and registry administrators: every fact;
 * - an agency feed: single facts its own agency supplied (`viewer.agency === fact.agencyCode`),
 *   never a person's list of facts; and it alone WRITES facts, of its own agency (submittingAgency).
 * The subject's region comes from the directory (the persons subgraph, asked with the caller's
 * token); when it is not known, nothing is granted. Granted reads of someone else's facts are
 * recorded by RecordAccess, once per person and set of fields per request.
 */

/** One message for every refusal of a fact and for a missing one, so a refusal tells nothing. */
export const FACT_REFUSED = 'You may not read this fact.';

/** The rule of FactAccess.submittingAgency, for callers without a GraphQL context (the bulk feed). */
export const submittingAgencyOf = (viewer: Viewer): string => {
  assertAuthenticated(viewer);
  if (viewer.kind !== 'agency' || !viewer.serviceAccount || viewer.agency === undefined || !findAgency(viewer.agency))
    throw forbidden('Only an agency feed service account may submit facts.');
  return viewer.agency;
};

export class FactAccess {
  readonly #viewer: Viewer;
  readonly #purpose: string | undefined;
  readonly #persons: RecordAccess;
  /** Person grants already decided in this request, by pin and fields: asked and recorded once. */
  readonly #granted = new Map<string, Promise<void>>();

  constructor(viewer: Viewer, purpose: string | undefined, persons: RecordAccess) {
    this.#viewer = viewer;
    this.#purpose = purpose;
    this.#persons = persons;
  }

  /** The caller-level part of the rules, checked before any look-up. */
  assertCaller(): void {
    // Agency feeds pass here: they read single facts of their own agency (assertFact).
    if (this.#viewer.kind === 'agency') return assertAuthenticated(this.#viewer);
    assertMayReadPersonalData(this.#viewer, this.#purpose);
  }

  /**
   * The agency a caller submits facts for: its service account's `agency` claim, which must name a
   * catalogued agency. Anyone else is refused, whatever roles the token also holds: auditors,
   * the engine and administrators never write facts (the SDL directive is checked before this).
   */
  submittingAgency(): string {
    return submittingAgencyOf(this.#viewer);
  }

  /** Whether the caller may be told that a fact does not exist. */
  get seesEveryFact(): boolean {
    return readsEveryone(this.#viewer);
  }

  /**
   * Kinds to leave out of the caller's lists: health facts for caseworkers without the `health`
   * scope (which the verifier keeps only with the health-data role). The subject, the engine,
   * auditors and administrators see them; other callers never reach a list.
   */
  get hiddenKinds(): readonly FactKind[] {
    return hiddenFactKinds(this.#viewer);
  }

  /** Throws FORBIDDEN (or UNAUTHENTICATED) unless the caller may list this person's facts. */
  assertSubject(pin: string, fields: readonly string[]): Promise<void> {
    const key = `${pin} ${fields.join(',')}`;
    let grant = this.#granted.get(key);
    if (!grant) {
      grant = this.#persons.assertPerson(pin, fields, 'full');
      this.#granted.set(key, grant);
    }
    return grant;
  }

  /** The subset of `pins` whose records the caller may read (each granted read recorded). */
  filterSubjects(pins: readonly string[], fields: readonly string[]): Promise<Set<string>> {
    return this.#persons.filterPersons(pins, fields, 'full');
  }

  /** Throws FORBIDDEN (or UNAUTHENTICATED) unless the caller may read this one fact. */
  async assertFact(fact: Fact, fields: readonly string[]): Promise<void> {
    this.assertCaller();
    const viewer = this.#viewer;
    if (viewer.kind === 'agency') {
      if (suppliedTheFact(viewer, fact.agencyCode)) return;
      throw forbidden(FACT_REFUSED);
    }
    // Before the person rule, so that a refused health fact is not recorded as read.
    if (this.hiddenKinds.includes(fact.kind)) throw forbidden(FACT_REFUSED);
    try {
      await this.assertSubject(fact.subjectPin, fields);
    } catch (error) {
      // Whether the subject is out of region or the caller has no right at all: the same answer.
      if (error instanceof GraphQLError && error.extensions['code'] === 'FORBIDDEN') throw forbidden(FACT_REFUSED);
      throw error;
    }
  }
}

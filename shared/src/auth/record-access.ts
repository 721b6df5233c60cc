import { GraphQLError } from 'graphql';
import type { PurposeOfUse } from '../i18n/purposes.ts';
import { forbidden, notFound } from '../errors.ts';
import type { AccessRecorder } from './access-recorder.ts';
import { assertAuthenticated, assertMayReadPersonalData, needsPurpose, readsEveryone, refusalOfOthersRecord, REFUSALS } from './policy/callers.ts';
import type { Viewer } from './viewer.ts';

/**
 * Record rules: may this caller read this person's record? Checked where the data is, in every
 * subgraph, on every path (queries, nested fields, `_entities`). Field rules live in the SDL;
 * these are the rules that depend on whose record it is.
 *
 * - the person themself: everything about them;
 * - a citizen of the same household: the `basic` part (names, birth, relation), nothing else;
 * - a caseworker (or internal app): people registered in their region, with a declared purpose;
 * - the decision engine, auditors and registry admins: everyone (staff with a declared purpose);
 * - an agency feed: nobody.
 * Every granted read by someone other than the person is recorded in the access log.
 */
export type PersonScope = 'basic' | 'full';

/** Facts about people that a record rule needs and that another subgraph may own. */
export interface PersonDirectory {
  /** The economic region a person is registered in (undefined when unknown to the caller). */
  regionOf(pin: string): Promise<string | undefined>;
  /** Current members of the person's household, themself included (empty when none). */
  householdOf(pin: string): Promise<ReadonlySet<string>>;
}

export interface RequestIdentity {
  readonly viewer: Viewer;
  readonly purpose: string | undefined;
  readonly requestId: string;
}

export const ENGINE_PURPOSE: PurposeOfUse = 'AUTOMATED_DECISION';
export const HOUSEHOLD_PURPOSE: PurposeOfUse = 'OWN_HOUSEHOLD';

export class RecordAccess {
  readonly #request: RequestIdentity;
  readonly #directory: PersonDirectory;
  readonly #recorder: AccessRecorder;
  readonly #service: string;
  // One check per person, scope and field set per request: aliases and repeated links are checked
  // and logged once.
  readonly #checked = new Map<string, Promise<string | undefined>>();

  constructor(request: RequestIdentity, directory: PersonDirectory, recorder: AccessRecorder, service: string) {
    this.#request = request;
    this.#directory = directory;
    this.#recorder = recorder;
    this.#service = service;
  }

  get viewer(): Viewer {
    return this.#request.viewer;
  }

  /** Is the caller this person? */
  isSelf(pin: string): boolean {
    const { viewer } = this.#request;
    return viewer.kind === 'citizen' && viewer.pin === pin;
  }

  /** Throws FORBIDDEN (or UNAUTHENTICATED) unless the caller may read `fields` of this person. */
  async assertPerson(pin: string, fields: readonly string[], scope: PersonScope = 'full'): Promise<void> {
    const key = `${pin}\u0000${scope}\u0000${fields.join(',')}`;
    let check = this.#checked.get(key);
    if (!check) {
      // The read is answered only once its access entry is durable (or refused when it cannot be).
      check = this.#grant(pin, scope).then(async (purpose) => {
        if (purpose !== undefined) await this.#record(pin, fields, purpose);
        return purpose;
      });
      this.#checked.set(key, check);
    }
    await check;
  }

  /**
   * The answer for an id with no row. Only those who may read every record learn that it does not
   * exist (NOT_FOUND); anyone else gets the refusal they get for another person's record, so ids
   * cannot be probed.
   */
  refuseUnknownRecord(type: string): never {
    assertMayReadPersonalData(this.#request.viewer, this.#request.purpose);
    throw readsEveryone(this.#request.viewer) ? notFound(type) : forbidden(refusalOfOthersRecord(this.#request.viewer));
  }

  /**
   * Records a read the person makes of their own data that the log must show them (downloading all
   * of it): own reads are otherwise not logged. Only the person themself; anyone else is FORBIDDEN.
   * `requestId` lets the caller key the entry to something a retry repeats.
   */
  async recordOwnRead(pin: string, fields: readonly string[], purpose: PurposeOfUse, requestId: string): Promise<void> {
    assertAuthenticated(this.#request.viewer);
    if (!this.isSelf(pin)) throw this.refusal();
    await this.#recorder.record({ subjectPin: pin, viewer: this.#request.viewer, service: this.#service, fields, purpose, requestId, at: new Date() });
  }

  /** The refusal the caller gets for someone else's record. */
  refusal(): GraphQLError {
    return forbidden(refusalOfOthersRecord(this.#request.viewer));
  }

  /** The subset of `pins` the caller may read (for lists); records each granted read. */
  async filterPersons(pins: readonly string[], fields: readonly string[], scope: PersonScope = 'full'): Promise<Set<string>> {
    const allowed = new Set<string>();
    await Promise.all(
      pins.map(async (pin) => {
        let purpose: string | undefined;
        try {
          purpose = await this.#grant(pin, scope);
        } catch (error) {
          if (!(error instanceof GraphQLError)) throw error;
          return;
        }
        // Outside the refusal handling: an entry that cannot be logged refuses the list, never
        // silently shortens it.
        if (purpose !== undefined) await this.#record(pin, fields, purpose);
        allowed.add(pin);
      }),
    );
    return allowed;
  }

  /**
   * How much of each person's record the caller may read: `full`, or `basic` for a citizen's fellow
   * household members; people refused are absent. Each granted read is recorded.
   */
  async grantedScopes(pins: readonly string[], fields: readonly string[]): Promise<Map<string, PersonScope>> {
    const unique = [...new Set(pins)];
    const scopes = new Map<string, PersonScope>();
    for (const pin of await this.filterPersons(unique, fields, 'full')) scopes.set(pin, 'full');
    const rest = unique.filter((pin) => !scopes.has(pin));
    if (this.#request.viewer.kind === 'citizen' && rest.length > 0) {
      for (const pin of await this.filterPersons(rest, fields, 'basic')) scopes.set(pin, 'basic');
    }
    return scopes;
  }

  /** Resolves to the purpose to record, or undefined for a read of one's own record. */
  async #grant(pin: string, scope: PersonScope): Promise<string | undefined> {
    const { viewer, purpose } = this.#request;
    assertAuthenticated(viewer);
    if (needsPurpose(viewer) && !purpose) throw forbidden(REFUSALS.purpose);
    switch (viewer.kind) {
      case 'citizen': {
        if (viewer.pin === pin) return undefined;
        if (scope === 'basic' && viewer.pin && (await this.#directory.householdOf(viewer.pin)).has(pin)) return HOUSEHOLD_PURPOSE;
        throw forbidden(REFUSALS.citizen);
      }
      case 'caseworker':
      case 'internal': {
        const region = await this.#directory.regionOf(pin);
        if (region !== undefined && region === viewer.region) return purpose ?? '';
        throw forbidden(REFUSALS.caseworker);
      }
      case 'engine':
        return purpose ?? ENGINE_PURPOSE;
      case 'auditor':
      case 'admin':
        return purpose ?? '';
      case 'agency':
        throw forbidden(REFUSALS.agency);
      case 'bank':
        throw forbidden(REFUSALS.bank);
      case 'appeals-officer':
        // Only through an appeal in review (grantForAppealReview), never by person.
        throw forbidden(REFUSALS.appeals);
      case 'rules-staff':
        throw forbidden(REFUSALS.rules);
    }
  }

  /**
   * An appeals officer reads the records an appeal in review concerns: the caller of the subgraph
   * has checked that the record is under such an appeal; the read is logged like any staff read.
   */
  async grantForAppealReview(pin: string, fields: readonly string[]): Promise<void> {
    const { viewer, purpose } = this.#request;
    assertAuthenticated(viewer);
    if (viewer.kind !== 'appeals-officer') throw this.refusal();
    if (!purpose) throw forbidden(REFUSALS.purpose);
    const key = `${pin}\u0000appeal\u0000${fields.join(',')}`;
    if (this.#checked.has(key)) return;
    this.#checked.set(key, Promise.resolve(purpose));
    await this.#record(pin, fields, purpose);
  }

  #record(pin: string, fields: readonly string[], purpose: string): Promise<void> {
    return this.#recorder.record({
      subjectPin: pin,
      viewer: this.#request.viewer,
      service: this.#service,
      fields,
      purpose,
      requestId: this.#request.requestId,
      at: new Date(),
    });
  }
}

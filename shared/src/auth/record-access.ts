import { GraphQLError } from 'graphql';
import { forbidden, notFound } from '../errors.ts';
import type { AccessRecorder } from './access-recorder.ts';
import { isAuthenticated, type Viewer } from './viewer.ts';

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

const STAFF = new Set(['caseworker', 'internal', 'auditor', 'admin', 'appeals-officer']);
export const ENGINE_PURPOSE = 'automated-decision';
export const HOUSEHOLD_PURPOSE = 'own-household';

/** The refusals, word for word: a missing row must read exactly like someone else's record. */
export const REFUSALS = {
  purpose: 'Staff must declare the purpose of use (header x-purpose-of-use) to read personal data.',
  citizen: 'Citizens may read only their own record.',
  caseworker: 'Caseworkers may read only the records of their region.',
  agency: 'Agency feeds may not read personal records.',
  appeals: 'Appeals officers may read only the decisions under an appeal in review.',
  other: 'You are not allowed to read this record.',
} as const;

const refusalOfOthersRecord = (viewer: Viewer): string => {
  switch (viewer.kind) {
    case 'citizen':
      return REFUSALS.citizen;
    case 'caseworker':
    case 'internal':
      return REFUSALS.caseworker;
    case 'agency':
      return REFUSALS.agency;
    case 'appeals-officer':
      return REFUSALS.appeals;
    case 'anonymous':
    case 'engine':
    case 'auditor':
    case 'admin':
      return REFUSALS.other;
  }
};

/** The engine, auditors and admins may read every record (so only they learn that one is missing). */
export const readsEveryone = (viewer: Viewer): boolean => viewer.kind === 'engine' || viewer.kind === 'auditor' || viewer.kind === 'admin';

const unauthenticated = () => new GraphQLError('An access token is required.', { extensions: { code: 'UNAUTHENTICATED' } });

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
      check = this.#grant(pin, scope).then((purpose) => {
        if (purpose !== undefined) this.#record(pin, fields, purpose);
        return purpose;
      });
      this.#checked.set(key, check);
    }
    await check;
  }

  /**
   * Refusals that do not depend on whose record it is, checked before any look-up: no token, an
   * agency feed, staff without a declared purpose.
   */
  assertMayReadRecords(): void {
    const { viewer, purpose } = this.#request;
    if (!isAuthenticated(viewer)) throw unauthenticated();
    if (viewer.kind === 'agency') throw forbidden(REFUSALS.agency);
    if (STAFF.has(viewer.kind) && !purpose) throw forbidden(REFUSALS.purpose);
  }

  /**
   * The answer for an id with no row. Only those who may read every record learn that it does not
   * exist (NOT_FOUND); anyone else gets the refusal they get for another person's record, so ids
   * cannot be probed.
   */
  refuseUnknownRecord(type: string): never {
    this.assertMayReadRecords();
    throw readsEveryone(this.#request.viewer) ? notFound(type) : forbidden(refusalOfOthersRecord(this.#request.viewer));
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
        try {
          const purpose = await this.#grant(pin, scope);
          if (purpose !== undefined) this.#record(pin, fields, purpose);
          allowed.add(pin);
        } catch (error) {
          if (!(error instanceof GraphQLError)) throw error;
        }
      }),
    );
    return allowed;
  }

  /** Resolves to the purpose to record, or undefined for a read of one's own record. */
  async #grant(pin: string, scope: PersonScope): Promise<string | undefined> {
    const { viewer, purpose } = this.#request;
    if (!isAuthenticated(viewer)) throw unauthenticated();
    if (STAFF.has(viewer.kind) && !purpose) throw forbidden(REFUSALS.purpose);
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
      case 'appeals-officer':
        // Only through an appeal in review (grantForAppealReview), never by person.
        throw forbidden(REFUSALS.appeals);
    }
  }

  /**
   * An appeals officer reads the records an appeal in review concerns: the caller of the subgraph
   * has checked that the record is under such an appeal; the read is logged like any staff read.
   */
  grantForAppealReview(pin: string, fields: readonly string[]): void {
    const { viewer, purpose } = this.#request;
    if (!isAuthenticated(viewer)) throw unauthenticated();
    if (viewer.kind !== 'appeals-officer') throw this.refusal();
    if (!purpose) throw forbidden(REFUSALS.purpose);
    const key = `${pin}\u0000appeal\u0000${fields.join(',')}`;
    if (this.#checked.has(key)) return;
    this.#checked.set(key, Promise.resolve(purpose));
    this.#record(pin, fields, purpose);
  }

  #record(pin: string, fields: readonly string[], purpose: string) {
    this.#recorder.record({
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

import { forbidden, unauthenticated } from '../../errors.ts';
import { isAuthenticated, type AuthenticatedViewer, type Viewer, type ViewerKind } from '../viewer.ts';

/**
 * Caller classes: who must declare a purpose, who reads every record, who is the engine. Every
 * subgraph asks these instead of keeping its own sets, so a class changes in one place.
 */

/** The one answer to a request without a token, wherever it is refused. */
export const UNAUTHENTICATED_MESSAGE = 'An access token is required.';

/** Staff: people and internal apps who read other people's records for a declared purpose. */
const NEEDS_PURPOSE: ReadonlySet<ViewerKind> = new Set(['caseworker', 'internal', 'auditor', 'admin', 'appeals-officer']);

/** Callers whose record rule is "everyone" (and who may so be told that a record does not exist). */
const READS_EVERYONE: ReadonlySet<ViewerKind> = new Set(['engine', 'auditor', 'admin']);

/** The refusals, word for word: a missing row must read exactly like someone else's record. */
export const REFUSALS = {
  purpose: 'Staff must declare the purpose of use (header x-purpose-of-use) to read personal data.',
  citizen: 'Citizens may read only their own record.',
  caseworker: 'Caseworkers may read only the records of their region.',
  agency: 'Agency feeds may not read personal records.',
  bank: 'The bank may not read personal records.',
  appeals: 'Appeals officers may read only the decisions under an appeal in review.',
  rules: 'Rules editors and approvers may not read personal records.',
  other: 'You are not allowed to read this record.',
} as const;

export const needsPurpose = (viewer: Viewer): boolean => NEEDS_PURPOSE.has(viewer.kind as ViewerKind);

/** The engine, auditors and admins may read every record (so only they learn that one is missing). */
export const readsEveryone = (viewer: Viewer): boolean => READS_EVERYONE.has(viewer.kind as ViewerKind);

/** Throws UNAUTHENTICATED for a request without a token. */
export function assertAuthenticated(viewer: Viewer): asserts viewer is AuthenticatedViewer {
  if (!isAuthenticated(viewer)) throw unauthenticated(UNAUTHENTICATED_MESSAGE);
}

/**
 * Refusals that do not depend on whose record it is, checked before any look-up: no token, an
 * agency feed, the bank, staff without a declared purpose.
 */
export const assertMayReadPersonalData = (viewer: Viewer, purpose: string | undefined, agencyRefusal: string = REFUSALS.agency): void => {
  assertAuthenticated(viewer);
  if (viewer.kind === 'agency') throw forbidden(agencyRefusal);
  if (viewer.kind === 'bank') throw forbidden(REFUSALS.bank);
  if (needsPurpose(viewer) && !purpose) throw forbidden(REFUSALS.purpose);
};

/** Is the caller the decision engine's service account (never a person holding its role by mistake)? */
export const isEngine = (viewer: Viewer): boolean => viewer.kind === 'engine' && viewer.serviceAccount;

/**
 * The record half of `@requiresScopes(scopes: [["decision-engine"]])`: only the engine's service
 * account. `refusal` says what only the engine may do, in the caller's terms.
 */
export const assertEngine = (viewer: Viewer, refusal: string): void => {
  assertAuthenticated(viewer);
  if (!isEngine(viewer)) throw forbidden(refusal);
};

/** The record-level refusal for someone else's record, by caller kind. */
export const refusalOfOthersRecord = (viewer: Viewer): string => {
  switch (viewer.kind) {
    case 'citizen':
      return REFUSALS.citizen;
    case 'caseworker':
    case 'internal':
      return REFUSALS.caseworker;
    case 'agency':
      return REFUSALS.agency;
    case 'bank':
      return REFUSALS.bank;
    case 'appeals-officer':
      return REFUSALS.appeals;
    case 'rules-staff':
      return REFUSALS.rules;
    case 'anonymous':
    case 'engine':
    case 'auditor':
    case 'admin':
      return REFUSALS.other;
  }
};

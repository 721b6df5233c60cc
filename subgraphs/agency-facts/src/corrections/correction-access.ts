import { assertAuthenticated, assertMayReadPersonalData, findAgency, forbidden, type Viewer } from '@usr/shared';

/**
 * Who may write correction requests. Decided on the viewer's kind, never on roles alone: a token
 * that also holds the citizen or agency-feed role does not make an auditor, a caseworker or the
 * engine a writer (auditors never write).
 */

/** One message for every refusal of a request and for a missing one, so a refusal tells nothing. */
export const REQUEST_REFUSED = 'You may not act on this correction request.';
export const FACT_NOT_CONTESTABLE = 'Citizens may contest only facts about themselves.';

/** The citizen filing a request: only a citizen whose token carries a PIN. */
export const requestingCitizen = (viewer: Viewer): string => {
  assertAuthenticated(viewer);
  if (viewer.kind !== 'citizen' || viewer.pin === undefined) throw forbidden('Only citizens may request corrections, of facts about themselves.');
  return viewer.pin;
};

/**
 * Who answers or lists requests: an agency feed service account with a catalogued agency (the
 * requests against its own facts), or a caseworker with a region and a declared purpose (the
 * requests about people of that region; they confirm or reject, never correct).
 */
export type Answerer = { readonly kind: 'AGENCY'; readonly agency: string } | { readonly kind: 'CASEWORKER'; readonly region: string };

export const answeringParty = (viewer: Viewer, purpose: string | undefined): Answerer => {
  assertAuthenticated(viewer);
  if (viewer.kind === 'caseworker') {
    assertMayReadPersonalData(viewer, purpose);
    if (!viewer.region) throw forbidden('Your account has no region.');
    return { kind: 'CASEWORKER', region: viewer.region };
  }
  if (viewer.kind !== 'agency' || !viewer.serviceAccount || viewer.agency === undefined || !findAgency(viewer.agency))
    throw forbidden('Only the supplying agency’s feed, or a caseworker of the person’s region, may answer or list correction requests.');
  return { kind: 'AGENCY', agency: viewer.agency };
};

export const CORRECTING_REFUSED = 'Only the agency that supplied the fact may correct it; caseworkers confirm or reject requests.';

import { findAgency, forbidden, isAuthenticated, unauthenticated, type Viewer } from '@usr/shared';

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
  if (!isAuthenticated(viewer)) throw unauthenticated('An access token is required.');
  if (viewer.kind !== 'citizen' || viewer.pin === undefined) throw forbidden('Only citizens may request corrections, of facts about themselves.');
  return viewer.pin;
};

/** The agency answering or listing requests: an agency feed service account with a catalogued agency. */
export const answeringAgency = (viewer: Viewer): string => {
  if (!isAuthenticated(viewer)) throw unauthenticated('An access token is required.');
  if (viewer.kind !== 'agency' || !viewer.serviceAccount || viewer.agency === undefined || !findAgency(viewer.agency))
    throw forbidden('Only an agency feed service account may answer or list correction requests.');
  return viewer.agency;
};

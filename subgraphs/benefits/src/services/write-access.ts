import { assertAuthenticated, assertEngine as assertEngineCaller, forbidden, readsEveryone, type Viewer } from '@usr/shared';

/**
 * Who may write here, written once (the SDL's field rules say the same; this is the subgraph
 * checking again, so a forged or direct call is refused too):
 * - a citizen applies for their own household (applyForAssistance);
 * - the decision engine's service account records decisions, assignments and notifications;
 * - nobody else writes anything: caseworkers, auditors and administrators cannot change a decision.
 */
export const REFUSED_WRITE = {
  engine: 'Only the decision engine records decisions, assignments and notifications.',
  citizen: 'Only a citizen applies, for the household they live in today.',
  household: 'Citizens may apply only for the household they live in today.',
  lists: 'Only the decision engine, auditors and administrators list assignments.',
  withdraw: 'Only the applicant withdraws an application.',
  queue: 'Only caseworkers, auditors and administrators see the applications needing attention.',
} as const;

/** Throws unless the caller is the decision engine's service account. */
export const assertEngine = (viewer: Viewer): void => assertEngineCaller(viewer, REFUSED_WRITE.engine);

/** The applying citizen's PIN; throws for anyone else. */
export const applyingCitizen = (viewer: Viewer): string => {
  assertAuthenticated(viewer);
  if (viewer.kind !== 'citizen' || !viewer.pin) throw forbidden(REFUSED_WRITE.citizen);
  return viewer.pin;
};

/** Throws unless the caller may page through everyone's assignments (engine, auditor, admin). */
export const assertMayListAssignments = (viewer: Viewer): void => {
  assertAuthenticated(viewer);
  if (!readsEveryone(viewer)) throw forbidden(REFUSED_WRITE.lists);
};

/** Throws unless the caller may see the queue of applications needing attention (caseworker, auditor, admin). */
export const assertMayWatchDeadlines = (viewer: Viewer): void => {
  assertAuthenticated(viewer);
  if (viewer.kind !== 'caseworker' && viewer.kind !== 'auditor' && viewer.kind !== 'admin') throw forbidden(REFUSED_WRITE.queue);
};

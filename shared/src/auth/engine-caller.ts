import { forbidden, unauthenticated } from '../errors.ts';
import { isAuthenticated, type Viewer } from './viewer.ts';

/**
 * The record-level half of `@requiresScopes(scopes: [["decision-engine"]])`: only the decision
 * engine's service account (never a person who holds the role by mistake: see `viewerKind`).
 */
export const assertEngineCaller = (viewer: Viewer, action: string): void => {
  if (!isAuthenticated(viewer)) throw unauthenticated('An access token is required.');
  if (viewer.kind !== 'engine') throw forbidden(`Only the decision engine may ${action}.`);
};

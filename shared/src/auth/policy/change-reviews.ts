import { forbidden } from '../../errors.ts';
import type { Viewer } from '../viewer.ts';
import { assertMayReadPersonalData } from './callers.ts';

/**
 * Review items (a self-declared change that would raise an amount, issue 13): who sees the queue
 * and who closes an item. Caseworkers see and close their region's; appeals officers every one;
 * auditors and administrators read every one and close none; nobody else sees any. Staff declare a
 * purpose of use.
 */
export const REFUSED_CHANGE_REVIEW = {
  read: 'Only caseworkers (their region), appeals officers, auditors and administrators see review items.',
  close: 'Only caseworkers (their region) and appeals officers close review items.',
} as const;

/** Which review items a caller sees: every one, or one region's. Throws for anyone else. */
export type ChangeReviewScope = { readonly all: true } | { readonly all: false; readonly region: string };

const scopeOf = (viewer: Viewer, purpose: string | undefined, mayClose: boolean): ChangeReviewScope => {
  const refusal = mayClose ? REFUSED_CHANGE_REVIEW.close : REFUSED_CHANGE_REVIEW.read;
  assertMayReadPersonalData(viewer, purpose, refusal);
  if (viewer.kind === 'appeals-officer') return { all: true };
  if (viewer.kind === 'caseworker' && viewer.region) return { all: false, region: viewer.region };
  if (!mayClose && (viewer.kind === 'auditor' || viewer.kind === 'admin')) return { all: true };
  throw forbidden(refusal);
};

/** The review items the caller may list. */
export const changeReviewReadScope = (viewer: Viewer, purpose: string | undefined): ChangeReviewScope => scopeOf(viewer, purpose, false);
/** The review items the caller may close (accept or reject). */
export const changeReviewCloseScope = (viewer: Viewer, purpose: string | undefined): ChangeReviewScope => scopeOf(viewer, purpose, true);
/** Is this item (of `regionCode`) within the scope? */
export const inChangeReviewScope = (scope: ChangeReviewScope, regionCode: string): boolean => scope.all || scope.region === regionCode;

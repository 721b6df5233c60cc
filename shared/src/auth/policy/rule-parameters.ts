import { forbidden } from '../../errors.ts';
import { ROLES, type Viewer } from '../viewer.ts';
import { assertAuthenticated, needsPurpose, readsEveryone } from './callers.ts';

/**
 * Who governs the rule parameters (issue #15), the four eyes: a rules editor drafts, a rules approver
 * approves or rejects, never their own draft (the subject that drafted is compared, so holding both
 * roles does not help); auditors and administrators read the history, read-only; the decision engine
 * reads the approved snapshot it decides with. Roles of persons only: a service account holding an
 * editor or approver role by mistake is refused.
 */
export const RULES_REFUSALS = {
  read: 'Only rules editors, rules approvers, auditors and administrators may read the rule parameter history.',
  snapshot: 'Only the decision engine, auditors and administrators may read the parameter snapshot.',
  draft: 'Only a rules editor may draft a parameter change.',
  decide: 'Only a rules approver may approve or reject a parameter draft.',
  dryRun: 'Only rules editors and approvers may request a dry run.',
} as const;

const person = (viewer: Viewer, role: string): boolean => !viewer.serviceAccount && viewer.roles.has(role);

const isRulesEditor = (viewer: Viewer): boolean => person(viewer, ROLES.rulesEditor);
const isRulesApprover = (viewer: Viewer): boolean => person(viewer, ROLES.rulesApprover);

/** The history of parameter versions, drafts and dry runs: the rules staff and the read-only overseers. */
export const mayReadParameterHistory = (viewer: Viewer): boolean =>
  isRulesEditor(viewer) || isRulesApprover(viewer) || viewer.kind === 'auditor' || viewer.kind === 'admin';

export const assertMayReadParameterHistory = (viewer: Viewer): void => {
  assertAuthenticated(viewer);
  if (!mayReadParameterHistory(viewer)) throw forbidden(RULES_REFUSALS.read);
};

/** The approved values the engine decides with (public law, but served to the engine and overseers). */
export const assertMayReadParameterSnapshot = (viewer: Viewer): void => {
  assertAuthenticated(viewer);
  if (!((viewer.kind === 'engine' && viewer.serviceAccount) || viewer.kind === 'auditor' || viewer.kind === 'admin')) throw forbidden(RULES_REFUSALS.snapshot);
};

export const assertMayDraftParameters = (viewer: Viewer): void => {
  assertAuthenticated(viewer);
  if (!isRulesEditor(viewer)) throw forbidden(RULES_REFUSALS.draft);
};

export const assertMayDecideParameterDrafts = (viewer: Viewer): void => {
  assertAuthenticated(viewer);
  if (!isRulesApprover(viewer)) throw forbidden(RULES_REFUSALS.decide);
};

/** Four eyes: nobody approves or rejects a draft they made, whatever roles they hold. */
export const isOwnDraft = (viewer: Viewer, draftedBy: string): boolean => viewer.subject === draftedBy;

export const assertMayRequestDryRun = (viewer: Viewer): void => {
  assertAuthenticated(viewer);
  if (!(isRulesEditor(viewer) || isRulesApprover(viewer))) throw forbidden(RULES_REFUSALS.dryRun);
};

/**
 * A dry run example's subject: the PIN only for callers who may read every person (auditors,
 * administrators, the engine), staff among them with a declared purpose of use; anonymised (null)
 * for everyone else, the rules staff included (they read no personal record).
 */
export const dryRunExamplePin = (viewer: Viewer, purpose: string | undefined, pin: string): string | null =>
  readsEveryone(viewer) && (!needsPurpose(viewer) || Boolean(purpose)) ? pin : null;

import { randomUUID } from 'node:crypto';
import { badUserInput, conflict, type EntityManager } from '@usr/shared';
import type { BenefitsContext } from '../context.ts';
import type { Assignment } from '../entities/assignment.ts';
import type { Decision } from '../entities/decision.ts';
import { checkDecisionInput, type CheckedDecision } from '../domain/decision-input.ts';
import type { RecordDecisionInput } from '../generated/resolvers-types.ts';
import { findApplicationsByIds, lockApplication, markApplicationDecided } from './application-store.ts';
import { findAssignmentsByDecisions, insertAssignment, type NewAssignmentRow } from './assignment-store.ts';
import { appendToDecisionLog, type NewLogEntry } from './decision-log-store.ts';
import { decisionExists, findDecisionByKey, insertDecision, isReplaced, lockDecision, type NewDecisionRow } from './decision-store.ts';
import { onDecisionReplaced } from './appeal-writes.ts';
import { assertEngine } from './write-access.ts';

export interface RecordResult {
  readonly decision: Decision;
  readonly assignment: Assignment | null;
  readonly created: boolean;
}

const existing = async (ctx: BenefitsContext, decision: Decision): Promise<RecordResult> => ({
  decision,
  assignment: (await findAssignmentsByDecisions(ctx.orm(), [decision.id]))[0] ?? null,
  created: false,
});

/** Links that must exist, checked before the transaction (their rows are never deleted). */
const checkLinks = async (ctx: BenefitsContext, input: CheckedDecision): Promise<void> => {
  if (input.replacesId && !(await decisionExists(ctx.orm(), input.replacesId))) throw badUserInput('input.replacesId', 'no such decision');
  if (input.applicationId) {
    const [application] = await findApplicationsByIds(ctx.orm(), [input.applicationId]);
    if (!application) throw badUserInput('input.applicationId', 'no such application');
    if (input.householdId && application.householdId !== input.householdId) throw badUserInput('input.householdId', "must be the application's household");
  }
};

/**
 * The application decided moves to DECIDED with this decision. One already DECIDED accepts only a
 * decision that replaces its own; a withdrawn one accepts none. Runs on the locked row, so two
 * decisions on one application cannot both win.
 */
const decideApplication = async (tx: EntityManager, input: CheckedDecision, decisionId: string): Promise<void> => {
  if (!input.applicationId) return;
  const application = await lockApplication(tx, input.applicationId);
  if (!application) throw badUserInput('input.applicationId', 'no such application');
  if (application.status === 'WITHDRAWN') throw badUserInput('input.applicationId', 'the application was withdrawn');
  if (application.status === 'DECIDED' && (!input.replacesId || input.replacesId !== application.decisionId))
    throw badUserInput('input.applicationId', 'already decided; a new decision must replace its decision (replacesId)');
  await markApplicationDecided(tx, application.id, decisionId);
};

/**
 * `recordDecision`: the decision, its assignment, its application's status and their decision-log
 * entries in ONE transaction. The key is checked first (a replay writes nothing); a concurrent
 * replay that loses the insert race rolls back and answers the winner's decision.
 */
export const recordDecision = async (ctx: BenefitsContext, raw: RecordDecisionInput): Promise<RecordResult> => {
  assertEngine(ctx.viewer);
  const input = checkDecisionInput(raw);
  const known = await findDecisionByKey(ctx.orm(), input.idempotencyKey);
  if (known) return existing(ctx, known);
  await checkLinks(ctx, input);

  const decisionRow: NewDecisionRow = {
    id: randomUUID(),
    idempotencyKey: input.idempotencyKey,
    benefitCode: input.benefitCode,
    subjectPin: input.subjectPin,
    householdId: input.householdId,
    applicationId: input.applicationId,
    decidedAt: new Date().toISOString(),
    effectiveDate: input.effectiveDate,
    outcome: input.outcome,
    monthlyAmount: input.monthlyAmount,
    oneTimeAmount: input.oneTimeAmount,
    ruleVersion: input.ruleVersion,
    reasonCode: input.reasonCode,
    parameters: input.parameters,
    inputs: input.inputs,
    steps: input.steps,
    replacesId: input.replacesId,
  };
  const assignmentRow: NewAssignmentRow | null = input.assignment
    ? { id: randomUUID(), decisionId: decisionRow.id, benefitCode: input.benefitCode, status: 'ACTIVE', ...input.assignment }
    : null;

  const written = await ctx.orm().transactional(async (tx) => {
    // A decision is replaced once (a unique index keeps it so): the second of two concurrent
    // re-decisions must decide again from the decision now in force.
    if (input.replacesId) await lockDecision(tx, input.replacesId);
    if (input.replacesId && (await isReplaced(tx, input.replacesId))) {
      // The same re-decision replayed concurrently (a job and its retry, one key) won the lock: answer its decision.
      if (await findDecisionByKey(tx, input.idempotencyKey)) return undefined;
      throw conflict('That decision was already replaced; decide again from the decision in force.');
    }
    const decision = await insertDecision(tx, decisionRow);
    if (!decision) return undefined;
    await decideApplication(tx, input, decision.id);
    // An appeal of the replaced decision follows it, told of the re-decision in the same transaction.
    if (input.replacesId) await onDecisionReplaced(tx, input.replacesId, decision.id);
    const assignment = assignmentRow ? await insertAssignment(tx, assignmentRow) : null;
    const entries: NewLogEntry[] = [{ entryType: 'DECISION', recordId: decisionRow.id, payload: { ...decisionRow } }];
    if (assignmentRow) entries.push({ entryType: 'ASSIGNMENT', recordId: assignmentRow.id, payload: { ...assignmentRow } });
    await appendToDecisionLog(tx, entries);
    return { decision, assignment, created: true };
  });
  if (written) return written;
  const winner = await findDecisionByKey(ctx.orm(), input.idempotencyKey);
  if (!winner) throw new Error('A decision was neither recorded nor found under its key.');
  return existing(ctx, winner);
};

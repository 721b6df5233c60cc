import { assertUuid, badUserInput, notFound } from '@usr/shared';
import type { BenefitsContext } from '../context.ts';
import type { Assignment } from '../entities/assignment.ts';
import { endAssignmentRow, lockAssignment } from './assignment-store.ts';
import { appendToDecisionLog } from './decision-log-store.ts';
import { assertEngine } from './write-access.ts';

const REASON = /^[A-Z][A-Z0-9_]{0,59}$/;

export interface EndAssignmentArgs {
  readonly assignmentId: string;
  readonly reason: string;
  readonly effectiveDate: string;
}

/** Stored dates are `YYYY-MM-DD` strings; a Date (UTC) is taken defensively. */
const isoDay = (value: string | Date): string => (value instanceof Date ? value.toISOString().slice(0, 10) : value.slice(0, 10));

/**
 * `endAssignment`: ACTIVE or SUSPENDED → ENDED, its period cut at the effective date (kept when it
 * already ended earlier), on the locked row, with its decision-log entry, in one transaction. An
 * ENDED assignment is answered as it is, nothing written.
 */
export const endAssignment = async (ctx: BenefitsContext, args: EndAssignmentArgs): Promise<{ assignment: Assignment; changed: boolean }> => {
  assertEngine(ctx.viewer);
  const id = assertUuid(args.assignmentId, 'input.assignmentId');
  if (!REASON.test(args.reason)) throw badUserInput('input.reason', 'capital letters, digits and underscores, at most 60');
  return ctx.orm().transactional(async (tx) => {
    const current = await lockAssignment(tx, id);
    if (!current) throw notFound('Assignment');
    if (current.status === 'ENDED') return { assignment: current, changed: false };
    const periodFrom = isoDay(current.periodFrom);
    if (args.effectiveDate < periodFrom) throw badUserInput('input.effectiveDate', "must not be before the assignment's periodFrom");
    const ownEnd = current.periodTo ? isoDay(current.periodTo) : null;
    const periodTo = ownEnd !== null && ownEnd < args.effectiveDate ? ownEnd : args.effectiveDate;
    const ended = await endAssignmentRow(tx, id, periodTo, args.reason);
    await appendToDecisionLog(tx, [
      { entryType: 'ASSIGNMENT_ENDED', recordId: id, payload: { id, status: 'ENDED', previousStatus: current.status, periodTo, endedReason: args.reason, effectiveDate: args.effectiveDate } },
    ]);
    return { assignment: ended, changed: true };
  });
};

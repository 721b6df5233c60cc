import { notFound } from '@usr/shared';
import type { Assignment } from '../entities/assignment.ts';
import type { BenefitsContext } from '../context.ts';
import type { AssignmentStatus } from './assignment-store.ts';
import { assertUuid } from '@usr/shared';

/** Returns the assignment or throws NOT_FOUND; BAD_USER_INPUT when the id is not a UUID. */
export const getAssignment = async (ctx: BenefitsContext, id: string): Promise<Assignment> => {
  const assignment = await ctx.loaders.assignmentById.load(assertUuid(id));
  if (!assignment) throw notFound('Assignment');
  return assignment;
};

/** The assignment a decision made; the earliest should a decision ever have made several. */
export const assignmentOfDecision = async (ctx: BenefitsContext, decisionId: string): Promise<Assignment | null> =>
  (await ctx.loaders.assignmentsByDecision.load(decisionId))[0] ?? null;

export const benefitsOf = (ctx: BenefitsContext, pin: string, status: AssignmentStatus | null): Promise<Assignment[]> =>
  ctx.loaders.assignmentsByBeneficiary.for(status).load(pin);

export const assistanceOf = (ctx: BenefitsContext, householdId: string): Promise<Assignment[]> =>
  ctx.loaders.assignmentsByHousehold.load(householdId);

import { assertMayReadPersonalData, assertUuid } from '@usr/shared';
import type { Assignment } from '../entities/assignment.ts';
import type { BenefitsContext } from '../context.ts';
import type { AssignmentStatus } from './assignment-store.ts';

/**
 * The assignment, if the caller may read it (see BenefitAccessRules): BAD_USER_INPUT when the id
 * is not a UUID, FORBIDDEN when refused or (for most callers) unknown, NOT_FOUND otherwise.
 */
export const getAssignment = async (ctx: BenefitsContext, id: string, fields: readonly string[]): Promise<Assignment> => {
  const key = assertUuid(id);
  assertMayReadPersonalData(ctx.viewer, ctx.purpose);
  const assignment = await ctx.loaders.assignmentById.load(key);
  if (!assignment) return ctx.rules.refuseUnknownRecord('Assignment');
  await ctx.rules.assertRecord('Assignment', assignment.beneficiaryPin, fields, assignment.benefitCode);
  return assignment;
};

/** The assignment a decision made; the earliest should a decision ever have made several. */
export const assignmentOfDecision = async (ctx: BenefitsContext, decisionId: string, fields: readonly string[]): Promise<Assignment | null> => {
  const assignment = (await ctx.loaders.assignmentsByDecision.load(decisionId))[0];
  if (!assignment) return null;
  await ctx.rules.assertRecord('Assignment', assignment.beneficiaryPin, fields, assignment.benefitCode);
  return assignment;
};

/**
 * The person's assignments as beneficiary: their own records, checked before the look-up. When the
 * query asks for their decisions, those come with them (one statement) and are checked as resolved.
 */
export const benefitsOf = async (ctx: BenefitsContext, pin: string, status: AssignmentStatus | null, fields: readonly string[]): Promise<Assignment[]> => {
  await ctx.rules.assertPersonRecords(pin, 'Person.benefits', fields.map((f) => `Assignment.${f}`));
  const loader = fields.includes('decision') ? ctx.loaders.assignmentsWithDecisionByBeneficiary : ctx.loaders.assignmentsByBeneficiary;
  return ctx.rules.learnable(await loader.for(status).load(pin), (a) => a.beneficiaryPin, (a) => a.benefitCode);
};

/** The household's assignments a caller may see: those paid to people they may see as household. */
export const assistanceOf = async (ctx: BenefitsContext, householdId: string, fields: readonly string[]): Promise<Assignment[]> => {
  assertMayReadPersonalData(ctx.viewer, ctx.purpose);
  const rows = await ctx.loaders.assignmentsByHousehold.load(householdId);
  return ctx.rules.householdRecords(rows, (a) => a.beneficiaryPin, (a) => a.benefitCode, ['Household.assistance', ...fields.map((f) => `Assignment.${f}`)]);
};

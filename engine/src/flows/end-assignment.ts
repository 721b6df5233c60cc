import type { EngineContext } from '../context.ts';
import { graphql } from '../generated/gql.ts';

/** Why the engine ends an assignment: each has a text `reason.<CODE>` in every catalogue. */
export const ASSIGNMENT_END_REASONS = ['TERM_EXPIRED', 'CHILD_TURNED_ONE', 'DEATH', 'NOT_WITHDRAWN', 'REPLACED'] as const;
export type AssignmentEndReason = (typeof ASSIGNMENT_END_REASONS)[number];

const END_ASSIGNMENT = graphql(`
  mutation EngineEndAssignment($input: EndAssignmentInput!) { endAssignment(input: $input) { changed } }
`);

/** endAssignment through the gateway; true when it changed something (idempotent). */
export const endAssignment = async (ctx: EngineContext, assignmentId: string, reason: AssignmentEndReason, effectiveDate: string): Promise<boolean> => {
  const { endAssignment: out } = await ctx.client.request(END_ASSIGNMENT, { input: { assignmentId, reason, effectiveDate } });
  return out.changed;
};

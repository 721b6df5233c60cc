import type { EngineContext } from '../context.ts';

/** endAssignment through the gateway; true when it changed something (idempotent). */
export const endAssignment = async (ctx: EngineContext, assignmentId: string, reason: string, effectiveDate: string): Promise<boolean> => {
  const { endAssignment: out } = await ctx.client.request<{ endAssignment: { changed: boolean } }>(
    `mutation EngineEndAssignment($input: EndAssignmentInput!) { endAssignment(input: $input) { changed } }`,
    { input: { assignmentId, reason, effectiveDate } },
  );
  return out.changed;
};

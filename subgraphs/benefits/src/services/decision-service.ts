import { assertMayReadPersonalData, assertUuid, notFound } from '@usr/shared';
import type { Decision } from '../entities/decision.ts';
import type { BenefitsContext } from '../context.ts';

/**
 * The decision, if the caller may read it (see BenefitAccessRules): BAD_USER_INPUT when the id is
 * not a UUID, FORBIDDEN when refused or (for most callers) unknown, NOT_FOUND otherwise.
 */
export const getDecision = async (ctx: BenefitsContext, id: string, fields: readonly string[]): Promise<Decision> => {
  const key = assertUuid(id);
  assertMayReadPersonalData(ctx.viewer, ctx.purpose);
  const decision = await ctx.loaders.decisionById.load(key);
  if (!decision) return ctx.rules.refuseUnknownRecord('Decision');
  await ctx.rules.assertRecord('Decision', decision.subjectPin, fields, decision.benefitCode);
  return decision;
};

/** A linked decision (an application's, the one replaced), or null when there is no link. */
export const findDecision = async (ctx: BenefitsContext, id: string | null, fields: readonly string[]): Promise<Decision | null> => {
  const decision = id ? await ctx.loaders.decisionById.load(id) : undefined;
  if (!decision) return null;
  await ctx.rules.assertRecord('Decision', decision.subjectPin, fields, decision.benefitCode);
  return decision;
};

/** The decision an assignment was made by: NOT_FOUND only if the row is broken. */
export const decisionOf = async (ctx: BenefitsContext, id: string, fields: readonly string[]): Promise<Decision> => {
  const decision = await findDecision(ctx, id, fields);
  if (!decision) throw notFound('Decision');
  return decision;
};

/**
 * Every decision about the person, newest first; replaced decisions stay in the list, since
 * decisions are never deleted or edited. Their own records, checked before the look-up.
 */
export const decisionsAbout = async (ctx: BenefitsContext, pin: string, fields: readonly string[]): Promise<Decision[]> => {
  await ctx.rules.assertPersonRecords(pin, 'Person.decisions', fields.map((f) => `Decision.${f}`));
  return ctx.rules.learnable(await ctx.loaders.decisionsBySubject.load(pin), (d) => d.subjectPin, (d) => d.benefitCode);
};

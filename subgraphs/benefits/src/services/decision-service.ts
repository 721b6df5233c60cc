import { notFound } from '@usr/shared';
import type { Decision } from '../entities/decision.ts';
import type { BenefitsContext } from '../context.ts';
import { assertUuid } from '@usr/shared';

/** Returns the decision or throws NOT_FOUND; BAD_USER_INPUT when the id is not a UUID. */
export const getDecision = async (ctx: BenefitsContext, id: string): Promise<Decision> => {
  const decision = await ctx.loaders.decisionById.load(assertUuid(id));
  if (!decision) throw notFound('Decision');
  return decision;
};

export const findDecision = async (ctx: BenefitsContext, id: string | null): Promise<Decision | null> =>
  id ? ((await ctx.loaders.decisionById.load(id)) ?? null) : null;

/** Newest first; replaced decisions stay in the list, since decisions are never deleted or edited. */
export const decisionsAbout = (ctx: BenefitsContext, pin: string): Promise<Decision[]> => ctx.loaders.decisionsBySubject.load(pin);

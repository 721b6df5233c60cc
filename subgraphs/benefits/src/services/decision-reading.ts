import { forbidden } from '@usr/shared';
import type { BenefitsContext } from '../context.ts';
import type { Decision } from '../entities/decision.ts';
import { decisionInputs, explanationSteps, type ExplainedInput, type ExplainedStep } from './decision-explanation.ts';

/**
 * A decision's inputs and explanation as this caller may read them. The decision itself was
 * granted by its subject's record rule; each input is another datum with its own person and kind,
 * so the policy module decides it again (BenefitAccessRules.inputViews): a summary or a step is the
 * fact it was derived from, under that fact's rule.
 */
export const EXPLANATION_REFUSED = 'The explanation of this decision uses data you may not read.';

const viewsOf = (ctx: BenefitsContext, decision: Decision, inputs: readonly ExplainedInput[]) =>
  ctx.rules.inputViews(decision.id, decision.subjectPin, inputs.map((i) => ({ kind: i.kind, subjectPin: i.subject?.pin ?? null })));

/** Inputs the caller may not read are left out; a fellow member's, read by a citizen, lose the fact record. */
export const readableInputs = async (ctx: BenefitsContext, decision: Decision): Promise<ExplainedInput[]> => {
  const inputs = decisionInputs(decision);
  const views = await viewsOf(ctx, decision, inputs);
  return inputs.flatMap((input, i) => {
    const view = views[i];
    if (view === 'full') return [input];
    if (view === 'figures') return [{ ...input, factId: null, fact: null, recordedAt: null }];
    return [];
  });
};

/** The steps are derived from every input: refused when any input is withheld from the caller. */
export const readableSteps = async (ctx: BenefitsContext, decision: Decision): Promise<ExplainedStep[]> => {
  const views = await viewsOf(ctx, decision, decisionInputs(decision));
  if (views.includes('hidden')) throw forbidden(EXPLANATION_REFUSED);
  return explanationSteps(decision);
};

import { findTranslation, translate, type Language } from '../i18n/index.ts';
import { findBenefitType } from './benefit-catalogue.ts';

/**
 * Decisions in plain language, from the message catalogue (shared/src/i18n): the decision engine
 * records a step's `code` and `values` (strings: amounts as Money, dates ISO), the benefits
 * subgraph renders them as `step.<CODE>` in the reader's language. A step with no code, a code
 * without a text or a value missing falls back to the step's own (English) description, so nothing
 * is ever shown half filled; the catalogue test keeps every code the engine emits covered.
 */

export interface ExplainableStep {
  readonly code?: string | null | undefined;
  readonly description: string;
  readonly values?: Readonly<Record<string, string>> | null | undefined;
}

/** One step in plain language: its message filled, or its description when that cannot be done. */
export const explainStep = (step: ExplainableStep, language: Language): string =>
  (step.code ? findTranslation(language, `step.${step.code}`, step.values ?? {}) : undefined) ?? step.description;

/** The benefit's name in `language`; the catalogue's English name for a code the messages lack. */
export const benefitName = (code: string, language: Language): string => findTranslation(language, `benefit.${code}`) ?? findBenefitType(code)?.name ?? code;

/** Why, completing "refused because …"; a general reason for a code the messages lack, never the raw code. */
export const reasonText = (code: string, language: Language): string => findTranslation(language, `reason.${code}`) ?? translate(language, 'reason.NOT_ELIGIBLE');

export interface SummarisableDecision {
  readonly benefitCode: string;
  readonly outcome: 'GRANTED' | 'REFUSED';
  readonly reasonCode: string;
  readonly effectiveDate: string;
  /** Decimal strings ("285.00"), as stored. */
  readonly monthlyAmount?: string | null | undefined;
  readonly oneTimeAmount?: string | null | undefined;
}

/** One sentence: granted X a month from D, a one-time X on D, or refused because of the reason. */
export const summariseDecision = (decision: SummarisableDecision, language: Language): string => {
  const benefit = benefitName(decision.benefitCode, language);
  if (decision.outcome === 'REFUSED') return translate(language, 'summary.refused', { benefit, reason: reasonText(decision.reasonCode, language) });
  if (decision.oneTimeAmount && decision.monthlyAmount)
    // A correction: the corrected monthly amount from now on, and the arrears once.
    return translate(language, 'summary.grantedMonthlyAndOneTime', { benefit, amount: decision.monthlyAmount, oneTime: decision.oneTimeAmount, from: decision.effectiveDate });
  if (decision.oneTimeAmount) return translate(language, 'summary.grantedOneTime', { benefit, amount: decision.oneTimeAmount, date: decision.effectiveDate });
  if (decision.monthlyAmount) return translate(language, 'summary.grantedMonthly', { benefit, amount: decision.monthlyAmount, from: decision.effectiveDate });
  return translate(language, 'summary.granted', { benefit, from: decision.effectiveDate });
};

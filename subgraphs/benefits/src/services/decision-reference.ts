import type { Decision } from '../entities/decision.ts';

/**
 * A decision's reference number for its letter and an appeal: the year it was decided and the
 * last 12 hex digits of its id (the random part of a UUID v7), in groups of four. Derived, not
 * stored, so it is the same for every reader and never changes; 48 random bits make two decisions
 * of a year sharing one vanishingly unlikely.
 */
export const decisionReferenceNumber = (decision: Pick<Decision, 'id' | 'decidedAt'>): string => {
  const hex = decision.id.replace(/-/g, '').slice(-12).toUpperCase();
  const decidedAt = decision.decidedAt instanceof Date ? decision.decidedAt.toISOString() : String(decision.decidedAt);
  return `${decidedAt.slice(0, 4)}/${hex.slice(0, 4)}-${hex.slice(4, 8)}-${hex.slice(8)}`;
};

/** ONE_TIME when the decision grants a single payment and no monthly amount; else MONTHLY (a refusal: its benefit's kind). */
export const decisionPaymentKind = (decision: Pick<Decision, 'outcome' | 'monthlyAmount' | 'oneTimeAmount'>, benefitKind: 'MONTHLY' | 'ONE_TIME'): 'MONTHLY' | 'ONE_TIME' => {
  if (decision.outcome === 'REFUSED') return benefitKind;
  return decision.oneTimeAmount !== null && decision.oneTimeAmount !== undefined && (decision.monthlyAmount === null || decision.monthlyAmount === undefined) ? 'ONE_TIME' : 'MONTHLY';
};

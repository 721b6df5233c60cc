import { formatQepik, toQepik } from './money.ts';
import type { RuleFact, RuleInputRecord, RuleStep } from './types.ts';

/** A step of the computation: a stable `code`, the numbers the templates need, and the English text. */
export const step = (code: string, description: string, result: string, values: Record<string, string | number> = {}, formula: string | null = null): RuleStep => ({
  code,
  description,
  formula,
  result,
  values: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, String(v)])),
});

const summarise = (fact: RuleFact): string => {
  const v = fact.value;
  switch (fact.kind) {
    case 'INCOME':
      return `INCOME ${String(v['month'])}: ${formatQepik(toQepik(Number(v['amount'])))} AZN`;
    case 'INSURED_YEARS':
      return `INSURED_YEARS: ${String(v['years'])} years ${String(v['months'])} months`;
    case 'DISABILITY':
      return `DISABILITY group ${String(v['group'])} from ${fact.validFrom}`;
    case 'STUDENT':
      return `STUDENT ${v['fullTime'] === true ? 'full-time' : 'part-time'} from ${fact.validFrom}`;
    default:
      return `${fact.kind} from ${fact.validFrom}${fact.validTo ? ` to ${fact.validTo}` : ''}`;
  }
};

/** How a fact is recorded among a decision's inputs: id, recordedAt as known, a summary without names. */
export const factInput = (fact: RuleFact): RuleInputRecord => ({
  factId: fact.id,
  kind: fact.kind,
  subjectPin: fact.subjectPin,
  summary: summarise(fact),
  recordedAt: fact.recordedAt,
});

/** An input that is not an agency fact (the household's composition, a person's birth date). */
export const derivedInput = (kind: string, summary: string, subjectPin: string | null = null): RuleInputRecord => ({
  factId: null,
  kind,
  subjectPin,
  summary,
  recordedAt: null,
});

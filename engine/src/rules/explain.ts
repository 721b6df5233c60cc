import { formatQepik, toQepik } from './money.ts';
import type { RuleFact, RuleInputRecord, RuleStep } from './types.ts';

/**
 * The step maker of a rule module, bound to the step codes the module declares (and exports, so the
 * catalogue test can check each has a text, `step.<CODE>`, in every language): a code it did not
 * declare does not type-check. A step carries its code, the values its message needs, and the
 * English description kept with the record for auditors.
 */
export const stepsOf =
  <const Codes extends readonly string[]>(_codes: Codes) =>
  (code: Codes[number], description: string, result: string, values: Record<string, string | number> = {}, formula: string | null = null): RuleStep => ({
    code,
    description,
    formula,
    result,
    values: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, String(v)])),
  });

const SUMMARIES: Partial<Record<RuleFact['kind'], (fact: RuleFact) => string>> = {
  INCOME: (f) => `INCOME ${String(f.value['month'])}: ${formatQepik(toQepik(Number(f.value['amount'])))} AZN`,
  INSURED_YEARS: (f) => `INSURED_YEARS: ${String(f.value['years'])} years ${String(f.value['months'])} months`,
  DISABILITY: (f) => `DISABILITY group ${String(f.value['group'])} from ${f.validFrom}`,
  STUDENT: (f) => `STUDENT ${f.value['fullTime'] === true ? 'full-time' : 'part-time'} from ${f.validFrom}`,
};

const summarise = (fact: RuleFact): string =>
  SUMMARIES[fact.kind]?.(fact) ?? `${fact.kind} from ${fact.validFrom}${fact.validTo ? ` to ${fact.validTo}` : ''}`;

/** How a fact is recorded among a decision's inputs: id, recordedAt as known, a summary without names. */
export const factInput = (fact: RuleFact): RuleInputRecord => ({
  factId: fact.id,
  kind: fact.kind,
  subjectPin: fact.subjectPin,
  summary: fact.selfDeclared ? `${summarise(fact)} (self-declared)` : summarise(fact),
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

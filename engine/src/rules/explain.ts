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
  // TSA's asset conditions (tsa-assets.ts): the figure counted, never an identifier of the object.
  LAND: (f) => `LAND ${String(f.value['hectares'])} ha from ${f.validFrom}`,
  BANK_DEPOSIT: (f) => `BANK_DEPOSIT ${formatQepik(toQepik(Number(f.value['amount'])))} AZN on ${f.validTo ?? f.validFrom}`,
  ABROAD_STAY: (f) => `ABROAD_STAY ${String(f.value['days'])} days from ${f.validFrom}`,
};

const summarise = (fact: RuleFact): string =>
  SUMMARIES[fact.kind]?.(fact) ?? `${fact.kind} from ${fact.validFrom}${fact.validTo ? ` to ${fact.validTo}` : ''}`;

/**
 * The figures of an input, recorded beside its English summary so the benefits subgraph can say it
 * in the reader's language: catalogue `input.<text>` with these values (strings: money as a decimal,
 * dates and months ISO). Each text's values are fixed here; the catalogue test checks every text
 * exists in every language and uses only these names.
 */
export const INPUT_TEXTS = {
  INCOME: ['month', 'amount'],
  INSURED_YEARS: ['years', 'months'],
  DISABILITY: ['group', 'from'],
  STUDENT_FULL_TIME: ['from'],
  STUDENT_PART_TIME: ['from'],
  FACT_FROM: ['from'],
  FACT_PERIOD: ['from', 'to'],
  BIRTH_DATE: ['date'],
  DEATH: ['date'],
  HOUSEHOLD_SIZE: ['count', 'date'],
  TSA_ASSIGNMENT: ['date'],
  // rules-law: TSA's asset conditions.
  LAND: ['hectares', 'from'],
  BANK_DEPOSIT: ['amount', 'date'],
  ABROAD_STAY: ['days', 'from'],
  /** Wraps another input's text when the person declared the fact themself (`selfDeclared: "true"`). */
  SELF_DECLARED: ['summary'],
} as const satisfies Record<string, readonly string[]>;
export type InputText = keyof typeof INPUT_TEXTS;

/** The values of an input's text: `text` names it; the rest are the figures. */
const inputValues = <T extends InputText>(text: T, values: Record<(typeof INPUT_TEXTS)[T][number], string | number>): Record<string, string> => ({
  text,
  ...Object.fromEntries(Object.entries(values).map(([k, v]) => [k, String(v)])),
});

const factValues = (fact: RuleFact): Record<string, string> => {
  const v = fact.value;
  if (fact.kind === 'INCOME') return inputValues('INCOME', { month: String(v['month']), amount: formatQepik(toQepik(Number(v['amount']))) });
  if (fact.kind === 'INSURED_YEARS') return inputValues('INSURED_YEARS', { years: String(v['years']), months: String(v['months']) });
  if (fact.kind === 'DISABILITY') return inputValues('DISABILITY', { group: String(v['group']), from: fact.validFrom });
  if (fact.kind === 'STUDENT') return inputValues(v['fullTime'] === true ? 'STUDENT_FULL_TIME' : 'STUDENT_PART_TIME', { from: fact.validFrom });
  if (fact.kind === 'LAND') return inputValues('LAND', { hectares: String(v['hectares']), from: fact.validFrom });
  if (fact.kind === 'BANK_DEPOSIT') return inputValues('BANK_DEPOSIT', { amount: formatQepik(toQepik(Number(v['amount']))), date: fact.validTo ?? fact.validFrom });
  if (fact.kind === 'ABROAD_STAY') return inputValues('ABROAD_STAY', { days: String(v['days']), from: fact.validFrom });
  // Any other kind: its period (the kind itself is named beside it, from enum.FactKind).
  return fact.validTo ? inputValues('FACT_PERIOD', { from: fact.validFrom, to: fact.validTo }) : inputValues('FACT_FROM', { from: fact.validFrom });
};

/** How a fact is recorded among a decision's inputs: id, recordedAt as known, a summary without names. */
export const factInput = (fact: RuleFact): RuleInputRecord => ({
  factId: fact.id,
  kind: fact.kind,
  subjectPin: fact.subjectPin,
  summary: fact.selfDeclared ? `${summarise(fact)} (self-declared)` : summarise(fact),
  values: fact.selfDeclared ? { ...factValues(fact), selfDeclared: 'true' } : factValues(fact),
  recordedAt: fact.recordedAt,
});

/** An input that is not an agency fact (the household's composition, a person's birth date). */
export const derivedInput = <T extends InputText>(
  kind: string,
  summary: string,
  subjectPin: string | null,
  text: T,
  values: Record<(typeof INPUT_TEXTS)[T][number], string | number>,
): RuleInputRecord => ({
  factId: null,
  kind,
  subjectPin,
  summary,
  values: inputValues(text, values),
  recordedAt: null,
});

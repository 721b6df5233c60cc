import { addDays, addYears, ageOn, firstOfMonth } from './dates.ts';
import { derivedInput, factInput, stepsOf } from './explain.ts';
import { formatQepik, toQepik } from './money.ts';
import { ParameterLog } from './parameters.ts';
import type { RuleFact, RuleInputRecord, RuleResult, RuleStep } from './types.ts';

/** The TSA assignment of the child's household that the allowance rides on. */
export interface ActiveTsa {
  readonly assignmentId: string;
  readonly beneficiaryPin: string;
  readonly periodFrom: string;
  readonly periodTo: string | null;
}

export interface ChildCase {
  readonly childPin: string;
  readonly birthDate: string;
  readonly tsa: ActiveTsa | null;
  /** The civil registry's BIRTH fact, recorded as an input so that its correction re-decides the allowance. */
  readonly birthFact?: RuleFact;
}

/** The step and reason codes the child-under-one rule emits (each has a text in every catalogue). */
export const CHILD_STEP_CODES = ['CHILD_AGE', 'CHILD_REFUSED_AGE', 'CHILD_REFUSED_NO_TSA', 'CHILD_TSA_ACTIVE', 'CHILD_GRANTED'] as const;
export const CHILD_REASON_CODES = ['ELIGIBLE', 'CHILD_NOT_UNDER_ONE', 'NO_ACTIVE_TSA'] as const;
const step = stepsOf(CHILD_STEP_CODES);

/**
 * Allowance for a child under one in a family receiving TSA: from the 1st of the month of the
 * decision until the day before the first birthday (or the end of the TSA term, if earlier).
 */
export const decideChildUnderOne = (version: string, input: ChildCase, on: string): RuleResult<(typeof CHILD_REASON_CODES)[number]> => {
  const params = new ParameterLog('CHILD_UNDER_ONE');
  const steps: RuleStep[] = [];
  const age = ageOn(input.birthDate, on);
  const inputs: RuleInputRecord[] = [derivedInput('BIRTH_DATE', `born ${input.birthDate}`, input.childPin, 'BIRTH_DATE', { date: input.birthDate })];
  if (input.birthFact) inputs.push(factInput(input.birthFact));
  const base = { benefitCode: 'CHILD_UNDER_ONE', ruleVersion: version, oneTimeAmount: null, inputs, effectiveDate: on };
  steps.push(step('CHILD_AGE', `The child is ${age} on ${on}.`, String(age), { age }));
  if (age >= 1) {
    steps.push(step('CHILD_REFUSED_AGE', 'Refused: the child is one year old or older.', 'REFUSED'));
    return { ...base, parameters: params.list(), outcome: 'REFUSED', reasonCode: 'CHILD_NOT_UNDER_ONE', monthlyAmount: null, period: null, steps };
  }
  if (!input.tsa) {
    steps.push(step('CHILD_REFUSED_NO_TSA', 'Refused: the household receives no TSA.', 'REFUSED'));
    return { ...base, parameters: params.list(), outcome: 'REFUSED', reasonCode: 'NO_ACTIVE_TSA', monthlyAmount: null, period: null, steps };
  }
  inputs.push(derivedInput('TSA_ASSIGNMENT', `TSA assignment ${input.tsa.assignmentId} active on ${on}`, null, 'TSA_ASSIGNMENT', { date: on }));
  steps.push(step('CHILD_TSA_ACTIVE', `The household receives TSA on ${on}.`, 'yes'));
  const amount = toQepik(params.read('CHILD_UNDER_ONE', 'monthlyAmount', on));
  const from = firstOfMonth(on);
  const untilBirthday = addDays(addYears(input.birthDate, 1), -1);
  const to = input.tsa.periodTo !== null && input.tsa.periodTo < untilBirthday ? input.tsa.periodTo : untilBirthday;
  steps.push(step('CHILD_GRANTED', `Granted: ${formatQepik(amount)} AZN a month from ${from} to ${to}.`, formatQepik(amount), { amount: formatQepik(amount), from, to }));
  return { ...base, parameters: params.list(), effectiveDate: from, outcome: 'GRANTED', reasonCode: 'ELIGIBLE', monthlyAmount: formatQepik(amount), period: { from, to }, steps };
};

import { disabilityAmountParameter } from '@usr/shared';
import { firstOfMonth } from './dates.ts';
import { factInput, stepsOf } from './explain.ts';
import { formatQepik, toQepik } from './money.ts';
import { ParameterLog } from './parameters.ts';
import { insuredMonths, latestOn } from './proactive-common.ts';
import type { PersonCase } from './old-age-pension.ts';
import type { RuleInputRecord, RuleResult, RuleStep } from './types.ts';

/** The step and reason codes the disability rule emits (each has a text in every catalogue). */
export const DISABILITY_STEP_CODES = [
  'DISABILITY_NONE',
  'DISABILITY_DETERMINED',
  'DISABILITY_INSURED',
  'DISABILITY_WORK_INJURY',
  'DISABILITY_AMOUNT',
  'DISABILITY_MINIMUM_PENSION',
  'DISABILITY_GRANTED',
  'DISABILITY_GRANTED_UNTIL',
] as const;
export const DISABILITY_REASON_CODES = ['ELIGIBLE', 'NO_DISABILITY'] as const;
const step = stepsOf(DISABILITY_STEP_CODES);

/** Causes for which a disability labour pension is due whatever the length of the insurance record. */
const WORK_CAUSES = new Set(['WORK_INJURY', 'OCCUPATIONAL']);


/**
 * A disability determined (a DISABILITY fact true on `on`): a disability pension for a person with
 * an insurance record, otherwise the social allowance for disability. Paid from the 1st of the month
 * of the decision until the commission's review date, if it set one.
 */
export const decideDisability = (version: { pension: string; allowance: string }, input: PersonCase, on: string): RuleResult<(typeof DISABILITY_REASON_CODES)[number]> => {
  const steps: RuleStep[] = [];
  const inputs: RuleInputRecord[] = [];
  const disability = latestOn(input.facts, 'DISABILITY', on);
  const from = firstOfMonth(on);
  if (!disability) {
    steps.push(step('DISABILITY_NONE', `No disability is determined on ${on}.`, 'REFUSED'));
    return { benefitCode: 'DISABILITY_ALLOWANCE', ruleVersion: version.allowance, outcome: 'REFUSED', reasonCode: 'NO_DISABILITY', effectiveDate: on, monthlyAmount: null, oneTimeAmount: null, period: null, steps, inputs, parameters: [] };
  }
  inputs.push(factInput(disability));
  const group = String(disability.value['group']);
  steps.push(step('DISABILITY_DETERMINED', `Disability group ${group} determined from ${disability.validFrom}.`, group, { group, from: disability.validFrom }));
  const insured = latestOn(input.facts, 'INSURED_YEARS', on);
  if (insured) inputs.push(factInput(insured));
  const months = insuredMonths(insured);
  const cause = typeof disability.value['cause'] === 'string' ? disability.value['cause'] : 'GENERAL';
  // A labour pension needs an insurance record, except after a work injury or occupational disease.
  const workCause = group !== 'CHILD' && WORK_CAUSES.has(cause);
  const pension = group !== 'CHILD' && (months > 0 || workCause);
  steps.push(
    step(
      'DISABILITY_INSURED',
      pension ? `An insurance record of ${Math.floor(months / 12)} years ${months % 12} months: a disability pension.` : 'No insurance record: the social allowance for disability.',
      pension ? 'DISABILITY_PENSION' : 'DISABILITY_ALLOWANCE',
      { pension: pension ? 'yes' : 'no', years: Math.floor(months / 12), months: months % 12 },
    ),
  );
  if (workCause && months === 0) steps.push(step('DISABILITY_WORK_INJURY', `Cause ${cause}: a disability pension whatever the insurance record.`, 'DISABILITY_PENSION', { cause }));
  const code = pension ? 'DISABILITY_PENSION' : 'DISABILITY_ALLOWANCE';
  const params = new ParameterLog(code);
  const groupAmount = toQepik(params.read(code, disabilityAmountParameter(code, group, cause), on));
  steps.push(step('DISABILITY_AMOUNT', `The amount for group ${group}, cause ${cause}: ${formatQepik(groupAmount)} AZN a month.`, formatQepik(groupAmount), { group, cause, amount: formatQepik(groupAmount) }));
  let amount = groupAmount;
  if (pension) {
    // A labour pension is never below the minimum labour pension (the old-age pension's parameter).
    const minimum = toQepik(params.read('OLD_AGE_PENSION', 'minimumPension', on));
    if (minimum > amount) {
      amount = minimum;
      steps.push(step('DISABILITY_MINIMUM_PENSION', `Raised to the minimum labour pension, ${formatQepik(minimum)} AZN.`, formatQepik(minimum), { minimum: formatQepik(minimum), amount: formatQepik(groupAmount) }));
    }
  }
  const review = typeof disability.value['reviewDate'] === 'string' ? disability.value['reviewDate'] : null;
  const to = review && review >= from ? review : null;
  steps.push(
    to
      ? step('DISABILITY_GRANTED_UNTIL', `Granted: ${formatQepik(amount)} AZN a month from ${from} to ${to}.`, formatQepik(amount), { amount: formatQepik(amount), from, to })
      : step('DISABILITY_GRANTED', `Granted: ${formatQepik(amount)} AZN a month from ${from}.`, formatQepik(amount), { amount: formatQepik(amount), from }),
  );
  return {
    benefitCode: code,
    ruleVersion: pension ? version.pension : version.allowance,
    outcome: 'GRANTED',
    reasonCode: 'ELIGIBLE',
    effectiveDate: from,
    monthlyAmount: formatQepik(amount),
    oneTimeAmount: null,
    period: { from, to },
    steps,
    inputs,
    parameters: params.list(),
  };
};

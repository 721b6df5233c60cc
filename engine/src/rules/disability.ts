import { firstOfMonth } from './dates.ts';
import { factInput, stepsOf } from './explain.ts';
import { formatQepik, toQepik } from './money.ts';
import { ParameterLog } from './parameters.ts';
import { insuredMonths, latestOn } from './proactive-common.ts';
import type { PersonCase } from './old-age-pension.ts';
import type { RuleInputRecord, RuleResult, RuleStep } from './types.ts';

/** The step and reason codes the disability rule emits (each has a text in every catalogue). */
export const DISABILITY_STEP_CODES = ['DISABILITY_NONE', 'DISABILITY_DETERMINED', 'DISABILITY_INSURED', 'DISABILITY_GRANTED', 'DISABILITY_GRANTED_UNTIL'] as const;
export const DISABILITY_REASON_CODES = ['ELIGIBLE', 'NO_DISABILITY'] as const;
const step = stepsOf(DISABILITY_STEP_CODES);

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
  const pension = group !== 'CHILD' && months > 0;
  steps.push(
    step(
      'DISABILITY_INSURED',
      pension ? `An insurance record of ${Math.floor(months / 12)} years ${months % 12} months: a disability pension.` : 'No insurance record: the social allowance for disability.',
      pension ? 'DISABILITY_PENSION' : 'DISABILITY_ALLOWANCE',
      { pension: pension ? 'yes' : 'no', years: Math.floor(months / 12), months: months % 12 },
    ),
  );
  const code = pension ? 'DISABILITY_PENSION' : 'DISABILITY_ALLOWANCE';
  const params = new ParameterLog(code);
  const amount = toQepik(params.read(code, 'monthlyAmount', on));
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

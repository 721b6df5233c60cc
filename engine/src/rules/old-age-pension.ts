import { addMonthsToMonth, addYears, ageOn, monthOf } from './dates.ts';
import { derivedInput, factInput, stepsOf } from './explain.ts';
import { formatQepik, toQepik } from './money.ts';
import { ParameterLog } from './parameters.ts';
import { insuredMonths, latestOn } from './proactive-common.ts';
import type { RuleFact, RuleInputRecord, RulePerson, RuleResult, RuleStep } from './types.ts';

export interface PersonCase {
  readonly person: RulePerson;
  readonly facts: readonly RuleFact[];
}

/** The step and reason codes the old-age pension rule emits (each has a text in every catalogue). */
export const PENSION_STEP_CODES = ['PENSION_AGE', 'PENSION_REFUSED_AGE', 'PENSION_INSURED_YEARS', 'PENSION_REFUSED_RECORD', 'PENSION_INSURANCE_PART', 'PENSION_AMOUNT', 'PENSION_GRANTED'] as const;
export const PENSION_REASON_CODES = ['ELIGIBLE', 'BELOW_PENSION_AGE', 'INSUFFICIENT_INSURED_YEARS'] as const;
const step = stepsOf(PENSION_STEP_CODES);

/**
 * Old-age pension: pension age reached on `on` and an insurance record of at least the minimum.
 * The amount is computed from the insured record (Law on labour pensions of 7 February 2006: a base
 * part plus an insurance part): the base part plus an accrual for each whole insured year, never
 * below the minimum pension. The law's insurance part is the pension capital divided by the expected
 * payment period; the pension fund reports insured years, not the capital, so the accrual per year
 * stands in for it as an explicit placeholder in the catalogue.
 * Paid from the 1st of the month after the birthday on which pension age was reached; open-ended.
 */
export const decideOldAgePension = (version: string, input: PersonCase, on: string): RuleResult<(typeof PENSION_REASON_CODES)[number]> => {
  const params = new ParameterLog('OLD_AGE_PENSION');
  const steps: RuleStep[] = [];
  const inputs: RuleInputRecord[] = [derivedInput('BIRTH_DATE', `born ${input.person.birthDate}`, input.person.pin, 'BIRTH_DATE', { date: input.person.birthDate })];
  const pensionAge = params.read('OLD_AGE_PENSION', 'pensionAge', on);
  const age = ageOn(input.person.birthDate, on);
  const reachedOn = addYears(input.person.birthDate, pensionAge);
  steps.push(step('PENSION_AGE', `Age on ${on}: ${age}; pension age ${pensionAge} is reached on ${reachedOn}.`, String(age), { age, pensionAge, reachedOn }));
  const base = { benefitCode: 'OLD_AGE_PENSION', ruleVersion: version, oneTimeAmount: null, inputs, parameters: params.list(), effectiveDate: on };
  if (age < pensionAge) {
    steps.push(step('PENSION_REFUSED_AGE', 'Refused: pension age is not reached yet.', 'REFUSED', { pensionAge }));
    return { ...base, parameters: params.list(), outcome: 'REFUSED', reasonCode: 'BELOW_PENSION_AGE', monthlyAmount: null, period: null, steps };
  }
  const minimumYears = params.read('OLD_AGE_PENSION', 'minimumInsuredYears', on);
  const insured = latestOn(input.facts, 'INSURED_YEARS', on);
  if (insured) inputs.push(factInput(insured));
  const months = insuredMonths(insured);
  steps.push(
    step(
      'PENSION_INSURED_YEARS',
      `Insurance record ${Math.floor(months / 12)} years ${months % 12} months; the minimum is ${minimumYears} years.`,
      `${Math.floor(months / 12)}y${months % 12}m`,
      { years: Math.floor(months / 12), months: months % 12, minimumYears },
    ),
  );
  if (months < minimumYears * 12) {
    steps.push(step('PENSION_REFUSED_RECORD', 'Refused: the insurance record is shorter than the minimum.', 'REFUSED', { minimumYears }));
    return { ...base, parameters: params.list(), outcome: 'REFUSED', reasonCode: 'INSUFFICIENT_INSURED_YEARS', monthlyAmount: null, period: null, steps };
  }
  const years = Math.floor(months / 12);
  const baseQ = toQepik(params.read('OLD_AGE_PENSION', 'basePart', on));
  const accrualQ = toQepik(params.read('OLD_AGE_PENSION', 'accrualPerInsuredYear', on));
  const insuranceQ = baseQ + accrualQ * years;
  steps.push(
    step(
      'PENSION_INSURANCE_PART',
      `Base part ${formatQepik(baseQ)} AZN plus ${formatQepik(accrualQ)} AZN for each of ${years} insured years.`,
      formatQepik(insuranceQ),
      { base: formatQepik(baseQ), years, accrual: formatQepik(accrualQ), amount: formatQepik(insuranceQ) },
      `${formatQepik(baseQ)} + ${years} × ${formatQepik(accrualQ)}`,
    ),
  );
  const minimumQ = toQepik(params.read('OLD_AGE_PENSION', 'minimumPension', on));
  const amount = Math.max(insuranceQ, minimumQ);
  steps.push(
    step(
      'PENSION_AMOUNT',
      `The computed pension, not less than the minimum pension of ${formatQepik(minimumQ)} AZN.`,
      formatQepik(amount),
      { insurancePart: formatQepik(insuranceQ), minimum: formatQepik(minimumQ), amount: formatQepik(amount) },
      `max(${formatQepik(insuranceQ)}, ${formatQepik(minimumQ)})`,
    ),
  );
  const from = `${addMonthsToMonth(monthOf(reachedOn), 1)}-01`;
  steps.push(step('PENSION_GRANTED', `Granted: ${formatQepik(amount)} AZN a month from ${from}.`, formatQepik(amount), { amount: formatQepik(amount), from }));
  return { ...base, parameters: params.list(), effectiveDate: from, outcome: 'GRANTED', reasonCode: 'ELIGIBLE', monthlyAmount: formatQepik(amount), period: { from, to: null }, steps };
};

import { addDays, addMonthsToMonth, addYears, ageOn, monthOf } from './dates.ts';
import { derivedInput, factInput, stepsOf } from './explain.ts';
import { formatQepik, toQepik } from './money.ts';
import { ParameterLog } from './parameters.ts';
import { insuredMonths, latestOn } from './proactive-common.ts';
import type { RuleFact, RuleInputRecord, RulePerson, RuleResult, RuleStep } from './types.ts';

export interface SurvivorCase {
  readonly deceased: RulePerson;
  readonly deceasedFacts: readonly RuleFact[];
  /** The dependant: a child of the deceased's household. */
  readonly dependant: RulePerson;
  /** The civil registry's DEATH fact, recorded as an input so that its correction re-decides the pension. */
  readonly deathFact?: RuleFact;
}

const DEPENDANT_AGE_LIMIT = 18;

/** The survivor pension's refusals, each a reason code and a step `SURVIVOR_REFUSED_<reason>`. */
const SURVIVOR_REFUSALS = ['NO_DEATH', 'NOT_DEPENDANT', 'NOT_BREADWINNER'] as const;
type SurvivorRefusal = (typeof SURVIVOR_REFUSALS)[number];
/** The step and reason codes the survivor pension rule emits (each has a text in every catalogue). */
export const SURVIVOR_STEP_CODES = [
  'SURVIVOR_DEPENDANT',
  'SURVIVOR_BREADWINNER',
  'SURVIVOR_GRANTED',
  ...SURVIVOR_REFUSALS.map((reason) => `SURVIVOR_REFUSED_${reason}` as const),
] as const;
export const SURVIVOR_REASON_CODES = ['ELIGIBLE', ...SURVIVOR_REFUSALS] as const;
const step = stepsOf(SURVIVOR_STEP_CODES);

/**
 * Survivor pension: the death of a breadwinner (an insurance record, or income in the 12 months
 * before death) leaves a child under 18 of the household; paid to the child's household from the
 * 1st of the month after the death until the day before the child turns 18.
 */
export const decideSurvivorPension = (version: string, input: SurvivorCase): RuleResult<(typeof SURVIVOR_REASON_CODES)[number]> => {
  const params = new ParameterLog('SURVIVOR_PENSION');
  const steps: RuleStep[] = [];
  const death = input.deceased.deathDate;
  const on = death ?? '';
  const inputs: RuleInputRecord[] = [derivedInput('DEATH', `died ${on}`, input.deceased.pin, 'DEATH', { date: on }),
    derivedInput('BIRTH_DATE', `born ${input.dependant.birthDate}`, input.dependant.pin, 'BIRTH_DATE', { date: input.dependant.birthDate }),
  ];
  if (input.deathFact) inputs.push(factInput(input.deathFact));
  const base = { benefitCode: 'SURVIVOR_PENSION', ruleVersion: version, oneTimeAmount: null, inputs, effectiveDate: on };
  const refuse = (reasonCode: SurvivorRefusal, text: string) => {
    steps.push(step(`SURVIVOR_REFUSED_${reasonCode}`, text, 'REFUSED'));
    return { ...base, parameters: params.list(), outcome: 'REFUSED' as const, reasonCode, monthlyAmount: null, period: null, steps };
  };
  if (!death) return refuse('NO_DEATH', 'No death is registered.');
  const age = ageOn(input.dependant.birthDate, death);
  steps.push(step('SURVIVOR_DEPENDANT', `The child was ${age} on the day of the death; children under ${DEPENDANT_AGE_LIMIT} are dependants.`, String(age), { age, limit: DEPENDANT_AGE_LIMIT }));
  if (age >= DEPENDANT_AGE_LIMIT) return refuse('NOT_DEPENDANT', 'Refused: the child is not a dependant.');
  const insured = latestOn(input.deceasedFacts, 'INSURED_YEARS', death);
  const incomeFrom = addMonthsToMonth(monthOf(death), -12);
  const income = input.deceasedFacts.filter((f) => f.kind === 'INCOME' && String(f.value['month']) >= incomeFrom && String(f.value['month']) <= monthOf(death));
  if (insured) inputs.push(factInput(insured));
  for (const f of income) inputs.push(factInput(f));
  const breadwinner = insuredMonths(insured) > 0 || income.length > 0;
  steps.push(
    step('SURVIVOR_BREADWINNER', breadwinner ? 'The deceased was a breadwinner (insurance record or income).' : 'The deceased had neither an insurance record nor income.', breadwinner ? 'yes' : 'no', {
      breadwinner: breadwinner ? 'yes' : 'no',
    }),
  );
  if (!breadwinner) return refuse('NOT_BREADWINNER', 'Refused: the deceased was not a breadwinner.');
  const amount = toQepik(params.read('SURVIVOR_PENSION', 'monthlyAmount', death));
  const from = `${addMonthsToMonth(monthOf(death), 1)}-01`;
  const to = addDays(addYears(input.dependant.birthDate, DEPENDANT_AGE_LIMIT), -1);
  steps.push(step('SURVIVOR_GRANTED', `Granted: ${formatQepik(amount)} AZN a month from ${from} to ${to}.`, formatQepik(amount), { amount: formatQepik(amount), from, to }));
  return { ...base, parameters: params.list(), effectiveDate: from, outcome: 'GRANTED', reasonCode: 'ELIGIBLE', monthlyAmount: formatQepik(amount), period: { from, to }, steps };
};

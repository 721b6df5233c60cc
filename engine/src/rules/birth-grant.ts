import { firstOfMonth, lastDayOfMonth, monthOf } from './dates.ts';
import { derivedInput, factInput, stepsOf } from './explain.ts';
import { formatQepik, toQepik } from './money.ts';
import { ParameterLog } from './parameters.ts';
import type { RuleFact, RuleResult } from './types.ts';

export interface BirthCase {
  readonly childPin: string;
  readonly birthDate: string;
  readonly motherPin: string;
  readonly birthFact: RuleFact;
}

/** The step and reason codes the birth grant rule emits (each has a text in every catalogue). */
export const BIRTH_GRANT_STEP_CODES = ['BIRTH_REGISTERED', 'BIRTH_GRANT_GRANTED', 'BIRTH_GRANT_REFUSED_NOT_IN_FORCE'] as const;
export const BIRTH_GRANT_REASON_CODES = ['ELIGIBLE', 'BIRTH_GRANT_NOT_IN_FORCE'] as const;
const step = stepsOf(BIRTH_GRANT_STEP_CODES);

/**
 * Birth grant: paid once, to the mother, at the amount in force on the birth date. It is assigned
 * for the month of the decision only (one payment by that month's payroll). A birth dated before
 * any amount was in force gives no grant: only a decision re-run after the birth date was corrected
 * meets this (a new birth is decided by the version in force on its date, see registry.ts).
 */
export const decideBirthGrant = (version: string, input: BirthCase, on: string): RuleResult<(typeof BIRTH_GRANT_REASON_CODES)[number]> => {
  const params = new ParameterLog('BIRTH_GRANT');
  const inForce = params.find('BIRTH_GRANT', 'amount', input.birthDate);
  const inputs = [factInput(input.birthFact), derivedInput('BIRTH_DATE', `born ${input.birthDate}`, input.childPin, 'BIRTH_DATE', { date: input.birthDate })];
  const registered = step('BIRTH_REGISTERED', `A birth on ${input.birthDate} is registered.`, input.birthDate, { birthDate: input.birthDate });
  if (inForce === undefined) {
    return {
      benefitCode: 'BIRTH_GRANT',
      ruleVersion: version,
      outcome: 'REFUSED',
      reasonCode: 'BIRTH_GRANT_NOT_IN_FORCE',
      effectiveDate: on,
      monthlyAmount: null,
      oneTimeAmount: null,
      period: null,
      inputs,
      parameters: params.list(),
      steps: [registered, step('BIRTH_GRANT_REFUSED_NOT_IN_FORCE', `Refused: no birth grant was in force on ${input.birthDate}.`, 'REFUSED', { birthDate: input.birthDate })],
    };
  }
  const amount = toQepik(inForce);
  const from = firstOfMonth(on);
  const to = lastDayOfMonth(monthOf(on));
  return {
    benefitCode: 'BIRTH_GRANT',
    ruleVersion: version,
    outcome: 'GRANTED',
    reasonCode: 'ELIGIBLE',
    effectiveDate: on,
    monthlyAmount: null,
    oneTimeAmount: formatQepik(amount),
    period: { from, to },
    inputs,
    parameters: params.list(),
    steps: [
      registered,
      step('BIRTH_GRANT_GRANTED', `Granted: a one-time grant of ${formatQepik(amount)} AZN, paid with the payroll of ${monthOf(on)}.`, formatQepik(amount), { amount: formatQepik(amount), month: monthOf(on) }),
    ],
  };
};

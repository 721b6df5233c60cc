import { ageOn, addDays, addMonthsToMonth, firstOfMonth, monthOf, validOn } from './dates.ts';
import { derivedInput, factInput, stepsOf } from './explain.ts';
import { divideQepik, formatQepik, toQepik } from './money.ts';
import { ParameterLog } from './parameters.ts';
import { TSA_ASSET_CONDITIONS, TSA_ASSET_REASONS, assetInputs, checkAssets, describeCheck } from './tsa-assets.ts';
import type { RuleInputRecord, RuleMember, RuleResult, RuleStep } from './types.ts';

/** A TSA application as the rule sees it: the household's members on the application date. */
export interface TsaCase {
  readonly householdId: string;
  /** The day the application was submitted (Baku date). */
  readonly applicationDate: string;
  readonly members: readonly RuleMember[];
}

/** The reasons beyond a family's control that excuse an able-bodied adult from working. */
export type AdultReason = (typeof ADULT_REASONS)[number];

/** Ages that bound the rule (a child under 8 needs care; a student counts under 23). */
export interface TsaVariant {
  readonly version: string;
  /** Months of income averaged, ending with the month before the application month. */
  readonly incomeMonths: number;
  /** Whether income of the application month itself is counted (a defect of one version). */
  readonly includeApplicationMonth: boolean;
}

/** Every step code TSA emits: each has a text `step.<CODE>` in every catalogue. */
export const TSA_STEP_CODES = [
  'TSA_MEMBERS',
  'TSA_NEED_TOTAL',
  'TSA_INCOME_TOTAL',
  'TSA_INCOME_AVERAGE',
  'TSA_AMOUNT',
  'TSA_ADULT_REASON',
  'TSA_ADULT_NO_REASON',
  'TSA_REFUSED_ADULT',
  'TSA_REFUSED_INCOME',
  'TSA_TERM',
  'TSA_INFANT_SUPPLEMENT',
  'TSA_GRANTED',
  // One step per asset condition checked, one per refusal on it (tsa-assets.ts).
  ...TSA_ASSET_CONDITIONS.map((c) => `TSA_ASSET_${c}` as const),
  ...TSA_ASSET_CONDITIONS.map((c) => `TSA_REFUSED_${c}` as const),
] as const;
/** Every reason code TSA decides with: each has a text `reason.<CODE>`. */
export const TSA_REASON_CODES = ['ELIGIBLE', 'ABLE_BODIED_ADULT_WITHOUT_REASON', 'INCOME_ABOVE_NEED_CRITERION', ...Object.values(TSA_ASSET_REASONS)] as const;
/** The reasons an able-bodied adult may have (TSA_ADULT_REASON's `reason`). */
export const ADULT_REASONS = ['DISABILITY', 'CARER', 'STUDENT', 'UNEMPLOYMENT', 'MILITARY_SERVICE'] as const;
const step = stepsOf(TSA_STEP_CODES);

const CARE_CHILD_AGE = 8;
const STUDENT_AGE_LIMIT = 23;
const ADULT_AGE = 18;

const has = (member: RuleMember, kind: string, on: string) => member.facts.find((f) => f.kind === kind && validOn(f, on));

/** TSA: need criterion × members − average monthly income; each able-bodied adult needs a reason. */
export const decideTsa = (variant: TsaVariant, input: TsaCase): RuleResult<(typeof TSA_REASON_CODES)[number]> => {
  const on = input.applicationDate;
  const params = new ParameterLog('TSA');
  const steps: RuleStep[] = [];
  const inputs: RuleInputRecord[] = [];
  const members = input.members.filter((m) => m.person.deathDate === null || m.person.deathDate > on);
  const count = members.length;
  inputs.push(derivedInput('HOUSEHOLD_SIZE', `${count} members on ${on}`, null, 'HOUSEHOLD_SIZE', { count, date: on }));
  steps.push(step('TSA_MEMBERS', `The household has ${count} members on ${on}.`, String(count), { members: count, date: on }));

  const needCriterion = params.read('TSA', 'needCriterion', on);
  const needQ = toQepik(needCriterion) * count;
  steps.push(
    step(
      'TSA_NEED_TOTAL',
      `Need criterion in force on ${on} (${formatQepik(toQepik(needCriterion))} AZN a person a month) times ${count} members.`,
      formatQepik(needQ),
      { needCriterion: formatQepik(toQepik(needCriterion)), members: count, total: formatQepik(needQ), year: on.slice(0, 4) },
      `${formatQepik(toQepik(needCriterion))} × ${count}`,
    ),
  );

  // Income of the months before the application month (one version wrongly took the month itself).
  const applicationMonth = monthOf(on);
  const lastMonth = variant.includeApplicationMonth ? applicationMonth : addMonthsToMonth(applicationMonth, -1);
  const firstMonth = addMonthsToMonth(lastMonth, 1 - variant.incomeMonths);
  let incomeQ = 0;
  for (const member of members) {
    for (const fact of member.facts) {
      if (fact.kind !== 'INCOME') continue;
      const month = String(fact.value['month']);
      if (month < firstMonth || month > lastMonth) continue;
      incomeQ += toQepik(Number(fact.value['amount']));
      inputs.push(factInput(fact));
    }
  }
  const averageQ = divideQepik(incomeQ, variant.incomeMonths);
  steps.push(
    step(
      'TSA_INCOME_TOTAL',
      `Income of all members from ${firstMonth} to ${lastMonth}.`,
      formatQepik(incomeQ),
      { from: firstMonth, to: lastMonth, total: formatQepik(incomeQ) },
    ),
  );
  steps.push(
    step(
      'TSA_INCOME_AVERAGE',
      `Average monthly income: the total divided by ${variant.incomeMonths}.`,
      formatQepik(averageQ),
      { total: formatQepik(incomeQ), months: variant.incomeMonths, average: formatQepik(averageQ) },
      `${formatQepik(incomeQ)} / ${variant.incomeMonths}`,
    ),
  );
  const amountQ = needQ - averageQ;
  steps.push(
    step(
      'TSA_AMOUNT',
      'Assistance: the need of the household minus its average monthly income.',
      formatQepik(amountQ),
      { need: formatQepik(needQ), average: formatQepik(averageQ), amount: formatQepik(amountQ) },
      `${formatQepik(needQ)} − ${formatQepik(averageQ)}`,
    ),
  );

  // Each able-bodied adult (18 up to pension age) needs a reason beyond the family's control.
  const pensionAge = params.read('OLD_AGE_PENSION', 'pensionAge', on);
  const disabled = new Set(members.filter((m) => has(m, 'DISABILITY', on)).map((m) => m.person.pin));
  const withoutOwnReason: RuleMember[] = [];
  let adultsWithoutReason = 0;
  const adults = members
    .filter((m) => {
      const age = ageOn(m.person.birthDate, on);
      return age >= ADULT_AGE && age < pensionAge;
    })
    .sort((a, b) => (a.person.pin < b.person.pin ? -1 : 1));
  for (const adult of adults) {
    const age = ageOn(adult.person.birthDate, on);
    const reason = ownReason(adult, age, on);
    if (reason) {
      if (reason.fact) inputs.push(factInput(reason.fact));
      steps.push(step('TSA_ADULT_REASON', `A member aged ${age} has a reason beyond the family's control: ${reason.reason}.`, reason.reason, { age, reason: reason.reason }));
    } else withoutOwnReason.push(adult);
  }
  // Each disabled member and each child under 8 excuses one carer (adults without a reason of
  // their own are never disabled themselves: disability is a reason of its own).
  let careNeeds = members.filter((m) => ageOn(m.person.birthDate, on) < CARE_CHILD_AGE || disabled.has(m.person.pin)).length;
  for (const adult of withoutOwnReason) {
    const age = ageOn(adult.person.birthDate, on);
    if (careNeeds > 0) {
      careNeeds -= 1;
      steps.push(step('TSA_ADULT_REASON', `A member aged ${age} cares for a disabled member or a child under ${CARE_CHILD_AGE}.`, 'CARER', { age, reason: 'CARER' }));
    } else {
      adultsWithoutReason += 1;
      steps.push(step('TSA_ADULT_NO_REASON', `A member aged ${age} is able to work and has no reason beyond the family's control.`, 'no reason', { age }));
    }
  }

  // What the family owns or did that excludes the assistance whatever its income.
  const assets = checkAssets(params, { members, on, firstMonth, lastMonth });
  inputs.push(...assetInputs(assets));
  for (const check of assets) {
    steps.push(step(`TSA_ASSET_${check.condition}`, describeCheck(check), check.exceeded ? 'exceeded' : 'met', check.values));
  }

  const periodFrom = firstOfMonth(on);
  const base = { benefitCode: 'TSA', ruleVersion: variant.version, effectiveDate: periodFrom, oneTimeAmount: null, inputs };
  if (adultsWithoutReason > 0) {
    steps.push(step('TSA_REFUSED_ADULT', `Refused: ${adultsWithoutReason} able-bodied adult(s) without a reason beyond the family's control.`, 'REFUSED', { adults: adultsWithoutReason }));
    return { ...base, parameters: params.list(), outcome: 'REFUSED', reasonCode: 'ABLE_BODIED_ADULT_WITHOUT_REASON', monthlyAmount: null, period: null, steps };
  }
  const excluded = assets.find((c) => c.exceeded);
  if (excluded) {
    steps.push(step(`TSA_REFUSED_${excluded.condition}`, `Refused: ${describeCheck(excluded)}`, 'REFUSED', excluded.values));
    return { ...base, parameters: params.list(), outcome: 'REFUSED', reasonCode: TSA_ASSET_REASONS[excluded.condition], monthlyAmount: null, period: null, steps };
  }
  if (amountQ <= 0) {
    steps.push(step('TSA_REFUSED_INCOME', 'Refused: the average monthly income reaches the need of the household.', 'REFUSED', { need: formatQepik(needQ), average: formatQepik(averageQ) }));
    return { ...base, parameters: params.list(), outcome: 'REFUSED', reasonCode: 'INCOME_ABOVE_NEED_CRITERION', monthlyAmount: null, period: null, steps };
  }
  const termMonths = params.read('TSA', 'termMonths', on);
  const periodTo = addDays(`${addMonthsToMonth(applicationMonth, termMonths)}-01`, -1);
  steps.push(step('TSA_TERM', `Assigned from ${periodFrom} for ${termMonths} months, to ${periodTo}.`, `${periodFrom}..${periodTo}`, { from: periodFrom, to: periodTo, months: termMonths }));
  const supplement = params.find('TSA', 'infantSupplement', on);
  if (supplement !== undefined) {
    const infants = members.filter((m) => ageOn(m.person.birthDate, on) < 1).length;
    if (infants > 0) {
      steps.push(
        step(
          'TSA_INFANT_SUPPLEMENT',
          `${infants} child(ren) under one: ${formatQepik(toQepik(supplement))} AZN a month each, assigned separately as the allowance for a child under one.`,
          formatQepik(toQepik(supplement) * infants),
          { children: infants, amount: formatQepik(toQepik(supplement)), total: formatQepik(toQepik(supplement) * infants) },
          `${formatQepik(toQepik(supplement))} × ${infants}`,
        ),
      );
    }
  }
  steps.push(step('TSA_GRANTED', `Granted: ${formatQepik(amountQ)} AZN a month from ${periodFrom} to ${periodTo}.`, formatQepik(amountQ), { amount: formatQepik(amountQ), from: periodFrom, to: periodTo }));
  return { ...base, parameters: params.list(), outcome: 'GRANTED', reasonCode: 'ELIGIBLE', monthlyAmount: formatQepik(amountQ), period: { from: periodFrom, to: periodTo }, steps };
};

const ownReason = (adult: RuleMember, age: number, on: string) => {
  const disability = has(adult, 'DISABILITY', on);
  if (disability) return { reason: 'DISABILITY' as AdultReason, fact: disability };
  const student = adult.facts.find((f) => f.kind === 'STUDENT' && validOn(f, on) && f.value['fullTime'] === true);
  if (student && age < STUDENT_AGE_LIMIT) return { reason: 'STUDENT' as AdultReason, fact: student };
  const unemployment = has(adult, 'UNEMPLOYMENT', on);
  if (unemployment) return { reason: 'UNEMPLOYMENT' as AdultReason, fact: unemployment };
  const military = has(adult, 'MILITARY_SERVICE', on);
  if (military) return { reason: 'MILITARY_SERVICE' as AdultReason, fact: military };
  // Caring for a person with a disability, as the latest CARE fact in force says (the labour
  // ministry's record; a declared one lowers at once but raises only after review: self-declared.ts).
  const care = latestCare(adult, on);
  if (care?.value['careChange'] === 'STARTED') return { reason: 'CARER' as AdultReason, fact: care };
  return undefined;
};

/** The member's CARE fact in force on `on` that was recorded last (a STOPPED one ends a STARTED one). */
const latestCare = (member: RuleMember, on: string) =>
  member.facts
    .filter((f) => f.kind === 'CARE' && f.validFrom <= on && (f.validTo === null || f.validTo >= on))
    .sort((a, b) => a.validFrom.localeCompare(b.validFrom) || a.recordedAt.localeCompare(b.recordedAt))
    .at(-1);

/** Members under one on a date (the children the infant supplement / CHILD_UNDER_ONE is for). */
export const infantsOn = (members: readonly RuleMember[], on: string): RuleMember[] =>
  members.filter((m) => m.person.deathDate === null && ageOn(m.person.birthDate, on) < 1);

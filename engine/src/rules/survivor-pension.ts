import { addDays, addMonthsToMonth, addYears, ageOn, monthOf, validOn } from './dates.ts';
import { derivedInput, factInput, stepsOf } from './explain.ts';
import { formatQepik, toQepik } from './money.ts';
import { ParameterLog } from './parameters.ts';
import { insuredMonths, latestOn } from './proactive-common.ts';
import type { RuleFact, RuleInputRecord, RulePerson, RuleResult, RuleStep } from './types.ts';

/** How a survivor was related to the deceased (derived from household relations by `kinshipToDeceased`). */
export const KINSHIPS = ['CHILD', 'SPOUSE', 'PARENT', 'SIBLING', 'GRANDPARENT', 'GRANDCHILD', 'OTHER'] as const;
export type Kinship = (typeof KINSHIPS)[number];

/** A survivor of the deceased's household, as the carer check sees them. */
export interface Survivor {
  readonly person: RulePerson;
  readonly kinship: Kinship;
  readonly facts: readonly RuleFact[];
}

export interface SurvivorCase {
  readonly deceased: RulePerson;
  readonly deceasedFacts: readonly RuleFact[];
  /** The survivor the decision is about. */
  readonly dependant: RulePerson;
  /** The civil registry's DEATH fact, recorded as an input so that its correction re-decides the pension. */
  readonly deathFact?: RuleFact;
  /** The survivor's kinship to the deceased; a child when not given. */
  readonly kinship?: Kinship;
  /** The survivor's own facts (study, disability, employment). */
  readonly dependantFacts?: readonly RuleFact[];
  /** Everyone who survived in the household (the survivor included): who the young children and the carer are. */
  readonly household?: readonly Survivor[];
}

/**
 * Every dependant the law names (Law on labour pensions of 7 February 2006; the same list the State
 * Social Protection Fund publishes for the loss-of-breadwinner benefit), in the order checked:
 * a child under the child age limit; a full-time student under the student age limit; a child whose
 * disability began before the child age limit; a spouse or parent of pension age or disabled; one
 * non-working spouse, parent, sibling or grandparent caring for a child of the deceased under the
 * carer age; a grandchild or sibling under the child age limit.
 */
export const SURVIVOR_DEPENDANTS = ['CHILD', 'STUDENT', 'DISABLED_CHILD', 'AGED_SPOUSE_OR_PARENT', 'DISABLED_SPOUSE_OR_PARENT', 'CARER', 'GRANDCHILD_OR_SIBLING'] as const;
export type SurvivorDependant = (typeof SURVIVOR_DEPENDANTS)[number];

/** The survivor pension's refusals, each a reason code and a step `SURVIVOR_REFUSED_<reason>`. */
const SURVIVOR_REFUSALS = ['NO_DEATH', 'NOT_DEPENDANT', 'NOT_BREADWINNER'] as const;
type SurvivorRefusal = (typeof SURVIVOR_REFUSALS)[number];
/** The step and reason codes the survivor pension rule emits (each has a text in every catalogue). */
export const SURVIVOR_STEP_CODES = [
  'SURVIVOR_DEPENDANT',
  'SURVIVOR_BREADWINNER',
  'SURVIVOR_GRANTED',
  'SURVIVOR_GRANTED_OPEN',
  ...SURVIVOR_REFUSALS.map((reason) => `SURVIVOR_REFUSED_${reason}` as const),
] as const;
export const SURVIVOR_REASON_CODES = ['ELIGIBLE', ...SURVIVOR_REFUSALS] as const;
const step = stepsOf(SURVIVOR_STEP_CODES);

const CARER_KINSHIPS: readonly Kinship[] = ['SPOUSE', 'PARENT', 'SIBLING', 'GRANDPARENT'];

/**
 * The kinship to the deceased of a member, from both their relations to the household's head.
 * Only what the two relations imply for sure; anything else is OTHER (never a dependant).
 */
export const kinshipToDeceased = (deceasedRelation: string, memberRelation: string): Kinship => {
  const table: Record<string, Record<string, Kinship>> = {
    HEAD: { CHILD: 'CHILD', SPOUSE: 'SPOUSE', PARENT: 'PARENT', SIBLING: 'SIBLING', GRANDPARENT: 'GRANDPARENT', GRANDCHILD: 'GRANDCHILD' },
    SPOUSE: { HEAD: 'SPOUSE', CHILD: 'CHILD', GRANDCHILD: 'GRANDCHILD' },
    CHILD: { HEAD: 'PARENT', SPOUSE: 'PARENT', CHILD: 'SIBLING', PARENT: 'GRANDPARENT' },
    PARENT: { HEAD: 'CHILD', SIBLING: 'CHILD', PARENT: 'SPOUSE', CHILD: 'GRANDCHILD' },
  };
  return table[deceasedRelation]?.[memberRelation] ?? 'OTHER';
};

interface Limits {
  readonly childAge: number;
  readonly studentAge: number;
  readonly carerChildAge: number;
  readonly pensionAge: number;
}

/** Which dependant the survivor is on the day of death, and until when; undefined if none. */
const dependantOf = (input: SurvivorCase, death: string, limits: Limits): { category: SurvivorDependant; to: string | null; fact?: RuleFact } | undefined => {
  const person = input.dependant;
  const kinship = input.kinship ?? 'CHILD';
  const facts = input.dependantFacts ?? [];
  const age = ageOn(person.birthDate, death);
  const until = (years: number) => addDays(addYears(person.birthDate, years), -1);
  const disability = latestOn(facts, 'DISABILITY', death);
  const review = disability && typeof disability.value['reviewDate'] === 'string' ? disability.value['reviewDate'] : null;
  if (kinship === 'CHILD') {
    if (age < limits.childAge) return { category: 'CHILD', to: until(limits.childAge) };
    const student = facts.find((f) => f.kind === 'STUDENT' && f.value['fullTime'] === true && validOn(f, death));
    if (student && age < limits.studentAge) {
      const end = until(limits.studentAge);
      return { category: 'STUDENT', to: student.validTo && student.validTo < end ? student.validTo : end, fact: student };
    }
    if (disability && disability.validFrom < addYears(person.birthDate, limits.childAge)) return { category: 'DISABLED_CHILD', to: review, fact: disability };
  }
  if (kinship === 'SPOUSE' || kinship === 'PARENT') {
    if (age >= limits.pensionAge) return { category: 'AGED_SPOUSE_OR_PARENT', to: null };
    if (disability) return { category: 'DISABLED_SPOUSE_OR_PARENT', to: review, fact: disability };
  }
  if (CARER_KINSHIPS.includes(kinship)) {
    const carer = carerOf(input.household ?? [], death, limits);
    if (carer?.person.pin === person.pin) return { category: 'CARER', to: carer.until };
  }
  if ((kinship === 'GRANDCHILD' || kinship === 'SIBLING') && age < limits.childAge) return { category: 'GRANDCHILD_OR_SIBLING', to: until(limits.childAge) };
  return undefined;
};

/**
 * The one carer the law allows: while a child of the deceased under the carer age lives in the
 * household, the first non-working spouse, parent, sibling or grandparent (in that order, then by
 * PIN), until the youngest such child reaches the carer age.
 */
const carerOf = (household: readonly Survivor[], death: string, limits: Limits): { person: RulePerson; until: string } | undefined => {
  const young = household.filter((s) => s.kinship === 'CHILD' && ageOn(s.person.birthDate, death) < limits.carerChildAge);
  if (young.length === 0) return undefined;
  const youngest = young.map((s) => s.person.birthDate).sort().at(-1) ?? death;
  const carer = household
    .filter((s) => CARER_KINSHIPS.includes(s.kinship) && ageOn(s.person.birthDate, death) >= 18 && !s.facts.some((f) => f.kind === 'EMPLOYMENT' && validOn(f, death)))
    .sort((a, b) => CARER_KINSHIPS.indexOf(a.kinship) - CARER_KINSHIPS.indexOf(b.kinship) || (a.person.pin < b.person.pin ? -1 : 1))[0];
  return carer && { person: carer.person, until: addDays(addYears(youngest, limits.carerChildAge), -1) };
};

/**
 * Survivor pension: the death of a breadwinner (an insurance record, or income in the 12 months
 * before death) leaves a dependant the law names (SURVIVOR_DEPENDANTS); paid from the 1st of the
 * month after the death until the dependant's condition ends (open-ended for a spouse or parent
 * of pension age, until the review date for a disability).
 */
export const decideSurvivorPension = (version: string, input: SurvivorCase): RuleResult<(typeof SURVIVOR_REASON_CODES)[number]> => {
  const params = new ParameterLog('SURVIVOR_PENSION');
  const steps: RuleStep[] = [];
  const death = input.deceased.deathDate;
  const on = death ?? '';
  const inputs: RuleInputRecord[] = [
    derivedInput('DEATH', `died ${on}`, input.deceased.pin, 'DEATH', { date: on }),
    derivedInput('BIRTH_DATE', `born ${input.dependant.birthDate}`, input.dependant.pin, 'BIRTH_DATE', { date: input.dependant.birthDate }),
  ];
  if (input.deathFact) inputs.push(factInput(input.deathFact));
  const base = { benefitCode: 'SURVIVOR_PENSION', ruleVersion: version, oneTimeAmount: null, inputs, effectiveDate: on };
  const refuse = (reasonCode: SurvivorRefusal, text: string) => {
    steps.push(step(`SURVIVOR_REFUSED_${reasonCode}`, text, 'REFUSED'));
    return { ...base, parameters: params.list(), outcome: 'REFUSED' as const, reasonCode, monthlyAmount: null, period: null, steps };
  };
  if (!death) return refuse('NO_DEATH', 'No death is registered.');
  const limits: Limits = {
    childAge: params.read('SURVIVOR_PENSION', 'childAgeLimit', death),
    studentAge: params.read('SURVIVOR_PENSION', 'studentAgeLimit', death),
    carerChildAge: params.read('SURVIVOR_PENSION', 'carerChildAge', death),
    pensionAge: params.read('OLD_AGE_PENSION', 'pensionAge', death),
  };
  const age = ageOn(input.dependant.birthDate, death);
  const kinship = input.kinship ?? 'CHILD';
  const dependant = dependantOf(input, death, limits);
  if (dependant?.fact) inputs.push(factInput(dependant.fact));
  steps.push(
    step(
      'SURVIVOR_DEPENDANT',
      dependant ? `A ${kinship.toLowerCase()} aged ${age} on the day of the death: a dependant (${dependant.category}).` : `A ${kinship.toLowerCase()} aged ${age} on the day of the death: not a dependant the law names.`,
      dependant?.category ?? 'NONE',
      { category: dependant?.category ?? 'NONE', kinship, age, childAge: limits.childAge, studentAge: limits.studentAge, carerChildAge: limits.carerChildAge },
    ),
  );
  if (!dependant) return refuse('NOT_DEPENDANT', 'Refused: not a dependant of the deceased.');
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
  const to = dependant.to;
  steps.push(
    to
      ? step('SURVIVOR_GRANTED', `Granted: ${formatQepik(amount)} AZN a month from ${from} to ${to}.`, formatQepik(amount), { amount: formatQepik(amount), from, to })
      : step('SURVIVOR_GRANTED_OPEN', `Granted: ${formatQepik(amount)} AZN a month from ${from}.`, formatQepik(amount), { amount: formatQepik(amount), from }),
  );
  return { ...base, parameters: params.list(), effectiveDate: from, outcome: 'GRANTED', reasonCode: 'ELIGIBLE', monthlyAmount: formatQepik(amount), period: { from, to }, steps };
};

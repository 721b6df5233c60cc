/**
 * The benefit catalogue with its rule parameters, each value carrying the date it takes effect.
 * A decision on date D uses the values in force on D, so a re-run over an old period uses old values.
 * `sourced: false` marks a value the team could not source from a published legal act: it is an
 * explicit, reviewable placeholder, never a magic number inside a rule.
 */
import type { LegalBasis } from './legal-basis.ts';
import { needCriterionLaw, placeholderBasis, presidentialDecreeNovember2025, tsaTermBefore2020, tsaTermFrom2020 } from './legal-acts.ts';

export type BenefitCategory = 'PENSION' | 'SOCIAL_ASSISTANCE' | 'CHILD' | 'DISABILITY' | 'GRANT';

export interface ParameterValue {
  readonly from: string; // YYYY-MM-DD, inclusive
  readonly value: number;
  readonly sourced: boolean;
  /** The act, article, date and text (az/ru/en) that set the value, or why it is a placeholder (legal-acts.ts). */
  readonly basis: LegalBasis;
}

export interface RuleParameter {
  readonly name: string;
  readonly unit: 'AZN_PER_PERSON_MONTH' | 'AZN_PER_MONTH' | 'AZN' | 'MONTHS' | 'YEARS' | 'DAYS' | 'WORKING_DAYS' | 'SHARE';
  readonly description: string;
  /** True when rules read it with ParameterLog.find: it may have no value before its first date (coverage starts there). */
  readonly optional?: boolean;
  readonly values: readonly ParameterValue[];
}

export interface BenefitTypeInfo {
  readonly code: string;
  readonly name: string;
  readonly category: BenefitCategory;
  readonly description: string;
  /** Assigned by the system when an agency fact makes someone eligible, with no application. */
  readonly proactive: boolean;
  /** Paid every month, or once (an amount on a date, never "a month"). */
  readonly paymentKind: 'MONTHLY' | 'ONE_TIME';
  readonly parameters: readonly RuleParameter[];
}

const law = (from: string, value: number, basis: LegalBasis): ParameterValue => ({ from, value, sourced: true, basis });
const placeholder = (from: string, value: number, basis: LegalBasis): ParameterValue => ({ from, value, sourced: false, basis });

/**
 * What every decision's life after it is made needs, whatever the benefit: how long the person has
 * to appeal, how long a review may take, and how an overpayment is recovered from later payments.
 * Dated like every parameter, so a change of law applies to decisions made after it.
 */
const recourseParameters = (): RuleParameter[] => [
  {
    name: 'appealWorkingDays',
    unit: 'WORKING_DAYS',
    description: 'Working days after a decision within which the person it is about may appeal it.',
    values: [placeholder('2017-01-01', 30, placeholderBasis.appealPeriod)],
  },
  {
    name: 'reviewWorkingDays',
    unit: 'WORKING_DAYS',
    description: 'Working days an appeals officer has to review an appeal once it reaches the review queue.',
    values: [placeholder('2017-01-01', 15, placeholderBasis.reviewPeriod)],
  },
  {
    name: 'recoveryShare',
    unit: 'SHARE',
    description: 'Share of each later payment withheld to recover an overpayment.',
    values: [placeholder('2017-01-01', 0.2, placeholderBasis.recoveryShare)],
  },
  {
    name: 'recoveryFloor',
    unit: 'AZN_PER_MONTH',
    description: 'A payment is never reduced below this amount by recovery of an overpayment.',
    values: [placeholder('2017-01-01', 50, placeholderBasis.notSourced)],
  },
];

export const BENEFIT_TYPES: readonly BenefitTypeInfo[] = [
  {
    code: 'TSA',
    name: 'Targeted State Social Assistance',
    category: 'SOCIAL_ASSISTANCE',
    description:
      'Monthly assistance to low-income families: need criterion times family members minus the average monthly family income.',
    proactive: false,
    paymentKind: 'MONTHLY',
    parameters: [
      {
        name: 'needCriterion',
        unit: 'AZN_PER_PERSON_MONTH',
        description: 'Need criterion set each year by the State Budget law.',
        values: [
          law('2017-01-01', 116, needCriterionLaw(2017)),
          law('2018-01-01', 130, needCriterionLaw(2018)),
          law('2020-01-01', 160, needCriterionLaw(2020)),
          law('2021-01-01', 170, needCriterionLaw(2021)),
          law('2022-01-01', 200, needCriterionLaw(2022)),
          law('2023-01-01', 246, needCriterionLaw(2023)),
          law('2024-01-01', 270, needCriterionLaw(2024)),
          law('2025-01-01', 285, needCriterionLaw(2025)),
          law('2026-01-01', 300, needCriterionLaw(2026)),
        ],
      },
      {
        name: 'termMonths',
        unit: 'MONTHS',
        description: 'Length of an assignment; two years before the 2020 amendment, one year after.',
        values: [law('2017-01-01', 24, tsaTermBefore2020), law('2020-01-01', 12, tsaTermFrom2020)],
      },
      {
        name: 'infantSupplement',
        unit: 'AZN_PER_MONTH',
        description: 'Monthly supplement for each child under one in a family receiving TSA.',
        optional: true,
        values: [law('2025-11-01', 140, presidentialDecreeNovember2025)],
      },
      {
        name: 'renewalDays',
        unit: 'DAYS',
        description: 'Days before a term ends on which the registry re-assesses the family and renews the assistance without a new application.',
        values: [placeholder('2017-01-01', 30, placeholderBasis.renewal)],
      },
      ...recourseParameters(),
    ],
  },
  {
    code: 'OLD_AGE_PENSION',
    name: 'Old-age labour pension',
    category: 'PENSION',
    description: 'Assigned on reaching pension age with the required insurance record.',
    proactive: true,
    paymentKind: 'MONTHLY',
    parameters: [
      {
        name: 'pensionAge',
        unit: 'YEARS',
        description: 'Pension age (men and women alike once the transition ends).',
        values: [placeholder('2017-01-01', 65, placeholderBasis.pensionAge)],
      },
      {
        name: 'minimumInsuredYears',
        unit: 'YEARS',
        description: 'Minimum insurance record for an old-age pension.',
        values: [placeholder('2017-01-01', 12, placeholderBasis.insuredYears2017), placeholder('2026-01-01', 21, placeholderBasis.insuredYearsRising)],
      },
      {
        name: 'minimumPension',
        unit: 'AZN_PER_MONTH',
        description: 'Minimum monthly old-age pension.',
        values: [placeholder('2024-01-01', 280, placeholderBasis.notSourced), placeholder('2025-01-01', 320, placeholderBasis.notSourced)],
      },
      ...recourseParameters(),
    ],
  },
  {
    code: 'DISABILITY_PENSION',
    name: 'Disability labour pension',
    category: 'PENSION',
    description: 'Assigned when a disability is determined for a person with an insurance record.',
    proactive: true,
    paymentKind: 'MONTHLY',
    parameters: [
      {
        name: 'monthlyAmount',
        unit: 'AZN_PER_MONTH',
        description: 'Monthly disability pension (flat, by group I/II/III averaged: placeholder).',
        values: [placeholder('2025-01-01', 260, placeholderBasis.notSourced)],
      },
      ...recourseParameters(),
    ],
  },
  {
    code: 'SURVIVOR_PENSION',
    name: "Survivor's labour pension",
    category: 'PENSION',
    description: 'Assigned to dependants on the death of a breadwinner.',
    proactive: true,
    paymentKind: 'MONTHLY',
    parameters: [
      {
        name: 'monthlyAmount',
        unit: 'AZN_PER_MONTH',
        description: 'Monthly survivor pension per dependant.',
        values: [placeholder('2025-01-01', 240, placeholderBasis.notSourced)],
      },
      ...recourseParameters(),
    ],
  },
  {
    code: 'DISABILITY_ALLOWANCE',
    name: 'Social allowance for disability',
    category: 'DISABILITY',
    description: 'Social allowance for persons with disabilities who have no pension right.',
    proactive: true,
    paymentKind: 'MONTHLY',
    parameters: [
      {
        name: 'monthlyAmount',
        unit: 'AZN_PER_MONTH',
        description: 'Monthly disability allowance.',
        values: [placeholder('2025-01-01', 200, placeholderBasis.notSourced)],
      },
      ...recourseParameters(),
    ],
  },
  {
    code: 'BIRTH_GRANT',
    name: 'One-time birth grant',
    category: 'GRANT',
    description: 'Paid once on the registration of a birth.',
    proactive: true,
    paymentKind: 'ONE_TIME',
    parameters: [
      {
        name: 'amount',
        unit: 'AZN',
        description: 'One-time grant per child born.',
        values: [placeholder('2023-01-01', 400, placeholderBasis.notSourced)],
      },
      ...recourseParameters(),
    ],
  },
  {
    code: 'CHILD_UNDER_ONE',
    name: 'Allowance for a child under one in a TSA family',
    category: 'CHILD',
    description: 'Monthly allowance for each child under one in a family receiving TSA, assigned proactively.',
    proactive: true,
    paymentKind: 'MONTHLY',
    parameters: [
      {
        name: 'monthlyAmount',
        unit: 'AZN_PER_MONTH',
        description: 'Monthly allowance per child under one.',
        values: [law('2025-11-01', 140, presidentialDecreeNovember2025)],
      },
      ...recourseParameters(),
    ],
  },
];

const byCode = new Map(BENEFIT_TYPES.map((b) => [b.code, b]));
export const findBenefitType = (code: string): BenefitTypeInfo | undefined => byCode.get(code);

/** The value of a parameter in force on `date`, or undefined if none was in force yet. */
export const parameterOn = (parameter: RuleParameter, date: string): ParameterValue | undefined => {
  let current: ParameterValue | undefined;
  for (const value of parameter.values) if (value.from <= date) current = value;
  return current;
};

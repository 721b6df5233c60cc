/**
 * The benefit catalogue with its rule parameters, each value carrying the date it takes effect.
 * A decision on date D uses the values in force on D, so a re-run over an old period uses old values.
 * `sourced: false` marks a value the team could not source from a published legal act: it is an
 * explicit, reviewable placeholder, never a magic number inside a rule.
 */
import type { LegalBasis } from './legal-basis.ts';
import { needCriterionLaw, placeholderBasis, presidentialDecreeNovember2025, rulesLawBasis, tsaTermBefore2020, tsaTermFrom2020 } from './legal-acts.ts';

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
  readonly unit: 'AZN_PER_PERSON_MONTH' | 'AZN_PER_MONTH' | 'AZN' | 'MONTHS' | 'YEARS' | 'DAYS' | 'WORKING_DAYS' | 'SHARE' | 'COUNT' | 'HECTARES' | 'AZN_BALANCE';
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
  /**
   * Its eligibility rests on a health fact (a determined disability): that someone applied for it,
   * was granted or refused it, or is paid it is itself a health datum of theirs. The policy module
   * (shared/src/auth/policy/benefits.ts) gives every record of such a benefit the health rule.
   */
  readonly revealsHealth: boolean;
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
    revealsHealth: false,
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
      // ── rules-law (issue #15 item 7): TSA's property and asset conditions (engine/src/rules/tsa-assets.ts) ──
      {
        name: 'maxPropertiesOfOnePurpose',
        unit: 'COUNT',
        description: 'Real estate objects of one purpose (dwellings, commercial, other) the family may own at different addresses; one more excludes the assistance.',
        values: [law('2016-02-05', 1, rulesLawBasis.twoPropertiesOfOnePurpose)],
      },
      {
        name: 'maxVehicles',
        unit: 'COUNT',
        description: 'Vehicles the family may own or use; one more excludes the assistance (vehicles the state gave for rehabilitation do not count, but no agency reports them apart yet).',
        values: [law('2016-02-05', 0, rulesLawBasis.vehicle)],
      },
      {
        name: 'maxLandHectaresPerMember',
        unit: 'HECTARES',
        description: 'Land (the plot under the family\'s own house excepted) the family may hold per member; more excludes the assistance.',
        values: [placeholder('2017-01-01', 1, rulesLawBasis.landPerMember)],
      },
      {
        name: 'maxDeposits',
        unit: 'AZN_BALANCE',
        description: 'Bank deposits of all members together at the end of the month before the application; more excludes the assistance.',
        values: [placeholder('2017-01-01', 3000, rulesLawBasis.deposits)],
      },
      {
        name: 'maxDaysAbroad',
        unit: 'DAYS',
        description: 'Days one member may have spent abroad in the 12 months whose income is averaged; more excludes the assistance.',
        values: [placeholder('2017-01-01', 90, rulesLawBasis.daysAbroad)],
      },
      // ── end rules-law ──
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
    revealsHealth: false,
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
        // ── rules-law (issue #15 item 7): sourced minimum; base part and accrual of the computed pension ──
        values: [
          law('2023-02-01', 280, rulesLawBasis.minimumPension(280, '2023-02-01')),
          law('2025-02-01', 320, rulesLawBasis.minimumPension(320, '2025-02-01')),
        ],
      },
      {
        name: 'basePart',
        unit: 'AZN_PER_MONTH',
        description: 'Base part of the old-age pension: the part every pensioner receives whatever the record.',
        values: [placeholder('2017-01-01', 120, rulesLawBasis.basePart)],
      },
      {
        name: 'accrualPerInsuredYear',
        unit: 'AZN_PER_MONTH',
        description: 'Insurance part per whole insured year: stands in for the pension capital divided by the expected payment period, which the pension fund does not report.',
        values: [placeholder('2017-01-01', 9.5, rulesLawBasis.accrualPerInsuredYear)],
      },
      // ── end rules-law ──
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
    revealsHealth: true,
    parameters: [
      // ── rules-law (issue #15 item 7): amounts by group (engine/src/rules/disability.ts) ──
      ...byGroup('Monthly disability labour pension for group', {
        I: [placeholder('2025-01-01', 300, rulesLawBasis.disabilityPensionByGroup)],
        II: [placeholder('2025-01-01', 260, rulesLawBasis.disabilityPensionByGroup)],
        III: [placeholder('2025-01-01', 220, rulesLawBasis.disabilityPensionByGroup)],
      }),
      // ── end rules-law ──
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
    revealsHealth: false,
    parameters: [
      {
        name: 'monthlyAmount',
        unit: 'AZN_PER_MONTH',
        description: 'Monthly survivor pension per dependant.',
        values: [placeholder('2025-01-01', 240, placeholderBasis.notSourced)],
      },
      // ── rules-law (issue #15 item 7): the dependants the law names (engine/src/rules/survivor-pension.ts) ──
      {
        name: 'childAgeLimit',
        unit: 'YEARS',
        description: 'A child of the deceased is a dependant until this age (longer if studying full-time or disabled since childhood).',
        values: [law('2006-02-07', 18, rulesLawBasis.survivorAge({ az: 'Mərhumun 18 yaşınadək uşaqları.', ru: 'Дети умершего до 18 лет.', en: 'Children of the deceased under 18.' }))],
      },
      {
        name: 'studentAgeLimit',
        unit: 'YEARS',
        description: 'A child in full-time study is a dependant until the end of the studies, but not beyond this age.',
        values: [law('2006-02-07', 23, rulesLawBasis.survivorAge({ az: 'Əyani təhsil alan uşaqlar təhsili bitənədək, lakin 23 yaşdan çox olmamaqla.', ru: 'Дети, обучающиеся очно, до окончания учёбы, но не старше 23 лет.', en: 'Children in full-time education until it ends, but not beyond 23.' }))],
      },
      {
        name: 'carerChildAge',
        unit: 'YEARS',
        description: 'A non-working spouse, parent, sibling or grandparent caring for a child of the deceased under this age is a dependant until the child reaches it.',
        values: [law('2006-02-07', 8, rulesLawBasis.survivorAge({ az: 'Mərhumun 8 yaşınadək uşaqlarına baxan işləməyən valideyn, qardaş, bacı, baba və ya nənələrdən biri.', ru: 'Один неработающий родитель, брат, сестра, дедушка или бабушка, ухаживающий за детьми умершего до 8 лет.', en: 'One non-working parent, sibling or grandparent caring for children of the deceased under 8.' }))],
      },
      // ── end rules-law ──
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
    revealsHealth: true,
    parameters: [
      // ── rules-law (issue #15 item 7): amounts by group and cause (engine/src/rules/disability.ts) ──
      ...byGroup('Monthly social allowance for disability, group', {
        I: [placeholder('2025-01-01', 200, placeholderBasis.notSourced), placeholder('2025-07-01', 300, rulesLawBasis.socialAllowance2025('81-100', false))],
        II: [placeholder('2025-01-01', 200, placeholderBasis.notSourced), placeholder('2025-07-01', 250, rulesLawBasis.socialAllowance2025('61-80', false))],
        III: [placeholder('2025-01-01', 200, placeholderBasis.notSourced), placeholder('2025-07-01', 180, rulesLawBasis.socialAllowance2025('31-60', false))],
      }),
      ...byGroup('Monthly social allowance for a disability caused by war, group', {
        WarI: [placeholder('2025-01-01', 200, placeholderBasis.notSourced), placeholder('2025-07-01', 600, rulesLawBasis.socialAllowance2025('81-100', true))],
        WarII: [placeholder('2025-01-01', 200, placeholderBasis.notSourced), placeholder('2025-07-01', 500, rulesLawBasis.socialAllowance2025('61-80', true))],
        WarIII: [placeholder('2025-01-01', 200, placeholderBasis.notSourced), placeholder('2025-07-01', 400, rulesLawBasis.socialAllowance2025('31-60', true))],
      }),
      {
        name: 'amountChild',
        unit: 'AZN_PER_MONTH',
        description: 'Monthly social allowance for a child under 18 with a disability.',
        values: [placeholder('2025-01-01', 200, placeholderBasis.notSourced)],
      },
      // ── end rules-law ──
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
    revealsHealth: false,
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
    revealsHealth: false,
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

/**
 * One parameter per disability group (`amountGroupI`, `amountWarGroupII`, ...), the names
 * `disabilityAmountParameter` picks.
 */
function byGroup(description: string, values: Record<string, ParameterValue[]>): RuleParameter[] {
  return Object.entries(values).map(([group, v]) => {
    const war = group.startsWith('War');
    const name = war ? `amountWarGroup${group.slice(3)}` : `amountGroup${group}`;
    return { name, unit: 'AZN_PER_MONTH' as const, description: `${description} ${war ? group.slice(3) : group}.`, values: v };
  });
}

/**
 * The parameter holding a disability benefit's monthly amount for a group and cause: by group
 * I/II/III (a child's disability has its own), and for the allowance a separate scale when the
 * disability was caused by war. The engine's rule and the synthetic population both use it.
 */
export const disabilityAmountParameter = (benefitCode: string, group: string, cause: string): string => {
  if (group === 'CHILD') return 'amountChild';
  const war = benefitCode === 'DISABILITY_ALLOWANCE' && cause === 'WAR' ? 'War' : '';
  return `amount${war}Group${group}`;
};

const byCode = new Map(BENEFIT_TYPES.map((b) => [b.code, b]));
export const findBenefitType = (code: string): BenefitTypeInfo | undefined => byCode.get(code);

/** The value of a parameter in force on `date`, or undefined if none was in force yet. */
export const parameterOn = (parameter: RuleParameter, date: string): ParameterValue | undefined => {
  let current: ParameterValue | undefined;
  for (const value of parameter.values) if (value.from <= date) current = value;
  return current;
};

/**
 * The benefit catalogue with its rule parameters, each value carrying the date it takes effect.
 * A decision on date D uses the values in force on D, so a re-run over an old period uses old values.
 * `sourced: false` marks a value the team could not source from a published legal act: it is an
 * explicit, reviewable placeholder, never a magic number inside a rule.
 */
export type BenefitCategory = 'PENSION' | 'SOCIAL_ASSISTANCE' | 'CHILD' | 'DISABILITY' | 'GRANT';

export interface ParameterValue {
  readonly from: string; // YYYY-MM-DD, inclusive
  readonly value: number;
  readonly sourced: boolean;
  readonly basis: string;
}

export interface RuleParameter {
  readonly name: string;
  readonly unit: 'AZN_PER_PERSON_MONTH' | 'AZN_PER_MONTH' | 'AZN' | 'MONTHS' | 'YEARS' | 'DAYS' | 'WORKING_DAYS' | 'SHARE' | 'COUNT' | 'HECTARES' | 'AZN_BALANCE';
  readonly description: string;
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

/** The act TSA's refusal grounds are in (the clause number is not verified). */
const TSA_RULES_2016 =
  'Rules on applying for, assigning, granting and refusing targeted state social assistance, approved by Cabinet of Ministers Decision No. 37 of 5 February 2016, grounds for refusal';

/** Social allowance amounts reported from the 2025 decree, kept as placeholders until its text is checked. */
const DECREE_2025 =
  'Not verified: Presidential Decree of June 2025 on increasing social benefits (in force 1 July 2025), as reported by the press; the decree text was not consulted';

/** Who counts as a dependant of a deceased breadwinner. */
const SURVIVOR_LAW =
  'Law on labour pensions No. 54-IIIQ of 7 February 2006, family members of the deceased (article not verified); the same ages are published by the State Social Protection Fund for the loss-of-breadwinner benefit';

const law = (from: string, value: number, basis: string): ParameterValue => ({ from, value, sourced: true, basis });
const placeholder = (from: string, value: number, basis: string): ParameterValue => ({ from, value, sourced: false, basis });

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
    values: [placeholder('2017-01-01', 30, 'Law on administrative proceedings (one month to contest an administrative act); working-day count not sourced')],
  },
  {
    name: 'reviewWorkingDays',
    unit: 'WORKING_DAYS',
    description: 'Working days an appeals officer has to review an appeal once it reaches the review queue.',
    values: [placeholder('2017-01-01', 15, 'Aligned with the 15 working days for deciding an application; not sourced')],
  },
  {
    name: 'recoveryShare',
    unit: 'SHARE',
    description: 'Share of each later payment withheld to recover an overpayment.',
    values: [placeholder('2017-01-01', 0.2, 'Not sourced: 20% of each payment')],
  },
  {
    name: 'recoveryFloor',
    unit: 'AZN_PER_MONTH',
    description: 'A payment is never reduced below this amount by recovery of an overpayment.',
    values: [placeholder('2017-01-01', 50, 'Not sourced')],
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
          law('2017-01-01', 116, 'State Budget law 2017'),
          law('2018-01-01', 130, 'State Budget law 2018'),
          law('2020-01-01', 160, 'State Budget law 2020'),
          law('2021-01-01', 170, 'State Budget law 2021'),
          law('2022-01-01', 200, 'State Budget law 2022'),
          law('2023-01-01', 246, 'State Budget law 2023'),
          law('2024-01-01', 270, 'State Budget law 2024'),
          law('2025-01-01', 285, 'State Budget law 2025'),
          law('2026-01-01', 300, 'State Budget law 2026'),
        ],
      },
      {
        name: 'termMonths',
        unit: 'MONTHS',
        description: 'Length of an assignment; two years before the 2020 amendment, one year after.',
        values: [law('2017-01-01', 24, 'Law on TSA before the 2020 amendment'), law('2020-01-01', 12, 'Law on TSA, 2020 amendment')],
      },
      {
        name: 'infantSupplement',
        unit: 'AZN_PER_MONTH',
        description: 'Monthly supplement for each child under one in a family receiving TSA.',
        values: [law('2025-11-01', 140, 'Presidential decree, November 2025')],
      },
      {
        name: 'renewalDays',
        unit: 'DAYS',
        description: 'Days before a term ends on which the registry re-assesses the family and renews the assistance without a new application.',
        values: [placeholder('2017-01-01', 30, 'Not sourced: a proactive registry renews a month ahead')],
      },
      // ── rules-law (issue #15 item 7): TSA's property and asset conditions (engine/src/rules/tsa-assets.ts) ──
      {
        name: 'maxPropertiesOfOnePurpose',
        unit: 'COUNT',
        description: 'Real estate objects of one purpose (dwellings, commercial, other) the family may own at different addresses; one more excludes the assistance.',
        values: [law('2016-02-05', 1, TSA_RULES_2016 + ': refused when the family owns two or more real estate objects of the same purpose at different addresses')],
      },
      {
        name: 'maxVehicles',
        unit: 'COUNT',
        description: 'Vehicles the family may own or use; one more excludes the assistance (vehicles the state gave for rehabilitation do not count, but no agency reports them apart yet).',
        values: [law('2016-02-05', 0, TSA_RULES_2016 + ': refused when the family owns or uses a vehicle, except one given by the state for rehabilitation')],
      },
      {
        name: 'maxLandHectaresPerMember',
        unit: 'HECTARES',
        description: 'Land (the plot under the family\'s own house excepted) the family may hold per member; more excludes the assistance.',
        values: [placeholder('2017-01-01', 1, 'Not sourced: the Rules on calculating the average monthly family income (Cabinet of Ministers Decision No. 32 of 2 February 2006) count land as a source of income; a size limit per member stands in for that until the per-hectare income norms are sourced')],
      },
      {
        name: 'maxDeposits',
        unit: 'AZN_BALANCE',
        description: 'Bank deposits of all members together at the end of the month before the application; more excludes the assistance.',
        values: [placeholder('2017-01-01', 3000, 'Not sourced: no published limit on deposits was found; a deposit\'s interest counts as income under the income Rules')],
      },
      {
        name: 'maxDaysAbroad',
        unit: 'DAYS',
        description: 'Days one member may have spent abroad in the 12 months whose income is averaged; more excludes the assistance.',
        values: [placeholder('2017-01-01', 90, 'Not sourced: no published limit on stays abroad was found')],
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
    parameters: [
      {
        name: 'pensionAge',
        unit: 'YEARS',
        description: 'Pension age (men and women alike once the transition ends).',
        values: [placeholder('2017-01-01', 65, 'Law on labour pensions; transition for women not modelled')],
      },
      {
        name: 'minimumInsuredYears',
        unit: 'YEARS',
        description: 'Minimum insurance record for an old-age pension.',
        values: [placeholder('2017-01-01', 12, 'Law on labour pensions, 2017 level'), placeholder('2026-01-01', 21, 'Rising one year a year')],
      },
      {
        name: 'minimumPension',
        unit: 'AZN_PER_MONTH',
        description: 'Minimum monthly old-age pension.',
        // ── rules-law (issue #15 item 7): sourced minimum; base part and accrual of the computed pension ──
        values: [
          law('2023-02-01', 280, 'Law on labour pensions No. 54-IIIQ of 7 February 2006, minimum amount of the labour pension, as amended in force from 1 February 2023 (DOST Agency)'),
          law('2025-02-01', 320, 'Law on labour pensions No. 54-IIIQ of 7 February 2006, minimum amount of the labour pension, amendment adopted 1 February 2025 after the Presidential Decree of January 2025'),
        ],
      },
      {
        name: 'basePart',
        unit: 'AZN_PER_MONTH',
        description: 'Base part of the old-age pension: the part every pensioner receives whatever the record.',
        values: [placeholder('2017-01-01', 120, 'Not sourced: the Law on labour pensions of 2006 set a base part by decree; its current amount was not found (the 2017 amendments fold it into the minimum pension)')],
      },
      {
        name: 'accrualPerInsuredYear',
        unit: 'AZN_PER_MONTH',
        description: 'Insurance part per whole insured year: stands in for the pension capital divided by the expected payment period, which the pension fund does not report.',
        values: [placeholder('2017-01-01', 9.5, 'Not sourced: the law computes the insurance part as pension capital / expected payment period (144 months); no per-year rate is published')],
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
    parameters: [
      // ── rules-law (issue #15 item 7): amounts by group (engine/src/rules/disability.ts) ──
      ...byGroup('Monthly disability labour pension for group', {
        I: [placeholder('2025-01-01', 300, 'Not sourced: the law computes the pension from the pension capital; raised to the minimum labour pension when lower')],
        II: [placeholder('2025-01-01', 260, 'Not sourced: the law computes the pension from the pension capital; raised to the minimum labour pension when lower')],
        III: [placeholder('2025-01-01', 220, 'Not sourced: the law computes the pension from the pension capital; raised to the minimum labour pension when lower')],
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
    parameters: [
      {
        name: 'monthlyAmount',
        unit: 'AZN_PER_MONTH',
        description: 'Monthly survivor pension per dependant.',
        values: [placeholder('2025-01-01', 240, 'Not sourced')],
      },
      // ── rules-law (issue #15 item 7): the dependants the law names (engine/src/rules/survivor-pension.ts) ──
      {
        name: 'childAgeLimit',
        unit: 'YEARS',
        description: 'A child of the deceased is a dependant until this age (longer if studying full-time or disabled since childhood).',
        values: [law('2006-02-07', 18, SURVIVOR_LAW + ': children under 18')],
      },
      {
        name: 'studentAgeLimit',
        unit: 'YEARS',
        description: 'A child in full-time study is a dependant until the end of the studies, but not beyond this age.',
        values: [law('2006-02-07', 23, SURVIVOR_LAW + ': children in full-time education, until the end of it but not beyond 23')],
      },
      {
        name: 'carerChildAge',
        unit: 'YEARS',
        description: 'A non-working spouse, parent, sibling or grandparent caring for a child of the deceased under this age is a dependant until the child reaches it.',
        values: [law('2006-02-07', 8, SURVIVOR_LAW + ': one non-working parent, sibling or grandparent caring for children of the deceased under 8')],
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
    parameters: [
      // ── rules-law (issue #15 item 7): amounts by group and cause (engine/src/rules/disability.ts) ──
      ...byGroup('Monthly social allowance for disability, group', {
        I: [placeholder('2025-01-01', 200, 'Not sourced'), placeholder('2025-07-01', 300, DECREE_2025 + ': 81-100% impairment')],
        II: [placeholder('2025-01-01', 200, 'Not sourced'), placeholder('2025-07-01', 250, DECREE_2025 + ': 61-80% impairment')],
        III: [placeholder('2025-01-01', 200, 'Not sourced'), placeholder('2025-07-01', 180, DECREE_2025 + ': 31-60% impairment')],
      }),
      ...byGroup('Monthly social allowance for a disability caused by war, group', {
        WarI: [placeholder('2025-01-01', 200, 'Not sourced'), placeholder('2025-07-01', 600, DECREE_2025 + ': war, 81-100% impairment')],
        WarII: [placeholder('2025-01-01', 200, 'Not sourced'), placeholder('2025-07-01', 500, DECREE_2025 + ': war, 61-80% impairment')],
        WarIII: [placeholder('2025-01-01', 200, 'Not sourced'), placeholder('2025-07-01', 400, DECREE_2025 + ': war, 31-60% impairment')],
      }),
      {
        name: 'amountChild',
        unit: 'AZN_PER_MONTH',
        description: 'Monthly social allowance for a child under 18 with a disability.',
        values: [placeholder('2025-01-01', 200, 'Not sourced')],
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
    parameters: [
      {
        name: 'amount',
        unit: 'AZN',
        description: 'One-time grant per child born.',
        values: [placeholder('2023-01-01', 400, 'Not sourced')],
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
        values: [law('2025-11-01', 140, 'Presidential decree, November 2025')],
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

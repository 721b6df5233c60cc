import { decideBirthGrant, type BirthCase } from './birth-grant.ts';
import { decideChildUnderOne, type ChildCase } from './child-under-one.ts';
import { decideDisability } from './disability.ts';
import { decideOldAgePension, type PersonCase } from './old-age-pension.ts';
import { decideSurvivorPension, type SurvivorCase } from './survivor-pension.ts';
import { decideTsa, type TsaCase, type TsaVariant } from './tsa.ts';
import type { RuleResult } from './types.ts';

/**
 * Every rule version the engine has ever had. A version governs decisions whose date falls in
 * [appliesFrom, appliesUntil) and was put into service on `releasedOn`; a corrected version
 * (`supersedes`) covers the same dates as the one it corrects and wins from its release on. Old
 * versions stay here for ever: a decision can be re-computed with the version that made it, and any
 * version can be re-run over a past period (see flows/rerun-corrections.ts).
 */
export interface RuleVersion {
  readonly id: string;
  readonly benefitCode: string;
  readonly appliesFrom: string;
  readonly appliesUntil: string | null;
  readonly releasedOn: string;
  readonly supersedes: string | null;
  readonly description: string;
}

const TSA_VARIANTS: Record<string, TsaVariant> = {
  'TSA@2017.1': { version: 'TSA@2017.1', incomeMonths: 12, includeApplicationMonth: false },
  'TSA@2020.1': { version: 'TSA@2020.1', incomeMonths: 12, includeApplicationMonth: true },
  'TSA@2020.2': { version: 'TSA@2020.2', incomeMonths: 12, includeApplicationMonth: false },
};

export const RULE_VERSIONS: readonly RuleVersion[] = [
  { id: 'TSA@2017.1', benefitCode: 'TSA', appliesFrom: '2017-01-01', appliesUntil: '2020-01-01', releasedOn: '2017-01-01', supersedes: null, description: 'TSA before the 2020 amendment: term 24 months (catalogue termMonths).' },
  {
    id: 'TSA@2020.1',
    benefitCode: 'TSA',
    appliesFrom: '2020-01-01',
    appliesUntil: null,
    releasedOn: '2020-01-01',
    supersedes: null,
    description: 'TSA after the 2020 amendment: term 12 months. Defect: averaged the 12 months ENDING WITH the application month instead of the 12 months before it.',
  },
  {
    id: 'TSA@2020.2',
    benefitCode: 'TSA',
    appliesFrom: '2020-01-01',
    appliesUntil: null,
    releasedOn: '2026-12-01',
    supersedes: 'TSA@2020.1',
    description: 'Corrects TSA@2020.1: income of the 12 months before the application month, as the law says.',
  },
  { id: 'OLD_AGE_PENSION@2024.1', benefitCode: 'OLD_AGE_PENSION', appliesFrom: '2024-01-01', appliesUntil: null, releasedOn: '2024-01-01', supersedes: null, description: 'Pension age and minimum insurance record; the minimum pension (placeholder amount).' },
  { id: 'DISABILITY_PENSION@2025.1', benefitCode: 'DISABILITY_PENSION', appliesFrom: '2025-01-01', appliesUntil: null, releasedOn: '2025-01-01', supersedes: null, description: 'Disability with an insurance record: flat disability pension (placeholder amount).' },
  { id: 'DISABILITY_ALLOWANCE@2025.1', benefitCode: 'DISABILITY_ALLOWANCE', appliesFrom: '2025-01-01', appliesUntil: null, releasedOn: '2025-01-01', supersedes: null, description: 'Disability without an insurance record: social allowance (placeholder amount).' },
  { id: 'SURVIVOR_PENSION@2025.1', benefitCode: 'SURVIVOR_PENSION', appliesFrom: '2025-01-01', appliesUntil: null, releasedOn: '2025-01-01', supersedes: null, description: 'Death of a breadwinner: pension to each child under 18 (placeholder amount).' },
  { id: 'BIRTH_GRANT@2023.1', benefitCode: 'BIRTH_GRANT', appliesFrom: '2023-01-01', appliesUntil: null, releasedOn: '2023-01-01', supersedes: null, description: 'One-time grant on a registered birth (placeholder amount).' },
  { id: 'CHILD_UNDER_ONE@2025.11', benefitCode: 'CHILD_UNDER_ONE', appliesFrom: '2025-11-01', appliesUntil: null, releasedOn: '2025-11-01', supersedes: null, description: 'Presidential decree of November 2025: 140 AZN a month for each child under one in a TSA family.' },
];

const byId = new Map(RULE_VERSIONS.map((v) => [v.id, v]));

export const findRuleVersion = (id: string): RuleVersion | undefined => byId.get(id);

export const getRuleVersion = (id: string): RuleVersion => {
  const version = byId.get(id);
  if (!version) throw new Error(`Unknown rule version "${id}"; known: ${RULE_VERSIONS.map((v) => v.id).join(', ')}.`);
  return version;
};

/**
 * The version that governs a decision of `benefitCode` dated `on`, among those released by
 * `releasedBy` (default: every version): the latest released that covers the date, so a corrected
 * version replaces the one it corrects. Undefined when no version covers the date (the benefit did
 * not exist yet).
 */
export const ruleVersionOn = (benefitCode: string, on: string, releasedBy = '9999-12-31'): RuleVersion | undefined =>
  RULE_VERSIONS.filter((v) => v.benefitCode === benefitCode && v.appliesFrom <= on && (v.appliesUntil === null || on < v.appliesUntil) && v.releasedOn <= releasedBy)
    .sort((a, b) => a.releasedOn.localeCompare(b.releasedOn))
    .at(-1);

const pick = (benefitCode: string, on: string, id: string | undefined): RuleVersion | undefined => {
  if (id === undefined) return ruleVersionOn(benefitCode, on);
  const version = getRuleVersion(id);
  if (version.benefitCode !== benefitCode) throw new Error(`Rule version ${id} is not a version of ${benefitCode}.`);
  return version;
};

/**
 * The engine's entry points: each picks the version in force on the decision date (or runs the one
 * named, for re-runs) and returns undefined when the benefit did not exist on that date.
 */
export const rules = {
  tsa(input: TsaCase, versionId?: string): RuleResult | undefined {
    const version = pick('TSA', input.applicationDate, versionId);
    const variant = version && TSA_VARIANTS[version.id];
    return variant ? decideTsa(variant, input) : undefined;
  },
  oldAgePension(input: PersonCase, on: string, versionId?: string): RuleResult | undefined {
    const version = pick('OLD_AGE_PENSION', on, versionId);
    return version && decideOldAgePension(version.id, input, on);
  },
  disability(input: PersonCase, on: string): RuleResult | undefined {
    const pension = ruleVersionOn('DISABILITY_PENSION', on);
    const allowance = ruleVersionOn('DISABILITY_ALLOWANCE', on);
    return pension && allowance ? decideDisability({ pension: pension.id, allowance: allowance.id }, input, on) : undefined;
  },
  survivorPension(input: SurvivorCase, versionId?: string): RuleResult | undefined {
    const version = input.deceased.deathDate ? pick('SURVIVOR_PENSION', input.deceased.deathDate, versionId) : undefined;
    return version && decideSurvivorPension(version.id, input);
  },
  birthGrant(input: BirthCase, on: string, versionId?: string): RuleResult | undefined {
    const version = pick('BIRTH_GRANT', input.birthDate, versionId);
    return version && decideBirthGrant(version.id, input, on);
  },
  childUnderOne(input: ChildCase, on: string, versionId?: string): RuleResult | undefined {
    const version = pick('CHILD_UNDER_ONE', on, versionId);
    return version && decideChildUnderOne(version.id, input, on);
  },
};

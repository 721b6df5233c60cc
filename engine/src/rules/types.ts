import type { FactKind } from '@usr/shared';

/**
 * What a rule reads and what it returns. Rules are pure: everything they need arrives here, as the
 * registry knew it at decision time (facts carry their id and `recordedAt`), so a decision can be
 * re-computed exactly, and a re-run with today's knowledge shows what changed.
 */
export interface RuleFact {
  readonly id: string;
  readonly kind: FactKind;
  readonly subjectPin: string;
  /** The fact's typed value as JSON (amounts are numbers). */
  readonly value: Readonly<Record<string, unknown>>;
  readonly validFrom: string;
  readonly validTo: string | null;
  readonly recordedAt: string;
  /** Declared by the person (a reported change), not supplied by an agency: it never raises an amount. */
  readonly selfDeclared?: boolean;
}

export interface RulePerson {
  readonly pin: string;
  readonly birthDate: string;
  readonly deathDate: string | null;
}

/** A member of a household on the decision date, with the facts about them. */
export interface RuleMember {
  readonly person: RulePerson;
  readonly relation: string;
  readonly facts: readonly RuleFact[];
}

export type Outcome = 'GRANTED' | 'REFUSED';

/** One step of the computation: `code` + `values` feed the plain-language templates (az/ru/en). */
export interface RuleStep {
  readonly code: string;
  readonly description: string;
  readonly formula: string | null;
  readonly result: string;
  readonly values: Readonly<Record<string, string>>;
}

/** An input the rule read, as recorded with the decision. */
export interface RuleInputRecord {
  readonly factId: string | null;
  readonly kind: string;
  readonly subjectPin: string | null;
  readonly summary: string;
  /** The figures the summary says, for the reader's language (catalogue `input.<KIND>`, INPUT_TEXTS). */
  readonly values?: Readonly<Record<string, string>>;
  readonly recordedAt: string | null;
}

/** A parameter value the rule used, with the date it took effect. */
export interface UsedParameter {
  readonly name: string;
  readonly value: string;
  readonly effectiveFrom: string;
  /** The registry's parameter version it was read from (absent when read from the catalogue). */
  readonly versionId?: string;
}

/** The period an assignment is made for; `to` null for an open-ended one (a pension). */
export interface AssignmentPeriod {
  readonly from: string;
  readonly to: string | null;
}

export interface RuleResult<Reason extends string = string> {
  readonly benefitCode: string;
  readonly ruleVersion: string;
  readonly outcome: Outcome;
  /** Why: one of the codes the rule module declares (its `*_REASON_CODES`). */
  readonly reasonCode: Reason;
  /** The day the outcome takes effect. */
  readonly effectiveDate: string;
  /** Money as a decimal string with two digits, or null (refused, one-time benefit). */
  readonly monthlyAmount: string | null;
  readonly oneTimeAmount: string | null;
  /** What to assign when granted (null when refused). */
  readonly period: AssignmentPeriod | null;
  readonly steps: readonly RuleStep[];
  readonly inputs: readonly RuleInputRecord[];
  readonly parameters: readonly UsedParameter[];
}

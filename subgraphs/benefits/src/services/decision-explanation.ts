import { explainStep, findBenefitType, findTranslation, isUuid, parameterOn, summariseDecision, type Language, type RuleParameter } from '@usr/shared';
import type { Decision } from '../entities/decision.ts';
import {
  parseDecisionInputs,
  parseExplanationSteps,
  parseUsedParameters,
  MalformedDecisionRecordError,
  type UsedParameterRecord,
} from '../domain/decision-record.ts';
import { withValue, type RuleParameterValue } from './catalogue-service.ts';
import type { PersonReference } from '@usr/shared';

/**
 * Turns a decision's own record (inputs, steps, parameters) into its explanation. Only what the
 * decision recorded is shown: nothing is recomputed from today's catalogue or today's facts.
 */

type ParameterRecord = Exclude<UsedParameterRecord, number>;

/** A reference to an agency fact, resolved by the agency-facts subgraph. */
export interface FactReference {
  readonly id: string;
}

export interface ExplainedInput {
  readonly factId: string | null;
  /** The fact as an entity reference; null when the input is no fact, or its id is not a fact id (a UUID). */
  readonly fact: FactReference | null;
  readonly kind: string;
  readonly subject: PersonReference | null;
  readonly summary: string;
  /** The summary's figures for the reader's language, when the rule recorded them. */
  readonly values: Readonly<Record<string, string>> | null;
  readonly recordedAt: string | null;
}

export interface ExplainedStep {
  readonly position: number;
  readonly code: string | null;
  readonly values: Readonly<Record<string, string>>;
  readonly description: string;
  readonly formula: string | null;
  readonly result: string;
}

/** A compact one-line rendering of a recorded value, for inputs recorded without a summary. */
const summarise = (value: unknown): string => {
  if (value === null || typeof value !== 'object') return String(value);
  if (Array.isArray(value)) return value.map(summarise).join(', ');
  return Object.entries(value)
    .map(([key, v]) => `${key}: ${summarise(v)}`)
    .join(', ');
};

export const decisionInputs = (decision: Decision): ExplainedInput[] =>
  parseDecisionInputs(decision.inputs).map((input) => ({
    factId: input.factId ?? null,
    fact: input.factId && isUuid(input.factId) ? { id: input.factId.toLowerCase() } : null,
    kind: input.kind,
    subject: input.subjectPin ? { pin: input.subjectPin } : null,
    summary: input.summary ?? summarise(input.value),
    values: input.values ?? null,
    recordedAt: input.recordedAt ?? null,
  }));

export const explanationSteps = (decision: Decision): ExplainedStep[] =>
  parseExplanationSteps(decision.steps).map((step, index) => ({
    position: index + 1,
    code: step.code ?? null,
    values: step.values ?? {},
    description: step.description,
    formula: step.formula ?? null,
    result: String(step.result),
  }));

/** The catalogue value a recorded parameter was taken from, if the rule really took it from there. */
const catalogueValue = (parameter: RuleParameter | undefined, record: ParameterRecord, decision: Decision) => {
  if (!parameter) return undefined;
  const value = record.effectiveFrom
    ? parameter.values.find((v) => v.from === record.effectiveFrom)
    : parameterOn(parameter, decision.effectiveDate);
  return value && value.value === record.value ? withValue(parameter, value) : undefined;
};

/**
 * One used parameter: the recorded value wins; unit, description and legal basis come from the
 * record when it has them, else from the catalogue value it was taken from.
 */
const usedParameter = (name: string, recorded: UsedParameterRecord, parameter: RuleParameter | undefined, decision: Decision): RuleParameterValue => {
  const record: ParameterRecord = typeof recorded === 'number' ? { value: recorded } : recorded;
  const catalogued = catalogueValue(parameter, record, decision);
  const unit = record.unit ?? parameter?.unit;
  // A rule can only have used a parameter whose unit is known; anything else is a broken record.
  if (!unit) throw new MalformedDecisionRecordError(`parameters.${name}: unit unknown`);
  return {
    name,
    unit,
    description: record.description ?? parameter?.description ?? name,
    value: record.value,
    effectiveFrom: record.effectiveFrom ?? catalogued?.effectiveFrom ?? decision.effectiveDate,
    sourced: record.sourced ?? catalogued?.sourced ?? false,
    legalBasis: record.legalBasis ?? catalogued?.legalBasis ?? 'As recorded with the decision; not in the catalogue.',
    // A basis written into the record by its writer is not structured: only a catalogued value's is.
    basis: record.legalBasis === undefined ? (catalogued?.basis ?? null) : null,
    versionId: record.versionId ?? null,
  };
};

/** The parameters the decision used, in catalogue order, then any the catalogue does not describe. */
export const usedParameters = (decision: Decision): RuleParameterValue[] => {
  const recorded = parseUsedParameters(decision.parameters);
  const catalogue = findBenefitType(decision.benefitCode)?.parameters ?? [];
  const order = new Map(catalogue.map((parameter, index) => [parameter.name, index]));
  return Object.entries(recorded)
    .sort(([a], [b]) => (order.get(a) ?? order.size) - (order.get(b) ?? order.size))
    .map(([name, value]) => usedParameter(name, value, catalogue.find((p) => p.name === name) ?? otherBenefitsParameter(name), decision));
};

/** A parameter of another benefit a rule read, recorded as `CODE.name` (TSA reads OLD_AGE_PENSION.pensionAge). */
const otherBenefitsParameter = (qualified: string): RuleParameter | undefined => {
  const dot = qualified.indexOf('.');
  if (dot <= 0) return undefined;
  return findBenefitType(qualified.slice(0, dot))?.parameters.find((p) => p.name === qualified.slice(dot + 1));
};

/** The step in plain language (explanations.ts); the description when it has no template. */
export const plainStep = (step: ExplainedStep, language: Language): string => explainStep(step, language);

/** An input's value in the reader's language (catalogue `input.<text>`); the recorded words otherwise. */
export const inputSummary = (input: Pick<ExplainedInput, 'summary' | 'values'>, language: Language): string => {
  const text = input.values?.['text'];
  const said = text ? findTranslation(language, `input.${text}`, input.values ?? {}) : undefined;
  if (said === undefined) return input.summary;
  return input.values?.['selfDeclared'] === 'true' ? (findTranslation(language, 'input.SELF_DECLARED', { summary: said }) ?? input.summary) : said;
};

/** The decision in one plain sentence. */
export const decisionSummary = (decision: Decision, language: Language): string =>
  summariseDecision(
    {
      benefitCode: decision.benefitCode,
      outcome: decision.outcome,
      reasonCode: decision.reasonCode,
      effectiveDate: isoDay(decision.effectiveDate),
      monthlyAmount: decision.monthlyAmount === null || decision.monthlyAmount === undefined ? null : Number(decision.monthlyAmount).toFixed(2),
      oneTimeAmount: decision.oneTimeAmount === null || decision.oneTimeAmount === undefined ? null : Number(decision.oneTimeAmount).toFixed(2),
    },
    language,
  );

/** Stored dates come back as `YYYY-MM-DD` strings; a Date (UTC) is taken defensively. */
const isoDay = (value: string | Date): string => (value instanceof Date ? value.toISOString().slice(0, 10) : value.slice(0, 10));

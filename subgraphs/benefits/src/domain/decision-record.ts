import { z } from 'zod';
import { PIN_PATTERN, isIsoDate, type RuleParameter } from '@usr/shared';

/**
 * The contract of a decision's own record: the three jsonb columns of benefits.decision. Whoever
 * writes decisions (the decision engine, the population generator) writes these shapes; this
 * subgraph parses them before serving, so a malformed record fails loudly instead of being shown
 * half right.
 *
 *   inputs:     [{ factId?, kind, subjectPin?, summary? | value?, recordedAt? }, ...]
 *   steps:      [{ code?, description, formula?, result, values? }, ...]  (in computation order)
 *   parameters: { "<name>": 285 | { value, effectiveFrom?, unit?, description?, sourced?, legalBasis?, versionId? } }
 */

const isoDate = z.string().refine(isIsoDate, 'expected a date YYYY-MM-DD');
const instant = z.iso.datetime({ offset: true });

/** A step's plain-language template values (shared/src/domain/explanations.ts): names to strings. */
export const stepValues = z.record(z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,39}$/), z.string().max(200)).refine((v) => Object.keys(v).length <= 30, 'at most 30 values');

export const decisionInputRecord = z
  .object({
    /** Id of the agency fact read; absent for inputs that are not facts (household size, ...). */
    factId: z.string().min(1).max(100).nullish(),
    kind: z.string().min(1).max(60),
    subjectPin: z.string().regex(PIN_PATTERN).nullish(),
    /** The value as the rule used it, in words; when absent, `value` is summarised instead. */
    summary: z.string().min(1).max(500).optional(),
    value: z.json().optional(),
    /** The summary's figures for the reader's language (catalogue `input.<text>`). */
    values: stepValues.optional(),
    /** When the registry received the fact. */
    recordedAt: instant.nullish(),
  })
  .refine((input) => input.summary !== undefined || input.value !== undefined, 'give summary or value');


export const explanationStepRecord = z.object({
  /** The plain-language template of the step, when it has one. */
  code: z.string().regex(/^[A-Z][A-Z0-9_]{0,59}$/).nullish(),
  description: z.string().min(1).max(500),
  formula: z.string().max(500).nullish(),
  result: z.union([z.string(), z.number(), z.boolean()]),
  values: stepValues.nullish(),
});

const UNITS = ['AZN_PER_PERSON_MONTH', 'AZN_PER_MONTH', 'AZN', 'MONTHS', 'YEARS', 'DAYS', 'WORKING_DAYS', 'SHARE'] as const satisfies readonly RuleParameter['unit'][];
const parameterUnit = z.enum(UNITS);

export const usedParameterRecord = z.union([
  z.number(),
  z.object({
    value: z.number(),
    effectiveFrom: isoDate.optional(),
    // Only needed for a parameter the catalogue does not (or no longer) describe.
    unit: parameterUnit.optional(),
    description: z.string().max(500).optional(),
    sourced: z.boolean().optional(),
    legalBasis: z.string().max(500).optional(),
    /** The parameter version (benefits.parameter_version) the engine read it from. */
    versionId: z.uuid().optional(),
  }),
]);

const decisionInputs = z.array(decisionInputRecord);
const explanationSteps = z.array(explanationStepRecord);
const usedParameters = z.record(z.string().min(1).max(60), usedParameterRecord);

export type DecisionInputRecord = z.input<typeof decisionInputRecord>;
export type ExplanationStepRecord = z.input<typeof explanationStepRecord>;
export type UsedParameterRecord = z.input<typeof usedParameterRecord>;

/** A decision record that does not follow the contract: a fault of the writer, never of the caller. */
export class MalformedDecisionRecordError extends Error {
  /** `where`: paths and rules only; the record's values are personal data and stay out of messages. */
  constructor(where: string) {
    super(`Malformed decision record: ${where}`);
    this.name = 'MalformedDecisionRecordError';
  }
}

const parseColumn = <S extends z.ZodType>(schema: S, column: string, value: unknown): z.output<S> => {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new MalformedDecisionRecordError(parsed.error.issues.map((i) => `${[column, ...i.path.map(String)].join('.')}: ${i.message}`).join('; '));
};

export const parseDecisionInputs = (value: unknown) => parseColumn(decisionInputs, 'inputs', value);
export const parseExplanationSteps = (value: unknown) => parseColumn(explanationSteps, 'steps', value);
export const parseUsedParameters = (value: unknown) => parseColumn(usedParameters, 'parameters', value);

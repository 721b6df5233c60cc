import { badUserInput, findBenefitType, isUuid, isValidPin } from '@usr/shared';
import type { RecordDecisionInput } from '../generated/resolvers-types.ts';
import { decisionInputRecord, explanationStepRecord, stepValues } from './decision-record.ts';

/**
 * `recordDecision`'s input, checked: every rule names the field it breaks, never the value (inputs
 * carry personal data). What comes out is the row to write, in the shapes of decision-record.ts.
 */

const CODE = /^[A-Z][A-Z0-9_]{0,59}$/;
const MAX_INPUTS = 1000;
const MAX_STEPS = 200;
const MAX_KEY = 200;

export interface CheckedAssignment {
  readonly beneficiaryPin: string;
  readonly householdId: string | null;
  readonly periodFrom: string;
  readonly periodTo: string | null;
  readonly monthlyAmount: string;
}

export interface CheckedDecision {
  readonly idempotencyKey: string;
  readonly benefitCode: string;
  readonly subjectPin: string;
  readonly householdId: string | null;
  readonly applicationId: string | null;
  readonly effectiveDate: string;
  readonly outcome: 'GRANTED' | 'REFUSED';
  readonly monthlyAmount: string | null;
  readonly oneTimeAmount: string | null;
  readonly ruleVersion: string;
  readonly reasonCode: string;
  readonly inputs: unknown[];
  readonly steps: unknown[];
  readonly parameters: Record<string, unknown>;
  readonly replacesId: string | null;
  readonly assignment: CheckedAssignment | null;
}

const pin = (value: string, field: string): string => {
  if (!isValidPin(value)) throw badUserInput(field, 'a PIN is 7 digits and capital letters, without I and O');
  return value;
};

const uuid = (value: string | null | undefined, field: string): string | null => {
  if (value === null || value === undefined) return null;
  if (!isUuid(value)) throw badUserInput(field, 'expected a UUID');
  return value.toLowerCase();
};

const text = (value: string, field: string, max: number): string => {
  if (value.trim().length === 0 || value.length > max) throw badUserInput(field, `must be 1 to ${max} characters and not blank`);
  return value;
};

const amount = (value: string | null | undefined, field: string): string | null => {
  if (value === null || value === undefined) return null;
  if (Number(value) < 0) throw badUserInput(field, 'must not be negative');
  return value;
};

/** Drops keys whose value is undefined or null, so the stored record has only what was given. */
const defined = (record: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined && v !== null));

const checkAssignment = (input: NonNullable<RecordDecisionInput['assignment']>): CheckedAssignment => {
  const periodTo = input.periodTo ?? null;
  if (periodTo !== null && periodTo < input.periodFrom) throw badUserInput('input.assignment.periodTo', 'must not be before periodFrom');
  const monthly = amount(input.monthlyAmount, 'input.assignment.monthlyAmount') ?? '0.00';
  return {
    beneficiaryPin: pin(input.beneficiaryPin, 'input.assignment.beneficiaryPin'),
    householdId: uuid(input.householdId, 'input.assignment.householdId'),
    periodFrom: input.periodFrom,
    periodTo,
    monthlyAmount: monthly,
  };
};

export const checkDecisionInput = (input: RecordDecisionInput): CheckedDecision => {
  const idempotencyKey = text(input.idempotencyKey, 'input.idempotencyKey', MAX_KEY);
  if (!findBenefitType(input.benefitCode)) throw badUserInput('input.benefitCode', 'not a benefit of the catalogue');
  if (!CODE.test(input.reasonCode)) throw badUserInput('input.reasonCode', 'capital letters, digits and underscores, at most 60');
  const monthlyAmount = amount(input.monthlyAmount, 'input.monthlyAmount');
  const oneTimeAmount = amount(input.oneTimeAmount, 'input.oneTimeAmount');
  if (input.outcome === 'REFUSED') {
    if (monthlyAmount !== null) throw badUserInput('input.monthlyAmount', 'a refusal has no amount');
    if (oneTimeAmount !== null) throw badUserInput('input.oneTimeAmount', 'a refusal has no amount');
    if (input.assignment) throw badUserInput('input.assignment', 'a refusal makes no assignment');
  } else if (monthlyAmount === null && oneTimeAmount === null) {
    throw badUserInput('input.monthlyAmount', 'a grant needs a monthly or a one-time amount');
  }
  if (input.inputs.length > MAX_INPUTS) throw badUserInput('input.inputs', `at most ${MAX_INPUTS}`);
  if (input.steps.length > MAX_STEPS) throw badUserInput('input.steps', `at most ${MAX_STEPS}`);

  const inputs = input.inputs.map((item, index) => {
    const record = defined({
      factId: item.factId,
      kind: item.kind,
      subjectPin: item.subjectPin,
      summary: item.summary,
      values: item.values ?? undefined,
      recordedAt: item.recordedAt === null || item.recordedAt === undefined ? undefined : new Date(item.recordedAt).toISOString(),
    });
    if (!decisionInputRecord.safeParse(record).success) throw badUserInput(`input.inputs.${index}`, 'kind 1-60 characters, summary 1-500, a valid subjectPin, factId at most 100, values a JSON object of at most 30 strings');
    return record;
  });
  const steps = input.steps.map((step, index) => {
    if (step.values !== null && step.values !== undefined && !stepValues.safeParse(step.values).success)
      throw badUserInput(`input.steps.${index}.values`, 'a JSON object of at most 30 strings (200 characters each), names of letters, digits and underscores');
    const record = defined({ code: step.code, description: step.description, formula: step.formula, result: step.result, values: step.values });
    if (!explanationStepRecord.safeParse(record).success) throw badUserInput(`input.steps.${index}`, 'code of capital letters, digits and underscores; description 1-500 characters; formula at most 500');
    return record;
  });
  const parameters: Record<string, unknown> = {};
  for (const [index, parameter] of input.parameters.entries()) {
    if (parameter.name.length === 0 || parameter.name.length > 60) throw badUserInput(`input.parameters.${index}.name`, 'must be 1 to 60 characters');
    if (parameter.name in parameters) throw badUserInput(`input.parameters.${index}.name`, 'names must be unique');
    if (!Number.isFinite(parameter.value)) throw badUserInput(`input.parameters.${index}.value`, 'must be a finite number');
    if (parameter.versionId != null && !isUuid(parameter.versionId)) throw badUserInput(`input.parameters.${index}.versionId`, 'must be a UUID');
    parameters[parameter.name] = defined({ value: parameter.value, effectiveFrom: parameter.effectiveFrom, versionId: parameter.versionId });
  }

  return {
    idempotencyKey,
    benefitCode: input.benefitCode,
    subjectPin: pin(input.subjectPin, 'input.subjectPin'),
    householdId: uuid(input.householdId, 'input.householdId'),
    applicationId: uuid(input.applicationId, 'input.applicationId'),
    effectiveDate: input.effectiveDate,
    outcome: input.outcome,
    monthlyAmount,
    oneTimeAmount,
    ruleVersion: text(input.ruleVersion, 'input.ruleVersion', 40),
    reasonCode: input.reasonCode,
    inputs,
    steps,
    parameters,
    replacesId: uuid(input.replacesId, 'input.replacesId'),
    assignment: input.assignment ? checkAssignment(input.assignment) : null,
  };
};

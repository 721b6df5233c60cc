import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const DECISION_OUTCOMES = ['GRANTED', 'REFUSED'] as const;

/**
 * An immutable decision (benefits.decision). `parameters`, `inputs` and `steps` are the decision's
 * own record of what it used, kept as the rule wrote them; `domain/decision-record.ts` is their
 * contract and parses them before they are served. Links are plain ids (see application.ts).
 */
export const DecisionSchema = defineEntity({
  name: 'Decision',
  tableName: 'decision',
  properties: {
    id: p.uuid().primary(),
    benefitCode: p.string().length(40),
    subjectPin: p.string().length(7).columnType('char(7)'),
    householdId: p.uuid().nullable(),
    applicationId: p.uuid().nullable(),
    decidedAt: p.datetime().onCreate(() => new Date()),
    effectiveDate: p.date(),
    outcome: p.enum(DECISION_OUTCOMES).length(8),
    monthlyAmount: p.decimal().precision(12).scale(2).nullable(),
    ruleVersion: p.string().length(40),
    reasonCode: p.string().length(60),
    parameters: p.json<unknown>().columnType('jsonb'),
    inputs: p.json<unknown>().columnType('jsonb'),
    steps: p.json<unknown>().columnType('jsonb'),
    replacesId: p.uuid().nullable(),
    /** The amount of a one-time benefit (a grant); null otherwise. */
    oneTimeAmount: p.decimal().precision(12).scale(2).nullable(),
    /** The recorder's key (`recordDecision`): the same key never records a second decision. */
    idempotencyKey: p.string().length(200).nullable().unique(),
  },
});

export type Decision = InferEntity<typeof DecisionSchema>;

import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const DECISION_LOG_ENTRY_TYPES = [
  'DECISION',
  'ASSIGNMENT',
  'ASSIGNMENT_ENDED',
  // Rule parameters (issue #15): a catalogue value seeded, a change set drafted, approved or rejected.
  'PARAMETER_SEEDED',
  'PARAMETER_DRAFTED',
  'PARAMETER_APPROVED',
  'PARAMETER_REJECTED',
] as const;

/**
 * One entry of the hash-chained, append-only decision log (benefits.decision_log): a decision, an
 * assignment or an assignment's end, as written, in the order written. The database refuses
 * UPDATE, DELETE and TRUNCATE; `domain/decision-log-chain.ts` says what each hash covers.
 */
export const DecisionLogEntrySchema = defineEntity({
  name: 'DecisionLogEntry',
  tableName: 'decision_log',
  properties: {
    seq: p.bigint('string').primary(),
    at: p.datetime(),
    entryType: p.enum(DECISION_LOG_ENTRY_TYPES).length(20),
    recordId: p.uuid(),
    payload: p.json<unknown>().columnType('jsonb'),
    prevHash: p.string().columnType('char(64)'),
    hash: p.string().columnType('char(64)').unique(),
  },
});

export type DecisionLogEntry = InferEntity<typeof DecisionLogEntrySchema>;

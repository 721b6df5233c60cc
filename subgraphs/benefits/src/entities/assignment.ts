import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const ASSIGNMENT_STATUSES = ['ACTIVE', 'SUSPENDED', 'ENDED'] as const;

/** A benefit being paid to a person for a period (benefits.assignment). Links are plain ids (see application.ts). */
export const AssignmentSchema = defineEntity({
  name: 'Assignment',
  tableName: 'assignment',
  properties: {
    id: p.uuid().primary(),
    decisionId: p.uuid(),
    benefitCode: p.string().length(40),
    beneficiaryPin: p.string().length(7).columnType('char(7)'),
    householdId: p.uuid().nullable(),
    periodFrom: p.date(),
    periodTo: p.date().nullable(),
    monthlyAmount: p.decimal().precision(12).scale(2),
    status: p.enum(ASSIGNMENT_STATUSES).length(10),
    endedReason: p.string().length(60).nullable(),
  },
});

export type Assignment = InferEntity<typeof AssignmentSchema>;

import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const APPLICATION_STATUSES = ['SUBMITTED', 'DECIDED', 'WITHDRAWN'] as const;

/**
 * An application for a benefit made for a household (benefits.application). Links to other rows are
 * plain ids, not ORM relations: resolvers follow them through per-request DataLoaders, so a list of
 * N applications costs one query per link, never N lazy loads.
 */
export const ApplicationSchema = defineEntity({
  name: 'Application',
  tableName: 'application',
  properties: {
    id: p.uuid().primary(),
    benefitCode: p.string().length(40),
    householdId: p.uuid(),
    applicantPin: p.string().length(7).columnType('char(7)'),
    submittedAt: p.datetime().onCreate(() => new Date()),
    deadline: p.date(),
    status: p.enum(APPLICATION_STATUSES).length(12),
    decisionId: p.uuid().nullable(),
    idempotencyKey: p.string().length(100).nullable().unique(),
    withdrawnAt: p.datetime().nullable(),
  },
});

export type Application = InferEntity<typeof ApplicationSchema>;

import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const CHANGE_REVIEW_STATUSES = ['OPEN', 'CONFIRMED', 'ACCEPTED', 'REJECTED'] as const;
export type ChangeReviewStatus = (typeof CHANGE_REVIEW_STATUSES)[number];

/**
 * A review item (benefits.change_review): a self-declared change that would raise the amount of
 * the decision `decisionId`, waiting for an agency fact or an officer. One per decision in force
 * (`idempotencyKey` is the engine's). `regionCode` is the household's, for the caseworkers' queue.
 */
export const ChangeReviewSchema = defineEntity({
  name: 'ChangeReview',
  tableName: 'change_review',
  properties: {
    id: p.uuid().primary(),
    idempotencyKey: p.string().length(100).unique(),
    benefitCode: p.string().length(40),
    subjectPin: p.string().length(7).columnType('char(7)'),
    householdId: p.uuid().nullable(),
    regionCode: p.string().length(40),
    decisionId: p.uuid(),
    factIds: p.json<string[]>().columnType('jsonb'),
    currentAmount: p.decimal().precision(12).scale(2),
    declaredAmount: p.decimal().precision(12).scale(2),
    deadline: p.date(),
    status: p.enum(CHANGE_REVIEW_STATUSES).length(10),
    openedAt: p.datetime(),
    closedAt: p.datetime().nullable(),
    /** The Keycloak subject of the officer who closed it (never shown to citizens). */
    closedBy: p.string().length(100).nullable(),
    reason: p.string().length(1000).nullable(),
  },
});

export type ChangeReview = InferEntity<typeof ChangeReviewSchema>;

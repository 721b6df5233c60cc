import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const APPEAL_STATUSES = ['FILED', 'REDECIDED', 'IN_REVIEW', 'UPHELD', 'REFERRED', 'SETTLED'] as const;
export const APPEAL_EVENT_KINDS = ['FILED', 'REDECIDED', 'SENT_TO_REVIEW', 'PURSUED', 'UPHELD', 'REFERRED', 'SETTLED'] as const;
export const APPEAL_ACTORS = ['CITIZEN', 'ENGINE', 'APPEALS_OFFICER'] as const;

export type AppealStatus = (typeof APPEAL_STATUSES)[number];
export type AppealEventKind = (typeof APPEAL_EVENT_KINDS)[number];
export type AppealActor = (typeof APPEAL_ACTORS)[number];

/**
 * A citizen's appeal of a decision (benefits.appeal): one per decision. `decisionId` is the decision
 * appealed, `currentDecisionId` the one now in force in its place (a re-decision moves it along the
 * `replaces` chain). `subjectPin` is the appealed decision's subject, copied so that record rules
 * need no join. Links are plain ids (see application.ts).
 */
export const AppealSchema = defineEntity({
  name: 'Appeal',
  tableName: 'appeal',
  properties: {
    id: p.uuid().primary(),
    decisionId: p.uuid().unique(),
    currentDecisionId: p.uuid(),
    benefitCode: p.string().length(40),
    subjectPin: p.string().length(7).columnType('char(7)'),
    appellantPin: p.string().length(7).columnType('char(7)'),
    reason: p.string().length(1000),
    disputedFactIds: p.json<string[]>().columnType('jsonb'),
    status: p.enum(APPEAL_STATUSES).length(12),
    filedAt: p.datetime(),
    appealDeadline: p.date(),
    reviewDeadline: p.date().nullable(),
    idempotencyKey: p.string().length(100).nullable().unique(),
  },
});

export type Appeal = InferEntity<typeof AppealSchema>;

/** One step of an appeal's timeline (benefits.appeal_event), append-only. */
export const AppealEventSchema = defineEntity({
  name: 'AppealEvent',
  tableName: 'appeal_event',
  properties: {
    id: p.uuid().primary(),
    appealId: p.uuid(),
    kind: p.enum(APPEAL_EVENT_KINDS).length(16),
    at: p.datetime(),
    actor: p.enum(APPEAL_ACTORS).length(16),
    /** The Keycloak subject of the official who acted (never shown to citizens). */
    actorSubject: p.string().length(100).nullable(),
    decisionId: p.uuid().nullable(),
    factId: p.uuid().nullable(),
    reason: p.string().length(1000).nullable(),
  },
});

export type AppealEvent = InferEntity<typeof AppealEventSchema>;

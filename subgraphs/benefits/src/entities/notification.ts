import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const NOTIFICATION_STATUSES = ['QUEUED', 'SENT', 'FAILED'] as const;
export const NOTIFICATION_LANGUAGES = ['az', 'ru', 'en'] as const;

/**
 * A message to a person (an SMS), in the outbox (benefits.notification): queued by the decision
 * engine with its text already rendered, sent by the engine's notifications.send worker, which
 * marks it SENT or FAILED. `lastError` is a provider's error code only, never a message text.
 */
export const NotificationSchema = defineEntity({
  name: 'Notification',
  tableName: 'notification',
  properties: {
    id: p.uuid().primary(),
    idempotencyKey: p.string().length(200).unique(),
    recipientPin: p.string().length(7).columnType('char(7)'),
    decisionId: p.uuid().nullable(),
    /** The benefit it tells about (its rule applies to the message: a health benefit's SMS is health data). */
    benefitCode: p.string().length(40).nullable(),
    language: p.enum(NOTIFICATION_LANGUAGES).length(2),
    template: p.string().length(60),
    text: p.string().length(1000),
    status: p.enum(NOTIFICATION_STATUSES).length(8),
    attempts: p.integer(),
    providerMessageId: p.string().length(200).nullable(),
    queuedAt: p.datetime(),
    sentAt: p.datetime().nullable(),
    lastError: p.string().length(60).nullable(),
  },
});

export type Notification = InferEntity<typeof NotificationSchema>;

import type { EntityManager } from '@mikro-orm/postgresql';
import { NotificationSchema, type Notification } from '../entities/notification.ts';

/** SQL access to benefits.notification; no rules here (see notification-service.ts). */

const mapRows = (em: EntityManager, rows: Record<string, unknown>[]): Notification[] => rows.map((row) => em.map(NotificationSchema, row));

export const findNotificationsByIds = (em: EntityManager, ids: readonly string[]): Promise<Notification[]> =>
  em.find(NotificationSchema, { id: { $in: [...ids] } });

/** Newest first. */
export const findNotificationsByRecipients = (em: EntityManager, pins: readonly string[]): Promise<Notification[]> =>
  em.find(NotificationSchema, { recipientPin: { $in: [...pins] } }, { orderBy: { queuedAt: 'desc', id: 'asc' } });

export const findNotificationByKey = async (em: EntityManager, key: string): Promise<Notification | undefined> =>
  (await em.find(NotificationSchema, { idempotencyKey: key }, { limit: 1 }))[0];

export interface NewNotification {
  readonly id: string;
  readonly idempotencyKey: string;
  readonly recipientPin: string;
  readonly decisionId: string | null;
  readonly benefitCode: string | null;
  readonly language: Notification['language'];
  readonly template: string;
  readonly text: string;
}

/** Queues the notification; undefined when its key is taken (a concurrent replay won). */
export const insertNotification = async (em: EntityManager, n: NewNotification): Promise<Notification | undefined> => {
  const rows = await em.execute<Record<string, unknown>[]>(
    `insert into benefits.notification (id, idempotency_key, recipient_pin, decision_id, benefit_code, language, template, text, status, attempts, queued_at)
     values (?::uuid, ?, ?, ?::uuid, ?, ?, ?, ?, 'QUEUED', 0, now())
     on conflict (idempotency_key) do nothing
     returning *`,
    [n.id, n.idempotencyKey, n.recipientPin, n.decisionId, n.benefitCode, n.language, n.template, n.text],
  );
  return mapRows(em, rows)[0];
};

/** QUEUED or FAILED → SENT in one statement; undefined when it is SENT already (or missing). */
export const markSent = async (em: EntityManager, id: string, providerMessageId: string): Promise<Notification | undefined> =>
  mapRows(
    em,
    await em.execute<Record<string, unknown>[]>(
      `update benefits.notification set status = 'SENT', provider_message_id = ?, sent_at = now(), attempts = attempts + 1, last_error = null
       where id = ?::uuid and status <> 'SENT' returning *`,
      [providerMessageId, id],
    ),
  )[0];

/** QUEUED → FAILED in one statement; undefined when it is SENT or FAILED already (or missing). */
export const markFailed = async (em: EntityManager, id: string, errorCode: string): Promise<Notification | undefined> =>
  mapRows(
    em,
    await em.execute<Record<string, unknown>[]>(
      `update benefits.notification set status = 'FAILED', attempts = attempts + 1, last_error = ?
       where id = ?::uuid and status = 'QUEUED' returning *`,
      [errorCode, id],
    ),
  )[0];

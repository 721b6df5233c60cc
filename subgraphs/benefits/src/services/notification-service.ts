import { randomUUID } from 'node:crypto';
import { assertMayReadPersonalData, assertUuid, badUserInput, enqueueJobs, findBenefitType, isValidPin, notFound, QUEUES } from '@usr/shared';
import type { BenefitsContext } from '../context.ts';
import type { Notification } from '../entities/notification.ts';
import { findDecisionBenefit } from './decision-store.ts';
import { findNotificationByKey, findNotificationsByIds, insertNotification, markFailed, markSent } from './notification-store.ts';
import { assertEngine } from './write-access.ts';

const CODE = /^[A-Z][A-Z0-9_]{0,59}$/;
const MAX_KEY = 200;
const MAX_TEXT = 1000;

export type NotificationLanguage = Notification['language'];

export interface QueueNotificationArgs {
  readonly idempotencyKey: string;
  readonly recipientPin: string;
  readonly decisionId?: string | null;
  /** The benefit the message tells about; its decision's when not given. */
  readonly benefitCode?: string | null;
  readonly template: string;
  readonly language: NotificationLanguage;
  readonly text: string;
}

const bounded = (value: string, field: string, max: number): string => {
  if (value.trim().length === 0 || value.length > max) throw badUserInput(field, `must be 1 to ${max} characters and not blank`);
  return value;
};

/**
 * `queueNotification`: the notification and its `notifications.send` job in one transaction; the
 * same key answers the notification already queued and writes nothing.
 */
export const queueNotification = async (ctx: BenefitsContext, args: QueueNotificationArgs): Promise<{ notification: Notification; created: boolean }> => {
  assertEngine(ctx.viewer);
  const idempotencyKey = bounded(args.idempotencyKey, 'input.idempotencyKey', MAX_KEY);
  if (!isValidPin(args.recipientPin)) throw badUserInput('input.recipientPin', 'a PIN is 7 digits and capital letters, without I and O');
  if (!CODE.test(args.template)) throw badUserInput('input.template', 'capital letters, digits and underscores, at most 60');
  const text = bounded(args.text, 'input.text', MAX_TEXT);
  const decisionId = args.decisionId === null || args.decisionId === undefined ? null : assertUuid(args.decisionId, 'input.decisionId');
  const given = args.benefitCode ?? null;
  if (given !== null && !findBenefitType(given)) throw badUserInput('input.benefitCode', 'not a benefit of the catalogue');
  const known = await findNotificationByKey(ctx.orm(), idempotencyKey);
  if (known) return { notification: known, created: false };
  const decisionBenefit = decisionId ? await findDecisionBenefit(ctx.orm(), decisionId) : null;
  if (decisionBenefit === undefined) throw badUserInput('input.decisionId', 'no such decision');
  // The message is about its decision's benefit when it names one (its record rule follows it).
  const benefitCode = given ?? decisionBenefit;

  const queued = await ctx.orm().transactional(async (tx) => {
    const notification = await insertNotification(tx, {
      id: randomUUID(),
      idempotencyKey,
      recipientPin: args.recipientPin,
      decisionId,
      benefitCode,
      language: args.language,
      template: args.template,
      text,
    });
    if (notification) await enqueueJobs(tx, QUEUES.notificationsSend, [{ id: notification.id, data: { notificationId: notification.id } }]);
    return notification;
  });
  if (queued) return { notification: queued, created: true };
  const winner = await findNotificationByKey(ctx.orm(), idempotencyKey);
  if (!winner) throw new Error('A notification was neither queued nor found under its key.');
  return { notification: winner, created: false };
};

/** The notification as it is now, when a status change did nothing. */
const unchanged = async (ctx: BenefitsContext, id: string): Promise<{ notification: Notification; changed: boolean }> => {
  const [notification] = await findNotificationsByIds(ctx.orm(), [id]);
  if (!notification) throw notFound('Notification');
  return { notification, changed: false };
};

/** `markNotificationSent`: SENT with the provider's id; a SENT notification stays as it is. */
export const markNotificationSent = async (ctx: BenefitsContext, args: { notificationId: string; providerMessageId: string }) => {
  assertEngine(ctx.viewer);
  const id = assertUuid(args.notificationId, 'input.notificationId');
  const providerMessageId = bounded(args.providerMessageId, 'input.providerMessageId', 200);
  const sent = await markSent(ctx.orm(), id, providerMessageId);
  return sent ? { notification: sent, changed: true } : unchanged(ctx, id);
};

/** `markNotificationFailed`: a QUEUED notification becomes FAILED with the error code; others stay. */
export const markNotificationFailed = async (ctx: BenefitsContext, args: { notificationId: string; errorCode: string }) => {
  assertEngine(ctx.viewer);
  const id = assertUuid(args.notificationId, 'input.notificationId');
  if (!CODE.test(args.errorCode)) throw badUserInput('input.errorCode', 'capital letters, digits and underscores, at most 60');
  const failed = await markFailed(ctx.orm(), id, args.errorCode);
  return failed ? { notification: failed, changed: true } : unchanged(ctx, id);
};

/** One notification, if the caller may read its recipient's records (like Decision). */
export const getNotification = async (ctx: BenefitsContext, id: string, fields: readonly string[]): Promise<Notification> => {
  const key = assertUuid(id);
  assertMayReadPersonalData(ctx.viewer, ctx.purpose);
  const notification = await ctx.loaders.notificationById.load(key);
  if (!notification) return ctx.rules.refuseUnknownRecord('Notification');
  await ctx.rules.assertRecord('Notification', notification.recipientPin, fields, notification.benefitCode);
  return notification;
};

/** The person's notifications, newest first: their own records, checked before the look-up. */
export const notificationsOf = async (ctx: BenefitsContext, pin: string, fields: readonly string[]): Promise<Notification[]> => {
  await ctx.rules.assertPersonRecords(pin, 'Person.notifications', fields.map((f) => `Notification.${f}`));
  return ctx.rules.learnable(await ctx.loaders.notificationsByRecipient.load(pin), (n) => n.recipientPin, (n) => n.benefitCode);
};

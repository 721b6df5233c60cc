import type { EngineContext } from '../context.ts';
import { found } from '../gateway-client.ts';
import { graphql } from '../generated/gql.ts';
import { SmsProviderError } from '../sms/index.ts';

const NOTIFICATION = graphql(`
  query EngineNotification($id: ID!) { notification(id: $id) { id status text recipient { phone } } }
`);
const SENT = graphql(`
  mutation EngineSent($input: MarkNotificationSentInput!) { markNotificationSent(input: $input) { notification { id } } }
`);
const FAILED = graphql(`
  mutation EngineFailed($input: MarkNotificationFailedInput!) { markNotificationFailed(input: $input) { notification { id } } }
`);

export type SendOutcome = 'SENT' | 'ALREADY_SENT' | 'NO_PHONE' | 'FAILED_PERMANENTLY';

/**
 * notifications.send: reads the notification and the recipient's phone through the gateway, sends
 * it through the provider with the notification id as idempotency key, then markNotificationSent.
 * A provider failure is recorded (markNotificationFailed, code only) and thrown again so pg-boss
 * retries with backoff; a permanent failure (4xx) is recorded and not retried.
 */
export const sendNotification = async (ctx: EngineContext, notificationId: string): Promise<SendOutcome> => {
  const notification = found((await ctx.client.request(NOTIFICATION, { id: notificationId })).notification, 'The notification');
  if (notification.status === 'SENT') return 'ALREADY_SENT';
  if (!notification.recipient.phone) {
    await markFailed(ctx, notificationId, 'NO_PHONE');
    return 'NO_PHONE';
  }
  let providerMessageId: string;
  try {
    ({ providerMessageId } = await ctx.sms.send({ notificationId, phone: notification.recipient.phone, text: notification.text }));
  } catch (error) {
    const code = error instanceof SmsProviderError ? error.code : 'SMS_PROVIDER_ERROR';
    await markFailed(ctx, notificationId, code);
    if (error instanceof SmsProviderError && !error.retryable) return 'FAILED_PERMANENTLY';
    throw error;
  }
  await ctx.client.request(SENT, { input: { notificationId, providerMessageId } });
  return 'SENT';
};

const markFailed = async (ctx: EngineContext, notificationId: string, errorCode: string) => {
  await ctx.client.request(FAILED, { input: { notificationId, errorCode } });
};

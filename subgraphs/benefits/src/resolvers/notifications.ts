import { selectedFields } from '@usr/shared';
import type { Resolvers } from '../generated/resolvers-types.ts';
import { findDecision } from '../services/decision-service.ts';
import { getNotification } from '../services/notification-service.ts';
import { toLanguage } from './language.ts';

/** Notifications: read through the record rules (notification-service.ts); links through loaders. */
export const notificationResolvers: Pick<Resolvers, 'Notification'> = {
  Notification: {
    __resolveReference: (ref, ctx, info) => getNotification(ctx, ref.id, selectedFields(info, 'Notification')),
    recipient: (n) => ({ pin: n.recipientPin }),
    decision: (n, _, ctx, info) => findDecision(ctx, n.decisionId ?? null, selectedFields(info, 'Decision')),
    language: (n) => toLanguage(n.language),
  },
};

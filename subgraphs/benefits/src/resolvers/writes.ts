import type { Resolvers } from '../generated/resolvers-types.ts';
import { fileAppeal, pursueAppeal, referAppealToAgency, sendAppealToReview, upholdAppeal } from '../services/appeal-writes.ts';
import { applyForAssistance } from '../services/application-writes.ts';
import { withdrawApplication } from '../services/application-withdrawal.ts';
import { endAssignment } from '../services/assignment-ending.ts';
import { recordDecision } from '../services/decision-recording.ts';
import { markNotificationFailed, markNotificationSent, queueNotification } from '../services/notification-service.ts';
import { fromLanguage } from './language.ts';
import { parameterMutations } from './parameters.ts';
import { changeReviewMutations } from './change-reviews.ts';

/** Thin: each mutation is one service call (rules, validation and the transaction live there). */
export const writeResolvers: Pick<Resolvers, 'Mutation'> = {
  Mutation: {
    applyForAssistance: (_, { input }, ctx) => applyForAssistance(ctx, input),
    recordDecision: (_, { input }, ctx) => recordDecision(ctx, input),
    endAssignment: (_, { input }, ctx) => endAssignment(ctx, input),
    queueNotification: (_, { input }, ctx) => queueNotification(ctx, { ...input, language: fromLanguage(input.language) }),
    markNotificationSent: (_, { input }, ctx) => markNotificationSent(ctx, input),
    markNotificationFailed: (_, { input }, ctx) => markNotificationFailed(ctx, input),
    fileAppeal: (_, { input }, ctx) => fileAppeal(ctx, input),
    pursueAppeal: (_, { input }, ctx) => pursueAppeal(ctx, input.appealId),
    upholdAppeal: (_, { input }, ctx) => upholdAppeal(ctx, input),
    referAppealToAgency: (_, { input }, ctx) => referAppealToAgency(ctx, input),
    sendAppealToReview: (_, { input }, ctx) => sendAppealToReview(ctx, input.appealId),
    withdrawApplication: (_, { applicationId }, ctx) => withdrawApplication(ctx, applicationId),
    ...parameterMutations,
    ...changeReviewMutations,
  },
};

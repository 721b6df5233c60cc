import { JsonScalar, scalarResolvers, selectedFields } from '@usr/shared';
import type { Resolvers } from '../generated/resolvers-types.ts';
import { applicationsNeedingAttention } from '../services/application-queue.ts';
import { getApplication } from '../services/application-service.ts';
import { getAssignment } from '../services/assignment-service.ts';
import { getBenefitType, listBenefitTypes } from '../services/catalogue-service.ts';
import { getDecision } from '../services/decision-service.ts';
import { activeAssignments, assignmentsEndingBetween, decisionLogChain, decisionLogCheckpoints, decisionsUsingFacts, expiringAssignments } from '../services/engine-reads.ts';
import { appealReviewQueue, getAppeal } from '../services/appeal-service.ts';
import { appealResolvers } from './appeals.ts';
import { getNotification } from '../services/notification-service.ts';
import { notificationResolvers } from './notifications.ts';
import { writeResolvers } from './writes.ts';
import { benefitTypeResolvers } from './catalogue.ts';
import { extensionResolvers } from './extensions.ts';
import { recordResolvers } from './records.ts';
import { parameterQueries, parameterResolvers } from './parameters.ts';
import { changeReviewQueries, changeReviewResolvers } from './change-reviews.ts';

/** What a queue entry reads of each application, for the access log. */
const QUEUE_FIELDS = ['applicant', 'deadline', 'status', 'submittedAt'];

/** Thin: parse, call a service, map. The catalogue is public; records go through the record rules; writes are the engine's (and a citizen's application). */
export const resolvers: Resolvers = {
  ...scalarResolvers,
  JSON: JsonScalar,
  Query: {
    benefitTypes: () => [...listBenefitTypes()],
    benefitType: (_, { code }) => getBenefitType(code),
    application: (_, { id }, ctx, info) => getApplication(ctx, id, selectedFields(info, 'Application')),
    decision: (_, { id }, ctx, info) => getDecision(ctx, id, selectedFields(info, 'Decision')),
    assignment: (_, { id }, ctx, info) => getAssignment(ctx, id, selectedFields(info, 'Assignment')),
    activeAssignments: (_, { on, page }, ctx, info) => activeAssignments(ctx, on, page, selectedFields(info, 'Assignment')),
    expiringAssignments: (_, { on, page }, ctx, info) => expiringAssignments(ctx, on, page, selectedFields(info, 'Assignment')),
    notification: (_, { id }, ctx, info) => getNotification(ctx, id, selectedFields(info, 'Notification')),
    decisionLogChain: (_, { against, fullScan }, ctx) => decisionLogChain(ctx, against, fullScan),
    decisionLogCheckpoints: (_, { afterSeq, limit }, ctx) => decisionLogCheckpoints(ctx, afterSeq, limit),
    appeal: (_, { id }, ctx, info) => getAppeal(ctx, id, selectedFields(info, 'Appeal')),
    appealReviewQueue: (_, { page }, ctx, info) => appealReviewQueue(ctx, page, selectedFields(info, 'Appeal')),
    decisionsUsingFacts: (_, { factIds }, ctx, info) => decisionsUsingFacts(ctx, factIds, selectedFields(info, 'Decision')),
    assignmentsEndingBetween: (_, { from, to, page }, ctx, info) => assignmentsEndingBetween(ctx, from, to, page, selectedFields(info, 'Assignment')),
    applicationsNeedingAttention: (_, args, ctx) => applicationsNeedingAttention(ctx, args, QUEUE_FIELDS),
    ...parameterQueries,
    ...changeReviewQueries,
  },
  ...writeResolvers,
  ...notificationResolvers,
  ...benefitTypeResolvers,
  ...recordResolvers,
  ...extensionResolvers,
  ...appealResolvers,
  ...parameterResolvers,
  ...changeReviewResolvers,
};

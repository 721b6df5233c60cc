import { registryToday, selectedFields, workingDaysBetween } from '@usr/shared';
import type { Resolvers } from '../generated/resolvers-types.ts';
import { decisionOfAppeal, decisionOfEvent, getAppeal, timelineOf } from '../services/appeal-service.ts';

/** Appeals: read through the appeal rules (appeal-service.ts); the timeline's links under the same rules. */
export const appealResolvers: Pick<Resolvers, 'Appeal' | 'AppealEvent'> = {
  Appeal: {
    __resolveReference: (ref, ctx, info) => getAppeal(ctx, ref.id, selectedFields(info, 'Appeal')),
    decision: (a, _, ctx, info) => decisionOfAppeal(ctx, a, a.decisionId, selectedFields(info, 'Decision')),
    currentDecision: (a, _, ctx, info) => decisionOfAppeal(ctx, a, a.currentDecisionId, selectedFields(info, 'Decision')),
    appellant: (a) => ({ pin: a.appellantPin }),
    disputedFactIds: (a) => a.disputedFactIds,
    timeline: (a, _, ctx) => timelineOf(ctx, a),
    // Deadlines are counted like every other in the registry: the one dated holiday calendar.
    reviewWorkingDaysLeft: (a) => (a.reviewDeadline ? workingDaysBetween(registryToday(), a.reviewDeadline) : null),
    overdue: (a) => a.status === 'IN_REVIEW' && !!a.reviewDeadline && a.reviewDeadline < registryToday(),
  },
  AppealEvent: {
    decision: (e, _, ctx, info) => decisionOfEvent(ctx, e, selectedFields(info, 'Decision')),
  },
};

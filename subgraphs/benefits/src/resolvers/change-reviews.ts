import { registryToday, workingDaysBetween } from '@usr/shared';
import type { Resolvers } from '../generated/resolvers-types.ts';
import { changeReviewForEngine, closeChangeReview, confirmChangeReview, listChangeReviews, openChangeReview, reviewsOfHousehold } from '../services/change-reviews.ts';

/** Review items of self-declared raises (issue 13): thin, the rules live in the service and the policy module. */
export const changeReviewQueries: Pick<NonNullable<Resolvers['Query']>, 'changeReviews' | 'changeReviewsOfHousehold' | 'changeReviewForEngine'> = {
  changeReviews: (_, args, ctx) => listChangeReviews(ctx, args),
  changeReviewsOfHousehold: (_, { householdId }, ctx) => reviewsOfHousehold(ctx, householdId),
  changeReviewForEngine: (_, { id }, ctx) => changeReviewForEngine(ctx, id),
};

export const changeReviewMutations: Pick<NonNullable<Resolvers['Mutation']>, 'openChangeReview' | 'confirmChangeReview' | 'closeChangeReview'> = {
  openChangeReview: (_, { input }, ctx) => openChangeReview(ctx, input),
  confirmChangeReview: (_, { reviewId }, ctx) => confirmChangeReview(ctx, reviewId),
  closeChangeReview: (_, { input }, ctx) => closeChangeReview(ctx, input),
};

export const changeReviewResolvers: Pick<Resolvers, 'ChangeReview'> = {
  ChangeReview: {
    subject: (r) => ({ pin: r.subjectPin }),
    // Deadlines are counted like every other in the registry: the one dated holiday calendar.
    workingDaysLeft: (r) => workingDaysBetween(registryToday(), r.deadline),
    openedAt: (r) => r.openedAt.toISOString(),
    closedAt: (r) => r.closedAt?.toISOString() ?? null,
  },
};

import { graphql } from '../generated/index.ts';

/** The staff queue of review items (self-declared changes that would raise an amount), earliest deadline first. */
export const ChangeReviewQueueQuery = graphql(`
  query ChangeReviewQueue {
    changeReviews(status: OPEN, limit: 50) {
      id
      benefitCode
      subject {
        pin
      }
      householdId
      regionCode
      factIds
      currentAmount
      declaredAmount
      deadline
      workingDaysLeft
      status
      openedAt
    }
  }
`);

/** The officer accepts or rejects a declared change with a reason the citizen reads. */
export const CloseChangeReviewMutation = graphql(`
  mutation CloseChangeReview($input: CloseChangeReviewInput!) {
    closeChangeReview(input: $input) {
      changed
      review {
        id
        status
      }
    }
  }
`);

import { graphql } from '../generated/index.ts';

/**
 * The citizen's "Decisions and appeals": every decision (as the letter explains it, with what marks
 * a renewal or a replacement and whether it is under appeal), the appeals with their timelines,
 * and the overpayments being recovered from later payments.
 */
export const MyAppealsQuery = graphql(`
  query MyAppeals($pin: String!, $language: Language!) {
    person(pin: $pin) {
      pin
      decisions {
        id
        referenceNumber
        legalActs(language: $language)
        outcome
        decidedAt
        effectiveDate
        paymentKind
        summary(language: $language)
        benefitType {
          code
        }
        application {
          id
        }
        replaces {
          id
        }
        appeal {
          id
        }
        steps {
          position
          plain(language: $language)
        }
        inputs {
          kind
          factId
          fact {
            id
            contested
            sourceReference
          }
        }
      }
      appeals {
        id
        status
        reason
        filedAt
        reviewDeadline
        decision {
          id
          benefitType {
            code
          }
        }
        currentDecision {
          id
          summary(language: $language)
        }
        timeline {
          id
          kind
          at
          actor
          reason
        }
      }
      recoveries {
        id
        benefitCode
        amount
        recovered
        remaining
        deductions {
          month
          amount
        }
      }
    }
  }
`);

/** The citizen appeals a decision; the idempotency key makes a resent form change nothing. */
export const FileAppealMutation = graphql(`
  mutation FileAppeal($input: FileAppealInput!) {
    fileAppeal(input: $input) {
      created
      error {
        code
      }
      appeal {
        id
        status
      }
    }
  }
`);

/** After a re-decision the citizen still disagrees: the appeal goes to an appeals officer. */
export const PursueAppealMutation = graphql(`
  mutation PursueAppeal($input: AppealRefInput!) {
    pursueAppeal(input: $input) {
      changed
      error {
        code
      }
      appeal {
        id
        status
      }
    }
  }
`);

/** The appeals officers' queue: each appeal with the decision under appeal, its facts and steps. */
export const AppealQueueQuery = graphql(`
  query AppealQueue($language: Language!) {
    appealReviewQueue(page: { limit: 50 }) {
      items {
        id
        status
        reason
        filedAt
        reviewDeadline
        reviewWorkingDaysLeft
        overdue
        disputedFactIds
        currentDecision {
          id
          referenceNumber
          legalActs(language: $language)
          outcome
          decidedAt
          effectiveDate
          paymentKind
          summary(language: $language)
          benefitType {
            code
          }
          steps {
            position
            plain(language: $language)
          }
          inputs {
            kind
            factId
            fact {
              id
              contested
              sourceReference
            }
          }
        }
      }
    }
  }
`);

/** The officer upholds the decision with a reason the citizen reads. */
export const UpholdAppealMutation = graphql(`
  mutation UpholdAppeal($input: UpholdAppealInput!) {
    upholdAppeal(input: $input) {
      changed
      error {
        code
      }
      appeal {
        id
        status
      }
    }
  }
`);

/** The officer sends a fact to the agency that supplied it; its correction decides again. */
export const ReferAppealMutation = graphql(`
  mutation ReferAppeal($input: ReferAppealInput!) {
    referAppealToAgency(input: $input) {
      changed
      error {
        code
      }
      appeal {
        id
        status
      }
    }
  }
`);

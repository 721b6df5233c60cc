import { graphql } from '../generated/index.ts';

/** The citizen's decisions with their appeals, their appeals' timelines and the balances to recover. */
export const MyAppealsQuery = graphql(`
  query MyAppeals($pin: String!, $language: Language!) {
    person(pin: $pin) {
      pin
      decisions {
        id
        decidedAt
        outcome
        monthlyAmount
        ruleVersion
        summary(language: $language)
        benefitType {
          code
          name
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
          formula
          result
        }
        inputs {
          kind
          summary
          factId
        }
      }
      appeals {
        id
        status
        reason
        filedAt
        appealDeadline
        reviewDeadline
        decision {
          id
          benefitType {
            name
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
        createdAt
        deductions {
          month
          amount
        }
      }
    }
  }
`);

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

/** The appeals officers' queue: each appeal with the decision's inputs and steps to review. */
export const AppealQueueQuery = graphql(`
  query AppealQueue($language: Language!) {
    appealReviewQueue(page: { limit: 50 }) {
      items {
        id
        status
        reason
        filedAt
        reviewDeadline
        disputedFactIds
        currentDecision {
          id
          decidedAt
          summary(language: $language)
          benefitType {
            name
          }
          steps {
            position
            plain(language: $language)
            formula
            result
          }
          inputs {
            kind
            summary
            factId
          }
        }
      }
    }
  }
`);

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

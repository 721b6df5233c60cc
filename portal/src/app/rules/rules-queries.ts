import { graphql } from '../../generated/index.ts';

/**
 * The rules screens' operations (issue #15 item 9): parameter versions, drafts, coverage and dry
 * runs, each text that a person reads asked for in the reader's language.
 */

/** The fields of a version every rules screen shows, its legal basis in the reader's language. */
export const ParameterVersionFields = graphql(`
  fragment ParameterVersionFields on ParameterVersion {
    id
    benefitCode
    name
    unit
    value
    effectiveFrom
    effectiveUntil
    sourced
    status
    draftedBy
    draftedByName
    approvedBy
    approvedByName
    createdAt
    decidedAt
    legalBasis {
      act(language: $language)
      article
      date
      text(language: $language)
    }
  }
`);

/** A coverage check: each problem's kind, parameter and dates (put in words by the page, in the language of the moment). */
export const CoverageFields = graphql(`
  fragment CoverageFields on CoverageCheck {
    ok
    problems {
      kind
      benefitCode
      name
      from
      until
    }
  }
`);

/** The approved values (to find the one in force today and the next) and the coverage check. */
export const ParametersQuery = graphql(`
  query RulesParameters($language: Language!) {
    parameterVersions(status: APPROVED) {
      ...ParameterVersionFields
    }
    parameterCoverage {
      ...CoverageFields
    }
  }
`);

/** Every version of every parameter, for the history. */
export const HistoryQuery = graphql(`
  query RulesHistory($language: Language!) {
    parameterVersions {
      ...ParameterVersionFields
      draft {
        id
      }
    }
  }
`);

/** The change sets, newest first. */
export const DraftsQuery = graphql(`
  query RulesDrafts($status: ParameterDraftStatus) {
    parameterDrafts(status: $status) {
      id
      status
      reason
      draftedBy
      draftedByName
      createdAt
      decidedBy
      decidedByName
      decidedAt
      versions {
        id
        benefitCode
        name
      }
    }
  }
`);

/** A dry run, with its report once the engine has recorded it. */
export const DryRunFields = graphql(`
  fragment DryRunFields on ParameterDryRun {
    id
    status
    sample {
      kind
      share
      regionCode
      households
      seed
    }
    requestedBy
    requestedByName
    requestedAt
    completedAt
    report {
      assessed
      changed
      newlyGranted
      newlyRefused
      monthlyCostDelta
      distribution {
        from
        to
        decisions
      }
      examples {
        benefitCode
        subjectPin
        before
        after
      }
    }
  }
`);

/** One change set for review: each version against the value in force the day before, coverage with the draft applied, its dry runs. */
export const DraftQuery = graphql(`
  query RulesDraft($id: ID!, $language: Language!) {
    parameterDraft(id: $id) {
      id
      status
      reason
      draftedBy
      draftedByName
      createdAt
      decidedBy
      decidedByName
      decidedAt
      rejectionReason
      versions {
        ...ParameterVersionFields
        supersedes {
          id
        }
        previous {
          id
          value
          unit
          effectiveFrom
        }
      }
      coverage {
        ...CoverageFields
      }
      dryRuns {
        ...DryRunFields
      }
    }
  }
`);

/**
 * A refusal as data: its code and the gaps and overlaps it names. The page words them from the
 * catalogue itself, so a refusal already shown follows the reader's switch of language.
 */
export const DraftErrorFields = graphql(`
  fragment DraftErrorFields on ParameterDraftError {
    code
    coverage {
      kind
      benefitCode
      name
      from
      until
    }
  }
`);

export const DraftParameterChangeMutation = graphql(`
  mutation DraftParameterChange($input: DraftParameterChangeInput!) {
    draftParameterChange(input: $input) {
      changed
      draft {
        id
      }
      error {
        ...DraftErrorFields
      }
    }
  }
`);

export const ApproveParameterDraftMutation = graphql(`
  mutation ApproveParameterDraft($input: ParameterDraftRefInput!) {
    approveParameterDraft(input: $input) {
      changed
      draft {
        id
        status
      }
      error {
        ...DraftErrorFields
      }
    }
  }
`);

export const RejectParameterDraftMutation = graphql(`
  mutation RejectParameterDraft($input: RejectParameterDraftInput!) {
    rejectParameterDraft(input: $input) {
      changed
      draft {
        id
        status
      }
      error {
        ...DraftErrorFields
      }
    }
  }
`);

export const RequestParameterDryRunMutation = graphql(`
  mutation RequestParameterDryRun($input: RequestParameterDryRunInput!) {
    requestParameterDryRun(input: $input) {
      created
      dryRun {
        id
        status
      }
      error {
        ...DraftErrorFields
      }
    }
  }
`);

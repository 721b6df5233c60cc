import { graphql } from '../generated/index.ts';

/**
 * A fact as the record shows it (also each earlier version of a corrected fact, and a fact about
 * someone else that names the person in another role).
 */
export const RecordFactFragment = graphql(`
  fragment RecordFact on Fact {
    id
    kind
    validFrom
    validTo
    recordedAt
    sourceReference
    selfDeclared
    contested
    agency {
      code
    }
    value {
      __typename
      ... on IncomeValue { amount month source payer }
      ... on EmploymentValue { employer position }
      ... on UnemploymentValue { office }
      ... on InsuredYearsValue { years months }
      ... on DisabilityValue { group cause reviewDate }
      ... on MedicalConditionValue { icd10 chronic }
      ... on StudentValue { institution level fullTime }
      ... on RealEstateValue { propertyType areaSqm districtCode cadastralNumber }
      ... on LandValue { hectares landUse }
      ... on VehicleValue { make model year engineCc }
      ... on BirthValue { motherPin fatherPin districtCode }
      ... on DeathValue { certificateNumber }
      ... on MarriageValue { spousePin }
      ... on DivorceValue { spousePin }
      ... on RegisteredAddressValue { address districtCode }
      ... on ResidencePermitValue { permitType }
      ... on AbroadStayValue { country days }
      ... on MilitaryServiceValue { serviceType }
      ... on IdpStatusValue { originDistrictCode }
      ... on BankDepositValue { bank amount }
      ... on ElectricityConsumptionValue { month kwh }
      ... on WaterConsumptionValue { month cubicMetres }
      ... on GasConsumptionValue { month cubicMetres }
      ... on ImportDeclarationValue { valueAzn }
      ... on FarmerRegistrationValue { hectaresCultivated }
    }
  }
`);

/** Everything the portal shows on "My record", in one request. */
export const MyRecordQuery = graphql(`
  query MyRecord($pin: String!, $language: Language!) {
    person(pin: $pin) {
      pin
      firstName
      lastName
      patronymic
      birthDate
      sex
      phone
      language
      address {
        line
        district {
          code
        }
        region {
          code
        }
      }
      household {
        id
        members {
          id
          relation
          from
          person {
            pin
            firstName
            lastName
            birthDate
          }
        }
      }
      facts(page: { limit: 500 }) {
        hasMore
        items {
          ...RecordFact
          previousVersions {
            ...RecordFact
          }
        }
      }
      factsInOtherRoles {
        role
        fact {
          ...RecordFact
          previousVersions {
            ...RecordFact
          }
        }
      }
      benefits {
        id
        status
        paymentKind
        amount
        periodFrom
        periodTo
        benefitType {
          code
        }
        nextPayment {
          month
          on
          amount
        }
        payments {
          id
          month
          amount
          status
        }
      }
      decisions {
        id
        referenceNumber
        legalActs(language: $language)
        assignment {
          id
        }
        outcome
        decidedAt
        effectiveDate
        paymentKind
        monthlyAmount
        oneTimeAmount
        reasonCode
        benefitType {
          code
        }
        summary(language: $language)
        steps {
          position
          code
          plain(language: $language)
        }
        inputs {
          kind
          factId
          summary(language: $language)
          subject {
            pin
            firstName
            lastName
          }
          fact {
            id
            contested
            sourceReference
          }
        }
      }
      paymentAccounts {
        id
        bank
        branchAddress
        cardPickupDate
        cardNumberMasked
        status
      }
      correctionRequests {
        id
        status
        reason
        requestedAt
        answeredAt
        answerReason
        fact {
          id
          kind
          sourceReference
        }
        correctingFact {
          id
          kind
          sourceReference
        }
      }
    }
  }
`);

/**
 * The citizen contests one of their facts. Asking again while a request is open returns that
 * request; the fields are those of `person.correctionRequests` above, so the answer joins the list.
 */
export const RequestFactCorrectionMutation = graphql(`
  mutation RequestFactCorrection($factId: ID!, $reason: String!) {
    requestFactCorrection(factId: $factId, reason: $reason) {
      id
      status
      reason
      requestedAt
      answeredAt
      answerReason
      fact {
        id
        kind
        sourceReference
      }
      correctingFact {
        id
        kind
        sourceReference
      }
    }
  }
`);

/** The person's access log: who read their data, newest first. */
export const MyAccessLogQuery = graphql(`
  query MyAccessLog($pin: String!, $offset: Int!) {
    person(pin: $pin) {
      pin
      accessLog(page: { limit: 50, offset: $offset }) {
        hasMore
        offset
        items {
          seq
          at
          accessorKind
          clientId
          service
          fields
          purpose
        }
      }
    }
  }
`);

/** Who looked at the person's data, as visits, newest first: who, when, why and what (plain categories). */
export const MyAccessVisitsQuery = graphql(`
  query MyAccessVisits($pin: String!, $filter: AccessVisitFilter, $offset: Int!) {
    person(pin: $pin) {
      pin
      accessVisits(filter: $filter, page: { limit: 50, offset: $offset }) {
        hasMore
        offset
        items {
          at
          reader {
            role
            automated
            office
            region
          }
          purpose
          categories
          entries
        }
      }
    }
  }
`);

/** Regions with their names: the caseworker's own region, the auditor's search filter. */
export const RegionsQuery = graphql(`
  query Regions {
    regions {
      code
    }
  }
`);

/** Staff look for people (caseworkers within their region, which the registry enforces). */
export const SearchPeopleQuery = graphql(`
  query SearchPeople($filter: PersonSearch!, $offset: Int!) {
    searchPersons(filter: $filter, page: { limit: 20, offset: $offset }) {
      hasMore
      offset
      items {
        pin
        firstName
        lastName
        patronymic
        birthDate
        address {
          district {
            code
          }
        }
      }
    }
  }
`);

/** Every decision about a person, with everything that explains it (auditors). */
export const PersonDecisionsQuery = graphql(`
  query PersonDecisions($pin: String!, $language: Language!) {
    person(pin: $pin) {
      pin
      firstName
      lastName
      patronymic
      birthDate
      decisions {
        id
        referenceNumber
        legalActs(language: $language)
        decidedAt
        effectiveDate
        outcome
        paymentKind
        monthlyAmount
        oneTimeAmount
        ruleVersion
        reasonCode
        benefitType {
          code
        }
        application {
          id
          submittedAt
          deadline
          status
        }
        appeal {
          id
          status
          reason
          reviewDeadline
          timeline {
            id
            kind
            at
            actor
            reason
          }
        }
        replaces {
          id
        }
        assignment {
          id
          status
          periodFrom
          periodTo
        }
        inputs {
          factId
          kind
          recordedAt
          subject {
            pin
          }
        }
        steps {
          position
          plain(language: $language)
        }
        parameters {
          name
          value
          unit
          effectiveFrom
          sourced
          basis {
            act(language: $language)
            article
            date
            text(language: $language)
          }
        }
      }
    }
  }
`);

/** The whole access log, newest first, narrowed by person, service, reader, period and purpose (auditors). */
export const AuditAccessLogQuery = graphql(`
  query AuditAccessLog($filter: AccessLogFilter, $offset: Int!) {
    accessLog(filter: $filter, page: { limit: 50, offset: $offset }) {
      hasMore
      offset
      items {
        seq
        at
        subject {
          pin
        }
        accessorKind
        accessorSubject
        clientId
        service
        fields
        purpose
        purposeCode
      }
    }
  }
`);

/** The audit trail's hash chains, recomputed by the registry (auditors). */
export const ChainStatusQuery = graphql(`
  query ChainStatus {
    accessLogChain {
      verified
      entries
      firstBrokenSeq
    }
    decisionLogChain {
      verified
      entries
      firstBrokenSeq
    }
  }
`);

/** The caseworker's queue: open correction requests about people of their region, oldest first. */
export const CorrectionQueueQuery = graphql(`
  query CorrectionQueue($offset: Int!) {
    correctionRequests(status: OPEN, page: { limit: 20, offset: $offset }) {
      hasMore
      offset
      items {
        id
        status
        reason
        requestedAt
        fact {
          id
          kind
          sourceReference
          validFrom
          validTo
          recordedAt
          value {
            __typename
            ... on IncomeValue { amount month source payer }
            ... on EmploymentValue { employer position }
            ... on UnemploymentValue { office }
            ... on InsuredYearsValue { years months }
            ... on DisabilityValue { group cause reviewDate }
            ... on MedicalConditionValue { icd10 chronic }
            ... on StudentValue { institution level fullTime }
            ... on RealEstateValue { propertyType areaSqm districtCode cadastralNumber }
            ... on LandValue { hectares landUse }
            ... on VehicleValue { make model year engineCc }
            ... on BirthValue { motherPin fatherPin districtCode }
            ... on DeathValue { certificateNumber }
            ... on MarriageValue { spousePin }
            ... on DivorceValue { spousePin }
            ... on RegisteredAddressValue { address districtCode }
            ... on ResidencePermitValue { permitType }
            ... on AbroadStayValue { country days }
            ... on MilitaryServiceValue { serviceType }
            ... on IdpStatusValue { originDistrictCode }
            ... on BankDepositValue { bank amount }
            ... on ElectricityConsumptionValue { month kwh }
            ... on WaterConsumptionValue { month cubicMetres }
            ... on GasConsumptionValue { month cubicMetres }
            ... on ImportDeclarationValue { valueAzn }
            ... on FarmerRegistrationValue { hectaresCultivated }
          }
          agency {
            code
          }
          subject {
            pin
            firstName
            lastName
          }
        }
      }
    }
  }
`);

/** A caseworker answers a request: CONFIRMED (the fact stands), REJECTED or FORWARDED to the agency, always with a reason. */
export const AnswerCorrectionMutation = graphql(`
  mutation AnswerCorrection($id: ID!, $outcome: CorrectionOutcome!, $reason: String!) {
    answerCorrectionRequest(id: $id, outcome: $outcome, reason: $reason) {
      id
      status
      answeredAt
      answerReason
      answeredBy
    }
  }
`);

/** The citizen's household and its TSA applications, each with its decision explained in their language. */
export const MyApplicationsQuery = graphql(`
  query MyApplications($pin: String!, $language: Language!) {
    person(pin: $pin) {
      pin
      household {
        id
        members {
          id
          relation
          person {
            pin
            firstName
            lastName
          }
        }
        applications {
          id
          submittedAt
          deadline
          status
          workingDaysLeft
          withdrawnAt
          benefitType {
            code
          }
          applicant {
            pin
          }
          decision {
            id
            referenceNumber
            legalActs(language: $language)
            outcome
            decidedAt
            effectiveDate
            paymentKind
            monthlyAmount
            oneTimeAmount
            benefitType {
              code
            }
            summary(language: $language)
            steps {
              position
              code
              plain(language: $language)
            }
            inputs {
              kind
              factId
              summary(language: $language)
              subject {
                pin
                firstName
                lastName
              }
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
  }
`);

/** The citizen applies for TSA for their household (the key makes a retry answer the same application). */
export const ApplyForAssistanceMutation = graphql(`
  mutation ApplyForAssistance($input: ApplyForAssistanceInput!) {
    applyForAssistance(input: $input) {
      created
      error {
        code
      }
      application {
        id
        submittedAt
        deadline
        status
      }
    }
  }
`);

/** The messages (SMS) the registry sent the person, newest first. */
export const MyMessagesQuery = graphql(`
  query MyMessages($pin: String!) {
    person(pin: $pin) {
      pin
      notifications {
        id
        template
        language
        text
        status
        queuedAt
        sentAt
      }
    }
  }
`);

/** The applicant withdraws an application not yet decided (idempotent; ALREADY_DECIDED as data). */
export const WithdrawApplicationMutation = graphql(`
  mutation WithdrawApplication($id: ID!) {
    withdrawApplication(applicationId: $id) {
      changed
      error {
        code
      }
      application {
        id
        status
        withdrawnAt
        workingDaysLeft
      }
    }
  }
`);

/** The citizen reports a change of their circumstances, stored as facts they declared (idempotent by key). */
export const ReportChangeMutation = graphql(`
  mutation ReportChange($input: ReportChangeInput!) {
    reportChange(input: $input) {
      created
      facts {
        id
        kind
        selfDeclared
      }
    }
  }
`);

/** Staff: applications past or near their deadline, or whose automatic decision failed. */
export const ApplicationsNeedingAttentionQuery = graphql(`
  query ApplicationsNeedingAttention($offset: Int!) {
    applicationsNeedingAttention(withinWorkingDays: 3, limit: 20, offset: $offset) {
      reasons
      workingDaysLeft
      application {
        id
        deadline
        submittedAt
        benefitType {
          code
          name
        }
        applicant {
          pin
          firstName
          lastName
        }
      }
    }
  }
`);

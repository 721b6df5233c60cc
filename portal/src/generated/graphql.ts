/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Criteria for the access log. */
export type AccessLogFilter = {
  /** Only accesses at or after this instant. */
  from?: string | null | undefined;
  /** Only accesses served by this subgraph (persons, households, agency-facts, benefits, payments). */
  service?: string | null | undefined;
  /** Only accesses to this person's record. */
  subjectPin?: string | null | undefined;
  /** Only accesses before this instant. */
  to?: string | null | undefined;
};

/** Why an application was not created. */
export type ApplicationErrorCode =
  /** The household already has a TSA application waiting for a decision: `application` is that one. */
  | 'ALREADY_PENDING';

/** Where an application stands. */
export type ApplicationStatus =
  /** Decided: see its decision. */
  | 'DECIDED'
  /** Received, not decided yet. */
  | 'SUBMITTED'
  /** Withdrawn by the applicant before a decision. */
  | 'WITHDRAWN';

/** An application for Targeted State Social Assistance. */
export type ApplyForAssistanceInput = {
  /** The household applied for (UUID): the one the applicant lives in today. */
  householdId: string | number;
  /**
   * Any string of 1 to 90 characters the client keeps for retries: the same key from the same applicant
   * answers the application it created.
   */
  idempotencyKey?: string | null | undefined;
};

/** Whether an assignment is being paid. */
export type AssignmentStatus =
  /** Being paid. */
  | 'ACTIVE'
  /** Over: the period expired or the right ceased. */
  | 'ENDED'
  /** Paused, e.g. while a fact is verified; may resume. */
  | 'SUSPENDED';

/** Who answered a correction request. */
export type CorrectionAnswerer =
  /** The agency that supplied the fact. */
  | 'AGENCY'
  /** A caseworker of the subject's region (CONFIRMED or REJECTED only). */
  | 'CASEWORKER';

/** How a correction request is answered. */
export type CorrectionOutcome =
  /** The fact stands. */
  | 'CONFIRMED'
  /** The fact was corrected by another fact (give `correctingFactId`). */
  | 'CORRECTED'
  /** Caseworkers only: the citizen may be right; the agency that supplied the fact must answer. */
  | 'FORWARDED'
  /** The request is unfounded (give a `reason`). */
  | 'REJECTED';

/** Where a correction request stands. */
export type CorrectionStatus =
  /** The agency confirmed the fact: it stands. */
  | 'CONFIRMED'
  /** The agency corrected the fact (see `CorrectionRequest.correctingFact`). */
  | 'CORRECTED'
  /**
   * A caseworker found the citizen may be right and sent it to the agency that supplied the fact;
   * waiting for the agency's answer, the fact still `contested`.
   */
  | 'FORWARDED'
  /** Waiting for an answer from the agency or a caseworker; the fact is `contested`. */
  | 'OPEN'
  /** The agency rejected the request, with a reason. */
  | 'REJECTED';

/** The outcome of a decision. */
export type DecisionOutcome =
  /** The benefit is granted. */
  | 'GRANTED'
  /** The benefit is refused; `reasonCode` says why. */
  | 'REFUSED';

/** The cause of a disability. */
export type DisabilityCause =
  /** Disabled since childhood. */
  | 'CHILDHOOD'
  /** General illness. */
  | 'GENERAL'
  /** Occupational disease. */
  | 'OCCUPATIONAL'
  /** Wounds or illness from war. */
  | 'WAR'
  /** Injury at work. */
  | 'WORK_INJURY';

/** A disability group as determined by the commission. */
export type DisabilityGroup =
  /** Disability of a child under 18. */
  | 'CHILD'
  /** Group I (most severe). */
  | 'I'
  /** Group II. */
  | 'II'
  /** Group III. */
  | 'III';

/** A level of education. */
export type EducationLevel =
  /** Bachelor's degree. */
  | 'BACHELOR'
  /** Doctorate. */
  | 'DOCTORATE'
  /** Master's degree. */
  | 'MASTER'
  /** General secondary school. */
  | 'SCHOOL'
  /** Vocational school or college. */
  | 'VOCATIONAL';

/** The kinds of fact agencies supply; each has its own value type (see `FactValue`). */
export type FactKind =
  /** A stay abroad recorded at the border. */
  | 'ABROAD_STAY'
  /** Deposits held with a bank, as reported to the central bank. */
  | 'BANK_DEPOSIT'
  /** Birth registration; the subject is the child. */
  | 'BIRTH'
  /** Death registration; the subject is the deceased. */
  | 'DEATH'
  /** A disability determined by the medical and social expertise commission (health data). */
  | 'DISABILITY'
  /** Divorce registration. */
  | 'DIVORCE'
  /** Electricity consumed in one month at the registered address. */
  | 'ELECTRICITY_CONSUMPTION'
  /** An employment contract registered in the labour contracts system. */
  | 'EMPLOYMENT'
  /** Registration as a farmer in the electronic agriculture system. */
  | 'FARMER_REGISTRATION'
  /** Gas consumed in one month at the registered address. */
  | 'GAS_CONSUMPTION'
  /** Status of an internally displaced person. */
  | 'IDP_STATUS'
  /** Goods imported by the person as an individual. */
  | 'IMPORT_DECLARATION'
  /** Income received in one month, as reported to the tax service. */
  | 'INCOME'
  /** Length of social-insurance record, as of the fact date. */
  | 'INSURED_YEARS'
  /** Ownership or use of a land plot. */
  | 'LAND'
  /** Marriage registration. */
  | 'MARRIAGE'
  /** A chronic medical condition on record (health data). */
  | 'MEDICAL_CONDITION'
  /** Active military service. */
  | 'MILITARY_SERVICE'
  /** Ownership of a registered real estate object. */
  | 'REAL_ESTATE'
  /** Registered place of residence. */
  | 'REGISTERED_ADDRESS'
  /** A residence permit of a foreign citizen or stateless person. */
  | 'RESIDENCE_PERMIT'
  /** Enrolment in an educational institution. */
  | 'STUDENT'
  /** Registration as unemployed with a state employment office. */
  | 'UNEMPLOYMENT'
  /** A motor vehicle registered to the person. */
  | 'VEHICLE'
  /** Water consumed in one month at the registered address. */
  | 'WATER_CONSUMPTION';

/** Where income came from. */
export type IncomeSource =
  /** Any other source. */
  | 'OTHER'
  /** Renting out property. */
  | 'RENT'
  /** Wages from an employer. */
  | 'SALARY'
  /** Self-employment or business. */
  | 'SELF_EMPLOYMENT';

/** What a land plot is used for. */
export type LandUse =
  /** Farming. */
  | 'AGRICULTURAL'
  /** Anything else. */
  | 'OTHER'
  /** Housing. */
  | 'RESIDENTIAL';

/** A language the registry speaks. */
export type Language =
  /** Azerbaijani. */
  | 'AZ'
  /** English. */
  | 'EN'
  /** Russian. */
  | 'RU';

/** The type of military service. */
export type MilitaryServiceType =
  /** Compulsory service. */
  | 'CONSCRIPT'
  /** Service under contract. */
  | 'CONTRACT';

/** Where a notification stands. */
export type NotificationStatus =
  /** The last attempt failed; the engine may try again. */
  | 'FAILED'
  /** Waiting to be sent. */
  | 'QUEUED'
  /** Accepted by the provider. */
  | 'SENT';

/** The unit of a rule parameter's value. */
export type ParameterUnit =
  /** Manats, once. */
  | 'AZN'
  /** Manats per month. */
  | 'AZN_PER_MONTH'
  /** Manats per family member per month. */
  | 'AZN_PER_PERSON_MONTH'
  /** A number of months. */
  | 'MONTHS'
  /** A number of years. */
  | 'YEARS';

/** Whether payments can be made to an account. A holder has at most one account that is not closed. */
export type PaymentAccountStatus =
  /** Blocked by the bank (e.g. a lost card); payments wait until it is unblocked or replaced. */
  | 'BLOCKED'
  /** Closed for good. */
  | 'CLOSED'
  /** Open: payments go to it. */
  | 'OPEN';

/** Where a payment stands, in the order it moves. */
export type PaymentStatus =
  /** Credited to the card account. */
  | 'PAID'
  /** Returned by the bank (e.g. the account is closed); to be paid again. */
  | 'RETURNED'
  /** In the month's payroll, not yet sent to the bank. */
  | 'SCHEDULED'
  /** Sent to the bank in the payroll export. */
  | 'SENT'
  /** Withdrawn by the beneficiary. */
  | 'WITHDRAWN';

/** Criteria for a person search; all given criteria must match. */
export type PersonSearch = {
  /** Exact birth date. */
  birthDate?: string | null | undefined;
  /** Born on or after this date. */
  bornFrom?: string | null | undefined;
  /** Born on or before this date. */
  bornTo?: string | null | undefined;
  /** District code (ISO 3166-2:AZ where one exists). */
  districtCode?: string | null | undefined;
  /** Case-insensitive prefix of the last name, or of "last first" (e.g. "Məmmədov Rəş"). */
  name?: string | null | undefined;
  /** Economic region code (see `regions`). */
  regionCode?: string | null | undefined;
};

/** The type of a real estate object. */
export type PropertyType =
  /** A flat. */
  | 'APARTMENT'
  /** Commercial premises. */
  | 'COMMERCIAL'
  /** A house. */
  | 'HOUSE'
  /** Anything else. */
  | 'OTHER';

/** A member's relation to the head of the household. */
export type Relation =
  /** Child of the head (adopted included). */
  | 'CHILD'
  /** Grandchild of the head. */
  | 'GRANDCHILD'
  /** Grandfather or grandmother of the head. */
  | 'GRANDPARENT'
  /** The head of the household. */
  | 'HEAD'
  /** Lives in the household without being related to the head. */
  | 'NON_RELATIVE'
  /** Another relative of the head. */
  | 'OTHER_RELATIVE'
  /** Father or mother of the head. */
  | 'PARENT'
  /** Brother or sister of the head. */
  | 'SIBLING'
  /** Wife or husband of the head. */
  | 'SPOUSE';

/** The type of a residence permit. */
export type ResidencePermitType =
  /** Permanent residence permit. */
  | 'PERMANENT'
  /** Temporary residence permit. */
  | 'TEMPORARY';

/** Sex as registered in the civil registry. */
export type Sex =
  /** Female. */
  | 'FEMALE'
  /** Male. */
  | 'MALE';

export type MyRecordQueryVariables = Exact<{
  pin: string;
  language: Language;
}>;


export type MyRecordQuery = { person: { pin: string, firstName: string, lastName: string, patronymic: string | null, birthDate: string, sex: Sex, phone: string | null, language: Language, address: { line: string, district: { name: string }, region: { name: string } }, household: { id: string, members: Array<{ id: string, relation: Relation, from: string, person: { pin: string, firstName: string, lastName: string, birthDate: string } }> } | null, facts: { hasMore: boolean, items: Array<{ id: string, kind: FactKind, validFrom: string, validTo: string | null, recordedAt: string, sourceReference: string, contested: boolean, agency: { code: string, name: string }, value:
          | { __typename: 'AbroadStayValue', country: string, days: number }
          | { __typename: 'BankDepositValue', bank: string, amount: string }
          | { __typename: 'BirthValue', motherPin: string, fatherPin: string | null, districtCode: string }
          | { __typename: 'DeathValue', certificateNumber: string }
          | { __typename: 'DisabilityValue', group: DisabilityGroup, cause: DisabilityCause, reviewDate: string | null }
          | { __typename: 'DivorceValue', spousePin: string }
          | { __typename: 'ElectricityConsumptionValue', month: string, kwh: number }
          | { __typename: 'EmploymentValue', employer: string, position: string }
          | { __typename: 'FarmerRegistrationValue', hectaresCultivated: number }
          | { __typename: 'GasConsumptionValue', month: string, cubicMetres: number }
          | { __typename: 'IdpStatusValue', originDistrictCode: string }
          | { __typename: 'ImportDeclarationValue', valueAzn: string }
          | { __typename: 'IncomeValue', amount: string, month: string, source: IncomeSource, payer: string | null }
          | { __typename: 'InsuredYearsValue', years: number, months: number }
          | { __typename: 'LandValue', hectares: number, landUse: LandUse }
          | { __typename: 'MarriageValue', spousePin: string }
          | { __typename: 'MedicalConditionValue', icd10: string, chronic: boolean }
          | { __typename: 'MilitaryServiceValue', serviceType: MilitaryServiceType }
          | { __typename: 'RealEstateValue', propertyType: PropertyType, areaSqm: number, districtCode: string, cadastralNumber: string }
          | { __typename: 'RegisteredAddressValue', address: string, districtCode: string }
          | { __typename: 'ResidencePermitValue', permitType: ResidencePermitType }
          | { __typename: 'StudentValue', institution: string, level: EducationLevel, fullTime: boolean }
          | { __typename: 'UnemploymentValue', office: string }
          | { __typename: 'VehicleValue', make: string, model: string, year: number, engineCc: number }
          | { __typename: 'WaterConsumptionValue', month: string, cubicMetres: number }
         }> }, benefits: Array<{ id: string, status: AssignmentStatus, monthlyAmount: string, periodFrom: string, periodTo: string | null, benefitType: { code: string, name: string }, payments: Array<{ id: string, month: string, amount: string, status: PaymentStatus }> }>, decisions: Array<{ id: string, outcome: DecisionOutcome, decidedAt: string, ruleVersion: string, reasonCode: string, summary: string, assignment: { id: string } | null, steps: Array<{ position: number, code: string | null, plain: string, formula: string | null, result: string }>, inputs: Array<{ kind: string, summary: string, factId: string | null, fact: { id: string, contested: boolean, sourceReference: string } | null }> }>, paymentAccounts: Array<{ id: string, bank: string, branchAddress: string, cardPickupDate: string, cardNumberMasked: string, status: PaymentAccountStatus }>, correctionRequests: Array<{ id: string, status: CorrectionStatus, reason: string, requestedAt: string, answeredAt: string | null, answerReason: string | null, fact: { id: string, kind: FactKind, sourceReference: string }, correctingFact: { id: string, kind: FactKind, sourceReference: string } | null }> } };

export type RequestFactCorrectionMutationVariables = Exact<{
  factId: string | number;
  reason: string;
}>;


export type RequestFactCorrectionMutation = { requestFactCorrection: { id: string, status: CorrectionStatus, reason: string, requestedAt: string, answeredAt: string | null, answerReason: string | null, fact: { id: string, kind: FactKind, sourceReference: string }, correctingFact: { id: string, kind: FactKind, sourceReference: string } | null } };

export type MyAccessLogQueryVariables = Exact<{
  pin: string;
  offset: number;
}>;


export type MyAccessLogQuery = { person: { pin: string, accessLog: { hasMore: boolean, offset: number, items: Array<{ seq: string, at: string, accessorKind: string, clientId: string, service: string, fields: Array<string>, purpose: string }> } } };

export type RegionsQueryVariables = Exact<{ [key: string]: never; }>;


export type RegionsQuery = { regions: Array<{ code: string, name: string }> };

export type SearchPeopleQueryVariables = Exact<{
  filter: PersonSearch;
  offset: number;
}>;


export type SearchPeopleQuery = { searchPersons: { hasMore: boolean, offset: number, items: Array<{ pin: string, firstName: string, lastName: string, patronymic: string | null, birthDate: string, address: { district: { name: string } } }> } };

export type PersonDecisionsQueryVariables = Exact<{
  pin: string;
}>;


export type PersonDecisionsQuery = { person: { pin: string, firstName: string, lastName: string, patronymic: string | null, birthDate: string, decisions: Array<{ id: string, decidedAt: string, effectiveDate: string, outcome: DecisionOutcome, monthlyAmount: string | null, ruleVersion: string, reasonCode: string, benefitType: { code: string, name: string }, application: { id: string, submittedAt: string, deadline: string, status: ApplicationStatus } | null, replaces: { id: string } | null, assignment: { id: string, status: AssignmentStatus, periodFrom: string, periodTo: string | null } | null, inputs: Array<{ factId: string | null, kind: string, summary: string, recordedAt: string | null, subject: { pin: string } | null }>, steps: Array<{ position: number, description: string, formula: string | null, result: string }>, parameters: Array<{ name: string, value: number, unit: ParameterUnit, effectiveFrom: string, sourced: boolean, legalBasis: string }> }> } };

export type AuditAccessLogQueryVariables = Exact<{
  filter?: AccessLogFilter | null | undefined;
  offset: number;
}>;


export type AuditAccessLogQuery = { accessLog: { hasMore: boolean, offset: number, items: Array<{ seq: string, at: string, accessorKind: string, accessorSubject: string, clientId: string, service: string, fields: Array<string>, purpose: string, subject: { pin: string } }> } };

export type ChainStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type ChainStatusQuery = { accessLogChain: { verified: boolean, entries: number, firstBrokenSeq: string | null }, decisionLogChain: { verified: boolean, entries: number, firstBrokenSeq: string | null } };

export type CorrectionQueueQueryVariables = Exact<{
  offset: number;
}>;


export type CorrectionQueueQuery = { correctionRequests: { hasMore: boolean, offset: number, items: Array<{ id: string, status: CorrectionStatus, reason: string, requestedAt: string, fact: { id: string, kind: FactKind, sourceReference: string, validFrom: string, validTo: string | null, recordedAt: string, agency: { name: string }, subject: { pin: string, firstName: string, lastName: string } } }> } };

export type AnswerCorrectionMutationVariables = Exact<{
  id: string | number;
  outcome: CorrectionOutcome;
  reason: string;
}>;


export type AnswerCorrectionMutation = { answerCorrectionRequest: { id: string, status: CorrectionStatus, answeredAt: string | null, answerReason: string | null, answeredBy: CorrectionAnswerer | null } };

export type MyApplicationsQueryVariables = Exact<{
  pin: string;
  language: Language;
}>;


export type MyApplicationsQuery = { person: { pin: string, household: { id: string, members: Array<{ id: string, relation: Relation, person: { pin: string, firstName: string, lastName: string } }>, applications: Array<{ id: string, submittedAt: string, deadline: string, status: ApplicationStatus, benefitType: { code: string, name: string }, applicant: { pin: string }, decision: { id: string, outcome: DecisionOutcome, decidedAt: string, effectiveDate: string, monthlyAmount: string | null, ruleVersion: string, summary: string, steps: Array<{ position: number, code: string | null, plain: string, formula: string | null, result: string }>, inputs: Array<{ kind: string, summary: string, factId: string | null, fact: { id: string, contested: boolean, sourceReference: string } | null }> } | null }> } | null } };

export type ApplyForAssistanceMutationVariables = Exact<{
  input: ApplyForAssistanceInput;
}>;


export type ApplyForAssistanceMutation = { applyForAssistance: { created: boolean, error: { code: ApplicationErrorCode } | null, application: { id: string, submittedAt: string, deadline: string, status: ApplicationStatus } } };

export type MyMessagesQueryVariables = Exact<{
  pin: string;
}>;


export type MyMessagesQuery = { person: { pin: string, notifications: Array<{ id: string, template: string, language: Language, text: string, status: NotificationStatus, queuedAt: string, sentAt: string | null }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const MyRecordDocument = new TypedDocumentString(`
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
        name
      }
      region {
        name
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
    facts(page: {limit: 500}) {
      hasMore
      items {
        id
        kind
        validFrom
        validTo
        recordedAt
        sourceReference
        contested
        agency {
          code
          name
        }
        value {
          __typename
          ... on IncomeValue {
            amount
            month
            source
            payer
          }
          ... on EmploymentValue {
            employer
            position
          }
          ... on UnemploymentValue {
            office
          }
          ... on InsuredYearsValue {
            years
            months
          }
          ... on DisabilityValue {
            group
            cause
            reviewDate
          }
          ... on MedicalConditionValue {
            icd10
            chronic
          }
          ... on StudentValue {
            institution
            level
            fullTime
          }
          ... on RealEstateValue {
            propertyType
            areaSqm
            districtCode
            cadastralNumber
          }
          ... on LandValue {
            hectares
            landUse
          }
          ... on VehicleValue {
            make
            model
            year
            engineCc
          }
          ... on BirthValue {
            motherPin
            fatherPin
            districtCode
          }
          ... on DeathValue {
            certificateNumber
          }
          ... on MarriageValue {
            spousePin
          }
          ... on DivorceValue {
            spousePin
          }
          ... on RegisteredAddressValue {
            address
            districtCode
          }
          ... on ResidencePermitValue {
            permitType
          }
          ... on AbroadStayValue {
            country
            days
          }
          ... on MilitaryServiceValue {
            serviceType
          }
          ... on IdpStatusValue {
            originDistrictCode
          }
          ... on BankDepositValue {
            bank
            amount
          }
          ... on ElectricityConsumptionValue {
            month
            kwh
          }
          ... on WaterConsumptionValue {
            month
            cubicMetres
          }
          ... on GasConsumptionValue {
            month
            cubicMetres
          }
          ... on ImportDeclarationValue {
            valueAzn
          }
          ... on FarmerRegistrationValue {
            hectaresCultivated
          }
        }
      }
    }
    benefits {
      id
      status
      monthlyAmount
      periodFrom
      periodTo
      benefitType {
        code
        name
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
      assignment {
        id
      }
      outcome
      decidedAt
      ruleVersion
      reasonCode
      summary(language: $language)
      steps {
        position
        code
        plain(language: $language)
        formula
        result
      }
      inputs {
        kind
        summary
        factId
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
    `) as unknown as TypedDocumentString<MyRecordQuery, MyRecordQueryVariables>;
export const RequestFactCorrectionDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<RequestFactCorrectionMutation, RequestFactCorrectionMutationVariables>;
export const MyAccessLogDocument = new TypedDocumentString(`
    query MyAccessLog($pin: String!, $offset: Int!) {
  person(pin: $pin) {
    pin
    accessLog(page: {limit: 50, offset: $offset}) {
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
    `) as unknown as TypedDocumentString<MyAccessLogQuery, MyAccessLogQueryVariables>;
export const RegionsDocument = new TypedDocumentString(`
    query Regions {
  regions {
    code
    name
  }
}
    `) as unknown as TypedDocumentString<RegionsQuery, RegionsQueryVariables>;
export const SearchPeopleDocument = new TypedDocumentString(`
    query SearchPeople($filter: PersonSearch!, $offset: Int!) {
  searchPersons(filter: $filter, page: {limit: 20, offset: $offset}) {
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
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SearchPeopleQuery, SearchPeopleQueryVariables>;
export const PersonDecisionsDocument = new TypedDocumentString(`
    query PersonDecisions($pin: String!) {
  person(pin: $pin) {
    pin
    firstName
    lastName
    patronymic
    birthDate
    decisions {
      id
      decidedAt
      effectiveDate
      outcome
      monthlyAmount
      ruleVersion
      reasonCode
      benefitType {
        code
        name
      }
      application {
        id
        submittedAt
        deadline
        status
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
        summary
        recordedAt
        subject {
          pin
        }
      }
      steps {
        position
        description
        formula
        result
      }
      parameters {
        name
        value
        unit
        effectiveFrom
        sourced
        legalBasis
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PersonDecisionsQuery, PersonDecisionsQueryVariables>;
export const AuditAccessLogDocument = new TypedDocumentString(`
    query AuditAccessLog($filter: AccessLogFilter, $offset: Int!) {
  accessLog(filter: $filter, page: {limit: 50, offset: $offset}) {
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
    }
  }
}
    `) as unknown as TypedDocumentString<AuditAccessLogQuery, AuditAccessLogQueryVariables>;
export const ChainStatusDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<ChainStatusQuery, ChainStatusQueryVariables>;
export const CorrectionQueueDocument = new TypedDocumentString(`
    query CorrectionQueue($offset: Int!) {
  correctionRequests(status: OPEN, page: {limit: 20, offset: $offset}) {
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
        agency {
          name
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
    `) as unknown as TypedDocumentString<CorrectionQueueQuery, CorrectionQueueQueryVariables>;
export const AnswerCorrectionDocument = new TypedDocumentString(`
    mutation AnswerCorrection($id: ID!, $outcome: CorrectionOutcome!, $reason: String!) {
  answerCorrectionRequest(id: $id, outcome: $outcome, reason: $reason) {
    id
    status
    answeredAt
    answerReason
    answeredBy
  }
}
    `) as unknown as TypedDocumentString<AnswerCorrectionMutation, AnswerCorrectionMutationVariables>;
export const MyApplicationsDocument = new TypedDocumentString(`
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
        benefitType {
          code
          name
        }
        applicant {
          pin
        }
        decision {
          id
          outcome
          decidedAt
          effectiveDate
          monthlyAmount
          ruleVersion
          summary(language: $language)
          steps {
            position
            code
            plain(language: $language)
            formula
            result
          }
          inputs {
            kind
            summary
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
}
    `) as unknown as TypedDocumentString<MyApplicationsQuery, MyApplicationsQueryVariables>;
export const ApplyForAssistanceDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<ApplyForAssistanceMutation, ApplyForAssistanceMutationVariables>;
export const MyMessagesDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<MyMessagesQuery, MyMessagesQueryVariables>;
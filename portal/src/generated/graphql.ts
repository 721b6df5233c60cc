/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Criteria for the access log. */
export type AccessLogFilter = {
  /** Only accesses by this reader (their identity-provider subject). */
  accessorSubject?: string | null | undefined;
  /** Only accesses at or after this instant. */
  from?: string | null | undefined;
  /** Only accesses declared with this purpose. */
  purpose?: PurposeOfUse | null | undefined;
  /** Only accesses served by this subgraph (persons, households, agency-facts, benefits, payments). */
  service?: string | null | undefined;
  /** Only accesses to this person's record. */
  subjectPin?: string | null | undefined;
  /** Only accesses before this instant. */
  to?: string | null | undefined;
};

/** Criteria for visits. */
export type AccessVisitFilter = {
  /** Only visits by this reader, their identity-provider subject (auditors and administrators). */
  accessorSubject?: string | null | undefined;
  /** Only visits at or after this instant. */
  from?: string | null | undefined;
  /** Only visits declared with this purpose. */
  purpose?: PurposeOfUse | null | undefined;
  /** People (staff, household members) or automated readers (the decision engine, internal apps). */
  readers?: ReaderKind | null | undefined;
  /** Only visits to this person's record (auditors and administrators). */
  subjectPin?: string | null | undefined;
  /** Only visits before this instant. */
  to?: string | null | undefined;
};

/** Who acted on an appeal. */
export type AppealActor =
  /** An appeals officer. */
  | 'APPEALS_OFFICER'
  /** The appellant. */
  | 'CITIZEN'
  /** The decision engine. */
  | 'ENGINE';

/** Why an appeal step was refused. */
export type AppealErrorCode =
  /** The decision is already under appeal (one appeal per decision). */
  | 'ALREADY_APPEALED'
  /** The deadline to appeal this decision has passed. */
  | 'DEADLINE_PASSED'
  /** The decision has been replaced by a newer one: appeal the newer one. */
  | 'DECISION_REPLACED'
  /** The appeal is not in the review queue. */
  | 'NOT_IN_REVIEW'
  /** The appeal is not waiting for the appellant's choice after a re-decision. */
  | 'NOT_REDECIDED';

/** What happened to an appeal. */
export type AppealEventKind =
  /** The citizen filed the appeal. */
  | 'FILED'
  /** The appellant still disputes the re-decision: the appeal went to review. */
  | 'PURSUED'
  /** The engine re-decided on today's facts and the decision changed. */
  | 'REDECIDED'
  /** An appeals officer sent a fact to its agency. */
  | 'REFERRED'
  /** Nothing changed on today's facts: the appeal went to review. */
  | 'SENT_TO_REVIEW'
  /** A new decision from corrected facts settled the appeal. */
  | 'SETTLED'
  /** An appeals officer upheld the decision. */
  | 'UPHELD';

/** Which appeal. */
export type AppealRefInput = {
  /** The appeal (UUID). */
  appealId: string | number;
};

/** Where an appeal stands. */
export type AppealStatus =
  /** Filed: the engine is re-deciding on today's facts. */
  | 'FILED'
  /** In the appeals officers' review queue. */
  | 'IN_REVIEW'
  /** The re-decision changed the decision; the appellant may still pursue the appeal. */
  | 'REDECIDED'
  /** An appeals officer sent a fact to its agency; the agency's correction re-decides. */
  | 'REFERRED'
  /** Settled by a new decision from corrected facts. */
  | 'SETTLED'
  /** An appeals officer upheld the decision, with a reason. */
  | 'UPHELD';

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

/** Why an application waiting for a decision needs attention. */
export type AttentionReason =
  /** The decision engine tried to decide it and gave up after its retries: someone must look at it. */
  | 'DECISION_FAILED'
  /** Its deadline falls within the working days asked for. */
  | 'DUE_SOON'
  /** Its deadline is past and it is still not decided. */
  | 'PAST_DEADLINE';

/** Where a review item stands. */
export type ChangeReviewStatus =
  /** An officer accepted the change; the engine re-assesses counting it. */
  | 'ACCEPTED'
  /** An agency fact confirmed the change; the re-decision applied it. */
  | 'CONFIRMED'
  /** Waiting for an agency fact or an officer. */
  | 'OPEN'
  /** An officer rejected the change; the amount stays. */
  | 'REJECTED';

/** An officer's answer to a review item. */
export type CloseChangeReviewInput = {
  /** True to accept the declared change, false to reject it. */
  accept: boolean;
  /** Why, in words the citizen may read (1 to 1,000 characters, not blank). */
  reason: string;
  /** The review item (UUID). */
  reviewId: string | number;
};

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

/** What is wrong with a parameter's dates. */
export type CoverageProblemKind =
  /** Days with no value. */
  | 'GAP'
  /** Days with two values. */
  | 'OVERLAP';

/** A plain category of personal data, derived from the fields a visit read. */
export type DataCategory =
  /** Facts agencies reported (incomes, property, studies, ...). */
  | 'AGENCY_FACTS'
  /** Applications, decisions and benefits. */
  | 'BENEFITS'
  /** Address, phone, language. */
  | 'CONTACT_DETAILS'
  /** Correction requests. */
  | 'CORRECTIONS'
  /** Health and disability. */
  | 'HEALTH'
  /** Household and its members. */
  | 'HOUSEHOLD'
  /** Messages (SMS) sent. */
  | 'MESSAGES'
  /** Other registry records. */
  | 'OTHER'
  /** Payments and payment accounts. */
  | 'PAYMENTS'
  /** Name, birth, sex, citizenship, death. */
  | 'PERSONAL_DATA';

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

/** A change set to draft. */
export type DraftParameterChangeInput = {
  /** The new versions, at least one. */
  changes: Array<ParameterChangeInput>;
  /** A key the editor's client chooses; the same key again answers the same draft. */
  idempotencyKey: string;
  /** Why the change is made (1 to 2000 characters). */
  reason: string;
};

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
  /**
   * Care of a person with a disability, started or stopped (declared by the carer with `reportChange`
   * until the social protection agency confirms it).
   */
  | 'CARE'
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
  /**
   * A change in who lives in the household: a member moved in or out, or a child was born (declared
   * by a member with `reportChange` until the civil registry confirms it).
   */
  | 'HOUSEHOLD_CHANGE'
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

/** The roles in which a fact about someone else names a person. */
export type FactRole =
  /** The father in a child's BIRTH. */
  | 'FATHER'
  /** The mother in a child's BIRTH. */
  | 'MOTHER'
  /** The spouse in a MARRIAGE or DIVORCE. */
  | 'SPOUSE';

/** A citizen's appeal of a decision. */
export type FileAppealInput = {
  /** The decision appealed (UUID). */
  decisionId: string | number;
  /** The facts the citizen disputes, among the decision's inputs (at most 50). */
  disputedFactIds?: Array<string | number> | null | undefined;
  /** Any string of 1 to 90 characters the client keeps for retries. */
  idempotencyKey?: string | null | undefined;
  /** Why the citizen disputes it, 1 to 1,000 characters. */
  reason: string;
};

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

/** A legal basis, its texts in the three languages. */
export type LegalBasisInput = {
  /** The act's title. */
  act: LocalizedTextInput;
  /** The article or paragraph, if known. */
  article?: string | null | undefined;
  /** The date the act was adopted, if known. */
  date?: string | null | undefined;
  /** What the act says about the value, or why it is a placeholder. */
  text: LocalizedTextInput;
};

/** A text in Azerbaijani, Russian and English. */
export type LocalizedTextInput = {
  /** Azerbaijani. */
  az: string;
  /** English. */
  en: string;
  /** Russian. */
  ru: string;
};

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

/** One new dated value of a parameter. */
export type ParameterChangeInput = {
  /** The benefit (catalogue code). */
  benefitCode: string;
  /** The first day it applies. */
  effectiveFrom: string;
  /** The last day it applies; omit for "until the next value". */
  effectiveUntil?: string | null | undefined;
  /** The legal basis. */
  legalBasis: LegalBasisInput;
  /** The parameter's name (one the benefit's rules read). */
  name: string;
  /** False for a placeholder not traced to a published legal act. */
  sourced: boolean;
  /** The value, in the parameter's unit. */
  value: number;
};

/** Why a four-eyes step was refused. */
export type ParameterDraftErrorCode =
  /** The draft would leave days with no value. */
  | 'COVERAGE_GAP'
  /** The draft would give days two values. */
  | 'COVERAGE_OVERLAP'
  /** The draft was already decided the other way. */
  | 'NOT_PENDING'
  /** Nobody approves or rejects their own draft. */
  | 'OWN_DRAFT'
  /** The draft names a parameter the benefit's rules do not read. */
  | 'UNKNOWN_PARAMETER';

/** Which draft. */
export type ParameterDraftRefInput = {
  /** The draft's id (UUID). */
  draftId: string | number;
};

/** Where a change set stands. */
export type ParameterDraftStatus =
  /** Approved: its versions take effect on their dates. */
  | 'APPROVED'
  /** Waiting for a second person's approval. */
  | 'PENDING'
  /** Rejected: its versions are never used. */
  | 'REJECTED';

/**
 * The part of the population a dry run runs on: `kind` and that kind's field, no other
 * (BAD_USER_INPUT names the field missing or out of place).
 */
export type ParameterDryRunSampleInput = {
  /** RANDOM only: how many households to draw, 1 to 100000. */
  households?: number | null | undefined;
  /** Which kind of sample. */
  kind: ParameterDryRunSampleKind;
  /** REGION only: an economic region's code, as the registry's geography names it. */
  regionCode?: string | null | undefined;
  /**
   * RANDOM only, optional: the seed to draw with, 0 to 2147483647, to draw the households of an earlier
   * dry run again; by default the registry chooses one (shown on the dry run).
   */
  seed?: number | null | undefined;
  /** SHARE only: the share of households, above 0 and at most 1 (1 is everyone, ALL). */
  share?: number | null | undefined;
};

/** Kinds of dry-run sample. */
export type ParameterDryRunSampleKind =
  /** Every household of the registry. */
  | 'ALL'
  /**
   * Exactly N households drawn at random (by a seeded hash of the household id), or all of them if
   * the registry has fewer.
   */
  | 'RANDOM'
  /** The households of one economic region. */
  | 'REGION'
  /** A stable pseudo-random share of the households (by a hash of the household id). */
  | 'SHARE';

/** Where a dry run stands. */
export type ParameterDryRunStatus =
  /** Finished: the report is there. */
  | 'DONE'
  /** The engine could not run it. */
  | 'FAILED'
  /** Waiting for or being run by the decision engine. */
  | 'QUEUED';

/** Where a parameter version stands. */
export type ParameterStatus =
  /** Approved: decisions dated on or after its date use it. */
  | 'APPROVED'
  /** Drafted, waiting for a second person's approval; not used by any decision. */
  | 'DRAFT'
  /** Rejected by an approver; never used. */
  | 'REJECTED'
  /**
   * Was approved, then corrected by an approved version with the same date; kept for the history and
   * for the decisions that used it.
   */
  | 'SUPERSEDED';

/** The unit of a rule parameter's value. */
export type ParameterUnit =
  /** Manats, once. */
  | 'AZN'
  /** Manats held at a moment (a balance), not paid. */
  | 'AZN_BALANCE'
  /** Manats per month. */
  | 'AZN_PER_MONTH'
  /** Manats per family member per month. */
  | 'AZN_PER_PERSON_MONTH'
  /** A number of things (dwellings, vehicles). */
  | 'COUNT'
  /** A number of calendar days. */
  | 'DAYS'
  /** An area in hectares. */
  | 'HECTARES'
  /** A number of months. */
  | 'MONTHS'
  /** A share between 0 and 1, e.g. 0.2 for a fifth. */
  | 'SHARE'
  /** A number of working days (Monday to Friday, public holidays excluded). */
  | 'WORKING_DAYS'
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

/** How a benefit is paid. */
export type PaymentKind =
  /** Every month of the assignment's period. */
  | 'MONTHLY'
  /** Once: one amount, paid on one date. */
  | 'ONE_TIME';

/** Where a payment stands, in the order it moves. */
export type PaymentStatus =
  /** Accepted by the bank for execution (its payment status report), not yet credited. */
  | 'ACCEPTED'
  /** Credited to the card account. */
  | 'PAID'
  /** Refused by the bank before execution (its payment status report gives the reason); paid again in a later run. */
  | 'REJECTED'
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

/**
 * Why personal data was read: the codes staff and systems declare in the `x-purpose-of-use` header
 * (free text is refused with BAD_USER_INPUT). Each reader sees the purpose in their own language.
 */
export type PurposeOfUse =
  /** An auditor checking who read personal data. */
  | 'ACCESS_AUDIT'
  /** An appeals officer reviewing an appeal of a decision. */
  | 'APPEAL_REVIEW'
  /** The automated decision system: deciding, paying and notifying, with no official involved. */
  | 'AUTOMATED_DECISION'
  /** A caseworker reviewing an assigned benefit. */
  | 'BENEFIT_REVIEW'
  /** An auditor investigating a complaint. */
  | 'COMPLAINT_INVESTIGATION'
  /** A caseworker handling a request to correct a fact. */
  | 'CORRECTION_REQUEST'
  /** An auditor checking decisions. */
  | 'DECISION_AUDIT'
  /** A person downloading all their own data (recorded by the registry, never declared). */
  | 'OWN_DATA_EXPORT'
  /** A citizen seeing members of their own household (recorded by the registry, never declared). */
  | 'OWN_HOUSEHOLD'
  /** An auditor checking payroll and payment exports. */
  | 'PAYROLL_AUDIT'
  /** A caseworker answering an enquiry from the person. */
  | 'PERSON_ENQUIRY'
  /** A registry administrator running the registry. */
  | 'REGISTRY_ADMINISTRATION'
  /** A caseworker assessing an application for Targeted State Social Assistance. */
  | 'TSA_APPLICATION_ASSESSMENT';

/** People or systems. */
export type ReaderKind =
  /** A system: the automated decision system or another internal application. */
  | 'AUTOMATED'
  /** A person: a caseworker, an auditor, an administrator or a member of the household. */
  | 'PEOPLE';

/** The role of a reader. */
export type ReaderRole =
  /** A registry administrator. */
  | 'ADMINISTRATOR'
  /** An auditor. */
  | 'AUDITOR'
  /** The automated decision system. */
  | 'AUTOMATED_DECISION_SYSTEM'
  /** A caseworker of the person's region. */
  | 'CASEWORKER'
  /** A member of the person's household. */
  | 'HOUSEHOLD_MEMBER'
  /** An internal application of the registry. */
  | 'INTERNAL_APPLICATION'
  /** The person themself (downloading all their data). */
  | 'PERSON_THEMSELF';

/** An appeals officer sends a fact to its agency. */
export type ReferAppealInput = {
  /** The appeal (UUID). */
  appealId: string | number;
  /** The fact found wrong (UUID), one the decision under appeal used. */
  factId: string | number;
  /** Why it looks wrong, 1 to 1,000 characters; the agency reads it. */
  reason: string;
};

/** Which draft to reject, and why. */
export type RejectParameterDraftInput = {
  /** The draft's id (UUID). */
  draftId: string | number;
  /** Why it is rejected (1 to 2000 characters). */
  reason: string;
};

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

/** A change of circumstances a citizen reports about themself. */
export type ReportChangeInput = {
  /** What changed. */
  change: ReportedChange;
  /** STUDY_STARTED only (required): the level of study. */
  educationLevel?: EducationLevel | null | undefined;
  /** The first day the change applies: not after today, at most 12 months back. */
  from: string;
  /** STUDY_STARTED only: whether the study is full-time (default true). */
  fullTime?: boolean | null | undefined;
  /** Any string of 1 to 90 characters the client keeps for retries: the same key answers the same report. */
  idempotencyKey: string;
  /** INCOME_STARTED and INCOME_ENDED: where the income comes (came) from (default SALARY). */
  incomeSource?: IncomeSource | null | undefined;
  /** STUDY_STARTED only (required): the educational institution, 1 to 200 characters. */
  institution?: string | null | undefined;
  /**
   * MEMBER_JOINED, MEMBER_LEFT, CARE_STARTED and CARE_STOPPED (required), CHILD_BORN (optional): the
   * PIN of the person who moved in or out, the child, or the person cared for; never the reporter's own.
   */
  memberPin?: string | null | undefined;
  /** INCOME_STARTED only (required): the income a month, more than 0 and at most 100,000 AZN. */
  monthlyAmount?: string | null | undefined;
};

/** The changes a citizen may report. */
export type ReportedChange =
  /**
   * The reporter started caring for a person with a disability (`memberPin`, the person cared for,
   * required): recorded for the social protection agency to confirm; it raises nothing by itself.
   */
  | 'CARE_STARTED'
  /**
   * The reporter stopped caring for a person with a disability (`memberPin` required): recorded for
   * the social protection agency to confirm.
   */
  | 'CARE_STOPPED'
  /**
   * A child was born into the reporter's household (`memberPin` when the child already has a PIN):
   * recorded for the civil registry to confirm; a birth grant is paid on the registry's BIRTH fact only.
   */
  | 'CHILD_BORN'
  /** An income of the person ended: recorded for the agency to confirm; it raises nothing by itself. */
  | 'INCOME_ENDED'
  /** The person started receiving an income (a job, self-employment, rent): it may lower an amount. */
  | 'INCOME_STARTED'
  /**
   * A person moved into the reporter's household (`memberPin` required): recorded for the civil
   * registry to confirm; a larger household raises nothing by itself.
   */
  | 'MEMBER_JOINED'
  /**
   * A person moved out of the reporter's household (`memberPin` required): recorded for the civil
   * registry to confirm.
   */
  | 'MEMBER_LEFT'
  /** The person started studying: recorded for the agency to confirm; it raises nothing by itself. */
  | 'STUDY_STARTED';

/** Which draft to dry-run, on how much of the population. */
export type RequestParameterDryRunInput = {
  /** The draft's id (UUID). */
  draftId: string | number;
  /**
   * A key the client chooses; the same key again answers the same dry run. CONFLICT when the key was
   * used for a dry run of another draft or sample.
   */
  idempotencyKey: string;
  /**
   * The part of the population to run on: everyone, a share, a region or N random households
   * (default: everyone). BAD_USER_INPUT when `sampleShare` is given too.
   */
  sample?: ParameterDryRunSampleInput | null | undefined;
  /**
   * The share of the population to run, above 0 and at most 1 (default 1: everyone). The short form
   * of a SHARE (or, at 1, ALL) `sample`; BAD_USER_INPUT when `sample` is given too.
   */
  sampleShare?: number | null | undefined;
};

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

/** An appeals officer upholds a decision. */
export type UpholdAppealInput = {
  /** The appeal (UUID). */
  appealId: string | number;
  /** Why the decision stands, 1 to 1,000 characters, in words the citizen reads. */
  reason: string;
};

/** Why an application was not withdrawn. */
export type WithdrawApplicationErrorCode =
  /** The application was already decided: its decision stands (it may be appealed). */
  | 'ALREADY_DECIDED';

export type MyAppealsQueryVariables = Exact<{
  pin: string;
  language: Language;
}>;


export type MyAppealsQuery = { person: { pin: string, decisions: Array<{ id: string, referenceNumber: string, legalActs: Array<string>, outcome: DecisionOutcome, decidedAt: string, effectiveDate: string, paymentKind: PaymentKind, summary: string, benefitType: { code: string }, application: { id: string } | null, replaces: { id: string } | null, appeal: { id: string } | null, steps: Array<{ position: number, plain: string }> | null, inputs: Array<{ kind: string, factId: string | null, fact: { id: string, contested: boolean, sourceReference: string } | null }> }>, appeals: Array<{ id: string, status: AppealStatus, reason: string, filedAt: string, reviewDeadline: string | null, decision: { id: string, benefitType: { code: string } }, currentDecision: { id: string, summary: string }, timeline: Array<{ id: string, kind: AppealEventKind, at: string, actor: AppealActor, reason: string | null }> }>, recoveries: Array<{ id: string, benefitCode: string, amount: string, recovered: string, remaining: string, deductions: Array<{ month: string, amount: string }> }> } };

export type FileAppealMutationVariables = Exact<{
  input: FileAppealInput;
}>;


export type FileAppealMutation = { fileAppeal: { created: boolean, error: { code: AppealErrorCode } | null, appeal: { id: string, status: AppealStatus } | null } };

export type PursueAppealMutationVariables = Exact<{
  input: AppealRefInput;
}>;


export type PursueAppealMutation = { pursueAppeal: { changed: boolean, error: { code: AppealErrorCode } | null, appeal: { id: string, status: AppealStatus } } };

export type AppealQueueQueryVariables = Exact<{
  language: Language;
}>;


export type AppealQueueQuery = { appealReviewQueue: { items: Array<{ id: string, status: AppealStatus, reason: string, filedAt: string, reviewDeadline: string | null, reviewWorkingDaysLeft: number | null, overdue: boolean, disputedFactIds: Array<string>, currentDecision: { id: string, referenceNumber: string, legalActs: Array<string>, outcome: DecisionOutcome, decidedAt: string, effectiveDate: string, paymentKind: PaymentKind, summary: string, benefitType: { code: string }, steps: Array<{ position: number, plain: string }> | null, inputs: Array<{ kind: string, factId: string | null, fact: { id: string, contested: boolean, sourceReference: string } | null }> } }> } };

export type UpholdAppealMutationVariables = Exact<{
  input: UpholdAppealInput;
}>;


export type UpholdAppealMutation = { upholdAppeal: { changed: boolean, error: { code: AppealErrorCode } | null, appeal: { id: string, status: AppealStatus } } };

export type ReferAppealMutationVariables = Exact<{
  input: ReferAppealInput;
}>;


export type ReferAppealMutation = { referAppealToAgency: { changed: boolean, error: { code: AppealErrorCode } | null, appeal: { id: string, status: AppealStatus } } };

export type ChangeReviewQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type ChangeReviewQueueQuery = { changeReviews: Array<{ id: string, benefitCode: string, householdId: string | null, regionCode: string, factIds: Array<string>, currentAmount: string, declaredAmount: string, deadline: string, workingDaysLeft: number, status: ChangeReviewStatus, openedAt: string, subject: { pin: string } }> };

export type CloseChangeReviewMutationVariables = Exact<{
  input: CloseChangeReviewInput;
}>;


export type CloseChangeReviewMutation = { closeChangeReview: { changed: boolean, review: { id: string, status: ChangeReviewStatus } } };

export type RecordFactFragment = { id: string, kind: FactKind, validFrom: string, validTo: string | null, recordedAt: string, sourceReference: string, selfDeclared: boolean, contested: boolean, agency: { code: string }, value:
    | { __typename: 'AbroadStayValue', country: string, days: number }
    | { __typename: 'BankDepositValue', bank: string, amount: string }
    | { __typename: 'BirthValue', motherPin: string, fatherPin: string | null, districtCode: string }
    | { __typename: 'CareValue' }
    | { __typename: 'DeathValue', certificateNumber: string }
    | { __typename: 'DisabilityValue', group: DisabilityGroup, cause: DisabilityCause, reviewDate: string | null }
    | { __typename: 'DivorceValue', spousePin: string }
    | { __typename: 'ElectricityConsumptionValue', month: string, kwh: number }
    | { __typename: 'EmploymentValue', employer: string, position: string }
    | { __typename: 'FarmerRegistrationValue', hectaresCultivated: number }
    | { __typename: 'GasConsumptionValue', month: string, cubicMetres: number }
    | { __typename: 'HouseholdChangeValue' }
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
   };

export type MyRecordQueryVariables = Exact<{
  pin: string;
  language: Language;
}>;


export type MyRecordQuery = { person: { pin: string, firstName: string, lastName: string, patronymic: string | null, birthDate: string, sex: Sex, phone: string | null, language: Language, address: { line: string, district: { code: string }, region: { code: string } }, household: { id: string, members: Array<{ id: string, relation: Relation, from: string, person: { pin: string, firstName: string, lastName: string, birthDate: string } }> } | null, facts: { hasMore: boolean, items: Array<{ id: string, kind: FactKind, validFrom: string, validTo: string | null, recordedAt: string, sourceReference: string, selfDeclared: boolean, contested: boolean, previousVersions: Array<{ id: string, kind: FactKind, validFrom: string, validTo: string | null, recordedAt: string, sourceReference: string, selfDeclared: boolean, contested: boolean, agency: { code: string }, value:
            | { __typename: 'AbroadStayValue', country: string, days: number }
            | { __typename: 'BankDepositValue', bank: string, amount: string }
            | { __typename: 'BirthValue', motherPin: string, fatherPin: string | null, districtCode: string }
            | { __typename: 'CareValue' }
            | { __typename: 'DeathValue', certificateNumber: string }
            | { __typename: 'DisabilityValue', group: DisabilityGroup, cause: DisabilityCause, reviewDate: string | null }
            | { __typename: 'DivorceValue', spousePin: string }
            | { __typename: 'ElectricityConsumptionValue', month: string, kwh: number }
            | { __typename: 'EmploymentValue', employer: string, position: string }
            | { __typename: 'FarmerRegistrationValue', hectaresCultivated: number }
            | { __typename: 'GasConsumptionValue', month: string, cubicMetres: number }
            | { __typename: 'HouseholdChangeValue' }
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
           }>, agency: { code: string }, value:
          | { __typename: 'AbroadStayValue', country: string, days: number }
          | { __typename: 'BankDepositValue', bank: string, amount: string }
          | { __typename: 'BirthValue', motherPin: string, fatherPin: string | null, districtCode: string }
          | { __typename: 'CareValue' }
          | { __typename: 'DeathValue', certificateNumber: string }
          | { __typename: 'DisabilityValue', group: DisabilityGroup, cause: DisabilityCause, reviewDate: string | null }
          | { __typename: 'DivorceValue', spousePin: string }
          | { __typename: 'ElectricityConsumptionValue', month: string, kwh: number }
          | { __typename: 'EmploymentValue', employer: string, position: string }
          | { __typename: 'FarmerRegistrationValue', hectaresCultivated: number }
          | { __typename: 'GasConsumptionValue', month: string, cubicMetres: number }
          | { __typename: 'HouseholdChangeValue' }
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
         }> }, factsInOtherRoles: Array<{ role: FactRole, fact: { id: string, kind: FactKind, validFrom: string, validTo: string | null, recordedAt: string, sourceReference: string, selfDeclared: boolean, contested: boolean, previousVersions: Array<{ id: string, kind: FactKind, validFrom: string, validTo: string | null, recordedAt: string, sourceReference: string, selfDeclared: boolean, contested: boolean, agency: { code: string }, value:
            | { __typename: 'AbroadStayValue', country: string, days: number }
            | { __typename: 'BankDepositValue', bank: string, amount: string }
            | { __typename: 'BirthValue', motherPin: string, fatherPin: string | null, districtCode: string }
            | { __typename: 'CareValue' }
            | { __typename: 'DeathValue', certificateNumber: string }
            | { __typename: 'DisabilityValue', group: DisabilityGroup, cause: DisabilityCause, reviewDate: string | null }
            | { __typename: 'DivorceValue', spousePin: string }
            | { __typename: 'ElectricityConsumptionValue', month: string, kwh: number }
            | { __typename: 'EmploymentValue', employer: string, position: string }
            | { __typename: 'FarmerRegistrationValue', hectaresCultivated: number }
            | { __typename: 'GasConsumptionValue', month: string, cubicMetres: number }
            | { __typename: 'HouseholdChangeValue' }
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
           }>, agency: { code: string }, value:
          | { __typename: 'AbroadStayValue', country: string, days: number }
          | { __typename: 'BankDepositValue', bank: string, amount: string }
          | { __typename: 'BirthValue', motherPin: string, fatherPin: string | null, districtCode: string }
          | { __typename: 'CareValue' }
          | { __typename: 'DeathValue', certificateNumber: string }
          | { __typename: 'DisabilityValue', group: DisabilityGroup, cause: DisabilityCause, reviewDate: string | null }
          | { __typename: 'DivorceValue', spousePin: string }
          | { __typename: 'ElectricityConsumptionValue', month: string, kwh: number }
          | { __typename: 'EmploymentValue', employer: string, position: string }
          | { __typename: 'FarmerRegistrationValue', hectaresCultivated: number }
          | { __typename: 'GasConsumptionValue', month: string, cubicMetres: number }
          | { __typename: 'HouseholdChangeValue' }
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
         } }>, benefits: Array<{ id: string, status: AssignmentStatus, paymentKind: PaymentKind, amount: string, periodFrom: string, periodTo: string | null, benefitType: { code: string }, nextPayment: { month: string, on: string, amount: string } | null, payments: Array<{ id: string, month: string, amount: string, status: PaymentStatus }> }>, decisions: Array<{ id: string, referenceNumber: string, legalActs: Array<string>, outcome: DecisionOutcome, decidedAt: string, effectiveDate: string, paymentKind: PaymentKind, monthlyAmount: string | null, oneTimeAmount: string | null, reasonCode: string, summary: string, assignment: { id: string } | null, benefitType: { code: string }, steps: Array<{ position: number, code: string | null, plain: string }> | null, inputs: Array<{ kind: string, factId: string | null, summary: string, subject: { pin: string, firstName: string, lastName: string } | null, fact: { id: string, contested: boolean, sourceReference: string } | null }> }>, paymentAccounts: Array<{ id: string, bank: string, branchAddress: string, cardPickupDate: string, cardNumberMasked: string, status: PaymentAccountStatus }>, correctionRequests: Array<{ id: string, status: CorrectionStatus, reason: string, requestedAt: string, answeredAt: string | null, answerReason: string | null, fact: { id: string, kind: FactKind, sourceReference: string }, correctingFact: { id: string, kind: FactKind, sourceReference: string } | null }> } };

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

export type MyAccessVisitsQueryVariables = Exact<{
  pin: string;
  filter?: AccessVisitFilter | null | undefined;
  offset: number;
}>;


export type MyAccessVisitsQuery = { person: { pin: string, accessVisits: { hasMore: boolean, offset: number, items: Array<{ at: string, purpose: PurposeOfUse | null, categories: Array<DataCategory>, entries: number, reader: { role: ReaderRole, automated: boolean, office: string | null, region: string | null } }> } } };

export type RegionsQueryVariables = Exact<{ [key: string]: never; }>;


export type RegionsQuery = { regions: Array<{ code: string }> };

export type SearchPeopleQueryVariables = Exact<{
  filter: PersonSearch;
  offset: number;
}>;


export type SearchPeopleQuery = { searchPersons: { hasMore: boolean, offset: number, items: Array<{ pin: string, firstName: string, lastName: string, patronymic: string | null, birthDate: string, address: { district: { code: string } } }> } };

export type PersonDecisionsQueryVariables = Exact<{
  pin: string;
  language: Language;
}>;


export type PersonDecisionsQuery = { person: { pin: string, firstName: string, lastName: string, patronymic: string | null, birthDate: string, decisions: Array<{ id: string, referenceNumber: string, legalActs: Array<string>, decidedAt: string, effectiveDate: string, outcome: DecisionOutcome, paymentKind: PaymentKind, monthlyAmount: string | null, oneTimeAmount: string | null, ruleVersion: string, reasonCode: string, benefitType: { code: string }, application: { id: string, submittedAt: string, deadline: string, status: ApplicationStatus } | null, appeal: { id: string, status: AppealStatus, reason: string, reviewDeadline: string | null, timeline: Array<{ id: string, kind: AppealEventKind, at: string, actor: AppealActor, reason: string | null }> } | null, replaces: { id: string } | null, assignment: { id: string, status: AssignmentStatus, periodFrom: string, periodTo: string | null } | null, inputs: Array<{ factId: string | null, kind: string, recordedAt: string | null, subject: { pin: string } | null }>, steps: Array<{ position: number, plain: string }> | null, parameters: Array<{ name: string, value: number, unit: ParameterUnit, effectiveFrom: string, sourced: boolean, basis: { act: string, article: string | null, date: string | null, text: string } | null }> }> } };

export type AuditAccessLogQueryVariables = Exact<{
  filter?: AccessLogFilter | null | undefined;
  offset: number;
}>;


export type AuditAccessLogQuery = { accessLog: { hasMore: boolean, offset: number, items: Array<{ seq: string, at: string, accessorKind: string, accessorSubject: string, clientId: string, service: string, fields: Array<string>, purpose: string, purposeCode: PurposeOfUse | null, subject: { pin: string } }> } };

export type ChainStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type ChainStatusQuery = { accessLogChain: { verified: boolean, entries: number, firstBrokenSeq: string | null }, decisionLogChain: { verified: boolean, entries: number, firstBrokenSeq: string | null } };

export type CorrectionQueueQueryVariables = Exact<{
  offset: number;
}>;


export type CorrectionQueueQuery = { correctionRequests: { hasMore: boolean, offset: number, items: Array<{ id: string, status: CorrectionStatus, reason: string, requestedAt: string, fact: { id: string, kind: FactKind, sourceReference: string, validFrom: string, validTo: string | null, recordedAt: string, value:
          | { __typename: 'AbroadStayValue', country: string, days: number }
          | { __typename: 'BankDepositValue', bank: string, amount: string }
          | { __typename: 'BirthValue', motherPin: string, fatherPin: string | null, districtCode: string }
          | { __typename: 'CareValue' }
          | { __typename: 'DeathValue', certificateNumber: string }
          | { __typename: 'DisabilityValue', group: DisabilityGroup, cause: DisabilityCause, reviewDate: string | null }
          | { __typename: 'DivorceValue', spousePin: string }
          | { __typename: 'ElectricityConsumptionValue', month: string, kwh: number }
          | { __typename: 'EmploymentValue', employer: string, position: string }
          | { __typename: 'FarmerRegistrationValue', hectaresCultivated: number }
          | { __typename: 'GasConsumptionValue', month: string, cubicMetres: number }
          | { __typename: 'HouseholdChangeValue' }
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
        , agency: { code: string }, subject: { pin: string, firstName: string, lastName: string } } }> } };

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


export type MyApplicationsQuery = { person: { pin: string, household: { id: string, members: Array<{ id: string, relation: Relation, person: { pin: string, firstName: string, lastName: string } }>, applications: Array<{ id: string, submittedAt: string, deadline: string, status: ApplicationStatus, workingDaysLeft: number | null, withdrawnAt: string | null, benefitType: { code: string }, applicant: { pin: string }, decision: { id: string, referenceNumber: string, legalActs: Array<string>, outcome: DecisionOutcome, decidedAt: string, effectiveDate: string, paymentKind: PaymentKind, monthlyAmount: string | null, oneTimeAmount: string | null, summary: string, benefitType: { code: string }, steps: Array<{ position: number, code: string | null, plain: string }> | null, inputs: Array<{ kind: string, factId: string | null, summary: string, subject: { pin: string, firstName: string, lastName: string } | null, fact: { id: string, contested: boolean, sourceReference: string } | null }> } | null }> } | null } };

export type ApplyForAssistanceMutationVariables = Exact<{
  input: ApplyForAssistanceInput;
}>;


export type ApplyForAssistanceMutation = { applyForAssistance: { created: boolean, error: { code: ApplicationErrorCode } | null, application: { id: string, submittedAt: string, deadline: string, status: ApplicationStatus } } };

export type MyMessagesQueryVariables = Exact<{
  pin: string;
}>;


export type MyMessagesQuery = { person: { pin: string, notifications: Array<{ id: string, template: string, language: Language, text: string, status: NotificationStatus, queuedAt: string, sentAt: string | null }> } };

export type WithdrawApplicationMutationVariables = Exact<{
  id: string | number;
}>;


export type WithdrawApplicationMutation = { withdrawApplication: { changed: boolean, error: { code: WithdrawApplicationErrorCode } | null, application: { id: string, status: ApplicationStatus, withdrawnAt: string | null, workingDaysLeft: number | null } } };

export type ReportChangeMutationVariables = Exact<{
  input: ReportChangeInput;
}>;


export type ReportChangeMutation = { reportChange: { created: boolean, facts: Array<{ id: string, kind: FactKind, selfDeclared: boolean }> } };

export type ApplicationsNeedingAttentionQueryVariables = Exact<{
  offset: number;
}>;


export type ApplicationsNeedingAttentionQuery = { applicationsNeedingAttention: Array<{ reasons: Array<AttentionReason>, workingDaysLeft: number, application: { id: string, deadline: string, submittedAt: string, benefitType: { code: string, name: string }, applicant: { pin: string, firstName: string, lastName: string } } }> };

export type ParameterVersionFieldsFragment = { id: string, benefitCode: string, name: string, unit: ParameterUnit, value: number, effectiveFrom: string, effectiveUntil: string | null, sourced: boolean, status: ParameterStatus, draftedBy: string, draftedByName: string | null, approvedBy: string | null, approvedByName: string | null, createdAt: string, decidedAt: string | null, legalBasis: { act: string, article: string | null, date: string | null, text: string } };

export type CoverageFieldsFragment = { ok: boolean, problems: Array<{ kind: CoverageProblemKind, benefitCode: string, name: string, from: string, until: string | null }> };

export type RulesParametersQueryVariables = Exact<{
  language: Language;
}>;


export type RulesParametersQuery = { parameterVersions: Array<{ id: string, benefitCode: string, name: string, unit: ParameterUnit, value: number, effectiveFrom: string, effectiveUntil: string | null, sourced: boolean, status: ParameterStatus, draftedBy: string, draftedByName: string | null, approvedBy: string | null, approvedByName: string | null, createdAt: string, decidedAt: string | null, legalBasis: { act: string, article: string | null, date: string | null, text: string } }>, parameterCoverage: { ok: boolean, problems: Array<{ kind: CoverageProblemKind, benefitCode: string, name: string, from: string, until: string | null }> } };

export type RulesHistoryQueryVariables = Exact<{
  language: Language;
}>;


export type RulesHistoryQuery = { parameterVersions: Array<{ id: string, benefitCode: string, name: string, unit: ParameterUnit, value: number, effectiveFrom: string, effectiveUntil: string | null, sourced: boolean, status: ParameterStatus, draftedBy: string, draftedByName: string | null, approvedBy: string | null, approvedByName: string | null, createdAt: string, decidedAt: string | null, draft: { id: string } | null, legalBasis: { act: string, article: string | null, date: string | null, text: string } }> };

export type RulesDraftsQueryVariables = Exact<{
  status?: ParameterDraftStatus | null | undefined;
}>;


export type RulesDraftsQuery = { parameterDrafts: Array<{ id: string, status: ParameterDraftStatus, reason: string, draftedBy: string, draftedByName: string | null, createdAt: string, decidedBy: string | null, decidedByName: string | null, decidedAt: string | null, versions: Array<{ id: string, benefitCode: string, name: string }> }> };

export type DryRunFieldsFragment = { id: string, status: ParameterDryRunStatus, requestedBy: string, requestedByName: string | null, requestedAt: string, completedAt: string | null, sample: { kind: ParameterDryRunSampleKind, share: number | null, regionCode: string | null, households: number | null, seed: number | null }, report: { assessed: number, changed: number, newlyGranted: number, newlyRefused: number, monthlyCostDelta: string, distribution: Array<{ from: number | null, to: number | null, decisions: number }>, examples: Array<{ benefitCode: string, subjectPin: string | null, before: string | null, after: string | null }> } | null };

export type RulesDraftQueryVariables = Exact<{
  id: string | number;
  language: Language;
}>;


export type RulesDraftQuery = { parameterDraft: { id: string, status: ParameterDraftStatus, reason: string, draftedBy: string, draftedByName: string | null, createdAt: string, decidedBy: string | null, decidedByName: string | null, decidedAt: string | null, rejectionReason: string | null, versions: Array<{ id: string, benefitCode: string, name: string, unit: ParameterUnit, value: number, effectiveFrom: string, effectiveUntil: string | null, sourced: boolean, status: ParameterStatus, draftedBy: string, draftedByName: string | null, approvedBy: string | null, approvedByName: string | null, createdAt: string, decidedAt: string | null, supersedes: { id: string } | null, previous: { id: string, value: number, unit: ParameterUnit, effectiveFrom: string } | null, legalBasis: { act: string, article: string | null, date: string | null, text: string } }>, coverage: { ok: boolean, problems: Array<{ kind: CoverageProblemKind, benefitCode: string, name: string, from: string, until: string | null }> }, dryRuns: Array<{ id: string, status: ParameterDryRunStatus, requestedBy: string, requestedByName: string | null, requestedAt: string, completedAt: string | null, sample: { kind: ParameterDryRunSampleKind, share: number | null, regionCode: string | null, households: number | null, seed: number | null }, report: { assessed: number, changed: number, newlyGranted: number, newlyRefused: number, monthlyCostDelta: string, distribution: Array<{ from: number | null, to: number | null, decisions: number }>, examples: Array<{ benefitCode: string, subjectPin: string | null, before: string | null, after: string | null }> } | null }> } };

export type DraftErrorFieldsFragment = { code: ParameterDraftErrorCode, coverage: Array<{ kind: CoverageProblemKind, benefitCode: string, name: string, from: string, until: string | null }> };

export type DraftParameterChangeMutationVariables = Exact<{
  input: DraftParameterChangeInput;
}>;


export type DraftParameterChangeMutation = { draftParameterChange: { changed: boolean, draft: { id: string } | null, error: { code: ParameterDraftErrorCode, coverage: Array<{ kind: CoverageProblemKind, benefitCode: string, name: string, from: string, until: string | null }> } | null } };

export type ApproveParameterDraftMutationVariables = Exact<{
  input: ParameterDraftRefInput;
}>;


export type ApproveParameterDraftMutation = { approveParameterDraft: { changed: boolean, draft: { id: string, status: ParameterDraftStatus } | null, error: { code: ParameterDraftErrorCode, coverage: Array<{ kind: CoverageProblemKind, benefitCode: string, name: string, from: string, until: string | null }> } | null } };

export type RejectParameterDraftMutationVariables = Exact<{
  input: RejectParameterDraftInput;
}>;


export type RejectParameterDraftMutation = { rejectParameterDraft: { changed: boolean, draft: { id: string, status: ParameterDraftStatus } | null, error: { code: ParameterDraftErrorCode, coverage: Array<{ kind: CoverageProblemKind, benefitCode: string, name: string, from: string, until: string | null }> } | null } };

export type RequestParameterDryRunMutationVariables = Exact<{
  input: RequestParameterDryRunInput;
}>;


export type RequestParameterDryRunMutation = { requestParameterDryRun: { created: boolean, dryRun: { id: string, status: ParameterDryRunStatus } | null, error: { code: ParameterDraftErrorCode, coverage: Array<{ kind: CoverageProblemKind, benefitCode: string, name: string, from: string, until: string | null }> } | null } };

export const RecordFactFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordFact"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Fact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sourceReference"}},{"kind":"Field","name":{"kind":"Name","value":"selfDeclared"}},{"kind":"Field","name":{"kind":"Name","value":"contested"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IncomeValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"payer"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmploymentValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employer"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnemploymentValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"office"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InsuredYearsValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"months"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DisabilityValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDate"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MedicalConditionValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"icd10"}},{"kind":"Field","name":{"kind":"Name","value":"chronic"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StudentValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institution"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"fullTime"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RealEstateValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"propertyType"}},{"kind":"Field","name":{"kind":"Name","value":"areaSqm"}},{"kind":"Field","name":{"kind":"Name","value":"districtCode"}},{"kind":"Field","name":{"kind":"Name","value":"cadastralNumber"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LandValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hectares"}},{"kind":"Field","name":{"kind":"Name","value":"landUse"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VehicleValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"make"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"engineCc"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BirthValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"motherPin"}},{"kind":"Field","name":{"kind":"Name","value":"fatherPin"}},{"kind":"Field","name":{"kind":"Name","value":"districtCode"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeathValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certificateNumber"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MarriageValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spousePin"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DivorceValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spousePin"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegisteredAddressValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"districtCode"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResidencePermitValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permitType"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AbroadStayValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"days"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MilitaryServiceValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceType"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdpStatusValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"originDistrictCode"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BankDepositValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bank"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ElectricityConsumptionValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"kwh"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WaterConsumptionValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"cubicMetres"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GasConsumptionValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"cubicMetres"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportDeclarationValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valueAzn"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FarmerRegistrationValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hectaresCultivated"}}]}}]}}]}}]} as unknown as DocumentNode<RecordFactFragment, unknown>;
export const ParameterVersionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParameterVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParameterVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"benefitCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveUntil"}},{"kind":"Field","name":{"kind":"Name","value":"sourced"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"draftedBy"}},{"kind":"Field","name":{"kind":"Name","value":"draftedByName"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"approvedByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"act"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"text"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]}]}}]}}]} as unknown as DocumentNode<ParameterVersionFieldsFragment, unknown>;
export const CoverageFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CoverageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CoverageCheck"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"benefitCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"until"}}]}}]}}]} as unknown as DocumentNode<CoverageFieldsFragment, unknown>;
export const DryRunFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DryRunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParameterDryRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sample"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"households"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessed"}},{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"newlyGranted"}},{"kind":"Field","name":{"kind":"Name","value":"newlyRefused"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyCostDelta"}},{"kind":"Field","name":{"kind":"Name","value":"distribution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"examples"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"benefitCode"}},{"kind":"Field","name":{"kind":"Name","value":"subjectPin"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]} as unknown as DocumentNode<DryRunFieldsFragment, unknown>;
export const DraftErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DraftErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParameterDraftError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"benefitCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"until"}}]}}]}}]} as unknown as DocumentNode<DraftErrorFieldsFragment, unknown>;
export const MyAppealsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyAppeals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pin"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"pin"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pin"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pin"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"referenceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"legalActs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDate"}},{"kind":"Field","name":{"kind":"Name","value":"paymentKind"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]},{"kind":"Field","name":{"kind":"Name","value":"benefitType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"plain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"inputs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"factId"}},{"kind":"Field","name":{"kind":"Name","value":"fact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contested"}},{"kind":"Field","name":{"kind":"Name","value":"sourceReference"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"appeals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"benefitType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentDecision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"recoveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"benefitCode"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"recovered"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"deductions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyAppealsQuery, MyAppealsQueryVariables>;
export const FileAppealDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FileAppeal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FileAppealInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileAppeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<FileAppealMutation, FileAppealMutationVariables>;
export const PursueAppealDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PursueAppeal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AppealRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pursueAppeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<PursueAppealMutation, PursueAppealMutationVariables>;
export const AppealQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppealQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appealReviewQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"50"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"reviewWorkingDaysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"disputedFactIds"}},{"kind":"Field","name":{"kind":"Name","value":"currentDecision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"referenceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"legalActs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDate"}},{"kind":"Field","name":{"kind":"Name","value":"paymentKind"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]},{"kind":"Field","name":{"kind":"Name","value":"benefitType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"plain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"inputs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"factId"}},{"kind":"Field","name":{"kind":"Name","value":"fact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contested"}},{"kind":"Field","name":{"kind":"Name","value":"sourceReference"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AppealQueueQuery, AppealQueueQueryVariables>;
export const UpholdAppealDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpholdAppeal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpholdAppealInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upholdAppeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<UpholdAppealMutation, UpholdAppealMutationVariables>;
export const ReferAppealDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReferAppeal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferAppealInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referAppealToAgency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ReferAppealMutation, ReferAppealMutationVariables>;
export const ChangeReviewQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChangeReviewQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeReviews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"OPEN"}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"benefitCode"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"factIds"}},{"kind":"Field","name":{"kind":"Name","value":"currentAmount"}},{"kind":"Field","name":{"kind":"Name","value":"declaredAmount"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}}]}}]}}]} as unknown as DocumentNode<ChangeReviewQueueQuery, ChangeReviewQueueQueryVariables>;
export const CloseChangeReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseChangeReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseChangeReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeChangeReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<CloseChangeReviewMutation, CloseChangeReviewMutationVariables>;
export const MyRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pin"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"pin"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pin"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pin"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"patronymic"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pin"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"facts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"500"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasMore"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordFact"}},{"kind":"Field","name":{"kind":"Name","value":"previousVersions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordFact"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"factsInOtherRoles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"fact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordFact"}},{"kind":"Field","name":{"kind":"Name","value":"previousVersions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordFact"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"benefits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"paymentKind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"benefitType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextPayment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"referenceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"legalActs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]},{"kind":"Field","name":{"kind":"Name","value":"assignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDate"}},{"kind":"Field","name":{"kind":"Name","value":"paymentKind"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyAmount"}},{"kind":"Field","name":{"kind":"Name","value":"oneTimeAmount"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"benefitType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"plain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"inputs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"factId"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pin"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contested"}},{"kind":"Field","name":{"kind":"Name","value":"sourceReference"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"paymentAccounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bank"}},{"kind":"Field","name":{"kind":"Name","value":"branchAddress"}},{"kind":"Field","name":{"kind":"Name","value":"cardPickupDate"}},{"kind":"Field","name":{"kind":"Name","value":"cardNumberMasked"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"correctionRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"answerReason"}},{"kind":"Field","name":{"kind":"Name","value":"fact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sourceReference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"correctingFact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sourceReference"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordFact"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Fact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sourceReference"}},{"kind":"Field","name":{"kind":"Name","value":"selfDeclared"}},{"kind":"Field","name":{"kind":"Name","value":"contested"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IncomeValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"payer"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmploymentValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employer"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnemploymentValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"office"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InsuredYearsValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"months"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DisabilityValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDate"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MedicalConditionValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"icd10"}},{"kind":"Field","name":{"kind":"Name","value":"chronic"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StudentValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institution"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"fullTime"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RealEstateValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"propertyType"}},{"kind":"Field","name":{"kind":"Name","value":"areaSqm"}},{"kind":"Field","name":{"kind":"Name","value":"districtCode"}},{"kind":"Field","name":{"kind":"Name","value":"cadastralNumber"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LandValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hectares"}},{"kind":"Field","name":{"kind":"Name","value":"landUse"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VehicleValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"make"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"engineCc"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BirthValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"motherPin"}},{"kind":"Field","name":{"kind":"Name","value":"fatherPin"}},{"kind":"Field","name":{"kind":"Name","value":"districtCode"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeathValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certificateNumber"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MarriageValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spousePin"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DivorceValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spousePin"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegisteredAddressValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"districtCode"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResidencePermitValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permitType"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AbroadStayValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"days"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MilitaryServiceValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceType"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdpStatusValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"originDistrictCode"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BankDepositValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bank"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ElectricityConsumptionValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"kwh"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WaterConsumptionValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"cubicMetres"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GasConsumptionValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"cubicMetres"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportDeclarationValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valueAzn"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FarmerRegistrationValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hectaresCultivated"}}]}}]}}]}}]} as unknown as DocumentNode<MyRecordQuery, MyRecordQueryVariables>;
export const RequestFactCorrectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestFactCorrection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"factId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestFactCorrection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"factId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"factId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"answerReason"}},{"kind":"Field","name":{"kind":"Name","value":"fact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sourceReference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"correctingFact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sourceReference"}}]}}]}}]}}]} as unknown as DocumentNode<RequestFactCorrectionMutation, RequestFactCorrectionMutationVariables>;
export const MyAccessLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyAccessLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pin"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"pin"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pin"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pin"}},{"kind":"Field","name":{"kind":"Name","value":"accessLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"50"}},{"kind":"ObjectField","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasMore"}},{"kind":"Field","name":{"kind":"Name","value":"offset"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"accessorKind"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyAccessLogQuery, MyAccessLogQueryVariables>;
export const MyAccessVisitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyAccessVisits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pin"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AccessVisitFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"pin"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pin"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pin"}},{"kind":"Field","name":{"kind":"Name","value":"accessVisits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"50"}},{"kind":"ObjectField","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasMore"}},{"kind":"Field","name":{"kind":"Name","value":"offset"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"reader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"automated"}},{"kind":"Field","name":{"kind":"Name","value":"office"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"entries"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyAccessVisitsQuery, MyAccessVisitsQueryVariables>;
export const RegionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<RegionsQuery, RegionsQueryVariables>;
export const SearchPeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchPeople"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PersonSearch"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchPersons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"20"}},{"kind":"ObjectField","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasMore"}},{"kind":"Field","name":{"kind":"Name","value":"offset"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pin"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"patronymic"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchPeopleQuery, SearchPeopleQueryVariables>;
export const PersonDecisionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonDecisions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pin"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"pin"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pin"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pin"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"patronymic"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"referenceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"legalActs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDate"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"paymentKind"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyAmount"}},{"kind":"Field","name":{"kind":"Name","value":"oneTimeAmount"}},{"kind":"Field","name":{"kind":"Name","value":"ruleVersion"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"benefitType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"replaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inputs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"factId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pin"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"plain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"parameters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"sourced"}},{"kind":"Field","name":{"kind":"Name","value":"basis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"act"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"text"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PersonDecisionsQuery, PersonDecisionsQueryVariables>;
export const AuditAccessLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditAccessLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AccessLogFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"50"}},{"kind":"ObjectField","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasMore"}},{"kind":"Field","name":{"kind":"Name","value":"offset"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accessorKind"}},{"kind":"Field","name":{"kind":"Name","value":"accessorSubject"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"purposeCode"}}]}}]}}]}}]} as unknown as DocumentNode<AuditAccessLogQuery, AuditAccessLogQueryVariables>;
export const ChainStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChainStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessLogChain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"entries"}},{"kind":"Field","name":{"kind":"Name","value":"firstBrokenSeq"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisionLogChain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"entries"}},{"kind":"Field","name":{"kind":"Name","value":"firstBrokenSeq"}}]}}]}}]} as unknown as DocumentNode<ChainStatusQuery, ChainStatusQueryVariables>;
export const CorrectionQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CorrectionQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctionRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"OPEN"}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"20"}},{"kind":"ObjectField","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasMore"}},{"kind":"Field","name":{"kind":"Name","value":"offset"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"fact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sourceReference"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IncomeValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"payer"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmploymentValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employer"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnemploymentValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"office"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InsuredYearsValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"months"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DisabilityValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDate"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MedicalConditionValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"icd10"}},{"kind":"Field","name":{"kind":"Name","value":"chronic"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StudentValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institution"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"fullTime"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RealEstateValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"propertyType"}},{"kind":"Field","name":{"kind":"Name","value":"areaSqm"}},{"kind":"Field","name":{"kind":"Name","value":"districtCode"}},{"kind":"Field","name":{"kind":"Name","value":"cadastralNumber"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LandValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hectares"}},{"kind":"Field","name":{"kind":"Name","value":"landUse"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VehicleValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"make"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"engineCc"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BirthValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"motherPin"}},{"kind":"Field","name":{"kind":"Name","value":"fatherPin"}},{"kind":"Field","name":{"kind":"Name","value":"districtCode"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeathValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certificateNumber"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MarriageValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spousePin"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DivorceValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spousePin"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegisteredAddressValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"districtCode"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResidencePermitValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permitType"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AbroadStayValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"days"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MilitaryServiceValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceType"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IdpStatusValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"originDistrictCode"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BankDepositValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bank"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ElectricityConsumptionValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"kwh"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WaterConsumptionValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"cubicMetres"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GasConsumptionValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"cubicMetres"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportDeclarationValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valueAzn"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FarmerRegistrationValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hectaresCultivated"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pin"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CorrectionQueueQuery, CorrectionQueueQueryVariables>;
export const AnswerCorrectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerCorrection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CorrectionOutcome"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerCorrectionRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"outcome"},"value":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"answerReason"}},{"kind":"Field","name":{"kind":"Name","value":"answeredBy"}}]}}]}}]} as unknown as DocumentNode<AnswerCorrectionMutation, AnswerCorrectionMutationVariables>;
export const MyApplicationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyApplications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pin"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"pin"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pin"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pin"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pin"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"applications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"benefitType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"referenceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"legalActs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDate"}},{"kind":"Field","name":{"kind":"Name","value":"paymentKind"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyAmount"}},{"kind":"Field","name":{"kind":"Name","value":"oneTimeAmount"}},{"kind":"Field","name":{"kind":"Name","value":"benefitType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"plain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"inputs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"factId"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pin"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contested"}},{"kind":"Field","name":{"kind":"Name","value":"sourceReference"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyApplicationsQuery, MyApplicationsQueryVariables>;
export const ApplyForAssistanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyForAssistance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplyForAssistanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyForAssistance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ApplyForAssistanceMutation, ApplyForAssistanceMutationVariables>;
export const MyMessagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyMessages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pin"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"pin"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pin"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pin"}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"template"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"queuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}}]}}]}}]}}]} as unknown as DocumentNode<MyMessagesQuery, MyMessagesQueryVariables>;
export const WithdrawApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"applicationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysLeft"}}]}}]}}]}}]} as unknown as DocumentNode<WithdrawApplicationMutation, WithdrawApplicationMutationVariables>;
export const ReportChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"facts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"selfDeclared"}}]}}]}}]}}]} as unknown as DocumentNode<ReportChangeMutation, ReportChangeMutationVariables>;
export const ApplicationsNeedingAttentionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApplicationsNeedingAttention"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applicationsNeedingAttention"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"withinWorkingDays"},"value":{"kind":"IntValue","value":"3"}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"workingDaysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"benefitType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pin"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ApplicationsNeedingAttentionQuery, ApplicationsNeedingAttentionQueryVariables>;
export const RulesParametersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RulesParameters"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parameterVersions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"APPROVED"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParameterVersionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parameterCoverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParameterVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParameterVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"benefitCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveUntil"}},{"kind":"Field","name":{"kind":"Name","value":"sourced"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"draftedBy"}},{"kind":"Field","name":{"kind":"Name","value":"draftedByName"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"approvedByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"act"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"text"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CoverageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CoverageCheck"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"benefitCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"until"}}]}}]}}]} as unknown as DocumentNode<RulesParametersQuery, RulesParametersQueryVariables>;
export const RulesHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RulesHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parameterVersions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParameterVersionFields"}},{"kind":"Field","name":{"kind":"Name","value":"draft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParameterVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParameterVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"benefitCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveUntil"}},{"kind":"Field","name":{"kind":"Name","value":"sourced"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"draftedBy"}},{"kind":"Field","name":{"kind":"Name","value":"draftedByName"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"approvedByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"act"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"text"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]}]}}]}}]} as unknown as DocumentNode<RulesHistoryQuery, RulesHistoryQueryVariables>;
export const RulesDraftsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RulesDrafts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ParameterDraftStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parameterDrafts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"draftedBy"}},{"kind":"Field","name":{"kind":"Name","value":"draftedByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"benefitCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<RulesDraftsQuery, RulesDraftsQueryVariables>;
export const RulesDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RulesDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parameterDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"draftedBy"}},{"kind":"Field","name":{"kind":"Name","value":"draftedByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParameterVersionFields"}},{"kind":"Field","name":{"kind":"Name","value":"supersedes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previous"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dryRuns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DryRunFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParameterVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParameterVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"benefitCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveUntil"}},{"kind":"Field","name":{"kind":"Name","value":"sourced"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"draftedBy"}},{"kind":"Field","name":{"kind":"Name","value":"draftedByName"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"approvedByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"act"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"text"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CoverageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CoverageCheck"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"benefitCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"until"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DryRunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParameterDryRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sample"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"households"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessed"}},{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"newlyGranted"}},{"kind":"Field","name":{"kind":"Name","value":"newlyRefused"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyCostDelta"}},{"kind":"Field","name":{"kind":"Name","value":"distribution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"examples"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"benefitCode"}},{"kind":"Field","name":{"kind":"Name","value":"subjectPin"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]} as unknown as DocumentNode<RulesDraftQuery, RulesDraftQueryVariables>;
export const DraftParameterChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DraftParameterChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DraftParameterChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"draftParameterChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"draft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DraftErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DraftErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParameterDraftError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"benefitCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"until"}}]}}]}}]} as unknown as DocumentNode<DraftParameterChangeMutation, DraftParameterChangeMutationVariables>;
export const ApproveParameterDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveParameterDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ParameterDraftRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveParameterDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"draft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DraftErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DraftErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParameterDraftError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"benefitCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"until"}}]}}]}}]} as unknown as DocumentNode<ApproveParameterDraftMutation, ApproveParameterDraftMutationVariables>;
export const RejectParameterDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectParameterDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RejectParameterDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectParameterDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"draft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DraftErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DraftErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParameterDraftError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"benefitCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"until"}}]}}]}}]} as unknown as DocumentNode<RejectParameterDraftMutation, RejectParameterDraftMutationVariables>;
export const RequestParameterDryRunDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestParameterDryRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestParameterDryRunInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestParameterDryRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DraftErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DraftErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParameterDraftError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"benefitCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"until"}}]}}]}}]} as unknown as DocumentNode<RequestParameterDryRunMutation, RequestParameterDryRunMutationVariables>;
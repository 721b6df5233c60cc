/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** A birth, as the civil registry's BIRTH fact states it. */
export type AddNewbornInput = {
  /** The newborn's PIN (the fact's subject). */
  childPin: string;
  /** Id (UUID) of the BIRTH fact: the idempotency key. */
  factId: string | number;
  /** Date of birth: the first day of the child's membership. */
  from: string;
  /** The mother's PIN. */
  motherPin: string;
};

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

/** Where an application stands. */
export type ApplicationStatus =
  /** Decided: see its decision. */
  | 'DECIDED'
  /** Received, not decided yet. */
  | 'SUBMITTED'
  /** Withdrawn by the applicant before a decision. */
  | 'WITHDRAWN';

/** A page through a long list of assignments, by id: pass the previous page's `endCursor` as `after`. */
export type AssignmentKeysetInput = {
  /** Start after this assignment id (exclusive); the first page when omitted. */
  after?: string | number | null | undefined;
  /** How many items at most (default 1,000, at most 5,000). */
  limit?: number | null | undefined;
};

/** Which keyset page of assignments to return. */
export type AssignmentPageInput = {
  /**
   * Only assignments whose id comes after this one (the previous page's `nextAfter`); from the first
   * when null.
   */
  after?: string | number | null | undefined;
  /** How many at most: 1 to 5000, default 1000. */
  limit?: number | null | undefined;
};

/** Whether an assignment is being paid. */
export type AssignmentStatus =
  /** Being paid. */
  | 'ACTIVE'
  /** Over: the period expired or the right ceased. */
  | 'ENDED'
  /** Paused, e.g. while a fact is verified; may resume. */
  | 'SUSPENDED';

/** Expected reasons a birth could not be registered. */
export type BirthRegistrationErrorCode =
  /** The BIRTH fact gives no first name or no sex. */
  | 'INCOMPLETE_BIRTH_RECORD'
  /** The mother's PIN is not registered. */
  | 'UNKNOWN_MOTHER';

/** Whether care of a person with a disability started or stopped. */
export type CareChangeKind =
  /** The carer started caring for the person. */
  | 'STARTED'
  /** The carer stopped caring for the person. */
  | 'STOPPED';

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

/** A death, as the civil registry's DEATH fact states it. */
export type CloseMembershipsOnDeathInput = {
  /** Id (UUID) of the DEATH fact: the idempotency key. */
  factId: string | number;
  /** Date of death: the last day of the memberships. */
  on: string;
  /** The deceased's PIN (the fact's subject). */
  pin: string;
};

/** One input a rule read. */
export type DecisionInputRecordInput = {
  /** The agency fact read (its id), or null for an input that is not a fact. */
  factId?: string | number | null | undefined;
  /** The kind of input, e.g. "INCOME" or "HOUSEHOLD_SIZE". */
  kind: string;
  /** When the registry received the fact. */
  recordedAt?: string | null | undefined;
  /** The PIN of the person the input is about, if one. */
  subjectPin?: string | null | undefined;
  /** The value as the rule used it, in words and numbers (at most 500 characters). */
  summary: string;
  /**
   * The same value for the reader's language: a JSON object of strings, `text` naming the catalogue
   * message `input.<text>` and the rest its figures (money as decimals, dates and months ISO), e.g.
   * {"text": "INCOME", "month": "2026-11", "amount": "330.00"}. Without it the summary is shown as given.
   */
  values?: unknown;
};

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

/** An assignment to end. */
export type EndAssignmentInput = {
  /** The assignment (UUID). */
  assignmentId: string | number;
  /** The last day of the assignment; not before its periodFrom. */
  effectiveDate: string;
  /** Why, as a stable code, e.g. TERM_EXPIRED, NOT_WITHDRAWN, DEATH, CHILD_TURNED_ONE. */
  reason: string;
};

/** One step of the computation. */
export type ExplanationStepInput = {
  /** The step's plain-language template code (shared/src/domain/explanations.ts), e.g. "TSA_AMOUNT". */
  code?: string | null | undefined;
  /** What the step does, in words: shown when there is no template for the code. */
  description: string;
  /** The formula with the numbers put in, if the step computes. */
  formula?: string | null | undefined;
  /** What the step produced. */
  result: string;
  /** The template's placeholder values: a JSON object of strings, e.g. {"amount": "540.00"}. */
  values?: unknown;
};

/** Which facts to list; all given criteria must match. Omitted criteria do not restrict. */
export type FactFilter = {
  /**
   * Only facts from these agencies, by code (at least one when given); an unknown code is
   * BAD_USER_INPUT.
   */
  agencies?: Array<string> | null | undefined;
  /** Include facts that were replaced by a correction (default false). */
  includeSuperseded?: boolean | null | undefined;
  /** Only facts of these kinds (at least one when given). */
  kinds?: Array<FactKind> | null | undefined;
  /** Only facts true at any time on or after this date. */
  validFrom?: string | null | undefined;
  /** Only facts true on this date. */
  validOn?: string | null | undefined;
  /** Only facts true at any time on or before this date; not before `validFrom`. */
  validTo?: string | null | undefined;
};

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

/** A change in who lives in a household. */
export type HouseholdChangeKind =
  /** A child was born into the household. */
  | 'BORN'
  /** A person moved into the household. */
  | 'JOINED'
  /** A person moved out of the household. */
  | 'LEFT';

/** Expected reasons a vital event changed no household. */
export type HouseholdEventErrorCode =
  /** Both spouses belong to (different) households. */
  | 'BOTH_IN_HOUSEHOLDS'
  /** The newborn's mother belongs to no household. */
  | 'MOTHER_HAS_NO_HOUSEHOLD'
  /** The former spouses do not share a household as head and spouse. */
  | 'NOT_SPOUSES_IN_ONE_HOUSEHOLD'
  /** Neither spouse belongs to a household. */
  | 'NO_HOUSEHOLD_TO_JOIN';

/** Which page of household ids. */
export type HouseholdIdPageInput = {
  /** The ids after this one (UUID); null: from the first. */
  after?: string | number | null | undefined;
  /** At most this many ids (1..5000, default 1000). */
  limit?: number | null | undefined;
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

/** A notification the provider refused or could not take. */
export type MarkNotificationFailedInput = {
  /** The provider's error as a code of capital letters, digits and underscores (no message text). */
  errorCode: string;
  /** The notification (UUID). */
  notificationId: string | number;
};

/** A notification the provider accepted. */
export type MarkNotificationSentInput = {
  /** The notification (UUID). */
  notificationId: string | number;
  /** The provider's id of the message, 1 to 200 characters. */
  providerMessageId: string;
};

/** The type of military service. */
export type MilitaryServiceType =
  /** Compulsory service. */
  | 'CONSCRIPT'
  /** Service under contract. */
  | 'CONTRACT';

/** The assignment a granting decision makes. */
export type NewAssignmentInput = {
  /** The PIN of the person paid. */
  beneficiaryPin: string;
  /** The household it is for (UUID), for household benefits. */
  householdId?: string | number | null | undefined;
  /** The amount paid each month. */
  monthlyAmount: string;
  /** The first day of the period. */
  periodFrom: string;
  /** The last day of the period; null when open-ended. */
  periodTo?: string | null | undefined;
};

/** Where a notification stands. */
export type NotificationStatus =
  /** The last attempt failed; the engine may try again. */
  | 'FAILED'
  /** Waiting to be sent. */
  | 'QUEUED'
  /** Accepted by the provider. */
  | 'SENT';

/** What the engine opens a review item with. */
export type OpenChangeReviewInput = {
  /** The monthly amount in force. */
  currentAmount: string;
  /** The decision in force (UUID). */
  decisionId: string | number;
  /** The monthly amount counting the declared change. */
  declaredAmount: string;
  /** The self-declared facts that would raise the amount (1 to 50 UUIDs). */
  factIds: Array<string | number>;
  /** The household assessed, if any (UUID). */
  householdId?: string | number | null | undefined;
  /** The engine's key: the same key answers the same item. */
  idempotencyKey: string;
  /** The household's economic region. */
  regionCode: string;
  /** The person who declared the change. */
  subjectPin: string;
};

/** Whose card account to open. */
export type OpenPaymentAccountInput = {
  /** The holder's PIN. */
  holderPin: string;
  /**
   * The day the account is opened (usually the day of the first granting decision); the card can be
   * collected 5 working days later.
   */
  openedOn: string;
  /**
   * The holder's economic region code (e.g. `ganja-dashkasan`): chooses the bank and branch. When
   * omitted, the region the population register gives for the holder.
   */
  regionCode?: string | null | undefined;
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

/** Where a change set stands. */
export type ParameterDraftStatus =
  /** Approved: its versions take effect on their dates. */
  | 'APPROVED'
  /** Waiting for a second person's approval. */
  | 'PENDING'
  /** Rejected: its versions are never used. */
  | 'REJECTED';

/** One band of the distribution, as the engine records it. */
export type ParameterDryRunBandInput = {
  /** Changed decisions in the band. */
  decisions: number;
  /** Lower bound in AZN, included; null: none. */
  from?: number | null | undefined;
  /** Upper bound in AZN, excluded; null: none. */
  to?: number | null | undefined;
};

/** One changed decision, as the engine records it. */
export type ParameterDryRunExampleInput = {
  /** The monthly amount with the draft; null when refused. */
  after?: string | null | undefined;
  /** The monthly amount today; null when refused. */
  before?: string | null | undefined;
  /** The benefit (catalogue code). */
  benefitCode: string;
  /** The person the decision is about (PIN). */
  subjectPin: string;
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

/** One assignment's payment for the month. */
export type PayrollItemInput = {
  /** The amount, more than zero. */
  amount: string;
  /** The assignment paid (owned by the benefits subgraph). */
  assignmentId: string | number;
  /** The beneficiary's PIN: the payment goes to their open account. */
  beneficiaryPin: string;
  /** The benefit's code (e.g. `TSA`), quoted in the remittance information of the bank export. */
  benefitCode?: string | null | undefined;
};

/** Why a payroll item was not paid. */
export type PayrollRejectionCode =
  /** The amount is zero or negative. */
  | 'INVALID_AMOUNT'
  /** The benefit code is blank or longer than 40 characters. */
  | 'INVALID_BENEFIT_CODE'
  /** The beneficiary has no open account (none yet, or it is blocked or closed): open one first. */
  | 'NO_ACCOUNT';

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

/** A message to queue. */
export type QueueNotificationInput = {
  /**
   * The benefit the message tells about (catalogue code), if it names one; the decision's benefit
   * when null and a decision is given. The message then follows that benefit's rule (revealsHealth).
   * BAD_USER_INPUT for a code not in the catalogue.
   */
  benefitCode?: string | null | undefined;
  /** The decision it tells about (UUID), if any. */
  decisionId?: string | number | null | undefined;
  /** Says what the message is about (e.g. "decision:<id>:sms"); 1 to 200 characters. */
  idempotencyKey: string;
  /** The language of the text. */
  language: Language;
  /** The PIN of the person the message goes to. */
  recipientPin: string;
  /** The template the text was written from, as a code, e.g. "TSA_GRANTED". */
  template: string;
  /** The text to send, 1 to 1,000 characters. */
  text: string;
};

/** A decision as the decision engine records it. */
export type RecordDecisionInput = {
  /** The application decided (UUID), if any: it moves to DECIDED with this decision. */
  applicationId?: string | number | null | undefined;
  /** The assignment a granting decision makes, if it makes one. */
  assignment?: NewAssignmentInput | null | undefined;
  /** The benefit's catalogue code, e.g. "TSA". */
  benefitCode: string;
  /** The day the outcome takes effect. */
  effectiveDate: string;
  /** The household assessed (UUID), for household benefits. */
  householdId?: string | number | null | undefined;
  /**
   * Says what was decided on what (e.g. "TSA:application:<id>"); 1 to 200 characters. The same key
   * never records a second decision.
   */
  idempotencyKey: string;
  /** Every input the rule read (at most 1,000). */
  inputs: Array<DecisionInputRecordInput>;
  /** The monthly amount granted; null for a refusal or a one-time benefit. */
  monthlyAmount?: string | null | undefined;
  /** The one-time amount granted (a grant); null otherwise. */
  oneTimeAmount?: string | null | undefined;
  /** Granted or refused. */
  outcome: DecisionOutcome;
  /** The rule parameter values used (names unique). */
  parameters: Array<UsedParameterInput>;
  /** Why, as a stable code of capital letters, digits and underscores, e.g. "ELIGIBLE". */
  reasonCode: string;
  /** The decision this one replaces (UUID), if any. */
  replacesId?: string | number | null | undefined;
  /** The version of the rule that decided, e.g. "TSA@2020.1"; 1 to 40 characters. */
  ruleVersion: string;
  /** The computation, in order (at most 200 steps). */
  steps: Array<ExplanationStepInput>;
  /** The PIN of the person the decision is about. */
  subjectPin: string;
};

/** An overpayment to record. */
export type RecordOverpaymentInput = {
  /** The amount overpaid. */
  amount: string;
  /** The benefit overpaid, its catalogue code. */
  benefitCode: string;
  /** Who was overpaid (the beneficiary), PIN. */
  debtorPin: string;
  /** The replacement decision that found it (UUID). */
  decisionId: string | number;
};

/** A dry run's report, as the engine records it. */
export type RecordParameterDryRunReportInput = {
  /** Persons or households assessed. */
  assessed?: number | null | undefined;
  /** Decisions whose outcome or amount would change. */
  changed?: number | null | undefined;
  /** The changed decisions by their monthly change, lowest band first. */
  distribution?: Array<ParameterDryRunBandInput> | null | undefined;
  /** The dry run's id (UUID). */
  dryRunId: string | number;
  /** Examples of changed decisions. */
  examples?: Array<ParameterDryRunExampleInput> | null | undefined;
  /** The change in total monthly cost. */
  monthlyCostDelta?: string | null | undefined;
  /** Decisions that would newly grant. */
  newlyGranted?: number | null | undefined;
  /** Decisions that would newly refuse. */
  newlyRefused?: number | null | undefined;
  /** DONE with a report, or FAILED without one. */
  status: ParameterDryRunStatus;
};

/** A month's payroll, or a part of it. */
export type RecordPayrollInput = {
  /** The payments, at most 5,000. */
  items: Array<PayrollItemInput>;
  /** The month paid for, `YYYY-MM`. */
  month: string;
};

/** A fact an appeals officer found wrong, to send to its agency. */
export type ReferFactFromAppealInput = {
  /** The appeal (UUID, of the benefits subgraph). */
  appealId: string | number;
  /** The fact (UUID). */
  factId: string | number;
  /** The appeals officer's reason, 1 to 1,000 characters. */
  reason: string;
};

/** A birth to register, as the civil registry's BIRTH fact states it. */
export type RegisterBirthInput = {
  /** Date of birth (the fact's `validFrom`). */
  birthDate: string;
  /** The newborn's PIN (the fact's subject). */
  childPin: string;
  /**
   * District code of the place of birth, e.g. "AZ-BA", as the fact states it (kept on the fact; the
   * child is registered at the mother's address, not here).
   */
  districtCode: string;
  /** Id (UUID) of the BIRTH fact: the idempotency key. */
  factId: string | number;
  /** The father's PIN, when known. */
  fatherPin?: string | null | undefined;
  /** The child's first name, when the fact gives it (required to create the record). */
  firstName?: string | null | undefined;
  /** The child's last name; default: the father's, else the mother's. */
  lastName?: string | null | undefined;
  /** The mother's PIN; she must be registered. */
  motherPin: string;
  /** The child's sex, when the fact gives it (required to create the record). */
  sex?: Sex | null | undefined;
};

/** A death to record, as the civil registry's DEATH fact states it. */
export type RegisterDeathInput = {
  /** Date of death (the fact's `validFrom`). */
  deathDate: string;
  /** Id (UUID) of the DEATH fact: the idempotency key. */
  factId: string | number;
  /** The deceased's PIN (the fact's subject). */
  pin: string;
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

/** Sex as registered in the civil registry. */
export type Sex =
  /** Female. */
  | 'FEMALE'
  /** Male. */
  | 'MALE';

/** A rule parameter value the rule used. */
export type UsedParameterInput = {
  /** The date the value took effect, as in the catalogue. */
  effectiveFrom?: string | null | undefined;
  /** The parameter's name, e.g. "needCriterion". */
  name: string;
  /** The value used. */
  value: number;
  /** The parameter version used (ParameterVersion.id), from the engine's parameter snapshot. */
  versionId?: string | number | null | undefined;
};

/** A marriage or divorce, as the civil registry's fact states it. */
export type VitalEventPairInput = {
  /** Id (UUID) of the MARRIAGE or DIVORCE fact: the idempotency key. */
  factId: string | number;
  /** Date of the marriage or divorce. */
  on: string;
  /** The fact's subject. */
  pin: string;
  /** The (former) spouse named in the fact's value. */
  spousePin: string;
};

export type EngineRuleFactFragment = { id: string, kind: FactKind, validFrom: string, validTo: string | null, recordedAt: string, selfDeclared: boolean, subject: { pin: string }, value:
    | { __typename: 'AbroadStayValue', days: number }
    | { __typename: 'BankDepositValue', amount: string }
    | { __typename: 'BirthValue', motherPin: string, fatherPin: string | null, districtCode: string }
    | { __typename: 'CareValue', careChange: CareChangeKind, caredForPin: string }
    | { __typename: 'DeathValue' }
    | { __typename: 'DisabilityValue', group: DisabilityGroup, cause: DisabilityCause, reviewDate: string | null }
    | { __typename: 'DivorceValue' }
    | { __typename: 'ElectricityConsumptionValue' }
    | { __typename: 'EmploymentValue', employer: string }
    | { __typename: 'FarmerRegistrationValue' }
    | { __typename: 'GasConsumptionValue' }
    | { __typename: 'HouseholdChangeValue', householdChange: HouseholdChangeKind, memberPin: string | null }
    | { __typename: 'IdpStatusValue' }
    | { __typename: 'ImportDeclarationValue' }
    | { __typename: 'IncomeValue', amount: string, month: string, source: IncomeSource }
    | { __typename: 'InsuredYearsValue', years: number, months: number }
    | { __typename: 'LandValue', hectares: number, landUse: LandUse }
    | { __typename: 'MarriageValue' }
    | { __typename: 'MedicalConditionValue' }
    | { __typename: 'MilitaryServiceValue', serviceType: MilitaryServiceType }
    | { __typename: 'RealEstateValue', propertyType: PropertyType, cadastralNumber: string }
    | { __typename: 'RegisteredAddressValue' }
    | { __typename: 'ResidencePermitValue' }
    | { __typename: 'StudentValue', level: EducationLevel, fullTime: boolean }
    | { __typename: 'UnemploymentValue', office: string }
    | { __typename: 'VehicleValue', year: number }
    | { __typename: 'WaterConsumptionValue' }
   };

export type EngineHouseholdQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
  filter?: FactFilter | null | undefined;
  knownAt?: string | null | undefined;
}>;


export type EngineHouseholdQuery = { household: { id: string, region: { code: string }, members: Array<{ relation: Relation, person: { pin: string, birthDate: string, deathDate: string | null, language: Language, phone: string | null, facts: { hasMore: boolean, items: Array<{ id: string, kind: FactKind, validFrom: string, validTo: string | null, recordedAt: string, selfDeclared: boolean, subject: { pin: string }, value:
              | { __typename: 'AbroadStayValue', days: number }
              | { __typename: 'BankDepositValue', amount: string }
              | { __typename: 'BirthValue', motherPin: string, fatherPin: string | null, districtCode: string }
              | { __typename: 'CareValue', careChange: CareChangeKind, caredForPin: string }
              | { __typename: 'DeathValue' }
              | { __typename: 'DisabilityValue', group: DisabilityGroup, cause: DisabilityCause, reviewDate: string | null }
              | { __typename: 'DivorceValue' }
              | { __typename: 'ElectricityConsumptionValue' }
              | { __typename: 'EmploymentValue', employer: string }
              | { __typename: 'FarmerRegistrationValue' }
              | { __typename: 'GasConsumptionValue' }
              | { __typename: 'HouseholdChangeValue', householdChange: HouseholdChangeKind, memberPin: string | null }
              | { __typename: 'IdpStatusValue' }
              | { __typename: 'ImportDeclarationValue' }
              | { __typename: 'IncomeValue', amount: string, month: string, source: IncomeSource }
              | { __typename: 'InsuredYearsValue', years: number, months: number }
              | { __typename: 'LandValue', hectares: number, landUse: LandUse }
              | { __typename: 'MarriageValue' }
              | { __typename: 'MedicalConditionValue' }
              | { __typename: 'MilitaryServiceValue', serviceType: MilitaryServiceType }
              | { __typename: 'RealEstateValue', propertyType: PropertyType, cadastralNumber: string }
              | { __typename: 'RegisteredAddressValue' }
              | { __typename: 'ResidencePermitValue' }
              | { __typename: 'StudentValue', level: EducationLevel, fullTime: boolean }
              | { __typename: 'UnemploymentValue', office: string }
              | { __typename: 'VehicleValue', year: number }
              | { __typename: 'WaterConsumptionValue' }
             }> } } }> } };

export type EngineHouseholdOfQueryVariables = Exact<{
  pin: string;
}>;


export type EngineHouseholdOfQuery = { person: { household: { id: string } | null } };

export type EngineRulePersonFragment = { pin: string, birthDate: string, deathDate: string | null, language: Language, phone: string | null };

export type EnginePersonQueryVariables = Exact<{
  pin: string;
  filter?: FactFilter | null | undefined;
  knownAt?: string | null | undefined;
}>;


export type EnginePersonQuery = { person: { pin: string, birthDate: string, deathDate: string | null, language: Language, phone: string | null, facts: { hasMore: boolean, items: Array<{ id: string, kind: FactKind, validFrom: string, validTo: string | null, recordedAt: string, selfDeclared: boolean, subject: { pin: string }, value:
          | { __typename: 'AbroadStayValue', days: number }
          | { __typename: 'BankDepositValue', amount: string }
          | { __typename: 'BirthValue', motherPin: string, fatherPin: string | null, districtCode: string }
          | { __typename: 'CareValue', careChange: CareChangeKind, caredForPin: string }
          | { __typename: 'DeathValue' }
          | { __typename: 'DisabilityValue', group: DisabilityGroup, cause: DisabilityCause, reviewDate: string | null }
          | { __typename: 'DivorceValue' }
          | { __typename: 'ElectricityConsumptionValue' }
          | { __typename: 'EmploymentValue', employer: string }
          | { __typename: 'FarmerRegistrationValue' }
          | { __typename: 'GasConsumptionValue' }
          | { __typename: 'HouseholdChangeValue', householdChange: HouseholdChangeKind, memberPin: string | null }
          | { __typename: 'IdpStatusValue' }
          | { __typename: 'ImportDeclarationValue' }
          | { __typename: 'IncomeValue', amount: string, month: string, source: IncomeSource }
          | { __typename: 'InsuredYearsValue', years: number, months: number }
          | { __typename: 'LandValue', hectares: number, landUse: LandUse }
          | { __typename: 'MarriageValue' }
          | { __typename: 'MedicalConditionValue' }
          | { __typename: 'MilitaryServiceValue', serviceType: MilitaryServiceType }
          | { __typename: 'RealEstateValue', propertyType: PropertyType, cadastralNumber: string }
          | { __typename: 'RegisteredAddressValue' }
          | { __typename: 'ResidencePermitValue' }
          | { __typename: 'StudentValue', level: EducationLevel, fullTime: boolean }
          | { __typename: 'UnemploymentValue', office: string }
          | { __typename: 'VehicleValue', year: number }
          | { __typename: 'WaterConsumptionValue' }
         }> } } };

export type EngineContactQueryVariables = Exact<{
  pin: string;
}>;


export type EngineContactQuery = { person: { language: Language, phone: string | null } };

export type EngineAppealQueryVariables = Exact<{
  id: string | number;
}>;


export type EngineAppealQuery = { appeal: { id: string, status: AppealStatus, reviewDeadline: string | null, appellant: { pin: string }, currentDecision: { id: string, benefitType: { code: string } }, timeline: Array<{ id: string, kind: AppealEventKind, reason: string | null, factId: string | null }> } };

export type EngineAppealToReviewMutationVariables = Exact<{
  input: AppealRefInput;
}>;


export type EngineAppealToReviewMutation = { sendAppealToReview: { appeal: { reviewDeadline: string | null } } };

export type EngineReferFactMutationVariables = Exact<{
  input: ReferFactFromAppealInput;
}>;


export type EngineReferFactMutation = { referFactFromAppeal: { requestId: string } };

export type EngineApplicationQueryVariables = Exact<{
  id: string | number;
}>;


export type EngineApplicationQuery = { application: { id: string, status: ApplicationStatus, submittedAt: string, benefitType: { code: string }, household: { id: string }, applicant: { pin: string } } };

export type EngineReviewsQueryVariables = Exact<{
  id: string | number;
}>;


export type EngineReviewsQuery = { changeReviewsOfHousehold: Array<{ id: string, status: ChangeReviewStatus, decisionId: string, factIds: Array<string>, householdId: string | null, benefitCode: string, subject: { pin: string } }> };

export type EngineHouseholdChangesQueryVariables = Exact<{
  pin: string;
  knownAt?: string | null | undefined;
}>;


export type EngineHouseholdChangesQuery = { person: { facts: { items: Array<{ id: string, kind: FactKind, validFrom: string, validTo: string | null, recordedAt: string, selfDeclared: boolean, subject: { pin: string }, value:
          | { __typename: 'AbroadStayValue', days: number }
          | { __typename: 'BankDepositValue', amount: string }
          | { __typename: 'BirthValue', motherPin: string, fatherPin: string | null, districtCode: string }
          | { __typename: 'CareValue', careChange: CareChangeKind, caredForPin: string }
          | { __typename: 'DeathValue' }
          | { __typename: 'DisabilityValue', group: DisabilityGroup, cause: DisabilityCause, reviewDate: string | null }
          | { __typename: 'DivorceValue' }
          | { __typename: 'ElectricityConsumptionValue' }
          | { __typename: 'EmploymentValue', employer: string }
          | { __typename: 'FarmerRegistrationValue' }
          | { __typename: 'GasConsumptionValue' }
          | { __typename: 'HouseholdChangeValue', householdChange: HouseholdChangeKind, memberPin: string | null }
          | { __typename: 'IdpStatusValue' }
          | { __typename: 'ImportDeclarationValue' }
          | { __typename: 'IncomeValue', amount: string, month: string, source: IncomeSource }
          | { __typename: 'InsuredYearsValue', years: number, months: number }
          | { __typename: 'LandValue', hectares: number, landUse: LandUse }
          | { __typename: 'MarriageValue' }
          | { __typename: 'MedicalConditionValue' }
          | { __typename: 'MilitaryServiceValue', serviceType: MilitaryServiceType }
          | { __typename: 'RealEstateValue', propertyType: PropertyType, cadastralNumber: string }
          | { __typename: 'RegisteredAddressValue' }
          | { __typename: 'ResidencePermitValue' }
          | { __typename: 'StudentValue', level: EducationLevel, fullTime: boolean }
          | { __typename: 'UnemploymentValue', office: string }
          | { __typename: 'VehicleValue', year: number }
          | { __typename: 'WaterConsumptionValue' }
         }> } } };

export type EngineOpenReviewMutationVariables = Exact<{
  input: OpenChangeReviewInput;
}>;


export type EngineOpenReviewMutation = { openChangeReview: { changed: boolean, review: { id: string } } };

export type EngineConfirmReviewMutationVariables = Exact<{
  id: string | number;
}>;


export type EngineConfirmReviewMutation = { confirmChangeReview: { changed: boolean } };

export type EngineEndedHouseholdQueryVariables = Exact<{
  id: string | number;
}>;


export type EngineEndedHouseholdQuery = { assignment: { household: { id: string } | null } };

export type EngineBornQueryVariables = Exact<{
  from: string;
  to: string;
  after?: string | null | undefined;
  limit?: number | null | undefined;
}>;


export type EngineBornQuery = { personsBornBetween: { nextAfter: string | null, items: Array<{ pin: string, birthDate: string, deathDate: string | null }> } };

export type EngineEndAssignmentMutationVariables = Exact<{
  input: EndAssignmentInput;
}>;


export type EngineEndAssignmentMutation = { endAssignment: { changed: boolean } };

export type EngineFactQueryVariables = Exact<{
  id: string | number;
}>;


export type EngineFactQuery = { fact: { id: string, kind: FactKind, validFrom: string, validTo: string | null, recordedAt: string, selfDeclared: boolean, supersededBy: { id: string } | null, subject: { pin: string }, value:
      | { __typename: 'AbroadStayValue', days: number }
      | { __typename: 'BankDepositValue', amount: string }
      | { __typename: 'BirthValue', motherPin: string, fatherPin: string | null, districtCode: string }
      | { __typename: 'CareValue', careChange: CareChangeKind, caredForPin: string }
      | { __typename: 'DeathValue' }
      | { __typename: 'DisabilityValue', group: DisabilityGroup, cause: DisabilityCause, reviewDate: string | null }
      | { __typename: 'DivorceValue' }
      | { __typename: 'ElectricityConsumptionValue' }
      | { __typename: 'EmploymentValue', employer: string }
      | { __typename: 'FarmerRegistrationValue' }
      | { __typename: 'GasConsumptionValue' }
      | { __typename: 'HouseholdChangeValue', householdChange: HouseholdChangeKind, memberPin: string | null }
      | { __typename: 'IdpStatusValue' }
      | { __typename: 'ImportDeclarationValue' }
      | { __typename: 'IncomeValue', amount: string, month: string, source: IncomeSource }
      | { __typename: 'InsuredYearsValue', years: number, months: number }
      | { __typename: 'LandValue', hectares: number, landUse: LandUse }
      | { __typename: 'MarriageValue' }
      | { __typename: 'MedicalConditionValue' }
      | { __typename: 'MilitaryServiceValue', serviceType: MilitaryServiceType }
      | { __typename: 'RealEstateValue', propertyType: PropertyType, cadastralNumber: string }
      | { __typename: 'RegisteredAddressValue' }
      | { __typename: 'ResidencePermitValue' }
      | { __typename: 'StudentValue', level: EducationLevel, fullTime: boolean }
      | { __typename: 'UnemploymentValue', office: string }
      | { __typename: 'VehicleValue', year: number }
      | { __typename: 'WaterConsumptionValue' }
     } };

export type EngineAssistanceQueryVariables = Exact<{
  id: string | number;
}>;


export type EngineAssistanceQuery = { household: { assistance: Array<{ id: string, status: AssignmentStatus, periodFrom: string, periodTo: string | null, benefitType: { code: string }, beneficiary: { pin: string } }> } };

export type EngineRegionQueryVariables = Exact<{
  id: string | number;
}>;


export type EngineRegionQuery = { household: { region: { code: string } } };

export type EngineDeceasedQueryVariables = Exact<{
  pin: string;
}>;


export type EngineDeceasedQuery = { person: { benefits: Array<{ id: string, periodFrom: string, benefitType: { code: string } }>, memberships: Array<{ from: string, to: string | null, household: { id: string } | null }> } };

export type EngineAssignmentRowFragment = { id: string, periodFrom: string, periodTo: string | null, monthlyAmount: string, benefitType: { code: string }, beneficiary: { pin: string } };

export type EngineActiveAssignmentsQueryVariables = Exact<{
  on: string;
  page?: AssignmentPageInput | null | undefined;
}>;


export type EngineActiveAssignmentsQuery = { activeAssignments: { hasMore: boolean, items: Array<{ id: string, periodFrom: string, periodTo: string | null, monthlyAmount: string, benefitType: { code: string }, beneficiary: { pin: string } }> } };

export type EngineExpiringAssignmentsQueryVariables = Exact<{
  on: string;
  page?: AssignmentPageInput | null | undefined;
}>;


export type EngineExpiringAssignmentsQuery = { expiringAssignments: { hasMore: boolean, items: Array<{ id: string, periodFrom: string, periodTo: string | null, monthlyAmount: string, benefitType: { code: string }, beneficiary: { pin: string } }> } };

export type EngineParameterDryRunQueryVariables = Exact<{
  id: string | number;
}>;


export type EngineParameterDryRunQuery = { parameterDryRun: { id: string, status: ParameterDryRunStatus, sample: { kind: ParameterDryRunSampleKind, share: number | null, regionCode: string | null, households: number | null, seed: number | null }, draft: { id: string, status: ParameterDraftStatus, versions: Array<{ benefitCode: string, name: string, value: number, effectiveFrom: string }> } } };

export type EngineHouseholdIdsQueryVariables = Exact<{
  regionCode?: string | null | undefined;
  page?: HouseholdIdPageInput | null | undefined;
}>;


export type EngineHouseholdIdsQuery = { householdIds: { ids: Array<string>, hasMore: boolean } };

export type EngineRecordParameterDryRunReportMutationVariables = Exact<{
  input: RecordParameterDryRunReportInput;
}>;


export type EngineRecordParameterDryRunReportMutation = { recordParameterDryRunReport: { created: boolean, error: { code: ParameterDraftErrorCode } | null } };

export type EngineSettledPaymentQueryVariables = Exact<{
  id: string | number;
}>;


export type EngineSettledPaymentQuery = { payment: { id: string, amount: string, month: string, beneficiary: { pin: string }, assignment: { benefitType: { code: string } } } };

export type EngineRepayMutationVariables = Exact<{
  month: string;
}>;


export type EngineRepayMutation = { repayReturnedPayments: { repaid: Array<{ paymentId: string }> } };

export type EnginePayrollMutationVariables = Exact<{
  input: RecordPayrollInput;
}>;


export type EnginePayrollMutation = { recordPayroll: { created: number, existing: number, rejected: Array<{ index: number, code: PayrollRejectionCode }> } };

export type EngineUnwithdrawnQueryVariables = Exact<{
  month: string;
  page?: AssignmentKeysetInput | null | undefined;
}>;


export type EngineUnwithdrawnQuery = { unwithdrawnAssignments: { hasMore: boolean, items: Array<{ id: string, status: AssignmentStatus, benefitType: { code: string }, beneficiary: { pin: string } }> } };

export type EngineTsaOfQueryVariables = Exact<{
  pin: string;
}>;


export type EngineTsaOfQuery = { person: { household: { id: string, assistance: Array<{ id: string, status: AssignmentStatus, periodFrom: string, periodTo: string | null, monthlyAmount: string, benefitType: { code: string }, beneficiary: { pin: string }, decision: { id: string, subject: { pin: string }, inputs: Array<{ factId: string | null }>, application: { submittedAt: string } | null, replaces: { application: { submittedAt: string } | null, replaces: { application: { submittedAt: string } | null, replaces: { application: { submittedAt: string } | null, replaces: { application: { submittedAt: string } | null, replaces: { application: { submittedAt: string } | null, replaces: { application: { submittedAt: string } | null } | null } | null } | null } | null } | null } | null } }> } | null } };

export type EngineRecordDecisionMutationVariables = Exact<{
  input: RecordDecisionInput;
}>;


export type EngineRecordDecisionMutation = { recordDecision: { created: boolean, decision: { id: string }, assignment: { id: string } | null } };

export type EngineOpenAccountMutationVariables = Exact<{
  input: OpenPaymentAccountInput;
}>;


export type EngineOpenAccountMutation = { openPaymentAccount: { created: boolean, account: { id: string, branchAddress: string, cardPickupDate: string } } };

export type EngineQueueNotificationMutationVariables = Exact<{
  input: QueueNotificationInput;
}>;


export type EngineQueueNotificationMutation = { queueNotification: { notification: { id: string } } };

export type EngineRedecisionQueryVariables = Exact<{
  id: string | number;
}>;


export type EngineRedecisionQuery = { decision: { id: string, decidedAt: string, effectiveDate: string, outcome: DecisionOutcome, ruleVersion: string, monthlyAmount: string | null, oneTimeAmount: string | null, benefitType: { code: string }, subject: { pin: string }, household: { id: string } | null, application: { submittedAt: string } | null, inputs: Array<{ kind: string, subject: { pin: string } | null }>, assignment: { id: string, status: AssignmentStatus, periodFrom: string, periodTo: string | null, beneficiary: { pin: string }, payments: Array<{ month: string, amount: string, status: PaymentStatus }> } | null } };

export type EngineOverpaymentMutationVariables = Exact<{
  input: RecordOverpaymentInput;
}>;


export type EngineOverpaymentMutation = { recordOverpayment: { created: boolean } };

export type EngineStandingFactQueryVariables = Exact<{
  pin: string;
  filter?: FactFilter | null | undefined;
}>;


export type EngineStandingFactQuery = { person: { facts: { items: Array<{ id: string, kind: FactKind, validFrom: string, validTo: string | null, recordedAt: string, selfDeclared: boolean, subject: { pin: string }, value:
          | { __typename: 'AbroadStayValue', days: number }
          | { __typename: 'BankDepositValue', amount: string }
          | { __typename: 'BirthValue', motherPin: string, fatherPin: string | null, districtCode: string }
          | { __typename: 'CareValue', careChange: CareChangeKind, caredForPin: string }
          | { __typename: 'DeathValue' }
          | { __typename: 'DisabilityValue', group: DisabilityGroup, cause: DisabilityCause, reviewDate: string | null }
          | { __typename: 'DivorceValue' }
          | { __typename: 'ElectricityConsumptionValue' }
          | { __typename: 'EmploymentValue', employer: string }
          | { __typename: 'FarmerRegistrationValue' }
          | { __typename: 'GasConsumptionValue' }
          | { __typename: 'HouseholdChangeValue', householdChange: HouseholdChangeKind, memberPin: string | null }
          | { __typename: 'IdpStatusValue' }
          | { __typename: 'ImportDeclarationValue' }
          | { __typename: 'IncomeValue', amount: string, month: string, source: IncomeSource }
          | { __typename: 'InsuredYearsValue', years: number, months: number }
          | { __typename: 'LandValue', hectares: number, landUse: LandUse }
          | { __typename: 'MarriageValue' }
          | { __typename: 'MedicalConditionValue' }
          | { __typename: 'MilitaryServiceValue', serviceType: MilitaryServiceType }
          | { __typename: 'RealEstateValue', propertyType: PropertyType, cadastralNumber: string }
          | { __typename: 'RegisteredAddressValue' }
          | { __typename: 'ResidencePermitValue' }
          | { __typename: 'StudentValue', level: EducationLevel, fullTime: boolean }
          | { __typename: 'UnemploymentValue', office: string }
          | { __typename: 'VehicleValue', year: number }
          | { __typename: 'WaterConsumptionValue' }
         }> } } };

export type EngineTsaOnDayQueryVariables = Exact<{
  id: string | number;
}>;


export type EngineTsaOnDayQuery = { household: { assistance: Array<{ id: string, status: AssignmentStatus, periodFrom: string, periodTo: string | null, benefitType: { code: string }, beneficiary: { pin: string } }> } };

export type EngineEndingQueryVariables = Exact<{
  from: string;
  to: string;
  page?: AssignmentPageInput | null | undefined;
}>;


export type EngineEndingQuery = { assignmentsEndingBetween: { hasMore: boolean, nextAfter: string | null, items: Array<{ id: string, periodTo: string | null, beneficiary: { pin: string }, household: { id: string } | null }> } };

export type EngineRerunAssignmentQueryVariables = Exact<{
  id: string | number;
}>;


export type EngineRerunAssignmentQuery = { assignment: { id: string, status: AssignmentStatus, periodFrom: string, periodTo: string | null, monthlyAmount: string, beneficiary: { pin: string }, payments: Array<{ month: string, amount: string, status: PaymentStatus }>, decision: { id: string, ruleVersion: string, application: { id: string, submittedAt: string, household: { id: string }, applicant: { pin: string } } | null } } };

export type EngineRerunListQueryVariables = Exact<{
  on: string;
  page?: AssignmentPageInput | null | undefined;
}>;


export type EngineRerunListQuery = { activeAssignments: { hasMore: boolean, nextAfter: string | null, items: Array<{ id: string, benefitType: { code: string } }> } };

export type EngineNotificationQueryVariables = Exact<{
  id: string | number;
}>;


export type EngineNotificationQuery = { notification: { id: string, status: NotificationStatus, text: string, recipient: { phone: string | null } } };

export type EngineSentMutationVariables = Exact<{
  input: MarkNotificationSentInput;
}>;


export type EngineSentMutation = { markNotificationSent: { notification: { id: string } } };

export type EngineFailedMutationVariables = Exact<{
  input: MarkNotificationFailedInput;
}>;


export type EngineFailedMutation = { markNotificationFailed: { notification: { id: string } } };

export type EngineSupersededQueryVariables = Exact<{
  pin: string;
  filter?: FactFilter | null | undefined;
}>;


export type EngineSupersededQuery = { person: { facts: { items: Array<{ id: string, supersededBy: { id: string } | null }> } } };

export type EngineDecisionsUsingQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type EngineDecisionsUsingQuery = { decisionsUsingFacts: Array<{ id: string, inputs: Array<{ factId: string | null }> }> };

export type EngineParameterSnapshotQueryVariables = Exact<{
  etag?: string | null | undefined;
}>;


export type EngineParameterSnapshotQuery = { parameterSnapshot: { etag: string, versions: Array<{ id: string, benefitCode: string, name: string, value: number, effectiveFrom: string, effectiveUntil: string | null }> | null } };

export type VitalEventFactQueryVariables = Exact<{
  id: string | number;
}>;


export type VitalEventFactQuery = { fact: { id: string, kind: FactKind, validFrom: string, subject: { pin: string }, supersededBy: { id: string } | null, value:
      | { __typename: 'AbroadStayValue' }
      | { __typename: 'BankDepositValue' }
      | { __typename: 'BirthValue', motherPin: string, fatherPin: string | null, districtCode: string, firstName: string | null, lastName: string | null, sex: Sex | null }
      | { __typename: 'CareValue' }
      | { __typename: 'DeathValue' }
      | { __typename: 'DisabilityValue' }
      | { __typename: 'DivorceValue', spousePin: string }
      | { __typename: 'ElectricityConsumptionValue' }
      | { __typename: 'EmploymentValue' }
      | { __typename: 'FarmerRegistrationValue' }
      | { __typename: 'GasConsumptionValue' }
      | { __typename: 'HouseholdChangeValue' }
      | { __typename: 'IdpStatusValue' }
      | { __typename: 'ImportDeclarationValue' }
      | { __typename: 'IncomeValue' }
      | { __typename: 'InsuredYearsValue' }
      | { __typename: 'LandValue' }
      | { __typename: 'MarriageValue', spousePin: string }
      | { __typename: 'MedicalConditionValue' }
      | { __typename: 'MilitaryServiceValue' }
      | { __typename: 'RealEstateValue' }
      | { __typename: 'RegisteredAddressValue' }
      | { __typename: 'ResidencePermitValue' }
      | { __typename: 'StudentValue' }
      | { __typename: 'UnemploymentValue' }
      | { __typename: 'VehicleValue' }
      | { __typename: 'WaterConsumptionValue' }
     } };

export type RegisterBirthMutationVariables = Exact<{
  input: RegisterBirthInput;
}>;


export type RegisterBirthMutation = { registerBirth: { changed: boolean, person: { pin: string } | null, error: { code: BirthRegistrationErrorCode } | null } };

export type RegisterDeathMutationVariables = Exact<{
  input: RegisterDeathInput;
}>;


export type RegisterDeathMutation = { registerDeath: { changed: boolean } };

export type AddNewbornMutationVariables = Exact<{
  input: AddNewbornInput;
}>;


export type AddNewbornMutation = { addNewborn: { changed: boolean, error: { code: HouseholdEventErrorCode } | null } };

export type CloseMembershipsOnDeathMutationVariables = Exact<{
  input: CloseMembershipsOnDeathInput;
}>;


export type CloseMembershipsOnDeathMutation = { closeMembershipsOnDeath: { changed: boolean, error: { code: HouseholdEventErrorCode } | null } };

export type RegisterMarriageMutationVariables = Exact<{
  input: VitalEventPairInput;
}>;


export type RegisterMarriageMutation = { registerMarriage: { changed: boolean, error: { code: HouseholdEventErrorCode } | null } };

export type RegisterDivorceMutationVariables = Exact<{
  input: VitalEventPairInput;
}>;


export type RegisterDivorceMutation = { registerDivorce: { changed: boolean, error: { code: HouseholdEventErrorCode } | null } };

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
export const EngineRuleFactFragmentDoc = new TypedDocumentString(`
    fragment EngineRuleFact on Fact {
  id
  kind
  validFrom
  validTo
  recordedAt
  selfDeclared
  subject {
    pin
  }
  value {
    __typename
    ... on IncomeValue {
      amount
      month
      source
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
    ... on StudentValue {
      level
      fullTime
    }
    ... on UnemploymentValue {
      office
    }
    ... on MilitaryServiceValue {
      serviceType
    }
    ... on HouseholdChangeValue {
      householdChange
      memberPin
    }
    ... on BirthValue {
      motherPin
      fatherPin
      districtCode
    }
    ... on RealEstateValue {
      propertyType
      cadastralNumber
    }
    ... on LandValue {
      hectares
      landUse
    }
    ... on VehicleValue {
      year
    }
    ... on BankDepositValue {
      amount
    }
    ... on AbroadStayValue {
      days
    }
    ... on EmploymentValue {
      employer
    }
    ... on CareValue {
      careChange
      caredForPin
    }
  }
}
    `, {"fragmentName":"EngineRuleFact"}) as unknown as TypedDocumentString<EngineRuleFactFragment, unknown>;
export const EngineRulePersonFragmentDoc = new TypedDocumentString(`
    fragment EngineRulePerson on Person {
  pin
  birthDate
  deathDate
  language
  phone
}
    `, {"fragmentName":"EngineRulePerson"}) as unknown as TypedDocumentString<EngineRulePersonFragment, unknown>;
export const EngineAssignmentRowFragmentDoc = new TypedDocumentString(`
    fragment EngineAssignmentRow on Assignment {
  id
  periodFrom
  periodTo
  monthlyAmount
  benefitType {
    code
  }
  beneficiary {
    pin
  }
}
    `, {"fragmentName":"EngineAssignmentRow"}) as unknown as TypedDocumentString<EngineAssignmentRowFragment, unknown>;
export const EngineHouseholdDocument = new TypedDocumentString(`
    query EngineHousehold($id: ID!, $asOf: Date, $filter: FactFilter, $knownAt: DateTime) {
  household(id: $id) {
    id
    region {
      code
    }
    members(asOf: $asOf) {
      relation
      person {
        ...EngineRulePerson
        facts(filter: $filter, knownAt: $knownAt, page: {limit: 1000}) {
          hasMore
          items {
            ...EngineRuleFact
          }
        }
      }
    }
  }
}
    fragment EngineRuleFact on Fact {
  id
  kind
  validFrom
  validTo
  recordedAt
  selfDeclared
  subject {
    pin
  }
  value {
    __typename
    ... on IncomeValue {
      amount
      month
      source
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
    ... on StudentValue {
      level
      fullTime
    }
    ... on UnemploymentValue {
      office
    }
    ... on MilitaryServiceValue {
      serviceType
    }
    ... on HouseholdChangeValue {
      householdChange
      memberPin
    }
    ... on BirthValue {
      motherPin
      fatherPin
      districtCode
    }
    ... on RealEstateValue {
      propertyType
      cadastralNumber
    }
    ... on LandValue {
      hectares
      landUse
    }
    ... on VehicleValue {
      year
    }
    ... on BankDepositValue {
      amount
    }
    ... on AbroadStayValue {
      days
    }
    ... on EmploymentValue {
      employer
    }
    ... on CareValue {
      careChange
      caredForPin
    }
  }
}
fragment EngineRulePerson on Person {
  pin
  birthDate
  deathDate
  language
  phone
}`) as unknown as TypedDocumentString<EngineHouseholdQuery, EngineHouseholdQueryVariables>;
export const EngineHouseholdOfDocument = new TypedDocumentString(`
    query EngineHouseholdOf($pin: String!) {
  person(pin: $pin) {
    household {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<EngineHouseholdOfQuery, EngineHouseholdOfQueryVariables>;
export const EnginePersonDocument = new TypedDocumentString(`
    query EnginePerson($pin: String!, $filter: FactFilter, $knownAt: DateTime) {
  person(pin: $pin) {
    ...EngineRulePerson
    facts(filter: $filter, knownAt: $knownAt, page: {limit: 1000}) {
      hasMore
      items {
        ...EngineRuleFact
      }
    }
  }
}
    fragment EngineRuleFact on Fact {
  id
  kind
  validFrom
  validTo
  recordedAt
  selfDeclared
  subject {
    pin
  }
  value {
    __typename
    ... on IncomeValue {
      amount
      month
      source
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
    ... on StudentValue {
      level
      fullTime
    }
    ... on UnemploymentValue {
      office
    }
    ... on MilitaryServiceValue {
      serviceType
    }
    ... on HouseholdChangeValue {
      householdChange
      memberPin
    }
    ... on BirthValue {
      motherPin
      fatherPin
      districtCode
    }
    ... on RealEstateValue {
      propertyType
      cadastralNumber
    }
    ... on LandValue {
      hectares
      landUse
    }
    ... on VehicleValue {
      year
    }
    ... on BankDepositValue {
      amount
    }
    ... on AbroadStayValue {
      days
    }
    ... on EmploymentValue {
      employer
    }
    ... on CareValue {
      careChange
      caredForPin
    }
  }
}
fragment EngineRulePerson on Person {
  pin
  birthDate
  deathDate
  language
  phone
}`) as unknown as TypedDocumentString<EnginePersonQuery, EnginePersonQueryVariables>;
export const EngineContactDocument = new TypedDocumentString(`
    query EngineContact($pin: String!) {
  person(pin: $pin) {
    language
    phone
  }
}
    `) as unknown as TypedDocumentString<EngineContactQuery, EngineContactQueryVariables>;
export const EngineAppealDocument = new TypedDocumentString(`
    query EngineAppeal($id: ID!) {
  appeal(id: $id) {
    id
    status
    reviewDeadline
    appellant {
      pin
    }
    currentDecision {
      id
      benefitType {
        code
      }
    }
    timeline {
      id
      kind
      reason
      factId
    }
  }
}
    `) as unknown as TypedDocumentString<EngineAppealQuery, EngineAppealQueryVariables>;
export const EngineAppealToReviewDocument = new TypedDocumentString(`
    mutation EngineAppealToReview($input: AppealRefInput!) {
  sendAppealToReview(input: $input) {
    appeal {
      reviewDeadline
    }
  }
}
    `) as unknown as TypedDocumentString<EngineAppealToReviewMutation, EngineAppealToReviewMutationVariables>;
export const EngineReferFactDocument = new TypedDocumentString(`
    mutation EngineReferFact($input: ReferFactFromAppealInput!) {
  referFactFromAppeal(input: $input) {
    requestId
  }
}
    `) as unknown as TypedDocumentString<EngineReferFactMutation, EngineReferFactMutationVariables>;
export const EngineApplicationDocument = new TypedDocumentString(`
    query EngineApplication($id: ID!) {
  application(id: $id) {
    id
    status
    submittedAt
    benefitType {
      code
    }
    household {
      id
    }
    applicant {
      pin
    }
  }
}
    `) as unknown as TypedDocumentString<EngineApplicationQuery, EngineApplicationQueryVariables>;
export const EngineReviewsDocument = new TypedDocumentString(`
    query EngineReviews($id: ID!) {
  changeReviewsOfHousehold(householdId: $id) {
    id
    status
    decisionId
    factIds
    householdId
    benefitCode
    subject {
      pin
    }
  }
}
    `) as unknown as TypedDocumentString<EngineReviewsQuery, EngineReviewsQueryVariables>;
export const EngineHouseholdChangesDocument = new TypedDocumentString(`
    query EngineHouseholdChanges($pin: String!, $knownAt: DateTime) {
  person(pin: $pin) {
    facts(
      filter: {kinds: [HOUSEHOLD_CHANGE]}
      knownAt: $knownAt
      page: {limit: 100}
    ) {
      items {
        ...EngineRuleFact
      }
    }
  }
}
    fragment EngineRuleFact on Fact {
  id
  kind
  validFrom
  validTo
  recordedAt
  selfDeclared
  subject {
    pin
  }
  value {
    __typename
    ... on IncomeValue {
      amount
      month
      source
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
    ... on StudentValue {
      level
      fullTime
    }
    ... on UnemploymentValue {
      office
    }
    ... on MilitaryServiceValue {
      serviceType
    }
    ... on HouseholdChangeValue {
      householdChange
      memberPin
    }
    ... on BirthValue {
      motherPin
      fatherPin
      districtCode
    }
    ... on RealEstateValue {
      propertyType
      cadastralNumber
    }
    ... on LandValue {
      hectares
      landUse
    }
    ... on VehicleValue {
      year
    }
    ... on BankDepositValue {
      amount
    }
    ... on AbroadStayValue {
      days
    }
    ... on EmploymentValue {
      employer
    }
    ... on CareValue {
      careChange
      caredForPin
    }
  }
}`) as unknown as TypedDocumentString<EngineHouseholdChangesQuery, EngineHouseholdChangesQueryVariables>;
export const EngineOpenReviewDocument = new TypedDocumentString(`
    mutation EngineOpenReview($input: OpenChangeReviewInput!) {
  openChangeReview(input: $input) {
    changed
    review {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<EngineOpenReviewMutation, EngineOpenReviewMutationVariables>;
export const EngineConfirmReviewDocument = new TypedDocumentString(`
    mutation EngineConfirmReview($id: ID!) {
  confirmChangeReview(reviewId: $id) {
    changed
  }
}
    `) as unknown as TypedDocumentString<EngineConfirmReviewMutation, EngineConfirmReviewMutationVariables>;
export const EngineEndedHouseholdDocument = new TypedDocumentString(`
    query EngineEndedHousehold($id: ID!) {
  assignment(id: $id) {
    household {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<EngineEndedHouseholdQuery, EngineEndedHouseholdQueryVariables>;
export const EngineBornDocument = new TypedDocumentString(`
    query EngineBorn($from: Date!, $to: Date!, $after: String, $limit: Int) {
  personsBornBetween(from: $from, to: $to, after: $after, limit: $limit) {
    items {
      pin
      birthDate
      deathDate
    }
    nextAfter
  }
}
    `) as unknown as TypedDocumentString<EngineBornQuery, EngineBornQueryVariables>;
export const EngineEndAssignmentDocument = new TypedDocumentString(`
    mutation EngineEndAssignment($input: EndAssignmentInput!) {
  endAssignment(input: $input) {
    changed
  }
}
    `) as unknown as TypedDocumentString<EngineEndAssignmentMutation, EngineEndAssignmentMutationVariables>;
export const EngineFactDocument = new TypedDocumentString(`
    query EngineFact($id: ID!) {
  fact(id: $id) {
    ...EngineRuleFact
    supersededBy {
      id
    }
  }
}
    fragment EngineRuleFact on Fact {
  id
  kind
  validFrom
  validTo
  recordedAt
  selfDeclared
  subject {
    pin
  }
  value {
    __typename
    ... on IncomeValue {
      amount
      month
      source
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
    ... on StudentValue {
      level
      fullTime
    }
    ... on UnemploymentValue {
      office
    }
    ... on MilitaryServiceValue {
      serviceType
    }
    ... on HouseholdChangeValue {
      householdChange
      memberPin
    }
    ... on BirthValue {
      motherPin
      fatherPin
      districtCode
    }
    ... on RealEstateValue {
      propertyType
      cadastralNumber
    }
    ... on LandValue {
      hectares
      landUse
    }
    ... on VehicleValue {
      year
    }
    ... on BankDepositValue {
      amount
    }
    ... on AbroadStayValue {
      days
    }
    ... on EmploymentValue {
      employer
    }
    ... on CareValue {
      careChange
      caredForPin
    }
  }
}`) as unknown as TypedDocumentString<EngineFactQuery, EngineFactQueryVariables>;
export const EngineAssistanceDocument = new TypedDocumentString(`
    query EngineAssistance($id: ID!) {
  household(id: $id) {
    assistance {
      id
      status
      periodFrom
      periodTo
      benefitType {
        code
      }
      beneficiary {
        pin
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EngineAssistanceQuery, EngineAssistanceQueryVariables>;
export const EngineRegionDocument = new TypedDocumentString(`
    query EngineRegion($id: ID!) {
  household(id: $id) {
    region {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<EngineRegionQuery, EngineRegionQueryVariables>;
export const EngineDeceasedDocument = new TypedDocumentString(`
    query EngineDeceased($pin: String!) {
  person(pin: $pin) {
    benefits(status: ACTIVE) {
      id
      periodFrom
      benefitType {
        code
      }
    }
    memberships {
      from
      to
      household {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EngineDeceasedQuery, EngineDeceasedQueryVariables>;
export const EngineActiveAssignmentsDocument = new TypedDocumentString(`
    query EngineActiveAssignments($on: Date!, $page: AssignmentPageInput) {
  activeAssignments(on: $on, page: $page) {
    hasMore
    items {
      ...EngineAssignmentRow
    }
  }
}
    fragment EngineAssignmentRow on Assignment {
  id
  periodFrom
  periodTo
  monthlyAmount
  benefitType {
    code
  }
  beneficiary {
    pin
  }
}`) as unknown as TypedDocumentString<EngineActiveAssignmentsQuery, EngineActiveAssignmentsQueryVariables>;
export const EngineExpiringAssignmentsDocument = new TypedDocumentString(`
    query EngineExpiringAssignments($on: Date!, $page: AssignmentPageInput) {
  expiringAssignments(on: $on, page: $page) {
    hasMore
    items {
      ...EngineAssignmentRow
    }
  }
}
    fragment EngineAssignmentRow on Assignment {
  id
  periodFrom
  periodTo
  monthlyAmount
  benefitType {
    code
  }
  beneficiary {
    pin
  }
}`) as unknown as TypedDocumentString<EngineExpiringAssignmentsQuery, EngineExpiringAssignmentsQueryVariables>;
export const EngineParameterDryRunDocument = new TypedDocumentString(`
    query EngineParameterDryRun($id: ID!) {
  parameterDryRun(id: $id) {
    id
    status
    sample {
      kind
      share
      regionCode
      households
      seed
    }
    draft {
      id
      status
      versions {
        benefitCode
        name
        value
        effectiveFrom
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EngineParameterDryRunQuery, EngineParameterDryRunQueryVariables>;
export const EngineHouseholdIdsDocument = new TypedDocumentString(`
    query EngineHouseholdIds($regionCode: String, $page: HouseholdIdPageInput) {
  householdIds(regionCode: $regionCode, page: $page) {
    ids
    hasMore
  }
}
    `) as unknown as TypedDocumentString<EngineHouseholdIdsQuery, EngineHouseholdIdsQueryVariables>;
export const EngineRecordParameterDryRunReportDocument = new TypedDocumentString(`
    mutation EngineRecordParameterDryRunReport($input: RecordParameterDryRunReportInput!) {
  recordParameterDryRunReport(input: $input) {
    created
    error {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<EngineRecordParameterDryRunReportMutation, EngineRecordParameterDryRunReportMutationVariables>;
export const EngineSettledPaymentDocument = new TypedDocumentString(`
    query EngineSettledPayment($id: ID!) {
  payment(id: $id) {
    id
    amount
    month
    beneficiary {
      pin
    }
    assignment {
      benefitType {
        code
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EngineSettledPaymentQuery, EngineSettledPaymentQueryVariables>;
export const EngineRepayDocument = new TypedDocumentString(`
    mutation EngineRepay($month: String!) {
  repayReturnedPayments(month: $month) {
    repaid {
      paymentId
    }
  }
}
    `) as unknown as TypedDocumentString<EngineRepayMutation, EngineRepayMutationVariables>;
export const EnginePayrollDocument = new TypedDocumentString(`
    mutation EnginePayroll($input: RecordPayrollInput!) {
  recordPayroll(input: $input) {
    created
    existing
    rejected {
      index
      code
    }
  }
}
    `) as unknown as TypedDocumentString<EnginePayrollMutation, EnginePayrollMutationVariables>;
export const EngineUnwithdrawnDocument = new TypedDocumentString(`
    query EngineUnwithdrawn($month: String!, $page: AssignmentKeysetInput) {
  unwithdrawnAssignments(month: $month, months: 2, page: $page) {
    hasMore
    items {
      id
      status
      benefitType {
        code
      }
      beneficiary {
        pin
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EngineUnwithdrawnQuery, EngineUnwithdrawnQueryVariables>;
export const EngineTsaOfDocument = new TypedDocumentString(`
    query EngineTsaOf($pin: String!) {
  person(pin: $pin) {
    household {
      id
      assistance {
        id
        status
        periodFrom
        periodTo
        monthlyAmount
        benefitType {
          code
        }
        beneficiary {
          pin
        }
        decision {
          id
          subject {
            pin
          }
          inputs {
            factId
          }
          application {
            submittedAt
          }
          replaces {
            application {
              submittedAt
            }
            replaces {
              application {
                submittedAt
              }
              replaces {
                application {
                  submittedAt
                }
                replaces {
                  application {
                    submittedAt
                  }
                  replaces {
                    application {
                      submittedAt
                    }
                    replaces {
                      application {
                        submittedAt
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EngineTsaOfQuery, EngineTsaOfQueryVariables>;
export const EngineRecordDecisionDocument = new TypedDocumentString(`
    mutation EngineRecordDecision($input: RecordDecisionInput!) {
  recordDecision(input: $input) {
    created
    decision {
      id
    }
    assignment {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<EngineRecordDecisionMutation, EngineRecordDecisionMutationVariables>;
export const EngineOpenAccountDocument = new TypedDocumentString(`
    mutation EngineOpenAccount($input: OpenPaymentAccountInput!) {
  openPaymentAccount(input: $input) {
    created
    account {
      id
      branchAddress
      cardPickupDate
    }
  }
}
    `) as unknown as TypedDocumentString<EngineOpenAccountMutation, EngineOpenAccountMutationVariables>;
export const EngineQueueNotificationDocument = new TypedDocumentString(`
    mutation EngineQueueNotification($input: QueueNotificationInput!) {
  queueNotification(input: $input) {
    notification {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<EngineQueueNotificationMutation, EngineQueueNotificationMutationVariables>;
export const EngineRedecisionDocument = new TypedDocumentString(`
    query EngineRedecision($id: ID!) {
  decision(id: $id) {
    id
    decidedAt
    effectiveDate
    outcome
    ruleVersion
    monthlyAmount
    oneTimeAmount
    benefitType {
      code
    }
    subject {
      pin
    }
    household {
      id
    }
    application {
      submittedAt
    }
    inputs {
      kind
      subject {
        pin
      }
    }
    assignment {
      id
      status
      periodFrom
      periodTo
      beneficiary {
        pin
      }
      payments {
        month
        amount
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EngineRedecisionQuery, EngineRedecisionQueryVariables>;
export const EngineOverpaymentDocument = new TypedDocumentString(`
    mutation EngineOverpayment($input: RecordOverpaymentInput!) {
  recordOverpayment(input: $input) {
    created
  }
}
    `) as unknown as TypedDocumentString<EngineOverpaymentMutation, EngineOverpaymentMutationVariables>;
export const EngineStandingFactDocument = new TypedDocumentString(`
    query EngineStandingFact($pin: String!, $filter: FactFilter) {
  person(pin: $pin) {
    facts(filter: $filter, page: {limit: 100}) {
      items {
        ...EngineRuleFact
      }
    }
  }
}
    fragment EngineRuleFact on Fact {
  id
  kind
  validFrom
  validTo
  recordedAt
  selfDeclared
  subject {
    pin
  }
  value {
    __typename
    ... on IncomeValue {
      amount
      month
      source
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
    ... on StudentValue {
      level
      fullTime
    }
    ... on UnemploymentValue {
      office
    }
    ... on MilitaryServiceValue {
      serviceType
    }
    ... on HouseholdChangeValue {
      householdChange
      memberPin
    }
    ... on BirthValue {
      motherPin
      fatherPin
      districtCode
    }
    ... on RealEstateValue {
      propertyType
      cadastralNumber
    }
    ... on LandValue {
      hectares
      landUse
    }
    ... on VehicleValue {
      year
    }
    ... on BankDepositValue {
      amount
    }
    ... on AbroadStayValue {
      days
    }
    ... on EmploymentValue {
      employer
    }
    ... on CareValue {
      careChange
      caredForPin
    }
  }
}`) as unknown as TypedDocumentString<EngineStandingFactQuery, EngineStandingFactQueryVariables>;
export const EngineTsaOnDayDocument = new TypedDocumentString(`
    query EngineTsaOnDay($id: ID!) {
  household(id: $id) {
    assistance {
      id
      status
      periodFrom
      periodTo
      benefitType {
        code
      }
      beneficiary {
        pin
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EngineTsaOnDayQuery, EngineTsaOnDayQueryVariables>;
export const EngineEndingDocument = new TypedDocumentString(`
    query EngineEnding($from: Date!, $to: Date!, $page: AssignmentPageInput) {
  assignmentsEndingBetween(from: $from, to: $to, page: $page) {
    hasMore
    nextAfter
    items {
      id
      periodTo
      beneficiary {
        pin
      }
      household {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EngineEndingQuery, EngineEndingQueryVariables>;
export const EngineRerunAssignmentDocument = new TypedDocumentString(`
    query EngineRerunAssignment($id: ID!) {
  assignment(id: $id) {
    id
    status
    periodFrom
    periodTo
    monthlyAmount
    beneficiary {
      pin
    }
    payments {
      month
      amount
      status
    }
    decision {
      id
      ruleVersion
      application {
        id
        submittedAt
        household {
          id
        }
        applicant {
          pin
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EngineRerunAssignmentQuery, EngineRerunAssignmentQueryVariables>;
export const EngineRerunListDocument = new TypedDocumentString(`
    query EngineRerunList($on: Date!, $page: AssignmentPageInput) {
  activeAssignments(on: $on, page: $page) {
    hasMore
    nextAfter
    items {
      id
      benefitType {
        code
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EngineRerunListQuery, EngineRerunListQueryVariables>;
export const EngineNotificationDocument = new TypedDocumentString(`
    query EngineNotification($id: ID!) {
  notification(id: $id) {
    id
    status
    text
    recipient {
      phone
    }
  }
}
    `) as unknown as TypedDocumentString<EngineNotificationQuery, EngineNotificationQueryVariables>;
export const EngineSentDocument = new TypedDocumentString(`
    mutation EngineSent($input: MarkNotificationSentInput!) {
  markNotificationSent(input: $input) {
    notification {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<EngineSentMutation, EngineSentMutationVariables>;
export const EngineFailedDocument = new TypedDocumentString(`
    mutation EngineFailed($input: MarkNotificationFailedInput!) {
  markNotificationFailed(input: $input) {
    notification {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<EngineFailedMutation, EngineFailedMutationVariables>;
export const EngineSupersededDocument = new TypedDocumentString(`
    query EngineSuperseded($pin: String!, $filter: FactFilter) {
  person(pin: $pin) {
    facts(filter: $filter, page: {limit: 1000}) {
      items {
        id
        supersededBy {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EngineSupersededQuery, EngineSupersededQueryVariables>;
export const EngineDecisionsUsingDocument = new TypedDocumentString(`
    query EngineDecisionsUsing($ids: [ID!]!) {
  decisionsUsingFacts(factIds: $ids) {
    id
    inputs {
      factId
    }
  }
}
    `) as unknown as TypedDocumentString<EngineDecisionsUsingQuery, EngineDecisionsUsingQueryVariables>;
export const EngineParameterSnapshotDocument = new TypedDocumentString(`
    query EngineParameterSnapshot($etag: String) {
  parameterSnapshot(ifNoneMatch: $etag) {
    etag
    versions {
      id
      benefitCode
      name
      value
      effectiveFrom
      effectiveUntil
    }
  }
}
    `) as unknown as TypedDocumentString<EngineParameterSnapshotQuery, EngineParameterSnapshotQueryVariables>;
export const VitalEventFactDocument = new TypedDocumentString(`
    query VitalEventFact($id: ID!) {
  fact(id: $id) {
    id
    kind
    validFrom
    subject {
      pin
    }
    supersededBy {
      id
    }
    value {
      __typename
      ... on BirthValue {
        motherPin
        fatherPin
        districtCode
        firstName
        lastName
        sex
      }
      ... on MarriageValue {
        spousePin
      }
      ... on DivorceValue {
        spousePin
      }
    }
  }
}
    `) as unknown as TypedDocumentString<VitalEventFactQuery, VitalEventFactQueryVariables>;
export const RegisterBirthDocument = new TypedDocumentString(`
    mutation RegisterBirth($input: RegisterBirthInput!) {
  registerBirth(input: $input) {
    changed
    person {
      pin
    }
    error {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<RegisterBirthMutation, RegisterBirthMutationVariables>;
export const RegisterDeathDocument = new TypedDocumentString(`
    mutation RegisterDeath($input: RegisterDeathInput!) {
  registerDeath(input: $input) {
    changed
  }
}
    `) as unknown as TypedDocumentString<RegisterDeathMutation, RegisterDeathMutationVariables>;
export const AddNewbornDocument = new TypedDocumentString(`
    mutation AddNewborn($input: AddNewbornInput!) {
  addNewborn(input: $input) {
    changed
    error {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AddNewbornMutation, AddNewbornMutationVariables>;
export const CloseMembershipsOnDeathDocument = new TypedDocumentString(`
    mutation CloseMembershipsOnDeath($input: CloseMembershipsOnDeathInput!) {
  closeMembershipsOnDeath(input: $input) {
    changed
    error {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CloseMembershipsOnDeathMutation, CloseMembershipsOnDeathMutationVariables>;
export const RegisterMarriageDocument = new TypedDocumentString(`
    mutation RegisterMarriage($input: VitalEventPairInput!) {
  registerMarriage(input: $input) {
    changed
    error {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<RegisterMarriageMutation, RegisterMarriageMutationVariables>;
export const RegisterDivorceDocument = new TypedDocumentString(`
    mutation RegisterDivorce($input: VitalEventPairInput!) {
  registerDivorce(input: $input) {
    changed
    error {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<RegisterDivorceMutation, RegisterDivorceMutationVariables>;
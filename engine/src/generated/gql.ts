/* eslint-disable */
import * as types from './graphql.ts';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment EngineRuleFact on Fact {\n    id kind validFrom validTo recordedAt selfDeclared subject { pin }\n    value {\n      __typename\n      ... on IncomeValue { amount month source }\n      ... on InsuredYearsValue { years months }\n      ... on DisabilityValue { group cause reviewDate }\n      ... on StudentValue { level fullTime }\n      ... on UnemploymentValue { office }\n      ... on MilitaryServiceValue { serviceType }\n      ... on HouseholdChangeValue { householdChange memberPin }\n      ... on BirthValue { motherPin fatherPin districtCode }\n      ... on RealEstateValue { propertyType cadastralNumber }\n      ... on LandValue { hectares landUse }\n      ... on VehicleValue { year }\n      ... on BankDepositValue { amount }\n      ... on AbroadStayValue { days }\n      ... on EmploymentValue { employer }\n      ... on CareValue { careChange caredForPin }\n    }\n  }\n": typeof types.EngineRuleFactFragmentDoc,
    "\n  query EngineHousehold($id: ID!, $asOf: Date, $filter: FactFilter, $knownAt: DateTime) {\n    household(id: $id) {\n      id region { code }\n      members(asOf: $asOf) { relation person { ...EngineRulePerson facts(filter: $filter, knownAt: $knownAt, page: { limit: 1000 }) { hasMore items { ...EngineRuleFact } } } }\n    }\n  }\n": typeof types.EngineHouseholdDocument,
    "\n  query EngineHouseholdOf($pin: String!) { person(pin: $pin) { household { id } } }\n": typeof types.EngineHouseholdOfDocument,
    "\n  fragment EngineRulePerson on Person { pin birthDate deathDate language phone }\n": typeof types.EngineRulePersonFragmentDoc,
    "\n  query EnginePerson($pin: String!, $filter: FactFilter, $knownAt: DateTime) {\n    person(pin: $pin) { ...EngineRulePerson facts(filter: $filter, knownAt: $knownAt, page: { limit: 1000 }) { hasMore items { ...EngineRuleFact } } }\n  }\n": typeof types.EnginePersonDocument,
    "\n  query EngineContact($pin: String!) { person(pin: $pin) { language phone } }\n": typeof types.EngineContactDocument,
    "\n  query EngineAppeal($id: ID!) {\n    appeal(id: $id) { id status reviewDeadline appellant { pin } currentDecision { id benefitType { code } } timeline { id kind reason factId } }\n  }\n": typeof types.EngineAppealDocument,
    "\n  mutation EngineAppealToReview($input: AppealRefInput!) { sendAppealToReview(input: $input) { appeal { reviewDeadline } } }\n": typeof types.EngineAppealToReviewDocument,
    "\n  mutation EngineReferFact($input: ReferFactFromAppealInput!) { referFactFromAppeal(input: $input) { requestId } }\n": typeof types.EngineReferFactDocument,
    "\n  query EngineApplication($id: ID!) { application(id: $id) { id status submittedAt benefitType { code } household { id } applicant { pin } } }\n": typeof types.EngineApplicationDocument,
    "\n  query EngineReviews($id: ID!) { changeReviewsOfHousehold(householdId: $id) { id status decisionId factIds householdId benefitCode subject { pin } } }\n": typeof types.EngineReviewsDocument,
    "\n  query EngineHouseholdChanges($pin: String!, $knownAt: DateTime) {\n    person(pin: $pin) { facts(filter: { kinds: [HOUSEHOLD_CHANGE] }, knownAt: $knownAt, page: { limit: 100 }) { items { ...EngineRuleFact } } }\n  }\n": typeof types.EngineHouseholdChangesDocument,
    "\n  mutation EngineOpenReview($input: OpenChangeReviewInput!) { openChangeReview(input: $input) { changed review { id } } }\n": typeof types.EngineOpenReviewDocument,
    "\n  mutation EngineConfirmReview($id: ID!) { confirmChangeReview(reviewId: $id) { changed } }\n": typeof types.EngineConfirmReviewDocument,
    "\n  query EngineEndedHousehold($id: ID!) { assignment(id: $id) { household { id } } }\n": typeof types.EngineEndedHouseholdDocument,
    "\n  query EngineBorn($from: Date!, $to: Date!, $after: String, $limit: Int) {\n    personsBornBetween(from: $from, to: $to, after: $after, limit: $limit) { items { pin birthDate deathDate } nextAfter }\n  }\n": typeof types.EngineBornDocument,
    "\n  mutation EngineEndAssignment($input: EndAssignmentInput!) { endAssignment(input: $input) { changed } }\n": typeof types.EngineEndAssignmentDocument,
    "\n  query EngineFact($id: ID!) { fact(id: $id) { ...EngineRuleFact supersededBy { id } } }\n": typeof types.EngineFactDocument,
    "\n  query EngineAssistance($id: ID!) { household(id: $id) { assistance { id status periodFrom periodTo benefitType { code } beneficiary { pin } } } }\n": typeof types.EngineAssistanceDocument,
    "\n  query EngineRegion($id: ID!) { household(id: $id) { region { code } } }\n": typeof types.EngineRegionDocument,
    "\n  query EngineDeceased($pin: String!) { person(pin: $pin) { benefits(status: ACTIVE) { id periodFrom benefitType { code } } memberships { from to household { id } } } }\n": typeof types.EngineDeceasedDocument,
    "\n  fragment EngineAssignmentRow on Assignment { id periodFrom periodTo monthlyAmount benefitType { code } beneficiary { pin } }\n": typeof types.EngineAssignmentRowFragmentDoc,
    "\n  query EngineActiveAssignments($on: Date!, $page: AssignmentPageInput) { activeAssignments(on: $on, page: $page) { hasMore items { ...EngineAssignmentRow } } }\n": typeof types.EngineActiveAssignmentsDocument,
    "\n  query EngineExpiringAssignments($on: Date!, $page: AssignmentPageInput) { expiringAssignments(on: $on, page: $page) { hasMore items { ...EngineAssignmentRow } } }\n": typeof types.EngineExpiringAssignmentsDocument,
    "\n  query EngineParameterDryRun($id: ID!) {\n    parameterDryRun(id: $id) { id status sample { kind share regionCode households seed } draft { id status versions { benefitCode name value effectiveFrom } } }\n  }\n": typeof types.EngineParameterDryRunDocument,
    "\n  query EngineHouseholdIds($regionCode: String, $page: HouseholdIdPageInput) { householdIds(regionCode: $regionCode, page: $page) { ids hasMore } }\n": typeof types.EngineHouseholdIdsDocument,
    "\n  mutation EngineRecordParameterDryRunReport($input: RecordParameterDryRunReportInput!) {\n    recordParameterDryRunReport(input: $input) { created error { code } }\n  }\n": typeof types.EngineRecordParameterDryRunReportDocument,
    "\n  query EngineSettledPayment($id: ID!) {\n    payment(id: $id) { id amount month beneficiary { pin } assignment { benefitType { code } } }\n  }\n": typeof types.EngineSettledPaymentDocument,
    "\n  mutation EngineRepay($month: String!) { repayReturnedPayments(month: $month) { repaid { paymentId } } }\n": typeof types.EngineRepayDocument,
    "\n  mutation EnginePayroll($input: RecordPayrollInput!) { recordPayroll(input: $input) { created existing rejected { index code } } }\n": typeof types.EnginePayrollDocument,
    "\n  query EngineUnwithdrawn($month: String!, $page: AssignmentKeysetInput) {\n    unwithdrawnAssignments(month: $month, months: 2, page: $page) { hasMore items { id status benefitType { code } beneficiary { pin } } }\n  }\n": typeof types.EngineUnwithdrawnDocument,
    "\n  query EngineTsaOf($pin: String!) {\n    person(pin: $pin) {\n      household {\n        id\n        assistance {\n          id status periodFrom periodTo monthlyAmount benefitType { code } beneficiary { pin }\n          decision {\n            id subject { pin } inputs { factId }\n            application { submittedAt }\n            replaces { application { submittedAt } replaces { application { submittedAt } replaces { application { submittedAt } replaces {\n              application { submittedAt } replaces { application { submittedAt } replaces { application { submittedAt } } } } } } }\n          }\n        }\n      }\n    }\n  }\n": typeof types.EngineTsaOfDocument,
    "\n  mutation EngineRecordDecision($input: RecordDecisionInput!) {\n    recordDecision(input: $input) { created decision { id } assignment { id } }\n  }\n": typeof types.EngineRecordDecisionDocument,
    "\n  mutation EngineOpenAccount($input: OpenPaymentAccountInput!) {\n    openPaymentAccount(input: $input) { created account { id branchAddress cardPickupDate } }\n  }\n": typeof types.EngineOpenAccountDocument,
    "\n  mutation EngineQueueNotification($input: QueueNotificationInput!) {\n    queueNotification(input: $input) { notification { id } }\n  }\n": typeof types.EngineQueueNotificationDocument,
    "\n  query EngineRedecision($id: ID!) {\n    decision(id: $id) {\n      id decidedAt effectiveDate outcome ruleVersion monthlyAmount oneTimeAmount benefitType { code } subject { pin } household { id }\n      application { submittedAt } inputs { kind subject { pin } }\n      assignment { id status periodFrom periodTo beneficiary { pin } payments { month amount status } }\n    }\n  }\n": typeof types.EngineRedecisionDocument,
    "\n  mutation EngineOverpayment($input: RecordOverpaymentInput!) { recordOverpayment(input: $input) { created } }\n": typeof types.EngineOverpaymentDocument,
    "\n  query EngineStandingFact($pin: String!, $filter: FactFilter) { person(pin: $pin) { facts(filter: $filter, page: { limit: 100 }) { items { ...EngineRuleFact } } } }\n": typeof types.EngineStandingFactDocument,
    "\n  query EngineTsaOnDay($id: ID!) { household(id: $id) { assistance { id status periodFrom periodTo benefitType { code } beneficiary { pin } } } }\n": typeof types.EngineTsaOnDayDocument,
    "\n  query EngineEnding($from: Date!, $to: Date!, $page: AssignmentPageInput) {\n    assignmentsEndingBetween(from: $from, to: $to, page: $page) { hasMore nextAfter items { id periodTo beneficiary { pin } household { id } } }\n  }\n": typeof types.EngineEndingDocument,
    "\n  query EngineRerunAssignment($id: ID!) {\n    assignment(id: $id) {\n      id status periodFrom periodTo monthlyAmount beneficiary { pin }\n      payments { month amount status }\n      decision { id ruleVersion application { id submittedAt household { id } applicant { pin } } }\n    }\n  }\n": typeof types.EngineRerunAssignmentDocument,
    "\n  query EngineRerunList($on: Date!, $page: AssignmentPageInput) { activeAssignments(on: $on, page: $page) { hasMore nextAfter items { id benefitType { code } } } }\n": typeof types.EngineRerunListDocument,
    "\n  query EngineNotification($id: ID!) { notification(id: $id) { id status text recipient { phone } } }\n": typeof types.EngineNotificationDocument,
    "\n  mutation EngineSent($input: MarkNotificationSentInput!) { markNotificationSent(input: $input) { notification { id } } }\n": typeof types.EngineSentDocument,
    "\n  mutation EngineFailed($input: MarkNotificationFailedInput!) { markNotificationFailed(input: $input) { notification { id } } }\n": typeof types.EngineFailedDocument,
    "\n  query EngineSuperseded($pin: String!, $filter: FactFilter) { person(pin: $pin) { facts(filter: $filter, page: { limit: 1000 }) { items { id supersededBy { id } } } } }\n": typeof types.EngineSupersededDocument,
    "\n  query EngineDecisionsUsing($ids: [ID!]!) { decisionsUsingFacts(factIds: $ids) { id inputs { factId } } }\n": typeof types.EngineDecisionsUsingDocument,
    "\n  query EngineParameterSnapshot($etag: String) {\n    parameterSnapshot(ifNoneMatch: $etag) { etag versions { id benefitCode name value effectiveFrom effectiveUntil } }\n  }\n": typeof types.EngineParameterSnapshotDocument,
    "\n  query VitalEventFact($id: ID!) {\n    fact(id: $id) {\n      id kind validFrom subject { pin } supersededBy { id }\n      value {\n        __typename\n        ... on BirthValue { motherPin fatherPin districtCode firstName lastName sex }\n        ... on MarriageValue { spousePin }\n        ... on DivorceValue { spousePin }\n      }\n    }\n  }\n": typeof types.VitalEventFactDocument,
    "\n  mutation RegisterBirth($input: RegisterBirthInput!) { registerBirth(input: $input) { changed person { pin } error { code } } }\n": typeof types.RegisterBirthDocument,
    "\n  mutation RegisterDeath($input: RegisterDeathInput!) { registerDeath(input: $input) { changed } }\n": typeof types.RegisterDeathDocument,
    "\n  mutation AddNewborn($input: AddNewbornInput!) { addNewborn(input: $input) { changed error { code } } }\n": typeof types.AddNewbornDocument,
    "\n  mutation CloseMembershipsOnDeath($input: CloseMembershipsOnDeathInput!) { closeMembershipsOnDeath(input: $input) { changed error { code } } }\n": typeof types.CloseMembershipsOnDeathDocument,
    "\n  mutation RegisterMarriage($input: VitalEventPairInput!) { registerMarriage(input: $input) { changed error { code } } }\n": typeof types.RegisterMarriageDocument,
    "\n  mutation RegisterDivorce($input: VitalEventPairInput!) { registerDivorce(input: $input) { changed error { code } } }\n": typeof types.RegisterDivorceDocument,
};
const documents: Documents = {
    "\n  fragment EngineRuleFact on Fact {\n    id kind validFrom validTo recordedAt selfDeclared subject { pin }\n    value {\n      __typename\n      ... on IncomeValue { amount month source }\n      ... on InsuredYearsValue { years months }\n      ... on DisabilityValue { group cause reviewDate }\n      ... on StudentValue { level fullTime }\n      ... on UnemploymentValue { office }\n      ... on MilitaryServiceValue { serviceType }\n      ... on HouseholdChangeValue { householdChange memberPin }\n      ... on BirthValue { motherPin fatherPin districtCode }\n      ... on RealEstateValue { propertyType cadastralNumber }\n      ... on LandValue { hectares landUse }\n      ... on VehicleValue { year }\n      ... on BankDepositValue { amount }\n      ... on AbroadStayValue { days }\n      ... on EmploymentValue { employer }\n      ... on CareValue { careChange caredForPin }\n    }\n  }\n": types.EngineRuleFactFragmentDoc,
    "\n  query EngineHousehold($id: ID!, $asOf: Date, $filter: FactFilter, $knownAt: DateTime) {\n    household(id: $id) {\n      id region { code }\n      members(asOf: $asOf) { relation person { ...EngineRulePerson facts(filter: $filter, knownAt: $knownAt, page: { limit: 1000 }) { hasMore items { ...EngineRuleFact } } } }\n    }\n  }\n": types.EngineHouseholdDocument,
    "\n  query EngineHouseholdOf($pin: String!) { person(pin: $pin) { household { id } } }\n": types.EngineHouseholdOfDocument,
    "\n  fragment EngineRulePerson on Person { pin birthDate deathDate language phone }\n": types.EngineRulePersonFragmentDoc,
    "\n  query EnginePerson($pin: String!, $filter: FactFilter, $knownAt: DateTime) {\n    person(pin: $pin) { ...EngineRulePerson facts(filter: $filter, knownAt: $knownAt, page: { limit: 1000 }) { hasMore items { ...EngineRuleFact } } }\n  }\n": types.EnginePersonDocument,
    "\n  query EngineContact($pin: String!) { person(pin: $pin) { language phone } }\n": types.EngineContactDocument,
    "\n  query EngineAppeal($id: ID!) {\n    appeal(id: $id) { id status reviewDeadline appellant { pin } currentDecision { id benefitType { code } } timeline { id kind reason factId } }\n  }\n": types.EngineAppealDocument,
    "\n  mutation EngineAppealToReview($input: AppealRefInput!) { sendAppealToReview(input: $input) { appeal { reviewDeadline } } }\n": types.EngineAppealToReviewDocument,
    "\n  mutation EngineReferFact($input: ReferFactFromAppealInput!) { referFactFromAppeal(input: $input) { requestId } }\n": types.EngineReferFactDocument,
    "\n  query EngineApplication($id: ID!) { application(id: $id) { id status submittedAt benefitType { code } household { id } applicant { pin } } }\n": types.EngineApplicationDocument,
    "\n  query EngineReviews($id: ID!) { changeReviewsOfHousehold(householdId: $id) { id status decisionId factIds householdId benefitCode subject { pin } } }\n": types.EngineReviewsDocument,
    "\n  query EngineHouseholdChanges($pin: String!, $knownAt: DateTime) {\n    person(pin: $pin) { facts(filter: { kinds: [HOUSEHOLD_CHANGE] }, knownAt: $knownAt, page: { limit: 100 }) { items { ...EngineRuleFact } } }\n  }\n": types.EngineHouseholdChangesDocument,
    "\n  mutation EngineOpenReview($input: OpenChangeReviewInput!) { openChangeReview(input: $input) { changed review { id } } }\n": types.EngineOpenReviewDocument,
    "\n  mutation EngineConfirmReview($id: ID!) { confirmChangeReview(reviewId: $id) { changed } }\n": types.EngineConfirmReviewDocument,
    "\n  query EngineEndedHousehold($id: ID!) { assignment(id: $id) { household { id } } }\n": types.EngineEndedHouseholdDocument,
    "\n  query EngineBorn($from: Date!, $to: Date!, $after: String, $limit: Int) {\n    personsBornBetween(from: $from, to: $to, after: $after, limit: $limit) { items { pin birthDate deathDate } nextAfter }\n  }\n": types.EngineBornDocument,
    "\n  mutation EngineEndAssignment($input: EndAssignmentInput!) { endAssignment(input: $input) { changed } }\n": types.EngineEndAssignmentDocument,
    "\n  query EngineFact($id: ID!) { fact(id: $id) { ...EngineRuleFact supersededBy { id } } }\n": types.EngineFactDocument,
    "\n  query EngineAssistance($id: ID!) { household(id: $id) { assistance { id status periodFrom periodTo benefitType { code } beneficiary { pin } } } }\n": types.EngineAssistanceDocument,
    "\n  query EngineRegion($id: ID!) { household(id: $id) { region { code } } }\n": types.EngineRegionDocument,
    "\n  query EngineDeceased($pin: String!) { person(pin: $pin) { benefits(status: ACTIVE) { id periodFrom benefitType { code } } memberships { from to household { id } } } }\n": types.EngineDeceasedDocument,
    "\n  fragment EngineAssignmentRow on Assignment { id periodFrom periodTo monthlyAmount benefitType { code } beneficiary { pin } }\n": types.EngineAssignmentRowFragmentDoc,
    "\n  query EngineActiveAssignments($on: Date!, $page: AssignmentPageInput) { activeAssignments(on: $on, page: $page) { hasMore items { ...EngineAssignmentRow } } }\n": types.EngineActiveAssignmentsDocument,
    "\n  query EngineExpiringAssignments($on: Date!, $page: AssignmentPageInput) { expiringAssignments(on: $on, page: $page) { hasMore items { ...EngineAssignmentRow } } }\n": types.EngineExpiringAssignmentsDocument,
    "\n  query EngineParameterDryRun($id: ID!) {\n    parameterDryRun(id: $id) { id status sample { kind share regionCode households seed } draft { id status versions { benefitCode name value effectiveFrom } } }\n  }\n": types.EngineParameterDryRunDocument,
    "\n  query EngineHouseholdIds($regionCode: String, $page: HouseholdIdPageInput) { householdIds(regionCode: $regionCode, page: $page) { ids hasMore } }\n": types.EngineHouseholdIdsDocument,
    "\n  mutation EngineRecordParameterDryRunReport($input: RecordParameterDryRunReportInput!) {\n    recordParameterDryRunReport(input: $input) { created error { code } }\n  }\n": types.EngineRecordParameterDryRunReportDocument,
    "\n  query EngineSettledPayment($id: ID!) {\n    payment(id: $id) { id amount month beneficiary { pin } assignment { benefitType { code } } }\n  }\n": types.EngineSettledPaymentDocument,
    "\n  mutation EngineRepay($month: String!) { repayReturnedPayments(month: $month) { repaid { paymentId } } }\n": types.EngineRepayDocument,
    "\n  mutation EnginePayroll($input: RecordPayrollInput!) { recordPayroll(input: $input) { created existing rejected { index code } } }\n": types.EnginePayrollDocument,
    "\n  query EngineUnwithdrawn($month: String!, $page: AssignmentKeysetInput) {\n    unwithdrawnAssignments(month: $month, months: 2, page: $page) { hasMore items { id status benefitType { code } beneficiary { pin } } }\n  }\n": types.EngineUnwithdrawnDocument,
    "\n  query EngineTsaOf($pin: String!) {\n    person(pin: $pin) {\n      household {\n        id\n        assistance {\n          id status periodFrom periodTo monthlyAmount benefitType { code } beneficiary { pin }\n          decision {\n            id subject { pin } inputs { factId }\n            application { submittedAt }\n            replaces { application { submittedAt } replaces { application { submittedAt } replaces { application { submittedAt } replaces {\n              application { submittedAt } replaces { application { submittedAt } replaces { application { submittedAt } } } } } } }\n          }\n        }\n      }\n    }\n  }\n": types.EngineTsaOfDocument,
    "\n  mutation EngineRecordDecision($input: RecordDecisionInput!) {\n    recordDecision(input: $input) { created decision { id } assignment { id } }\n  }\n": types.EngineRecordDecisionDocument,
    "\n  mutation EngineOpenAccount($input: OpenPaymentAccountInput!) {\n    openPaymentAccount(input: $input) { created account { id branchAddress cardPickupDate } }\n  }\n": types.EngineOpenAccountDocument,
    "\n  mutation EngineQueueNotification($input: QueueNotificationInput!) {\n    queueNotification(input: $input) { notification { id } }\n  }\n": types.EngineQueueNotificationDocument,
    "\n  query EngineRedecision($id: ID!) {\n    decision(id: $id) {\n      id decidedAt effectiveDate outcome ruleVersion monthlyAmount oneTimeAmount benefitType { code } subject { pin } household { id }\n      application { submittedAt } inputs { kind subject { pin } }\n      assignment { id status periodFrom periodTo beneficiary { pin } payments { month amount status } }\n    }\n  }\n": types.EngineRedecisionDocument,
    "\n  mutation EngineOverpayment($input: RecordOverpaymentInput!) { recordOverpayment(input: $input) { created } }\n": types.EngineOverpaymentDocument,
    "\n  query EngineStandingFact($pin: String!, $filter: FactFilter) { person(pin: $pin) { facts(filter: $filter, page: { limit: 100 }) { items { ...EngineRuleFact } } } }\n": types.EngineStandingFactDocument,
    "\n  query EngineTsaOnDay($id: ID!) { household(id: $id) { assistance { id status periodFrom periodTo benefitType { code } beneficiary { pin } } } }\n": types.EngineTsaOnDayDocument,
    "\n  query EngineEnding($from: Date!, $to: Date!, $page: AssignmentPageInput) {\n    assignmentsEndingBetween(from: $from, to: $to, page: $page) { hasMore nextAfter items { id periodTo beneficiary { pin } household { id } } }\n  }\n": types.EngineEndingDocument,
    "\n  query EngineRerunAssignment($id: ID!) {\n    assignment(id: $id) {\n      id status periodFrom periodTo monthlyAmount beneficiary { pin }\n      payments { month amount status }\n      decision { id ruleVersion application { id submittedAt household { id } applicant { pin } } }\n    }\n  }\n": types.EngineRerunAssignmentDocument,
    "\n  query EngineRerunList($on: Date!, $page: AssignmentPageInput) { activeAssignments(on: $on, page: $page) { hasMore nextAfter items { id benefitType { code } } } }\n": types.EngineRerunListDocument,
    "\n  query EngineNotification($id: ID!) { notification(id: $id) { id status text recipient { phone } } }\n": types.EngineNotificationDocument,
    "\n  mutation EngineSent($input: MarkNotificationSentInput!) { markNotificationSent(input: $input) { notification { id } } }\n": types.EngineSentDocument,
    "\n  mutation EngineFailed($input: MarkNotificationFailedInput!) { markNotificationFailed(input: $input) { notification { id } } }\n": types.EngineFailedDocument,
    "\n  query EngineSuperseded($pin: String!, $filter: FactFilter) { person(pin: $pin) { facts(filter: $filter, page: { limit: 1000 }) { items { id supersededBy { id } } } } }\n": types.EngineSupersededDocument,
    "\n  query EngineDecisionsUsing($ids: [ID!]!) { decisionsUsingFacts(factIds: $ids) { id inputs { factId } } }\n": types.EngineDecisionsUsingDocument,
    "\n  query EngineParameterSnapshot($etag: String) {\n    parameterSnapshot(ifNoneMatch: $etag) { etag versions { id benefitCode name value effectiveFrom effectiveUntil } }\n  }\n": types.EngineParameterSnapshotDocument,
    "\n  query VitalEventFact($id: ID!) {\n    fact(id: $id) {\n      id kind validFrom subject { pin } supersededBy { id }\n      value {\n        __typename\n        ... on BirthValue { motherPin fatherPin districtCode firstName lastName sex }\n        ... on MarriageValue { spousePin }\n        ... on DivorceValue { spousePin }\n      }\n    }\n  }\n": types.VitalEventFactDocument,
    "\n  mutation RegisterBirth($input: RegisterBirthInput!) { registerBirth(input: $input) { changed person { pin } error { code } } }\n": types.RegisterBirthDocument,
    "\n  mutation RegisterDeath($input: RegisterDeathInput!) { registerDeath(input: $input) { changed } }\n": types.RegisterDeathDocument,
    "\n  mutation AddNewborn($input: AddNewbornInput!) { addNewborn(input: $input) { changed error { code } } }\n": types.AddNewbornDocument,
    "\n  mutation CloseMembershipsOnDeath($input: CloseMembershipsOnDeathInput!) { closeMembershipsOnDeath(input: $input) { changed error { code } } }\n": types.CloseMembershipsOnDeathDocument,
    "\n  mutation RegisterMarriage($input: VitalEventPairInput!) { registerMarriage(input: $input) { changed error { code } } }\n": types.RegisterMarriageDocument,
    "\n  mutation RegisterDivorce($input: VitalEventPairInput!) { registerDivorce(input: $input) { changed error { code } } }\n": types.RegisterDivorceDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EngineRuleFact on Fact {\n    id kind validFrom validTo recordedAt selfDeclared subject { pin }\n    value {\n      __typename\n      ... on IncomeValue { amount month source }\n      ... on InsuredYearsValue { years months }\n      ... on DisabilityValue { group cause reviewDate }\n      ... on StudentValue { level fullTime }\n      ... on UnemploymentValue { office }\n      ... on MilitaryServiceValue { serviceType }\n      ... on HouseholdChangeValue { householdChange memberPin }\n      ... on BirthValue { motherPin fatherPin districtCode }\n      ... on RealEstateValue { propertyType cadastralNumber }\n      ... on LandValue { hectares landUse }\n      ... on VehicleValue { year }\n      ... on BankDepositValue { amount }\n      ... on AbroadStayValue { days }\n      ... on EmploymentValue { employer }\n      ... on CareValue { careChange caredForPin }\n    }\n  }\n"): typeof import('./graphql.ts').EngineRuleFactFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EngineHousehold($id: ID!, $asOf: Date, $filter: FactFilter, $knownAt: DateTime) {\n    household(id: $id) {\n      id region { code }\n      members(asOf: $asOf) { relation person { ...EngineRulePerson facts(filter: $filter, knownAt: $knownAt, page: { limit: 1000 }) { hasMore items { ...EngineRuleFact } } } }\n    }\n  }\n"): typeof import('./graphql.ts').EngineHouseholdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EngineHouseholdOf($pin: String!) { person(pin: $pin) { household { id } } }\n"): typeof import('./graphql.ts').EngineHouseholdOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EngineRulePerson on Person { pin birthDate deathDate language phone }\n"): typeof import('./graphql.ts').EngineRulePersonFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnginePerson($pin: String!, $filter: FactFilter, $knownAt: DateTime) {\n    person(pin: $pin) { ...EngineRulePerson facts(filter: $filter, knownAt: $knownAt, page: { limit: 1000 }) { hasMore items { ...EngineRuleFact } } }\n  }\n"): typeof import('./graphql.ts').EnginePersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EngineContact($pin: String!) { person(pin: $pin) { language phone } }\n"): typeof import('./graphql.ts').EngineContactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EngineAppeal($id: ID!) {\n    appeal(id: $id) { id status reviewDeadline appellant { pin } currentDecision { id benefitType { code } } timeline { id kind reason factId } }\n  }\n"): typeof import('./graphql.ts').EngineAppealDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EngineAppealToReview($input: AppealRefInput!) { sendAppealToReview(input: $input) { appeal { reviewDeadline } } }\n"): typeof import('./graphql.ts').EngineAppealToReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EngineReferFact($input: ReferFactFromAppealInput!) { referFactFromAppeal(input: $input) { requestId } }\n"): typeof import('./graphql.ts').EngineReferFactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EngineApplication($id: ID!) { application(id: $id) { id status submittedAt benefitType { code } household { id } applicant { pin } } }\n"): typeof import('./graphql.ts').EngineApplicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EngineReviews($id: ID!) { changeReviewsOfHousehold(householdId: $id) { id status decisionId factIds householdId benefitCode subject { pin } } }\n"): typeof import('./graphql.ts').EngineReviewsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EngineHouseholdChanges($pin: String!, $knownAt: DateTime) {\n    person(pin: $pin) { facts(filter: { kinds: [HOUSEHOLD_CHANGE] }, knownAt: $knownAt, page: { limit: 100 }) { items { ...EngineRuleFact } } }\n  }\n"): typeof import('./graphql.ts').EngineHouseholdChangesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EngineOpenReview($input: OpenChangeReviewInput!) { openChangeReview(input: $input) { changed review { id } } }\n"): typeof import('./graphql.ts').EngineOpenReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EngineConfirmReview($id: ID!) { confirmChangeReview(reviewId: $id) { changed } }\n"): typeof import('./graphql.ts').EngineConfirmReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EngineEndedHousehold($id: ID!) { assignment(id: $id) { household { id } } }\n"): typeof import('./graphql.ts').EngineEndedHouseholdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EngineBorn($from: Date!, $to: Date!, $after: String, $limit: Int) {\n    personsBornBetween(from: $from, to: $to, after: $after, limit: $limit) { items { pin birthDate deathDate } nextAfter }\n  }\n"): typeof import('./graphql.ts').EngineBornDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EngineEndAssignment($input: EndAssignmentInput!) { endAssignment(input: $input) { changed } }\n"): typeof import('./graphql.ts').EngineEndAssignmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EngineFact($id: ID!) { fact(id: $id) { ...EngineRuleFact supersededBy { id } } }\n"): typeof import('./graphql.ts').EngineFactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EngineAssistance($id: ID!) { household(id: $id) { assistance { id status periodFrom periodTo benefitType { code } beneficiary { pin } } } }\n"): typeof import('./graphql.ts').EngineAssistanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EngineRegion($id: ID!) { household(id: $id) { region { code } } }\n"): typeof import('./graphql.ts').EngineRegionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EngineDeceased($pin: String!) { person(pin: $pin) { benefits(status: ACTIVE) { id periodFrom benefitType { code } } memberships { from to household { id } } } }\n"): typeof import('./graphql.ts').EngineDeceasedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EngineAssignmentRow on Assignment { id periodFrom periodTo monthlyAmount benefitType { code } beneficiary { pin } }\n"): typeof import('./graphql.ts').EngineAssignmentRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EngineActiveAssignments($on: Date!, $page: AssignmentPageInput) { activeAssignments(on: $on, page: $page) { hasMore items { ...EngineAssignmentRow } } }\n"): typeof import('./graphql.ts').EngineActiveAssignmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EngineExpiringAssignments($on: Date!, $page: AssignmentPageInput) { expiringAssignments(on: $on, page: $page) { hasMore items { ...EngineAssignmentRow } } }\n"): typeof import('./graphql.ts').EngineExpiringAssignmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EngineParameterDryRun($id: ID!) {\n    parameterDryRun(id: $id) { id status sample { kind share regionCode households seed } draft { id status versions { benefitCode name value effectiveFrom } } }\n  }\n"): typeof import('./graphql.ts').EngineParameterDryRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EngineHouseholdIds($regionCode: String, $page: HouseholdIdPageInput) { householdIds(regionCode: $regionCode, page: $page) { ids hasMore } }\n"): typeof import('./graphql.ts').EngineHouseholdIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EngineRecordParameterDryRunReport($input: RecordParameterDryRunReportInput!) {\n    recordParameterDryRunReport(input: $input) { created error { code } }\n  }\n"): typeof import('./graphql.ts').EngineRecordParameterDryRunReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EngineSettledPayment($id: ID!) {\n    payment(id: $id) { id amount month beneficiary { pin } assignment { benefitType { code } } }\n  }\n"): typeof import('./graphql.ts').EngineSettledPaymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EngineRepay($month: String!) { repayReturnedPayments(month: $month) { repaid { paymentId } } }\n"): typeof import('./graphql.ts').EngineRepayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnginePayroll($input: RecordPayrollInput!) { recordPayroll(input: $input) { created existing rejected { index code } } }\n"): typeof import('./graphql.ts').EnginePayrollDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EngineUnwithdrawn($month: String!, $page: AssignmentKeysetInput) {\n    unwithdrawnAssignments(month: $month, months: 2, page: $page) { hasMore items { id status benefitType { code } beneficiary { pin } } }\n  }\n"): typeof import('./graphql.ts').EngineUnwithdrawnDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EngineTsaOf($pin: String!) {\n    person(pin: $pin) {\n      household {\n        id\n        assistance {\n          id status periodFrom periodTo monthlyAmount benefitType { code } beneficiary { pin }\n          decision {\n            id subject { pin } inputs { factId }\n            application { submittedAt }\n            replaces { application { submittedAt } replaces { application { submittedAt } replaces { application { submittedAt } replaces {\n              application { submittedAt } replaces { application { submittedAt } replaces { application { submittedAt } } } } } } }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.ts').EngineTsaOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EngineRecordDecision($input: RecordDecisionInput!) {\n    recordDecision(input: $input) { created decision { id } assignment { id } }\n  }\n"): typeof import('./graphql.ts').EngineRecordDecisionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EngineOpenAccount($input: OpenPaymentAccountInput!) {\n    openPaymentAccount(input: $input) { created account { id branchAddress cardPickupDate } }\n  }\n"): typeof import('./graphql.ts').EngineOpenAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EngineQueueNotification($input: QueueNotificationInput!) {\n    queueNotification(input: $input) { notification { id } }\n  }\n"): typeof import('./graphql.ts').EngineQueueNotificationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EngineRedecision($id: ID!) {\n    decision(id: $id) {\n      id decidedAt effectiveDate outcome ruleVersion monthlyAmount oneTimeAmount benefitType { code } subject { pin } household { id }\n      application { submittedAt } inputs { kind subject { pin } }\n      assignment { id status periodFrom periodTo beneficiary { pin } payments { month amount status } }\n    }\n  }\n"): typeof import('./graphql.ts').EngineRedecisionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EngineOverpayment($input: RecordOverpaymentInput!) { recordOverpayment(input: $input) { created } }\n"): typeof import('./graphql.ts').EngineOverpaymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EngineStandingFact($pin: String!, $filter: FactFilter) { person(pin: $pin) { facts(filter: $filter, page: { limit: 100 }) { items { ...EngineRuleFact } } } }\n"): typeof import('./graphql.ts').EngineStandingFactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EngineTsaOnDay($id: ID!) { household(id: $id) { assistance { id status periodFrom periodTo benefitType { code } beneficiary { pin } } } }\n"): typeof import('./graphql.ts').EngineTsaOnDayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EngineEnding($from: Date!, $to: Date!, $page: AssignmentPageInput) {\n    assignmentsEndingBetween(from: $from, to: $to, page: $page) { hasMore nextAfter items { id periodTo beneficiary { pin } household { id } } }\n  }\n"): typeof import('./graphql.ts').EngineEndingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EngineRerunAssignment($id: ID!) {\n    assignment(id: $id) {\n      id status periodFrom periodTo monthlyAmount beneficiary { pin }\n      payments { month amount status }\n      decision { id ruleVersion application { id submittedAt household { id } applicant { pin } } }\n    }\n  }\n"): typeof import('./graphql.ts').EngineRerunAssignmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EngineRerunList($on: Date!, $page: AssignmentPageInput) { activeAssignments(on: $on, page: $page) { hasMore nextAfter items { id benefitType { code } } } }\n"): typeof import('./graphql.ts').EngineRerunListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EngineNotification($id: ID!) { notification(id: $id) { id status text recipient { phone } } }\n"): typeof import('./graphql.ts').EngineNotificationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EngineSent($input: MarkNotificationSentInput!) { markNotificationSent(input: $input) { notification { id } } }\n"): typeof import('./graphql.ts').EngineSentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EngineFailed($input: MarkNotificationFailedInput!) { markNotificationFailed(input: $input) { notification { id } } }\n"): typeof import('./graphql.ts').EngineFailedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EngineSuperseded($pin: String!, $filter: FactFilter) { person(pin: $pin) { facts(filter: $filter, page: { limit: 1000 }) { items { id supersededBy { id } } } } }\n"): typeof import('./graphql.ts').EngineSupersededDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EngineDecisionsUsing($ids: [ID!]!) { decisionsUsingFacts(factIds: $ids) { id inputs { factId } } }\n"): typeof import('./graphql.ts').EngineDecisionsUsingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EngineParameterSnapshot($etag: String) {\n    parameterSnapshot(ifNoneMatch: $etag) { etag versions { id benefitCode name value effectiveFrom effectiveUntil } }\n  }\n"): typeof import('./graphql.ts').EngineParameterSnapshotDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VitalEventFact($id: ID!) {\n    fact(id: $id) {\n      id kind validFrom subject { pin } supersededBy { id }\n      value {\n        __typename\n        ... on BirthValue { motherPin fatherPin districtCode firstName lastName sex }\n        ... on MarriageValue { spousePin }\n        ... on DivorceValue { spousePin }\n      }\n    }\n  }\n"): typeof import('./graphql.ts').VitalEventFactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterBirth($input: RegisterBirthInput!) { registerBirth(input: $input) { changed person { pin } error { code } } }\n"): typeof import('./graphql.ts').RegisterBirthDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterDeath($input: RegisterDeathInput!) { registerDeath(input: $input) { changed } }\n"): typeof import('./graphql.ts').RegisterDeathDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddNewborn($input: AddNewbornInput!) { addNewborn(input: $input) { changed error { code } } }\n"): typeof import('./graphql.ts').AddNewbornDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseMembershipsOnDeath($input: CloseMembershipsOnDeathInput!) { closeMembershipsOnDeath(input: $input) { changed error { code } } }\n"): typeof import('./graphql.ts').CloseMembershipsOnDeathDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterMarriage($input: VitalEventPairInput!) { registerMarriage(input: $input) { changed error { code } } }\n"): typeof import('./graphql.ts').RegisterMarriageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterDivorce($input: VitalEventPairInput!) { registerDivorce(input: $input) { changed error { code } } }\n"): typeof import('./graphql.ts').RegisterDivorceDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

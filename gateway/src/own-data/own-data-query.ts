/**
 * The GraphQL the "download all my data" export runs with the citizen's own token, through the
 * gateway's own rules. The record's single-valued parts come in one request; the lists that can
 * grow without bound (facts, payments, the access log) are paged by the export and streamed.
 */

const FACT = `
  id kind validFrom validTo recordedAt sourceReference selfDeclared contested
  agency { code }
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
  }`;

/** Everything but the paged lists, in one request. */
export const OWN_RECORD = `
  query OwnDataRecord($pin: String!, $language: Language!) {
    person(pin: $pin) {
      pin firstName lastName patronymic birthDate sex phone language
      address { line district { code } region { code } }
      household { id members { id relation from person { pin firstName lastName birthDate } } }
      memberships { id relation from to }
      factsInOtherRoles { role fact { ${FACT} previousVersions { ${FACT} } } }
      benefits { id status paymentKind amount periodFrom periodTo benefitType { code } }
      decisions {
        id referenceNumber outcome decidedAt effectiveDate paymentKind monthlyAmount oneTimeAmount reasonCode
        benefitType { code }
        summary(language: $language)
        steps { position code plain(language: $language) }
        inputs { kind factId summary(language: $language) subject { pin firstName lastName } }
      }
      appeals { id status reason disputedFactIds filedAt appealDeadline reviewDeadline decision { id referenceNumber } }
      applications { id status submittedAt }
      paymentAccounts { id bank branchAddress cardPickupDate cardNumberMasked status }
      recoveries { id decisionId benefitCode amount recovered remaining createdAt }
      correctionRequests { id status reason requestedAt answeredAt answerReason fact { id kind } correctingFact { id kind } }
      notifications { id template language text status queuedAt sentAt }
    }
  }`;

/** The person's facts, a page at a time (earlier versions with each). */
export const OWN_FACTS = `
  query OwnDataFacts($pin: String!, $offset: Int!) {
    person(pin: $pin) { pin facts(page: { limit: 1000, offset: $offset }) { hasMore items { ${FACT} previousVersions { ${FACT} } } } }
  }`;

/** The person's payments, a page at a time. */
export const OWN_PAYMENTS = `
  query OwnDataPayments($pin: String!, $offset: Int!) {
    person(pin: $pin) { pin payments(page: { limit: 100, offset: $offset }) { hasMore items { id month amount status } } }
  }`;

/** The person's access log, keyset-paged (`before` the last seq of the previous page). */
export const OWN_ACCESS_LOG = `
  query OwnDataAccessLog($pin: String!, $before: ID) {
    person(pin: $pin) {
      pin
      accessLog(page: { limit: 200 }, before: $before) {
        hasMore
        items { seq at accessorKind clientId service fields purposeCode }
      }
    }
  }`;

export const RECORD_EXPORT = `
  mutation OwnDataExportRecorded($pin: String!, $exportId: ID!) {
    recordOwnDataExport(pin: $pin, exportId: $exportId) { exportId at }
  }`;

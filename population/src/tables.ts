import type { PopulationRows, PopulationTable } from './rows.ts';

/**
 * Where each row type goes: the qualified table and the column of each property, in COPY order.
 * `dependsOn` lists the tables a foreign key points to, so the loader commits those first.
 */
export interface TableSpec<R> {
  readonly name: string;
  readonly columns: readonly (readonly [keyof R & string, string])[];
  readonly dependsOn: readonly PopulationTable[];
}

export type TableSpecs = { readonly [T in PopulationTable]: TableSpec<PopulationRows[T]> };

export const TABLES: TableSpecs = {
  persons: {
    name: 'persons.person',
    dependsOn: [],
    columns: [
      ['pin', 'pin'],
      ['firstName', 'first_name'],
      ['lastName', 'last_name'],
      ['patronymic', 'patronymic'],
      ['birthDate', 'birth_date'],
      ['sex', 'sex'],
      ['deathDate', 'death_date'],
      ['citizenship', 'citizenship'],
      ['addressLine', 'address_line'],
      ['districtCode', 'district_code'],
      ['regionCode', 'region_code'],
      ['phone', 'phone'],
      ['language', 'language'],
      ['createdAt', 'created_at'],
      ['updatedAt', 'updated_at'],
    ],
  },
  households: {
    name: 'households.household',
    dependsOn: [],
    columns: [
      ['id', 'id'],
      ['addressLine', 'address_line'],
      ['districtCode', 'district_code'],
      ['regionCode', 'region_code'],
      ['createdAt', 'created_at'],
    ],
  },
  memberships: {
    name: 'households.membership',
    dependsOn: ['households'],
    columns: [
      ['id', 'id'],
      ['householdId', 'household_id'],
      ['personPin', 'person_pin'],
      ['relation', 'relation'],
      ['validFrom', 'valid_from'],
      ['validTo', 'valid_to'],
    ],
  },
  facts: {
    name: 'facts.fact',
    dependsOn: [],
    columns: [
      ['id', 'id'],
      ['agencyCode', 'agency_code'],
      ['subjectPin', 'subject_pin'],
      ['kind', 'kind'],
      ['value', 'value'],
      ['validFrom', 'valid_from'],
      ['validTo', 'valid_to'],
      ['recordedAt', 'recorded_at'],
      ['sourceReference', 'source_reference'],
      ['supersededBy', 'superseded_by'],
      ['supersededAt', 'superseded_at'],
    ],
  },
  applications: {
    name: 'benefits.application',
    dependsOn: [],
    columns: [
      ['id', 'id'],
      ['benefitCode', 'benefit_code'],
      ['householdId', 'household_id'],
      ['applicantPin', 'applicant_pin'],
      ['submittedAt', 'submitted_at'],
      ['deadline', 'deadline'],
      ['status', 'status'],
      ['decisionId', 'decision_id'],
      ['idempotencyKey', 'idempotency_key'],
    ],
  },
  decisions: {
    name: 'benefits.decision',
    dependsOn: ['applications'],
    columns: [
      ['id', 'id'],
      ['benefitCode', 'benefit_code'],
      ['subjectPin', 'subject_pin'],
      ['householdId', 'household_id'],
      ['applicationId', 'application_id'],
      ['decidedAt', 'decided_at'],
      ['effectiveDate', 'effective_date'],
      ['outcome', 'outcome'],
      ['monthlyAmount', 'monthly_amount'],
      ['oneTimeAmount', 'one_time_amount'],
      ['ruleVersion', 'rule_version'],
      ['reasonCode', 'reason_code'],
      ['parameters', 'parameters'],
      ['inputs', 'inputs'],
      ['steps', 'steps'],
      ['replacesId', 'replaces_id'],
    ],
  },
  assignments: {
    name: 'benefits.assignment',
    dependsOn: ['decisions'],
    columns: [
      ['id', 'id'],
      ['decisionId', 'decision_id'],
      ['benefitCode', 'benefit_code'],
      ['beneficiaryPin', 'beneficiary_pin'],
      ['householdId', 'household_id'],
      ['periodFrom', 'period_from'],
      ['periodTo', 'period_to'],
      ['monthlyAmount', 'monthly_amount'],
      ['status', 'status'],
      ['endedReason', 'ended_reason'],
    ],
  },
  paymentAccounts: {
    name: 'payments.payment_account',
    dependsOn: [],
    columns: [
      ['id', 'id'],
      ['holderPin', 'holder_pin'],
      ['bank', 'bank'],
      ['branchAddress', 'branch_address'],
      ['cardPickupDate', 'card_pickup_date'],
      ['cardNumberMasked', 'card_number_masked'],
      ['iban', 'iban'],
      ['openedAt', 'opened_at'],
      ['status', 'status'],
    ],
  },
  payments: {
    name: 'payments.payment',
    dependsOn: ['paymentAccounts'],
    columns: [
      ['id', 'id'],
      ['assignmentId', 'assignment_id'],
      ['beneficiaryPin', 'beneficiary_pin'],
      ['accountId', 'account_id'],
      ['month', 'month'],
      ['amount', 'amount'],
      ['status', 'status'],
      ['createdAt', 'created_at'],
      ['paidAt', 'paid_at'],
      ['withdrawnAt', 'withdrawn_at'],
    ],
  },
};

export const TABLE_NAMES = Object.keys(TABLES) as PopulationTable[];

export const emptyCounts = (): Record<PopulationTable, number> =>
  Object.fromEntries(TABLE_NAMES.map((table) => [table, 0])) as Record<PopulationTable, number>;

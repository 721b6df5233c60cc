import type { FactKind } from '@usr/shared';

/**
 * One row of each table the population fills, in the DDL's column vocabulary (see the subgraphs'
 * migrations). Dates are YYYY-MM-DD, instants ISO 8601 with offset, money a string with two
 * decimals (numeric(12,2)), jsonb columns plain JSON values. Every column is set explicitly,
 * defaults included (created_at…), so that two runs produce identical rows.
 */
export type Sex = 'FEMALE' | 'MALE';
export type Language = 'az' | 'ru' | 'en';
export type Relation =
  | 'HEAD'
  | 'SPOUSE'
  | 'CHILD'
  | 'PARENT'
  | 'SIBLING'
  | 'GRANDCHILD'
  | 'GRANDPARENT'
  | 'OTHER_RELATIVE'
  | 'NON_RELATIVE';

export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue | undefined };

export interface PersonRow {
  readonly pin: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly patronymic: string | null;
  readonly birthDate: string;
  readonly sex: Sex;
  readonly deathDate: string | null;
  readonly citizenship: string;
  readonly addressLine: string;
  readonly districtCode: string;
  readonly regionCode: string;
  readonly phone: string | null;
  readonly language: Language;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface HouseholdRow {
  readonly id: string;
  readonly addressLine: string;
  readonly districtCode: string;
  readonly regionCode: string;
  readonly createdAt: string;
}

export interface MembershipRow {
  readonly id: string;
  readonly householdId: string;
  readonly personPin: string;
  readonly relation: Relation;
  readonly validFrom: string;
  readonly validTo: string | null;
}

export interface FactRow {
  readonly id: string;
  readonly agencyCode: string;
  readonly subjectPin: string;
  readonly kind: FactKind;
  readonly value: JsonValue;
  readonly validFrom: string;
  readonly validTo: string | null;
  readonly recordedAt: string;
  readonly sourceReference: string;
  readonly supersededBy: string | null;
  readonly supersededAt: string | null;
}

export interface ApplicationRow {
  readonly id: string;
  readonly benefitCode: string;
  readonly householdId: string;
  readonly applicantPin: string;
  readonly submittedAt: string;
  readonly deadline: string;
  readonly status: 'SUBMITTED' | 'DECIDED' | 'WITHDRAWN';
  readonly decisionId: string | null;
  readonly idempotencyKey: string | null;
}

export interface DecisionRow {
  readonly id: string;
  readonly benefitCode: string;
  readonly subjectPin: string;
  readonly householdId: string | null;
  readonly applicationId: string | null;
  readonly decidedAt: string;
  readonly effectiveDate: string;
  readonly outcome: 'GRANTED' | 'REFUSED';
  readonly monthlyAmount: string | null;
  /** A one-time grant's single amount (its monthlyAmount is null), as the engine records it. */
  readonly oneTimeAmount: string | null;
  readonly ruleVersion: string;
  readonly reasonCode: string;
  readonly parameters: JsonValue;
  readonly inputs: JsonValue;
  readonly steps: JsonValue;
  readonly replacesId: string | null;
}

export interface AssignmentRow {
  readonly id: string;
  readonly decisionId: string;
  readonly benefitCode: string;
  readonly beneficiaryPin: string;
  readonly householdId: string | null;
  readonly periodFrom: string;
  readonly periodTo: string | null;
  readonly monthlyAmount: string;
  readonly status: 'ACTIVE' | 'SUSPENDED' | 'ENDED';
  readonly endedReason: string | null;
}

export interface PaymentAccountRow {
  readonly id: string;
  readonly holderPin: string;
  readonly bank: string;
  readonly branchAddress: string;
  readonly cardPickupDate: string;
  readonly cardNumberMasked: string;
  readonly iban: string;
  readonly openedAt: string;
  readonly status: 'OPEN' | 'BLOCKED' | 'CLOSED';
}

export interface PaymentRow {
  readonly id: string;
  readonly assignmentId: string;
  readonly beneficiaryPin: string;
  readonly accountId: string;
  readonly month: string;
  readonly amount: string;
  readonly status: 'SCHEDULED' | 'SENT' | 'PAID' | 'WITHDRAWN' | 'RETURNED';
  readonly createdAt: string;
  readonly paidAt: string | null;
  readonly withdrawnAt: string | null;
}

/** Every table the population fills, by its short name. */
export interface PopulationRows {
  persons: PersonRow;
  households: HouseholdRow;
  memberships: MembershipRow;
  facts: FactRow;
  applications: ApplicationRow;
  decisions: DecisionRow;
  assignments: AssignmentRow;
  paymentAccounts: PaymentAccountRow;
  payments: PaymentRow;
}

export type PopulationTable = keyof PopulationRows;
export type PopulationCounts = Record<PopulationTable, number>;

/** Where generated rows go: the COPY loader, a hash in tests, an array… */
export type RowSink = <T extends PopulationTable>(table: T, row: PopulationRows[T]) => void;

/** Money as numeric(12,2) text. */
export const money = (amount: number): string => amount.toFixed(2);

import { randomUUID } from 'node:crypto';
import type pg from 'pg';

/** A client or a pool: anything that runs a statement. */
type Queryable = Pick<pg.ClientBase, 'query'> | pg.Pool;

/**
 * Rows as the decision engine and the population generator leave them, inserted with plain SQL so
 * the tests read the same tables the subgraph does, through nothing of its own.
 */
export interface DecisionRow {
  readonly id?: string;
  readonly benefitCode?: string;
  readonly subjectPin: string;
  readonly householdId?: string | null;
  readonly applicationId?: string | null;
  readonly decidedAt?: string;
  readonly effectiveDate?: string;
  readonly outcome?: 'GRANTED' | 'REFUSED';
  readonly monthlyAmount?: string | null;
  readonly ruleVersion?: string;
  readonly reasonCode?: string;
  readonly parameters?: unknown;
  readonly inputs?: unknown;
  readonly steps?: unknown;
  readonly replacesId?: string | null;
}

export const insertDecision = async (db: Queryable, row: DecisionRow): Promise<string> => {
  const id = row.id ?? randomUUID();
  await db.query(
    `insert into benefits.decision (id, benefit_code, subject_pin, household_id, application_id, decided_at, effective_date, outcome,
       monthly_amount, rule_version, reason_code, parameters, inputs, steps, replaces_id)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
    [
      id,
      row.benefitCode ?? 'TSA',
      row.subjectPin,
      row.householdId ?? null,
      row.applicationId ?? null,
      row.decidedAt ?? '2025-03-20T08:00:00Z',
      row.effectiveDate ?? '2025-04-01',
      row.outcome ?? 'GRANTED',
      row.monthlyAmount === undefined ? '540.00' : row.monthlyAmount,
      row.ruleVersion ?? 'tsa-2025.1',
      row.reasonCode ?? 'ELIGIBLE',
      JSON.stringify(row.parameters ?? {}),
      JSON.stringify(row.inputs ?? []),
      JSON.stringify(row.steps ?? []),
      row.replacesId ?? null,
    ],
  );
  return id;
};

export interface ApplicationRow {
  readonly id?: string;
  readonly householdId: string;
  readonly applicantPin: string;
  readonly submittedAt?: string;
  readonly deadline?: string;
  readonly status?: 'SUBMITTED' | 'DECIDED' | 'WITHDRAWN';
  readonly decisionId?: string | null;
}

export const insertApplication = async (db: Queryable, row: ApplicationRow): Promise<string> => {
  const id = row.id ?? randomUUID();
  await db.query(
    `insert into benefits.application (id, benefit_code, household_id, applicant_pin, submitted_at, deadline, status, decision_id)
     values ($1, 'TSA', $2, $3, $4, $5, $6, $7)`,
    [id, row.householdId, row.applicantPin, row.submittedAt ?? '2025-03-03T09:30:00Z', row.deadline ?? '2025-03-24', row.status ?? 'SUBMITTED', row.decisionId ?? null],
  );
  return id;
};

export interface AssignmentRow {
  readonly id?: string;
  readonly decisionId: string;
  readonly benefitCode?: string;
  readonly beneficiaryPin: string;
  readonly householdId?: string | null;
  readonly periodFrom?: string;
  readonly periodTo?: string | null;
  readonly monthlyAmount?: string;
  readonly status?: 'ACTIVE' | 'SUSPENDED' | 'ENDED';
  readonly endedReason?: string | null;
}

export const insertAssignment = async (db: Queryable, row: AssignmentRow): Promise<string> => {
  const id = row.id ?? randomUUID();
  await db.query(
    `insert into benefits.assignment (id, decision_id, benefit_code, beneficiary_pin, household_id, period_from, period_to, monthly_amount, status, ended_reason)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      id,
      row.decisionId,
      row.benefitCode ?? 'TSA',
      row.beneficiaryPin,
      row.householdId ?? null,
      row.periodFrom ?? '2025-04-01',
      row.periodTo === undefined ? '2026-03-31' : row.periodTo,
      row.monthlyAmount ?? '540.00',
      row.status ?? 'ACTIVE',
      row.endedReason ?? null,
    ],
  );
  return id;
};

/** A household with an application, its granting decision and the assignment it made: the TSA case. */
export const insertGrantedHousehold = async (db: Queryable, pin: string) => {
  const householdId = randomUUID();
  const applicationId = await insertApplication(db, { householdId, applicantPin: pin, status: 'DECIDED' });
  const decisionId = await insertDecision(db, { subjectPin: pin, householdId, applicationId });
  await db.query(`update benefits.application set decision_id = $1 where id = $2`, [decisionId, applicationId]);
  const assignmentId = await insertAssignment(db, { decisionId, beneficiaryPin: pin, householdId });
  return { householdId, applicationId, decisionId, assignmentId };
};

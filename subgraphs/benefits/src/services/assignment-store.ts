import type { EntityManager } from '@mikro-orm/postgresql';
import { joinedColumns, rowMapper, selectAs, selectRows } from '@usr/shared';
import { AssignmentSchema, type Assignment } from '../entities/assignment.ts';
import { DecisionSchema, type Decision } from '../entities/decision.ts';

export type AssignmentStatus = Assignment['status'];

/**
 * SQL access to benefits.assignment; no rules here. One statement per call, whatever the number of
 * keys. The list reads a record goes through return plain read-only rows (selectAs).
 */
export const findAssignmentsByIds = (em: EntityManager, ids: readonly string[]): Promise<Assignment[]> =>
  em.find(AssignmentSchema, { id: { $in: [...ids] } });

const LATEST_FIRST = 'period_from desc, id asc';

export const findAssignmentsByBeneficiaries = (
  em: EntityManager,
  pins: readonly string[],
  status: AssignmentStatus | null,
): Promise<Assignment[]> =>
  status
    ? selectAs(em, AssignmentSchema, `select * from benefits.assignment where beneficiary_pin = any($1) and status = $2 order by ${LATEST_FIRST}`, [[...pins], status])
    : selectAs(em, AssignmentSchema, `select * from benefits.assignment where beneficiary_pin = any($1) order by ${LATEST_FIRST}`, [[...pins]]);

/**
 * `findAssignmentsByBeneficiaries` with each assignment's decision read by the same statement
 * (`Person.benefits { decision }` of a full record: one round trip instead of two). No rules here:
 * the caller primes the decisions into its per-request loader, where the record rules check each one
 * like any other decision when (and only if) it is resolved.
 */
export const findAssignmentsWithDecisionsByBeneficiaries = async (
  em: EntityManager,
  pins: readonly string[],
  status: AssignmentStatus | null,
): Promise<{ assignment: Assignment; decision: Decision | undefined }[]> => {
  const assignment = rowMapper(em, AssignmentSchema);
  const decision = rowMapper(em, DecisionSchema, 'd_');
  const rows = await selectRows(
    em,
    `select a.*, ${joinedColumns(em, DecisionSchema, 'd', 'd_')}
     from benefits.assignment a left join benefits.decision d on d.id = a.decision_id
     where a.beneficiary_pin = any($1)${status ? ' and a.status = $2' : ''} order by a.period_from desc, a.id asc`,
    status ? [[...pins], status] : [[...pins]],
  );
  return rows.map((row) => ({ assignment: assignment(row), decision: row['d_id'] === null ? undefined : decision(row) }));
};

export const findAssignmentsByHouseholds = (em: EntityManager, householdIds: readonly string[]): Promise<Assignment[]> =>
  selectAs(em, AssignmentSchema, `select * from benefits.assignment where household_id = any($1::uuid[]) order by ${LATEST_FIRST}`, [[...householdIds]]);

/** Earliest period first, so a decision's first assignment comes first. */
export const findAssignmentsByDecisions = (em: EntityManager, decisionIds: readonly string[]): Promise<Assignment[]> =>
  selectAs(em, AssignmentSchema, 'select * from benefits.assignment where decision_id = any($1::uuid[]) order by period_from asc, id asc', [[...decisionIds]]);

const mapRows = (em: EntityManager, rows: Record<string, unknown>[]): Assignment[] => rows.map((row) => em.map(AssignmentSchema, row));

/** The assignment row as written by recordDecision. */
export interface NewAssignmentRow {
  readonly id: string;
  readonly decisionId: string;
  readonly benefitCode: string;
  readonly beneficiaryPin: string;
  readonly householdId: string | null;
  readonly periodFrom: string;
  readonly periodTo: string | null;
  readonly monthlyAmount: string;
  readonly status: 'ACTIVE';
}

export const insertAssignment = async (em: EntityManager, row: NewAssignmentRow): Promise<Assignment> => {
  const rows = await em.execute<Record<string, unknown>[]>(
    `insert into benefits.assignment (id, decision_id, benefit_code, beneficiary_pin, household_id, period_from, period_to, monthly_amount, status)
     values (?::uuid, ?::uuid, ?, ?, ?::uuid, ?::date, ?::date, ?::numeric, ?)
     returning *`,
    [row.id, row.decisionId, row.benefitCode, row.beneficiaryPin, row.householdId, row.periodFrom, row.periodTo, row.monthlyAmount, row.status],
  );
  const [assignment] = mapRows(em, rows);
  if (!assignment) throw new Error('The assignment insert returned no row.');
  return assignment;
};

/** Locks the assignment for the rest of the transaction. */
export const lockAssignment = async (em: EntityManager, id: string): Promise<Assignment | undefined> =>
  mapRows(em, await em.execute<Record<string, unknown>[]>(`select * from benefits.assignment where id = ?::uuid for update`, [id]))[0];

/** Ends the assignment: ENDED, its period cut at `periodTo`, with the reason. */
export const endAssignmentRow = async (em: EntityManager, id: string, periodTo: string, reason: string): Promise<Assignment> => {
  const rows = await em.execute<Record<string, unknown>[]>(
    `update benefits.assignment set status = 'ENDED', period_to = ?::date, ended_reason = ? where id = ?::uuid returning *`,
    [periodTo, reason, id],
  );
  const [assignment] = mapRows(em, rows);
  if (!assignment) throw new Error('The assignment update returned no row.');
  return assignment;
};

/** Which slice of a keyset walk: ids after `after`, at most `limit` (one more is fetched to tell whether more follow). */
export interface Keyset {
  readonly after: string | null;
  readonly limit: number;
}

/** ACTIVE assignments in force on `on`, by id (partial index assignment_active_id_idx). */
export const findActiveOn = (em: EntityManager, on: string, page: Keyset): Promise<Assignment[]> =>
  em.find(
    AssignmentSchema,
    { status: 'ACTIVE', periodFrom: { $lte: on }, $or: [{ periodTo: null }, { periodTo: { $gte: on } }], ...(page.after ? { id: { $gt: page.after } } : {}) },
    { orderBy: { id: 'asc' }, limit: page.limit + 1 },
  );

/** ACTIVE assignments whose period ended before `on`, by id. */
export const findExpiringBefore = (em: EntityManager, on: string, page: Keyset): Promise<Assignment[]> =>
  em.find(
    AssignmentSchema,
    { status: 'ACTIVE', periodTo: { $lt: on }, ...(page.after ? { id: { $gt: page.after } } : {}) },
    { orderBy: { id: 'asc' }, limit: page.limit + 1 },
  );

/** ACTIVE assignments of a benefit whose period ends between `from` and `to` (inclusive), by id. */
export const findEndingBetween = (em: EntityManager, benefitCode: string, from: string, to: string, page: Keyset): Promise<Assignment[]> =>
  em.find(
    AssignmentSchema,
    { status: 'ACTIVE', benefitCode, periodTo: { $gte: from, $lte: to }, ...(page.after ? { id: { $gt: page.after } } : {}) },
    { orderBy: { id: 'asc' }, limit: page.limit + 1 },
  );

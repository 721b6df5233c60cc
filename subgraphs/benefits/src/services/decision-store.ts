import type { EntityManager } from '@mikro-orm/postgresql';
import { selectAs } from '@usr/shared';
import { DecisionSchema, type Decision } from '../entities/decision.ts';

/** SQL access to benefits.decision; no rules here. One statement per call, whatever the number of keys. */
export const findDecisionsByIds = (em: EntityManager, ids: readonly string[]): Promise<Decision[]> =>
  selectAs(em, DecisionSchema, 'select * from benefits.decision where id = any($1::uuid[])', [[...ids]]);

export const findDecisionsBySubjects = (em: EntityManager, pins: readonly string[]): Promise<Decision[]> =>
  em.find(DecisionSchema, { subjectPin: { $in: [...pins] } }, { orderBy: { decidedAt: 'desc', id: 'asc' } });

const mapRows = (em: EntityManager, rows: Record<string, unknown>[]): Decision[] => rows.map((row) => em.map(DecisionSchema, row));

export const findDecisionByKey = async (em: EntityManager, key: string): Promise<Decision | undefined> =>
  (await em.find(DecisionSchema, { idempotencyKey: key }, { limit: 1 }))[0];

export const decisionExists = async (em: EntityManager, id: string): Promise<boolean> => (await findDecisionBenefit(em, id)) !== undefined;

/** The benefit a decision is about; undefined when there is no such decision. */
export const findDecisionBenefit = async (em: EntityManager, id: string): Promise<string | undefined> =>
  (await em.execute<Array<{ benefit_code: string }>>(`select benefit_code from benefits.decision where id = ?::uuid`, [id]))[0]?.benefit_code;

/** The decision row as written: what the insert stores and what the decision log chains. */
export interface NewDecisionRow {
  readonly id: string;
  readonly idempotencyKey: string;
  readonly benefitCode: string;
  readonly subjectPin: string;
  readonly householdId: string | null;
  readonly applicationId: string | null;
  readonly decidedAt: string;
  readonly effectiveDate: string;
  readonly outcome: 'GRANTED' | 'REFUSED';
  readonly monthlyAmount: string | null;
  readonly oneTimeAmount: string | null;
  readonly ruleVersion: string;
  readonly reasonCode: string;
  readonly parameters: Record<string, unknown>;
  readonly inputs: unknown[];
  readonly steps: unknown[];
  readonly replacesId: string | null;
}

/** Whether another decision already replaces this one. */
export const isReplaced = async (em: EntityManager, decisionId: string): Promise<boolean> =>
  (await em.execute<Array<{ id: string }>>(`select id from benefits.decision where replaces_id = ?::uuid limit 1`, [decisionId])).length > 0;

/** Locks the decision's row for the caller's transaction (two replacements of it then queue). */
export const lockDecision = async (em: EntityManager, decisionId: string): Promise<void> => {
  await em.execute(`select id from benefits.decision where id = ?::uuid for update`, [decisionId]);
};

/** Inserts the decision; undefined when its idempotency key is taken (a concurrent replay won). */
export const insertDecision = async (em: EntityManager, row: NewDecisionRow): Promise<Decision | undefined> => {
  const rows = await em.execute<Record<string, unknown>[]>(
    `insert into benefits.decision (id, idempotency_key, benefit_code, subject_pin, household_id, application_id, decided_at, effective_date,
       outcome, monthly_amount, one_time_amount, rule_version, reason_code, parameters, inputs, steps, replaces_id)
     values (?::uuid, ?, ?, ?, ?::uuid, ?::uuid, ?::timestamptz, ?::date, ?, ?::numeric, ?::numeric, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?::uuid)
     on conflict (idempotency_key) do nothing
     returning *`,
    [
      row.id,
      row.idempotencyKey,
      row.benefitCode,
      row.subjectPin,
      row.householdId,
      row.applicationId,
      row.decidedAt,
      row.effectiveDate,
      row.outcome,
      row.monthlyAmount,
      row.oneTimeAmount,
      row.ruleVersion,
      row.reasonCode,
      JSON.stringify(row.parameters),
      JSON.stringify(row.inputs),
      JSON.stringify(row.steps),
      row.replacesId,
    ],
  );
  return mapRows(em, rows)[0];
};

/**
 * The decisions in force (none replaces them) whose recorded inputs include one of the facts, of
 * every benefit: one statement over the GIN index on inputs (decision_inputs_idx).
 */
export const findCurrentDecisionsUsingFacts = async (em: EntityManager, factIds: readonly string[]): Promise<Decision[]> => {
  if (factIds.length === 0) return [];
  const rows = await em.execute<Record<string, unknown>[]>(
    `select d.* from benefits.decision d
      where (${factIds.map(() => 'd.inputs @> ?::jsonb').join(' or ')})
        and not exists (select 1 from benefits.decision r where r.replaces_id = d.id)
      order by d.decided_at, d.id`,
    factIds.map((id) => JSON.stringify([{ factId: id }])),
  );
  return mapRows(em, rows);
};

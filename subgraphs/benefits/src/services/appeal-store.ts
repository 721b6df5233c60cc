import type { EntityManager } from '@mikro-orm/postgresql';
import { AppealEventSchema, AppealSchema, type Appeal, type AppealActor, type AppealEvent, type AppealEventKind, type AppealStatus } from '../entities/appeal.ts';

/** SQL access to benefits.appeal and benefits.appeal_event; no rules here (see appeal-writes.ts). */

const appeals = (em: EntityManager, rows: Record<string, unknown>[]): Appeal[] => rows.map((row) => em.map(AppealSchema, row));
const events = (em: EntityManager, rows: Record<string, unknown>[]): AppealEvent[] => rows.map((row) => em.map(AppealEventSchema, row));

export const findAppealsByIds = (em: EntityManager, ids: readonly string[]): Promise<Appeal[]> => em.find(AppealSchema, { id: { $in: [...ids] } });

export const findAppealsByDecisions = (em: EntityManager, ids: readonly string[]): Promise<Appeal[]> => em.find(AppealSchema, { decisionId: { $in: [...ids] } });

/** Appeals a person filed or that concern decisions about them, newest first. */
export const findAppealsOfPersons = (em: EntityManager, pins: readonly string[]): Promise<Appeal[]> =>
  em.find(AppealSchema, { $or: [{ appellantPin: { $in: [...pins] } }, { subjectPin: { $in: [...pins] } }] }, { orderBy: { filedAt: 'desc', id: 'asc' } });

export const findAppealByKey = async (em: EntityManager, key: string): Promise<Appeal | undefined> => (await em.find(AppealSchema, { idempotencyKey: key }, { limit: 1 }))[0];

export const findEventsOfAppeals = (em: EntityManager, ids: readonly string[]): Promise<AppealEvent[]> =>
  em.find(AppealEventSchema, { appealId: { $in: [...ids] } }, { orderBy: { at: 'asc', id: 'asc' } });

/** A keyset page of the review queue: nearest review deadline first, then id. */
export const findInReview = async (em: EntityManager, after: { deadline: string; id: string } | null, limit: number): Promise<Appeal[]> => {
  const rows = await em.execute<Record<string, unknown>[]>(
    after
      ? `select * from benefits.appeal where status = 'IN_REVIEW' and (review_deadline, id) > (?::date, ?::uuid) order by review_deadline, id limit ?`
      : `select * from benefits.appeal where status = 'IN_REVIEW' order by review_deadline, id limit ?`,
    after ? [after.deadline, after.id, limit + 1] : [limit + 1],
  );
  return appeals(em, rows);
};

export interface NewAppealRow {
  readonly id: string;
  readonly decisionId: string;
  readonly benefitCode: string;
  readonly subjectPin: string;
  readonly appellantPin: string;
  readonly reason: string;
  readonly disputedFactIds: readonly string[];
  readonly filedAt: string;
  readonly appealDeadline: string;
  readonly idempotencyKey: string | null;
}

/** Inserts a FILED appeal; undefined when the decision already has one (or the key is taken). */
export const insertAppeal = async (em: EntityManager, row: NewAppealRow): Promise<Appeal | undefined> => {
  const rows = await em.execute<Record<string, unknown>[]>(
    `insert into benefits.appeal (id, decision_id, current_decision_id, benefit_code, subject_pin, appellant_pin, reason, disputed_fact_ids, status, filed_at, appeal_deadline, idempotency_key)
     values (?::uuid, ?::uuid, ?::uuid, ?, ?, ?, ?, ?::jsonb, 'FILED', ?::timestamptz, ?::date, ?)
     on conflict do nothing
     returning *`,
    [row.id, row.decisionId, row.decisionId, row.benefitCode, row.subjectPin, row.appellantPin, row.reason, JSON.stringify(row.disputedFactIds), row.filedAt, row.appealDeadline, row.idempotencyKey],
  );
  return appeals(em, rows)[0];
};

export interface NewAppealEvent {
  readonly id: string;
  readonly appealId: string;
  readonly kind: AppealEventKind;
  readonly actor: AppealActor;
  readonly actorSubject?: string | null;
  readonly decisionId?: string | null;
  readonly factId?: string | null;
  readonly reason?: string | null;
}

export const insertAppealEvent = async (em: EntityManager, event: NewAppealEvent): Promise<AppealEvent> => {
  const rows = await em.execute<Record<string, unknown>[]>(
    `insert into benefits.appeal_event (id, appeal_id, kind, at, actor, actor_subject, decision_id, fact_id, reason)
     values (?::uuid, ?::uuid, ?, now(), ?, ?, ?::uuid, ?::uuid, ?) returning *`,
    [event.id, event.appealId, event.kind, event.actor, event.actorSubject ?? null, event.decisionId ?? null, event.factId ?? null, event.reason ?? null],
  );
  const inserted = events(em, rows)[0];
  if (!inserted) throw new Error('An appeal event was not inserted.');
  return inserted;
};

/**
 * Moves an appeal from one of `from` to `to` (and sets the review deadline when given), in one
 * guarded statement: undefined when the appeal was not in one of those states, so two racing steps
 * cannot both move it.
 */
export const moveAppeal = async (em: EntityManager, id: string, from: readonly AppealStatus[], to: AppealStatus, reviewDeadline?: string): Promise<Appeal | undefined> => {
  const rows = await em.execute<Record<string, unknown>[]>(
    `update benefits.appeal set status = ?, review_deadline = coalesce(?::date, review_deadline)
     where id = ?::uuid and status in (${from.map(() => '?').join(', ')}) returning *`,
    [to, reviewDeadline ?? null, id, ...from],
  );
  return appeals(em, rows)[0];
};

/** The appeals whose decision in force is `decisionId`, locked for the transaction that replaces it. */
export const lockAppealsOnDecision = async (em: EntityManager, decisionId: string): Promise<Appeal[]> =>
  appeals(em, await em.execute<Record<string, unknown>[]>(`select * from benefits.appeal where current_decision_id = ?::uuid for update`, [decisionId]));

export const setCurrentDecision = async (em: EntityManager, id: string, decisionId: string, status: AppealStatus): Promise<void> => {
  await em.execute(`update benefits.appeal set current_decision_id = ?::uuid, status = ? where id = ?::uuid`, [decisionId, status, id]);
};

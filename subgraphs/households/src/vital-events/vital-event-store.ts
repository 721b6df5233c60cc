import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { MembershipSchema, type Membership } from '../entities/membership.ts';

/** SQL of the vital-event mutations (households.vital_event, households.membership); no rules here. */

export type VitalEventKind = 'BIRTH' | 'DEATH' | 'MARRIAGE' | 'DIVORCE';

export interface EventOutcome {
  readonly changed: boolean;
  readonly errorCode: string | null;
  /** The memberships begun or ended. */
  readonly membershipIds: readonly string[];
}

/**
 * Claims a fact id for this transaction: undefined when it is new, else what applying it did. A
 * concurrent claim of the same id waits on the primary key until the first commits, then finds it.
 */
export const claimFact = async (em: EntityManager, factId: string, kind: VitalEventKind, pin: string): Promise<(EventOutcome & { kind: string; pin: string }) | undefined> => {
  const claimed = await em.execute<Array<{ fact_id: string }>>(
    `insert into households.vital_event (fact_id, kind, pin, changed) values (?::uuid, ?, ?, false)
     on conflict (fact_id) do nothing returning fact_id`,
    [factId, kind, pin],
  );
  if (claimed.length === 1) return undefined;
  const [row] = await em.execute<Array<{ changed: boolean; error_code: string | null; membership_ids: string[]; kind: string; pin: string }>>(
    `select changed, error_code, membership_ids, kind, pin from households.vital_event where fact_id = ?::uuid`,
    [factId],
  );
  if (!row) throw new Error('A claimed vital event has no row.');
  return { changed: row.changed, errorCode: row.error_code, membershipIds: row.membership_ids, kind: row.kind, pin: row.pin.trim() };
};

export const recordOutcome = async (em: EntityManager, factId: string, outcome: EventOutcome): Promise<void> => {
  await em.execute(`update households.vital_event set changed = ?, error_code = ?, membership_ids = ?::uuid[] where fact_id = ?::uuid`, [
    outcome.changed,
    outcome.errorCode,
    `{${outcome.membershipIds.join(',')}}`,
    factId,
  ]);
};

export interface MembershipRow {
  readonly id: string;
  readonly householdId: string;
  readonly pin: string;
  readonly relation: string;
}

/**
 * Each person's membership covering `on`, else their open one (latest first), locked for this
 * transaction so two events about the same people are applied one after the other.
 */
export const findMembershipsOf = async (em: EntityManager, pins: readonly string[], on: string): Promise<Map<string, MembershipRow>> => {
  const rows = await em.execute<Array<{ id: string; household_id: string; person_pin: string; relation: string }>>(
    `select id, household_id, person_pin, relation from households.membership
     where person_pin in (?) and valid_from <= ?::date and (valid_to is null or valid_to >= ?::date)
        or person_pin in (?) and valid_to is null
     order by (valid_from <= ?::date) asc, valid_from asc
     for update`,
    [[...pins], on, on, [...pins], on],
  );
  // Covering rows sort last, so they win.
  return new Map(rows.map((r) => [r.person_pin.trim(), { id: r.id, householdId: r.household_id, pin: r.person_pin.trim(), relation: r.relation }]));
};

/** Whether the person has an open membership (the unique index allows one). */
export const hasOpenMembership = async (em: EntityManager, pin: string): Promise<boolean> => {
  const rows = await em.execute<Array<{ id: string }>>(`select id from households.membership where person_pin = ? and valid_to is null`, [pin]);
  return rows.length > 0;
};

export const insertMembership = async (em: EntityManager, householdId: string, pin: string, relation: string, from: string): Promise<string> => {
  const id = randomUUID();
  await em.execute(`insert into households.membership (id, household_id, person_pin, relation, valid_from) values (?::uuid, ?::uuid, ?, ?, ?::date)`, [
    id,
    householdId,
    pin,
    relation,
    from,
  ]);
  return id;
};

/** Ends every membership of `pin` still running on `on`, on `on` (or the day it began, if later). */
export const endMembershipsOn = async (em: EntityManager, pin: string, on: string): Promise<string[]> => {
  const rows = await em.execute<Array<{ id: string }>>(
    `update households.membership set valid_to = greatest(valid_from, ?::date)
     where person_pin = ? and (valid_to is null or valid_to > ?::date)
     returning id`,
    [on, pin, on],
  );
  return rows.map((r) => r.id);
};

/** Ends one membership the day before `on` (never before it began). */
export const endMembershipBefore = async (em: EntityManager, id: string, on: string): Promise<void> => {
  await em.execute(`update households.membership set valid_to = greatest(valid_from, ?::date - 1) where id = ?::uuid`, [on, id]);
};

/** The memberships with these ids as committed, households joined in. */
export const findMembershipsByIds = (em: EntityManager, ids: readonly string[]): Promise<Membership[]> =>
  ids.length === 0
    ? Promise.resolve([])
    : em.find(MembershipSchema, { id: { $in: [...ids] } }, { populate: ['household'], strategy: 'joined', refresh: true, orderBy: { validFrom: 'asc', id: 'asc' } });

import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { FactKind } from '@usr/shared';
import { FactSchema, type Fact } from '../entities/fact.ts';

/** A validated submission, ready to store (see fact-submission.ts). */
export interface NewFact {
  readonly id: string;
  readonly agencyCode: string;
  readonly subjectPin: string;
  readonly kind: FactKind;
  readonly value: unknown;
  readonly validFrom: string;
  readonly validTo: string | null;
  readonly sourceReference: string;
  /** The declaring citizen's PIN, for a self-declared fact (a reported change). */
  readonly declaredBy?: string | null;
}

const mapRows = (em: EntityManager, rows: Record<string, unknown>[]): Fact[] => rows.map((row) => em.map(FactSchema, row));

/** The current (not superseded) fact of each of these source references of one agency, in one statement. */
export const findCurrentBySource = async (em: EntityManager, agencyCode: string, references: readonly string[]): Promise<Fact[]> => {
  if (references.length === 0) return [];
  const rows = await em.execute<Record<string, unknown>[]>(`select * from facts.fact where agency_code = ? and source_reference in (?) and superseded_by is null`, [
      agencyCode,
      [...new Set(references)],
    ]);
  return mapRows(em, rows);
};

const COLUMNS = 'id, agency_code, subject_pin, kind, value, valid_from, valid_to, source_reference, declared_by';
const VALUES = '?::uuid, ?, ?, ?, ?::jsonb, ?::date, ?::date, ?, ?';
const paramsOf = (fact: NewFact): unknown[] => [
  fact.id,
  fact.agencyCode,
  fact.subjectPin,
  fact.kind,
  JSON.stringify(fact.value),
  fact.validFrom,
  fact.validTo,
  fact.sourceReference,
  fact.declaredBy ?? null,
];

/**
 * A unique violation of fact_source_current_idx means "someone else wrote it first": the caller
 * rolls back (its transaction or savepoint: the failed statement aborted it) and looks again.
 */
export const isLostRace = (error: unknown): boolean => error instanceof UniqueConstraintViolationException;

/**
 * Stores a fact whose source reference has no current fact. One statement, so atomic. Returns
 * undefined when a concurrent submission stored one first (the partial unique index decides; a
 * violation it still raises is a lost race, see `isLostRace`).
 */
export const insertFact = async (em: EntityManager, fact: NewFact): Promise<Fact | undefined> => {
  const rows = await em.execute<Record<string, unknown>[]>(
    `insert into facts.fact (${COLUMNS}) values (${VALUES})
     on conflict (agency_code, source_reference) where superseded_by is null do nothing
     returning *`,
    paramsOf(fact),
  );
  return mapRows(em, rows)[0];
};

/**
 * Stores `fact` as the correction of `currentId` and links the old fact to it, in ONE statement
 * (so atomic, and the self-reference is checked at its end, when both rows exist). The update
 * runs first (the insert reads its result) and only while the old fact is still current: when a
 * concurrent submission superseded it first, nothing is written and undefined is returned (or the
 * insert raises a unique violation: see `isLostRace`).
 */
export const supersedeFact = async (em: EntityManager, currentId: string, fact: NewFact): Promise<Fact | undefined> => {
  const rows = await em.execute<Record<string, unknown>[]>(
    `with old as (
       update facts.fact set superseded_by = ?::uuid, superseded_at = now()
       where id = ? and superseded_by is null
       returning id
     )
     insert into facts.fact (${COLUMNS}) select ${VALUES} from old
     returning *`,
    [fact.id, currentId, ...paramsOf(fact)],
  );
  return mapRows(em, rows)[0];
};

import type { EntityManager } from '@mikro-orm/postgresql';
import type { NewFact } from '../services/fact-submission-store.ts';

/**
 * Inserts facts whose source references had no current fact, in ONE statement (the rows travel as
 * one jsonb parameter), skipping those a concurrent submission stored first (the partial unique
 * index decides, as for `insertFact`). Returns the ids actually inserted. Rows are inserted in
 * source-reference order (a function scan yields the array's order), so two concurrent feeds wait on each other instead of deadlocking.
 */
export const insertNewFacts = async (em: EntityManager, facts: readonly NewFact[]): Promise<Set<string>> => {
  if (facts.length === 0) return new Set();
  const rows = [...facts]
    .sort((a, b) => (a.sourceReference < b.sourceReference ? -1 : a.sourceReference > b.sourceReference ? 1 : 0))
    .map((f) => ({
      id: f.id,
      agency_code: f.agencyCode,
      subject_pin: f.subjectPin,
      kind: f.kind,
      value: f.value,
      valid_from: f.validFrom,
      valid_to: f.validTo,
      source_reference: f.sourceReference,
    }));
  const inserted = await em.execute<Array<{ id: string }>>(
    `insert into facts.fact (id, agency_code, subject_pin, kind, value, valid_from, valid_to, source_reference)
     select id, agency_code, subject_pin, kind, value, valid_from, valid_to, source_reference
     from jsonb_to_recordset(?::jsonb) as r(id uuid, agency_code varchar, subject_pin char(7), kind varchar, value jsonb,
                                            valid_from date, valid_to date, source_reference varchar)
     on conflict (agency_code, source_reference) where superseded_by is null do nothing
     returning id`,
    [JSON.stringify(rows)],
  );
  return new Set(inserted.map((row) => row.id));
};

import type { EntityManager } from '@mikro-orm/postgresql';
import { boundQuery } from '@usr/shared';
import type { NewFact } from '../services/fact-submission-store.ts';

/**
 * Inserts facts whose source references had no current fact, in ONE statement, skipping those a
 * concurrent submission stored first (the partial unique index decides, as for `insertFact`).
 * Returns the ids actually inserted. The rows travel as one typed array per column, bound as
 * parameters and zipped by unnest(), instead of one jsonb document that `em.execute` inlined into
 * the SQL text (escaped in Node, parsed again by PostgreSQL): lower peak memory (BENCHMARKS.md).
 * Rows are inserted in source-reference order (unnest yields the arrays' order), so two concurrent
 * feeds wait on each other instead of deadlocking.
 */
export const insertNewFacts = async (em: EntityManager, facts: readonly NewFact[]): Promise<Set<string>> => {
  if (facts.length === 0) return new Set();
  const rows = [...facts].sort((a, b) => (a.sourceReference < b.sourceReference ? -1 : a.sourceReference > b.sourceReference ? 1 : 0));
  const inserted = await boundQuery<{ id: string }>(
    em,
    `insert into facts.fact (id, agency_code, subject_pin, kind, value, valid_from, valid_to, source_reference)
     select * from unnest($1::uuid[], $2::varchar[], $3::char(7)[], $4::varchar[], $5::jsonb[], $6::date[], $7::date[], $8::varchar[])
     on conflict (agency_code, source_reference) where superseded_by is null do nothing
     returning id`,
    [
      rows.map((f) => f.id),
      rows.map((f) => f.agencyCode),
      rows.map((f) => f.subjectPin),
      rows.map((f) => f.kind),
      rows.map((f) => JSON.stringify(f.value)),
      rows.map((f) => f.validFrom),
      rows.map((f) => f.validTo),
      rows.map((f) => f.sourceReference),
    ],
  );
  return new Set(inserted.map((row) => row.id));
};

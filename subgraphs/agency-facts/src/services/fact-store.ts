import type { EntityManager } from '@mikro-orm/postgresql';
import type { FactKind, Page } from '@usr/shared';
import { FactSchema, type Fact } from '../entities/fact.ts';

/** A validated `FactFilter` (see fact-service.ts); null means "no restriction". */
export interface FactCriteria {
  readonly kinds: readonly FactKind[] | null;
  readonly agencies: readonly string[] | null;
  readonly validOn: string | null;
  readonly validFrom: string | null;
  readonly validTo: string | null;
  readonly includeSuperseded: boolean;
  /** Valid time: only facts true on this day (`YYYY-MM-DD`). */
  readonly asOf: string | null;
  /** Transaction time (ISO instant): the facts as the registry knew them then; null for now. */
  readonly knownAt: string | null;
  /** Kinds the caller may not see (health facts for a caseworker without the health scope). */
  readonly hiddenKinds: readonly FactKind[];
}

/** SQL access to facts.fact; no rules here. */
export const findFactsByIds = (em: EntityManager, ids: readonly string[]): Promise<Fact[]> => em.find(FactSchema, { id: { $in: [...ids] } });

/**
 * The same page of facts for each of these people, in ONE statement whatever the number of people
 * or facts. A LATERAL subquery per person walks fact_subject_idx (subject_pin, valid_from desc) and
 * stops after offset + limit + 1 rows (the extra row tells whether another page follows), so a
 * person with 10,000 facts costs no more than one with 100; a window function over all of a
 * person's facts would read them all.
 */
export const findFactPages = async (em: EntityManager, pins: readonly string[], criteria: FactCriteria, page: Page): Promise<Fact[]> => {
  // MikroORM inlines parameters and expands an array to a quoted list: `array[?]` becomes
  // array['A', 'B'] (callers never pass an empty one). char(7)[] keeps the index usable.
  const params: unknown[] = [[...pins]];
  const conditions = ['f.subject_pin = subject.pin'];
  const where = (condition: string, ...values: unknown[]) => {
    conditions.push(condition);
    params.push(...values);
  };
  if (criteria.kinds) where('f.kind in (?)', [...criteria.kinds]);
  if (criteria.agencies) where('f.agency_code in (?)', [...criteria.agencies]);
  if (criteria.hiddenKinds.length > 0) where('f.kind not in (?)', [...criteria.hiddenKinds]);
  if (criteria.validOn) where('f.valid_from <= ? and (f.valid_to is null or f.valid_to >= ?)', criteria.validOn, criteria.validOn);
  if (criteria.validFrom) where('(f.valid_to is null or f.valid_to >= ?)', criteria.validFrom);
  if (criteria.validTo) where('f.valid_from <= ?', criteria.validTo);
  if (criteria.asOf) where('f.valid_from <= ? and (f.valid_to is null or f.valid_to >= ?)', criteria.asOf, criteria.asOf);
  if (criteria.knownAt) {
    // Received by then and, unless history is asked for, not yet superseded then.
    where('f.recorded_at <= ?::timestamptz', criteria.knownAt);
    if (!criteria.includeSuperseded) where('(f.superseded_at is null or f.superseded_at > ?::timestamptz)', criteria.knownAt);
  } else if (!criteria.includeSuperseded) where('f.superseded_by is null');
  params.push(page.limit + 1, page.offset);
  const sql = `
    select page.* from unnest(array[?]::char(7)[]) as subject (pin)
    cross join lateral (
      select f.* from facts.fact f
      where ${conditions.join(' and ')}
      order by f.valid_from desc, f.id
      limit ? offset ?
    ) page
    order by page.subject_pin, page.valid_from desc, page.id`;
  const rows = await em.getConnection().execute<Record<string, unknown>[]>(sql, params);
  return rows.map((row) => em.map(FactSchema, row));
};

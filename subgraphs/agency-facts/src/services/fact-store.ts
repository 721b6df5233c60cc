import type { EntityManager } from '@mikro-orm/postgresql';
import { selectAs, type FactKind, type Page } from '@usr/shared';
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
  // Bind parameters; char(7)[] keeps the index usable. Plain read-only rows (selectAs): no hydration.
  const params: unknown[] = [[...pins]];
  const conditions = ['f.subject_pin = subject.pin'];
  const next = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  if (criteria.kinds) conditions.push(`f.kind = any(${next([...criteria.kinds])}::varchar[])`);
  if (criteria.agencies) conditions.push(`f.agency_code = any(${next([...criteria.agencies])}::varchar[])`);
  if (criteria.hiddenKinds.length > 0) conditions.push(`f.kind <> all(${next([...criteria.hiddenKinds])}::varchar[])`);
  if (criteria.validOn) {
    const on = next(criteria.validOn);
    conditions.push(`f.valid_from <= ${on}::date and (f.valid_to is null or f.valid_to >= ${on}::date)`);
  }
  if (criteria.validFrom) conditions.push(`(f.valid_to is null or f.valid_to >= ${next(criteria.validFrom)}::date)`);
  if (criteria.validTo) conditions.push(`f.valid_from <= ${next(criteria.validTo)}::date`);
  if (criteria.asOf) {
    const on = next(criteria.asOf);
    conditions.push(`f.valid_from <= ${on}::date and (f.valid_to is null or f.valid_to >= ${on}::date)`);
  }
  if (criteria.knownAt) {
    // Received by then and, unless history is asked for, not yet superseded then.
    const at = next(criteria.knownAt);
    conditions.push(`f.recorded_at <= ${at}::timestamptz`);
    if (!criteria.includeSuperseded) conditions.push(`(f.superseded_at is null or f.superseded_at > ${at}::timestamptz)`);
  } else if (!criteria.includeSuperseded) conditions.push('f.superseded_by is null');
  const limit = next(page.limit + 1);
  const offset = next(page.offset);
  const sql = `
    select page.* from unnest($1::char(7)[]) as subject (pin)
    cross join lateral (
      select f.* from facts.fact f
      where ${conditions.join(' and ')}
      order by f.valid_from desc, f.id
      limit ${limit} offset ${offset}
    ) page
    order by page.subject_pin, page.valid_from desc, page.id`;
  return selectAs(em, FactSchema, sql, params);
};

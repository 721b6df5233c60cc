import type { EntityManager } from '@mikro-orm/postgresql';
import { arrayLiteral, boundQuery, jobInsertSql, jobTrace } from '@usr/shared';
import type { NewFact } from '../services/fact-submission-store.ts';
import { FACTS_INGESTED_CHUNK } from '../jobs/fact-jobs.ts';

/** What the chunk statement decided for a fact it did NOT insert (an inserted fact is ACCEPTED), by source reference. */
export type BulkDecision =
  /** The current fact of the reference has the same content: nothing stored. */
  | { readonly kind: 'DUPLICATE'; readonly currentId: string }
  /** The current fact differs (a correction), or a concurrent feed stored the reference first: decided one by one. */
  | { readonly kind: 'SEQUENTIAL' };

const SEQUENTIAL: BulkDecision = { kind: 'SEQUENTIAL' };

interface DecisionRow {
  readonly r: string;
  readonly id: string | null;
  /** D: same content as the current fact; C: a correction; R: neither inserted nor found (a lost race). */
  readonly s: 'D' | 'C' | 'R';
}

/**
 * The CTEs `inserted` and `decided` (see below), for a chunk mostly of new facts: insert first, then
 * look up only the references not inserted (a reference without a current fact then lost a race).
 */
const INSERT_FIRST = `inserted as (
       insert into facts.fact (id, agency_code, subject_pin, kind, value, valid_from, valid_to, source_reference)
       select i.i, $1, i.p, i.k, i.v, i.f, i.t, i.r from input i
       order by i.r collate "C"
       on conflict (agency_code, source_reference) where superseded_by is null do nothing
       returning id, source_reference
     ),
     pending as materialized (
       select i.* from input i where not exists (select from inserted n where n.source_reference = i.r)
     ),
     decided as (
       select i.r, c.id, case when c.id is null then 'R' when c.same then 'D' else 'C' end as s
       from pending i left join lateral (
         select c.id, (c.subject_pin = i.p and c.kind = i.k and c.value = i.v and c.valid_from = i.f and c.valid_to is not distinct from i.t) as same
         from facts.fact c where c.agency_code = $1 and c.source_reference = i.r and c.superseded_by is null limit 1
       ) c on true
     ),`;

/** The same, for a chunk mostly stored already (a replay): look up first, insert the rest. */
const LOOK_UP_FIRST = `current as (
       select i.r, c.id, (c.subject_pin = i.p and c.kind = i.k and c.value = i.v and c.valid_from = i.f and c.valid_to is not distinct from i.t) as same
       from input i cross join lateral (
         select * from facts.fact c where c.agency_code = $1 and c.source_reference = i.r and c.superseded_by is null limit 1
       ) c
     ),
     inserted as (
       insert into facts.fact (id, agency_code, subject_pin, kind, value, valid_from, valid_to, source_reference)
       select i.i, $1, i.p, i.k, i.v, i.f, i.t, i.r from input i
       where not exists (select from current c where c.r = i.r)
       order by i.r collate "C"
       on conflict (agency_code, source_reference) where superseded_by is null do nothing
       returning id, source_reference
     ),
     decided as (
       select r, id, case when same then 'D' else 'C' end as s from current
       union all
       select i.r, null, 'R' from input i
       where not exists (select from current c where c.r = i.r) and not exists (select from inserted n where n.source_reference = i.r)
     ),`;

/**
 * Stores a chunk's facts whose source references appear once in the chunk, in ONE statement (one
 * round trip, one plan): the facts travel as typed arrays (`arrayLiteral`; the values as one JSON array) zipped by `unnest`; every fact is
 * inserted unless its reference has a current fact (the partial unique index is the arbiter; in
 * source-reference order, bytewise, so two concurrent feeds wait on each other instead of deadlocking), and
 * only the references not inserted are looked up (their current fact, in the statement's snapshot:
 * new facts, the bulk of a feed, cost no look-up). When most of the chunk is expected to be stored
 * already (`expectDuplicates`: the previous chunk was mostly DUPLICATE, a replayed feed), the other
 * order: look every reference up, insert those without a current fact; the same decisions, each
 * order saving one index probe per line in its own case. ONE facts.ingested-chunk job naming every
 * inserted fact is inserted by the same statement, so the facts and their job commit or fail
 * together. Content equal to the current fact's (jsonb equality ignores key order) is a DUPLICATE;
 * anything else is left to the caller's one-by-one path (corrections, lost races), the mutation's.
 * Returns a decision only for the facts NOT inserted: a chunk of new facts answers no rows at all
 * (every fact absent from the map was inserted, ACCEPTED).
 */
export const storeFreshFacts = async (em: EntityManager, agencyCode: string, facts: readonly NewFact[], expectDuplicates = false): Promise<ReadonlyMap<string, BulkDecision>> => {
  const decisions = new Map<string, BulkDecision>();
  if (facts.length === 0) return decisions;
  // ONE job row for all the facts the statement inserts (none when it inserts none).
  const jobs = await jobInsertSql(
    em,
    FACTS_INGESTED_CHUNK,
    `select gen_random_uuid(),
            jsonb_build_object('agency', $1::text, 'outcome', 'ACCEPTED', 'factIds', jsonb_agg(id)) || $2::jsonb
     from inserted having count(*) > 0`,
  );
  const decided = await boundQuery<DecisionRow>(
    em,
    `with input as (
       select * from unnest($3::uuid[], $4::char(7)[], $5::varchar[],
         array(select e from jsonb_array_elements($6::jsonb) with ordinality as x (e, n) order by n),
         $7::date[], $8::date[], $9::varchar[]) as i (i, p, k, v, f, t, r)
     ),
     ${expectDuplicates ? LOOK_UP_FIRST : INSERT_FIRST}
     jobs as (${jobs})
     select r, id, s from decided`,
    [
      agencyCode,
      JSON.stringify(jobTrace()),
      arrayLiteral(facts.map((f) => f.id)),
      arrayLiteral(facts.map((f) => f.subjectPin)),
      arrayLiteral(facts.map((f) => f.kind)),
      // The values as ONE JSON array: written without the array literal's quoting of every quote in them.
      JSON.stringify(facts.map((f) => f.value)),
      arrayLiteral(facts.map((f) => f.validFrom)),
      arrayLiteral(facts.map((f) => f.validTo)),
      arrayLiteral(facts.map((f) => f.sourceReference)),
    ],
  );
  // R: neither inserted nor found current, a concurrent submission stored it after this statement's snapshot.
  for (const row of decided) decisions.set(row.r, row.s === 'D' && row.id !== null ? { kind: 'DUPLICATE', currentId: row.id } : SEQUENTIAL);
  return decisions;
};

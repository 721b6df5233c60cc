import type { EntityManager } from '@mikro-orm/postgresql';
import { isValidPin, type PersonReference } from '@usr/shared';
import type { FactsContext } from '../context.ts';
import { FactSchema, type Fact } from '../entities/fact.ts';

/** The roles in which a fact about someone else names a person. */
export type FactRole = 'MOTHER' | 'FATHER' | 'SPOUSE';

export interface FactInRole {
  readonly role: FactRole;
  readonly fact: Fact;
}

/** Which value field names the person in which role, for the kinds that name other people. */
const ROLE_FIELDS: readonly { readonly kinds: readonly string[]; readonly field: string; readonly role: FactRole }[] = [
  { kinds: ['BIRTH'], field: 'motherPin', role: 'MOTHER' },
  { kinds: ['BIRTH'], field: 'fatherPin', role: 'FATHER' },
  { kinds: ['MARRIAGE', 'DIVORCE'], field: 'spousePin', role: 'SPOUSE' },
];

const mapRows = (em: EntityManager, rows: Record<string, unknown>[]): Fact[] => rows.map((row) => em.map(FactSchema, row));

/** Current facts that name `pin` in another role (the mother of a birth, a spouse of a marriage), latest first: one statement. */
const findFactsNaming = async (em: EntityManager, pin: string): Promise<Fact[]> => {
  // Written as the partial indexes are (Migration20261206120000AddFactRoleIndexes), one branch each.
  const sql = `select * from facts.fact where superseded_by is null and (
      (kind = 'BIRTH' and value->>'motherPin' = ?)
      or (kind = 'BIRTH' and value->>'fatherPin' = ?)
      or (kind in ('MARRIAGE', 'DIVORCE') and value->>'spousePin' = ?))
    order by valid_from desc, id`;
  return mapRows(em, await em.execute<Record<string, unknown>[]>(sql, [pin, pin, pin]));
};

/** An earlier version of a fact, with the current fact (`head`) whose chain it belongs to. */
export interface PreviousVersion {
  readonly head: string;
  readonly fact: Fact;
}

/**
 * The facts each of `ids` corrected, back to the first version, the latest first (chains of
 * supersededBy, index fact_superseded_by_idx): one statement for all of a record's facts.
 */
export const findPreviousVersions = async (em: EntityManager, ids: readonly string[]): Promise<PreviousVersion[]> => {
  const rows = await em.execute<(Record<string, unknown> & { head: string; depth: number })[]>(
    `with recursive chain as (
       select f.*, f.superseded_by as head, 1 as depth from facts.fact f where f.superseded_by = any(array[?]::uuid[])
       union all
       select f.*, c.head, c.depth + 1 from facts.fact f join chain c on f.superseded_by = c.id where c.depth < 100
     )
     select * from chain order by head, depth`,
    // MikroORM expands an array parameter to a quoted list: `array[?]` (never empty: a DataLoader batch).
    [[...ids]],
  );
  return rows.map(({ head, depth: _depth, ...row }) => ({ head: String(head), fact: em.map(FactSchema, row) }));
};

/**
 * `Person.factsInOtherRoles`: the facts about someone else that name this person (a child's BIRTH
 * names the mother and father, a MARRIAGE or DIVORCE the spouse). Readable by whoever may read the
 * NAMED person's record (the person themself, caseworkers of their region, the engine, auditors,
 * administrators): the fact is about them too. Each read by someone else is logged as a read of them.
 */
export const factsInOtherRoles = async (ctx: FactsContext, person: PersonReference): Promise<FactInRole[]> => {
  if (!isValidPin(person.pin)) return [];
  await ctx.factAccess.assertSubject(person.pin, ['Person.factsInOtherRoles']);
  const facts = await findFactsNaming(ctx.orm(), person.pin);
  return facts.flatMap((fact) => {
    const value = fact.value as Record<string, unknown>;
    return ROLE_FIELDS.filter((r) => r.kinds.includes(fact.kind) && value[r.field] === person.pin).map((r) => ({ role: r.role, fact }));
  });
};

/**
 * `Fact.previousVersions`: what the agency said before it corrected this fact, the latest first.
 * Readable by whoever may read the fact itself (each version is checked like the fact: a version
 * whose subject differed in bad data is left to its own rules).
 */
export const previousVersionsOf = async (ctx: FactsContext, fact: Fact): Promise<Fact[]> => {
  const versions = (await ctx.loaders.previousVersions.load(fact.id)).map((v) => v.fact);
  for (const version of versions) await ctx.factAccess.assertFact(version, ['Fact.previousVersions']);
  return versions;
};

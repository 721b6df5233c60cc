import { populationHouseholds, type PopulationOptions } from '@usr/population';
import type { FactRow, MembershipRow, PersonRow, PopulationRows, PopulationTable } from '@usr/population';
import { RULE_FACT_KINDS } from '../../engine/src/collect/facts.ts';
import type { DryRunCase } from '../../engine/src/dry-run/dry-run.ts';
import type { RuleFact } from '../../engine/src/rules/index.ts';

const RULE_KINDS: ReadonlySet<string> = new Set(RULE_FACT_KINDS);

/** A generated fact row as the rules take it (as toRuleFact does: Money strings become numbers). */
const ruleFact = (row: FactRow): RuleFact => {
  const value: Record<string, unknown> = { ...(row.value as Record<string, unknown>) };
  if (typeof value['amount'] === 'string') value['amount'] = Number(value['amount']);
  return { id: row.id, kind: row.kind, subjectPin: row.subjectPin, value, validFrom: row.validFrom, validTo: row.validTo, recordedAt: row.recordedAt, selfDeclared: false };
};

/**
 * The synthetic population (population/) as dry-run cases, one household at a time, straight from
 * the generator (no database): the rows of each generated household are held until it is complete,
 * turned into the household's members on `on` with their current (not superseded) facts of the
 * kinds the rules read, and dropped. Memory stays flat at any population size.
 */
export function* populationCases(options: PopulationOptions & { on: string }): Generator<DryRunCase> {
  const persons = new Map<string, PersonRow>();
  const households = new Map<string, string>();
  const memberships: MembershipRow[] = [];
  const facts = new Map<string, RuleFact[]>();
  const sink = <T extends PopulationTable>(table: T, row: PopulationRows[T]): void => {
    if (table === 'persons') persons.set((row as PersonRow).pin, row as PersonRow);
    else if (table === 'households') households.set((row as PopulationRows['households']).id, (row as PopulationRows['households']).regionCode);
    else if (table === 'memberships') memberships.push(row as MembershipRow);
    else if (table === 'facts') {
      const fact = row as FactRow;
      if (fact.supersededBy === null && RULE_KINDS.has(fact.kind)) facts.set(fact.subjectPin, [...(facts.get(fact.subjectPin) ?? []), ruleFact(fact)]);
    }
  };
  for (const _count of populationHouseholds(options, sink)) {
    const byHousehold = new Map<string, MembershipRow[]>();
    for (const m of memberships) {
      if (m.validFrom > options.on || (m.validTo !== null && m.validTo < options.on)) continue;
      byHousehold.set(m.householdId, [...(byHousehold.get(m.householdId) ?? []), m]);
    }
    for (const [householdId, regionCode] of households) {
      const members = (byHousehold.get(householdId) ?? []).flatMap((m) => {
        const person = persons.get(m.personPin);
        return person ? [{ relation: m.relation, person: { pin: person.pin, birthDate: person.birthDate, deathDate: person.deathDate }, facts: facts.get(person.pin) ?? [] }] : [];
      });
      if (members.length > 0) yield { householdId, regionCode, members };
    }
    persons.clear();
    households.clear();
    memberships.length = 0;
    facts.clear();
  }
}

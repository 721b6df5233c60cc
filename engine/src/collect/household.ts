import type { GatewayClient } from '../gateway-client.ts';
import type { RuleMember } from '../rules/index.ts';
import { FACT_FIELDS, RULE_FACT_KINDS } from './facts.ts';
import { PERSON_FIELDS, toCollectedPerson, type CollectedPerson, type GraphPerson } from './person.ts';

export interface CollectedMember extends RuleMember {
  readonly person: CollectedPerson;
}

export interface CollectedHousehold {
  readonly id: string;
  readonly regionCode: string;
  readonly members: readonly CollectedMember[];
}

/**
 * A household's members on `asOf` with each member's facts of the rule kinds true at any time from
 * `validFrom` on, as the registry knew them at `knownAt`: the inputs of a decision as at decision
 * time. One gateway request (the gateway batches the members' look-ups per subgraph).
 */
export const collectHousehold = async (client: GatewayClient, householdId: string, options: { asOf: string; knownAt: string; validFrom: string }): Promise<CollectedHousehold> => {
  const data = await client.request<{ household: { id: string; region: { code: string }; members: { relation: string; person: GraphPerson }[] } }>(
    `query EngineHousehold($id: ID!, $asOf: Date, $filter: FactFilter, $knownAt: DateTime) {
      household(id: $id) {
        id region { code }
        members(asOf: $asOf) { relation person { ${PERSON_FIELDS} facts(filter: $filter, knownAt: $knownAt, page: { limit: 1000 }) { hasMore items { ${FACT_FIELDS} } } } }
      }
    }`,
    { id: householdId, asOf: options.asOf, knownAt: options.knownAt, filter: { kinds: RULE_FACT_KINDS, validFrom: options.validFrom } },
  );
  const h = data.household;
  return { id: h.id, regionCode: h.region.code, members: h.members.map((m) => ({ relation: m.relation, person: toCollectedPerson(m.person), facts: toCollectedPerson(m.person).facts })) };
};

/** The household a person belongs to today (id only), or null. */
export const householdOf = async (client: GatewayClient, pin: string): Promise<string | null> => {
  const data = await client.request<{ person: { household: { id: string } | null } }>(`query EngineHouseholdOf($pin: String!) { person(pin: $pin) { household { id } } }`, { pin });
  return data.person.household?.id ?? null;
};

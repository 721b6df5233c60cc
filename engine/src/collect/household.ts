import type { GatewayClient } from '../gateway-client.ts';
import { graphql } from '../generated/gql.ts';
import type { RuleMember } from '../rules/index.ts';
import { RULE_FACT_KINDS } from './facts.ts';
import { toCollectedPerson, type CollectedPerson } from './person.ts';

export interface CollectedMember extends RuleMember {
  readonly person: CollectedPerson;
}

export interface CollectedHousehold {
  readonly id: string;
  readonly regionCode: string;
  readonly members: readonly CollectedMember[];
}

const HOUSEHOLD = graphql(`
  query EngineHousehold($id: ID!, $asOf: Date, $filter: FactFilter, $knownAt: DateTime) {
    household(id: $id) {
      id region { code }
      members(asOf: $asOf) { relation person { ...EngineRulePerson facts(filter: $filter, knownAt: $knownAt, page: { limit: 1000 }) { hasMore items { ...EngineRuleFact } } } }
    }
  }
`);

/**
 * A household's members on `asOf` with each member's facts of the rule kinds true at any time from
 * `validFrom` on, as the registry knew them at `knownAt`: the inputs of a decision as at decision
 * time. One gateway request (the gateway batches the members' look-ups per subgraph).
 */
export const collectHousehold = async (client: GatewayClient, householdId: string, options: { asOf: string; knownAt: string; validFrom: string }): Promise<CollectedHousehold> => {
  const data = await client.request(HOUSEHOLD, { id: householdId, asOf: options.asOf, knownAt: options.knownAt, filter: { kinds: [...RULE_FACT_KINDS], validFrom: options.validFrom } });
  const h = data.household;
  if (!h) throw new Error('The household is not in the registry.');
  return {
    id: h.id,
    regionCode: h.region.code,
    members: h.members.map((m) => {
      const person = toCollectedPerson(m.person);
      return { relation: m.relation, person, facts: person.facts };
    }),
  };
};

const HOUSEHOLD_OF = graphql(`
  query EngineHouseholdOf($pin: String!) { person(pin: $pin) { household { id } } }
`);

/** The household a person belongs to today (id only), or null. */
export const householdOf = async (client: GatewayClient, pin: string): Promise<string | null> => {
  const data = await client.request(HOUSEHOLD_OF, { pin });
  return data.person?.household?.id ?? null;
};

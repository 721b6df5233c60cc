import type { GatewayClient } from '../gateway-client.ts';
import type { RuleFact, RulePerson } from '../rules/index.ts';
import { FACT_FIELDS, RULE_FACT_KINDS, toRuleFact, type GraphFact } from './facts.ts';

/** A person with what notifications need (language, phone) and the facts rules read. */
export interface CollectedPerson extends RulePerson {
  readonly language: string;
  readonly phone: string | null;
  readonly facts: readonly RuleFact[];
}

export const PERSON_FIELDS = 'pin birthDate deathDate language phone';

export interface GraphPerson {
  pin: string;
  birthDate: string;
  deathDate: string | null;
  language: string;
  phone: string | null;
  facts?: { items: GraphFact[]; hasMore: boolean };
}

export const toCollectedPerson = (p: GraphPerson): CollectedPerson => ({
  pin: p.pin,
  birthDate: p.birthDate,
  deathDate: p.deathDate,
  language: p.language,
  phone: p.phone,
  facts: (p.facts?.items ?? []).map(toRuleFact),
});

/**
 * One person's facts of the rule kinds, as the registry knew them at `knownAt` (bitemporal), true
 * at any time from `validFrom` on. At most 1,000 facts a person (the facts subgraph's page limit):
 * the rules read a few dozen.
 */
export const collectPerson = async (client: GatewayClient, pin: string, options: { knownAt: string; validFrom: string }): Promise<CollectedPerson> => {
  const data = await client.request<{ person: GraphPerson }>(
    `query EnginePerson($pin: String!, $filter: FactFilter, $knownAt: DateTime) {
      person(pin: $pin) { ${PERSON_FIELDS} facts(filter: $filter, knownAt: $knownAt, page: { limit: 1000 }) { hasMore items { ${FACT_FIELDS} } } }
    }`,
    { pin, knownAt: options.knownAt, filter: { kinds: RULE_FACT_KINDS, validFrom: options.validFrom } },
  );
  return toCollectedPerson(data.person);
};

/** Just the contact details (language, phone) of a person. */
export const personContact = async (client: GatewayClient, pin: string): Promise<{ language: string; phone: string | null }> => {
  const data = await client.request<{ person: { language: string; phone: string | null } }>(`query EngineContact($pin: String!) { person(pin: $pin) { language phone } }`, { pin });
  return data.person;
};

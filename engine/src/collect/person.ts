import type { GatewayClient } from '../gateway-client.ts';
import { graphql } from '../generated/gql.ts';
import type { EngineRulePersonFragment } from '../generated/graphql.ts';
import type { RuleFact, RulePerson } from '../rules/index.ts';
import { RULE_FACT_KINDS, toRuleFact } from './facts.ts';

/** A person with what notifications need (language, phone) and the facts rules read. */
export interface CollectedPerson extends RulePerson {
  readonly language: string;
  readonly phone: string | null;
  readonly facts: readonly RuleFact[];
}

/** The person fields rules and notifications read (spread as `...EngineRulePerson`). */
export const RULE_PERSON_FRAGMENT = graphql(`
  fragment EngineRulePerson on Person { pin birthDate deathDate language phone }
`);

/** A person as the engine's queries return it, with the facts when the query asked for them. */
export type GraphPerson = EngineRulePersonFragment & { facts?: { items: readonly Parameters<typeof toRuleFact>[0][] } };

export const toCollectedPerson = (p: GraphPerson): CollectedPerson => ({
  pin: p.pin,
  birthDate: p.birthDate,
  deathDate: p.deathDate ?? null,
  language: p.language,
  phone: p.phone ?? null,
  facts: (p.facts?.items ?? []).map(toRuleFact),
});

const PERSON = graphql(`
  query EnginePerson($pin: String!, $filter: FactFilter, $knownAt: DateTime) {
    person(pin: $pin) { ...EngineRulePerson facts(filter: $filter, knownAt: $knownAt, page: { limit: 1000 }) { hasMore items { ...EngineRuleFact } } }
  }
`);

/**
 * One person's facts of the rule kinds, as the registry knew them at `knownAt` (bitemporal), true
 * at any time from `validFrom` on. At most 1,000 facts a person (the facts subgraph's page limit):
 * the rules read a few dozen.
 */
export const collectPerson = async (client: GatewayClient, pin: string, options: { knownAt: string; validFrom: string }): Promise<CollectedPerson> => {
  const data = await client.request(PERSON, { pin, knownAt: options.knownAt, filter: { kinds: [...RULE_FACT_KINDS], validFrom: options.validFrom } });
  if (!data.person) throw new Error('The person is not in the registry.');
  return toCollectedPerson(data.person);
};

const CONTACT = graphql(`
  query EngineContact($pin: String!) { person(pin: $pin) { language phone } }
`);

/** Just the contact details (language, phone) of a person. */
export const personContact = async (client: GatewayClient, pin: string): Promise<{ language: string; phone: string | null }> => {
  const { person } = await client.request(CONTACT, { pin });
  if (!person) throw new Error('The person is not in the registry.');
  return { language: person.language, phone: person.phone ?? null };
};

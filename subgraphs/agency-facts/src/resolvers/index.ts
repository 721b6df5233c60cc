import { AGENCIES, FACT_KIND_NAMES, FACT_KINDS, kindsOwnedBy, scalarResolvers } from '@usr/shared';
import type { Resolvers } from '../generated/resolvers-types.ts';
import { toFactValue, toMoney, VALUE_TYPE_NAMES } from '../domain/fact-values.ts';
import { agencyOfFact, factsOf, getAgency, getFact, replacementOf } from '../services/fact-service.ts';

/** Thin: parse, call a service, map. */
export const resolvers: Resolvers = {
  ...scalarResolvers,
  Query: {
    agencies: () => [...AGENCIES],
    agency: (_, { code }) => getAgency(code),
    factKinds: () =>
      FACT_KIND_NAMES.map((kind) => ({ kind, agency: getAgency(FACT_KINDS[kind].agency), description: FACT_KINDS[kind].description, health: FACT_KINDS[kind].health })),
    fact: (_, { id }, ctx) => getFact(ctx, id),
  },
  Agency: {
    // async on purpose: @apollo/subgraph maps representations synchronously, so a synchronous throw
    // would fail the whole `_entities` list instead of this one entry.
    __resolveReference: async (ref) => getAgency(ref.code),
    factKinds: (agency) => kindsOwnedBy(agency.code),
  },
  Fact: {
    __resolveReference: (ref, ctx) => getFact(ctx, ref.id),
    subject: (fact) => ({ pin: fact.subjectPin }),
    agency: (fact) => agencyOfFact(fact),
    value: (fact) => toFactValue(fact.kind, fact.value),
    validTo: (fact) => fact.validTo ?? null,
    supersededBy: (fact, _, ctx) => replacementOf(ctx, fact),
    supersededAt: (fact) => fact.supersededAt ?? null,
  },
  FactValue: {
    __resolveType: (value) => VALUE_TYPE_NAMES[value.kind],
  },
  IncomeValue: { amount: (value) => toMoney(value.amount) },
  BankDepositValue: { amount: (value) => toMoney(value.amount) },
  ImportDeclarationValue: { valueAzn: (value) => toMoney(value.valueAzn) },
  Person: {
    __resolveReference: (ref) => ({ pin: ref.pin }),
    facts: (person, { filter, page }, ctx) => factsOf(ctx, person, filter, page),
  },
};

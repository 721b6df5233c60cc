import { referFactFromAppeal } from '../corrections/appeal-referral.ts';
import { Kind } from 'graphql';
import { AGENCIES, FACT_KIND_NAMES, FACT_KINDS, kindsOwnedBy, maskFor, scalarResolvers, selectedFields } from '@usr/shared';
import type { Resolvers } from '../generated/resolvers-types.ts';
import { toFactValue, toMoney, VALUE_TYPE_NAMES } from '../domain/fact-values.ts';
import { submitFacts } from '../services/fact-submission.ts';
import { reportChange } from '../services/reported-change.ts';
import { factsInOtherRoles, previousVersionsOf } from '../services/fact-relations.ts';
import { JsonScalar } from './json-scalar.ts';
import {
  answerCorrectionRequest,
  correctionRequestsOf,
  correctionRequestQueue,
  isContested,
  requestFact,
  requestFactCorrection,
} from '../corrections/correction-service.ts';
import { agencyOfFact, factsOf, getAgency, getFact, replacementOf } from '../services/fact-service.ts';

/** `facts { items { ... } }`: the Fact fields read are those under `items` (for the access log). */
const selectedFieldsOfItems = (info: Parameters<typeof selectedFields>[0]): string[] => {
  const items = info.fieldNodes.flatMap((n) => n.selectionSet?.selections ?? []).find((s) => s.kind === Kind.FIELD && s.name.value === 'items');
  return items && items.kind === Kind.FIELD
    ? [...new Set((items.selectionSet?.selections ?? []).flatMap((s) => (s.kind === Kind.FIELD && !s.name.value.startsWith('__') ? [s.name.value] : [])))].sort()
    : [];
};

/** Thin: parse, call a service, map. Record rules live in the services (see fact-access.ts). */
export const resolvers: Resolvers = {
  ...scalarResolvers,
  JSON: JsonScalar,
  Query: {
    agencies: () => [...AGENCIES],
    agency: (_, { code }) => getAgency(code),
    factKinds: () =>
      FACT_KIND_NAMES.map((kind) => ({ kind, agency: getAgency(FACT_KINDS[kind].agency), description: FACT_KINDS[kind].description, health: FACT_KINDS[kind].health })),
    fact: (_, { id }, ctx, info) => getFact(ctx, id, selectedFields(info, 'Fact')),
    correctionRequests: (_, { status, page }, ctx) => correctionRequestQueue(ctx, status, page),
  },
  Mutation: {
    submitFacts: (_, { facts }, ctx) => submitFacts(ctx, facts),
    reportChange: (_, { input }, ctx) => reportChange(ctx, input),
    requestFactCorrection: (_, { factId, reason }, ctx) => requestFactCorrection(ctx, factId, reason),
    answerCorrectionRequest: (_, { id, outcome, reason, correctingFactId }, ctx) => answerCorrectionRequest(ctx, id, { outcome, reason, correctingFactId }),
    referFactFromAppeal: async (_, { input }, ctx) => {
      const { request, created } = await referFactFromAppeal(ctx, input);
      return { requestId: request.id, created };
    },
  },
  CorrectionRequest: {
    fact: (request, _, ctx) => requestFact(ctx, request.factId, 'fact'),
    correctingFact: (request, _, ctx) => (request.correctingFactId ? requestFact(ctx, request.correctingFactId, 'correctingFact') : null),
    answeredAt: (request) => request.answeredAt ?? null,
    answerReason: (request) => request.answerReason ?? null,
    answeredBy: (request) => request.answeredBy ?? null,
    forwardedAt: (request) => request.forwardedAt ?? null,
    forwardReason: (request) => request.forwardReason ?? null,
  },
  Agency: {
    // async on purpose: @apollo/subgraph maps representations synchronously, so a synchronous throw
    // would fail the whole `_entities` list instead of this one entry.
    __resolveReference: async (ref) => getAgency(ref.code),
    factKinds: (agency) => kindsOwnedBy(agency.code),
  },
  Fact: {
    __resolveReference: (ref, ctx, info) => getFact(ctx, ref.id, selectedFields(info, 'Fact')),
    subject: (fact) => ({ pin: fact.subjectPin }),
    agency: (fact) => agencyOfFact(fact),
    value: (fact) => toFactValue(fact.kind, fact.value),
    validTo: (fact) => fact.validTo ?? null,
    selfDeclared: (fact) => Boolean(fact.declaredBy),
    previousVersions: (fact, _, ctx) => previousVersionsOf(ctx, fact),
    supersededBy: (fact, _, ctx) => replacementOf(ctx, fact),
    supersededAt: (fact) => fact.supersededAt ?? null,
    contested: (fact, _, ctx) => isContested(ctx, fact),
  },
  FactValue: {
    __resolveType: (value) => VALUE_TYPE_NAMES[value.kind],
  },
  // A registered address is the person's address: masked for auditors as Person.address is.
  RegisteredAddressValue: { address: (value, _, ctx) => maskFor(ctx.viewer, 'address', value.address) },
  IncomeValue: { amount: (value) => toMoney(value.amount) },
  BankDepositValue: { amount: (value) => toMoney(value.amount) },
  ImportDeclarationValue: { valueAzn: (value) => toMoney(value.valueAzn) },
  Person: {
    __resolveReference: (ref) => ({ pin: ref.pin }),
    facts: (person, { filter, page, asOf, knownAt }, ctx, info) => factsOf(ctx, person, filter, page, selectedFieldsOfItems(info), { asOf, knownAt }),
    correctionRequests: (person, _, ctx) => correctionRequestsOf(ctx, person),
    factsInOtherRoles: (person, _, ctx) => factsInOtherRoles(ctx, person),
  },
};

import type { FactKind } from '@usr/shared';
import type { EngineContext } from '../context.ts';
import { found } from '../gateway-client.ts';
import { graphql } from '../generated/gql.ts';
import { redecide, type Redecision } from './redecide.ts';

const SUPERSEDED = graphql(`
  query EngineSuperseded($pin: String!, $filter: FactFilter) { person(pin: $pin) { facts(filter: $filter, page: { limit: 1000 }) { items { id supersededBy { id } } } } }
`);
const DECISIONS_USING = graphql(`
  query EngineDecisionsUsing($ids: [ID!]!) { decisionsUsingFacts(factIds: $ids) { id inputs { factId } } }
`);

/**
 * A fact that superseded others (an agency correction under the same source reference, the
 * CORRECTED answer to a correction request, a corrected vital event): every decision in force, of
 * every benefit, whose recorded inputs include a fact it superseded (directly or through earlier
 * corrections) is decided again the same day
 * (decisionsUsingFacts over the decisions' inputs; redecide keyed by the superseded fact, so the
 * job's retries record nothing twice).
 */
export const redecideUsersOfSuperseded = async (ctx: EngineContext, fact: { id: string; kind: string; subject: { pin: string } }): Promise<Redecision[]> => {
  const person = found((await ctx.client.request(SUPERSEDED, { pin: fact.subject.pin, filter: { kinds: [fact.kind as FactKind], includeSuperseded: true } })).person, 'The person');
  // The whole chain this fact ends: a decision left unchanged by an earlier correction still names
  // the first version among its inputs, and a later correction must reach it too.
  const superseded: string[] = [];
  for (let frontier = [fact.id]; frontier.length > 0; ) {
    const next = person.facts.items.filter((f) => f.supersededBy !== null && frontier.includes(f.supersededBy.id) && !superseded.includes(f.id)).map((f) => f.id);
    superseded.push(...next);
    frontier = next;
  }
  if (superseded.length === 0) return [];
  const { decisionsUsingFacts } = await ctx.client.request(DECISIONS_USING, { ids: superseded });
  const out: Redecision[] = [];
  for (const decision of decisionsUsingFacts) {
    const cause = decision.inputs.find((i) => i.factId != null && superseded.includes(i.factId))?.factId ?? superseded[0] ?? fact.id;
    out.push(await redecide(ctx, decision.id, { kind: 'FACT', factId: cause }));
  }
  return out;
};

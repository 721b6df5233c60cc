// Prints @apollo/gateway's query plan for an operation against the composed supergraph:
//   node --experimental-strip-types gateway/scripts/query-plan.ts [file.graphql]   (default: the README's full record)
import { readFileSync } from 'node:fs';
import { parse } from 'graphql';
import { Supergraph, operationFromDocument } from '@apollo/federation-internals';
import { QueryPlanner, prettyFormatQueryPlan } from '@apollo/query-planner';
import { loadableByGateway, readSupergraph } from '../src/compose.ts';

const FULL_RECORD = `query FullRecord($pin: String!) {
  person(pin: $pin) {
    firstName lastName birthDate address { line region { name } }
    household { members { relation person { firstName age } } assistance { monthlyAmount status } }
    facts(filter: { kinds: [INCOME] }) { items { agency { name } validFrom sourceReference value { ... on IncomeValue { amount month } } } }
    benefits { benefitType { name } monthlyAmount periodFrom decision { outcome steps { description result } } payments { month amount status } }
    paymentAccounts { bank branchAddress cardPickupDate }
  }
}`;

const file = process.argv[2];
const supergraph = Supergraph.build(loadableByGateway(readSupergraph()));
const operation = operationFromDocument(supergraph.schema.toAPISchema(), parse(file ? readFileSync(file, 'utf8') : FULL_RECORD));
console.log(prettyFormatQueryPlan(new QueryPlanner(supergraph).buildQueryPlan(operation)));

// Prints @apollo/gateway's query plan for an operation against the composed supergraph, and how
// many subgraph requests it makes in how many stages:
//   npm run query-plan [-- file.graphql]   (default: the README's full record)
import { readFileSync } from 'node:fs';
import { loadableByGateway, readSupergraph } from '../src/compose.ts';
import { queryPlanOf } from '../src/query-plan.ts';
import { README_FULL_RECORD } from '../../test/support/full-record-query.ts';

const file = process.argv[2];
const { text, fetches, stages } = queryPlanOf(loadableByGateway(readSupergraph()), file ? readFileSync(file, 'utf8') : README_FULL_RECORD);
console.log(text);
console.log(`${fetches} subgraph requests in ${stages} stages`);

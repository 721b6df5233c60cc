import { runSubgraphProcess } from '@usr/shared';
import { environment } from './environment.ts';
import { householdsSubgraph } from './subgraph.ts';

await runSubgraphProcess(householdsSubgraph, environment());

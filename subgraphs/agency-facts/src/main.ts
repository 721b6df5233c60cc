import { runSubgraphProcess } from '@usr/shared';
import { environment } from './environment.ts';
import { factsSubgraph } from './subgraph.ts';

await runSubgraphProcess(factsSubgraph, environment());

import { runSubgraphProcess } from '@usr/shared';
import { environment } from './environment.ts';
import { personsSubgraph } from './subgraph.ts';

await runSubgraphProcess(personsSubgraph, environment());

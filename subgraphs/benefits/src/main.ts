import { runSubgraphProcess } from '@usr/shared';
import { environment } from './environment.ts';
import { benefitsSubgraph } from './subgraph.ts';

await runSubgraphProcess(benefitsSubgraph, environment());

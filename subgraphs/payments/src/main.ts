import { runSubgraphProcess } from '@usr/shared';
import { environment } from './environment.ts';
import { paymentsSubgraph } from './subgraph.ts';

await runSubgraphProcess(paymentsSubgraph, environment());

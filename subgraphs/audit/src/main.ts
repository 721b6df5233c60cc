import { runSubgraphProcess } from '@usr/shared';
import { environment } from './environment.ts';
import { auditSubgraph } from './subgraph.ts';

await runSubgraphProcess(auditSubgraph, environment());

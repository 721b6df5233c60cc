import { runSubgraphProcess } from '@usr/shared';
import { paymentsService } from './subgraph.ts';

await runSubgraphProcess(paymentsService());

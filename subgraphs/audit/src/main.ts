import { runSubgraphProcess } from '@usr/shared';
import { auditService } from './subgraph.ts';

await runSubgraphProcess(auditService());

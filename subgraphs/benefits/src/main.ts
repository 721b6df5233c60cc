import { runSubgraphProcess } from '@usr/shared';
import { benefitsService } from './subgraph.ts';

await runSubgraphProcess(benefitsService());

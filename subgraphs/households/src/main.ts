import { runSubgraphProcess } from '@usr/shared';
import { householdsService } from './subgraph.ts';

await runSubgraphProcess(householdsService());

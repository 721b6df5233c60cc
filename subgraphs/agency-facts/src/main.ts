import { runSubgraphProcess } from '@usr/shared';
import { factsService } from './subgraph.ts';

await runSubgraphProcess(factsService());

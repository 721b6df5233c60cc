import { runSubgraphProcess } from '@usr/shared';
import { personsService } from './subgraph.ts';

await runSubgraphProcess(personsService());

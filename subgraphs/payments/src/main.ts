import { runSubgraphProcess } from '@usr/shared';
import { environment } from './environment.ts';
import { createPaymentsSubgraph, paymentsOptionsOf } from './subgraph.ts';

const env = environment();
await runSubgraphProcess(createPaymentsSubgraph(paymentsOptionsOf(env.own)), env);

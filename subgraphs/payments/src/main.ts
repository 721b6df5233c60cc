import { runSubgraphProcess } from '@usr/shared';
import { environment } from './environment.ts';
import { paymentRoutesFor } from './export/pain001-route.ts';
import { treasuryAccountFrom } from './export/treasury-account.ts';
import { paymentsSubgraph } from './subgraph.ts';

const env = environment();
await runSubgraphProcess({ ...paymentsSubgraph, routes: paymentRoutesFor(treasuryAccountFrom(env.own)) }, env);

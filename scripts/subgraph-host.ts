// Every subgraph in ONE Node process, each still on its own port with its own database pool, rules
// and context, behind a gateway of its own process: "one process per core" on a small host (README,
// "One process per core"; the benchmarks run Hive Gateway over it). On a 2-core machine it costs
// 25-30% less CPU per full record than a process per subgraph (issue #14, BENCHMARKS.md); what it
// gives up is isolation: one crash stops every subgraph, and together they use one core. The whole
// graph, gateway included, runs in one process in scripts/graph-host.ts (`npm start --
// --one-process`). Production on larger hosts keeps one service per subgraph (docker-compose.yml).
//
// Each subgraph reads the process's environment, except its port (scripts/hosted-subgraphs.ts). Its
// logs and its requests' spans carry its own name (startTracing's `services`). They call each other
// (the record rules' look-ups) in process.
import { runSubgraphProcess } from '@usr/shared';
import { hostedSubgraphs } from './hosted-subgraphs.ts';

await runSubgraphProcess(...hostedSubgraphs());

// Every subgraph in ONE Node process, each still on its own port with its own database pool, rules
// and context: the registry's "one process per core" on a small host (`npm start -- --one-process`;
// README, "One process per core"). On a 2-core machine it costs 25-30% less CPU per full record than
// a process per subgraph (issue #14, BENCHMARKS.md); what it gives up is isolation: one crash stops
// every subgraph, and together they use one core. Production on larger hosts keeps one service per
// subgraph (docker-compose.yml).
//
// Each subgraph reads the process's environment, except its port: it listens where the gateway is
// told it runs (PERSONS_URL, HOUSEHOLDS_URL, ... as the gateway reads them), or on its own default.
// Its logs and its requests' spans carry its own name (startTracing's `services`).
import { SUBGRAPHS } from '@usr/gateway';
import { runSubgraphProcess, type EnvironmentVariables, type SubgraphService } from '@usr/shared';
import { factsService } from '@usr/agency-facts';
import { auditService } from '@usr/audit';
import { benefitsService } from '@usr/benefits';
import { householdsService } from '@usr/households';
import { paymentsService } from '@usr/payments';
import { personsService } from '@usr/persons';

const SERVICES: Readonly<Record<string, (variables: EnvironmentVariables) => SubgraphService>> = {
  persons: personsService,
  households: householdsService,
  'agency-facts': factsService,
  benefits: benefitsService,
  payments: paymentsService,
  audit: auditService,
};

const portOf = (url: string | undefined, defaultPort: number): string => (url ? new URL(url).port : '') || String(defaultPort);

await runSubgraphProcess(
  ...SUBGRAPHS.map((entry) => {
    const service = SERVICES[entry.name];
    if (!service) throw new Error(`the subgraph host does not know the subgraph ${entry.name}`);
    return service({ ...process.env, PORT: portOf(process.env[entry.urlVariable], entry.defaultPort) });
  }),
);

// Every subgraph as the subgraph host (scripts/subgraph-host.ts) and the graph host
// (scripts/graph-host.ts) run them: each reads the process's environment, except its port: it
// listens where the gateway is told it runs (PERSONS_URL, HOUSEHOLDS_URL, ... as the gateway reads
// them), or on its own default.
import { SUBGRAPHS } from '@usr/gateway';
import type { EnvironmentVariables, SubgraphService } from '@usr/shared';
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

/** Every subgraph of the catalogue, configured from `variables` (default: the process's environment). */
export const hostedSubgraphs = (variables: EnvironmentVariables = process.env): SubgraphService[] =>
  SUBGRAPHS.map((entry) => {
    const service = SERVICES[entry.name];
    if (!service) throw new Error(`the subgraph host does not know the subgraph ${entry.name}`);
    return service({ ...variables, PORT: portOf(variables[entry.urlVariable], entry.defaultPort) });
  });

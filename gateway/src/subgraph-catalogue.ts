/**
 * The subgraphs (the five of the domain and the audit trail): their SDL file in schema/, the port each listens on by default, and the
 * variable that tells the gateway where it runs. Compose, the gateway, `npm start` and
 * docker-compose.yml all follow this one list.
 */
export interface SubgraphEntry {
  readonly name: string;
  readonly sdlFile: string;
  readonly defaultPort: number;
  readonly urlVariable: string;
  readonly databaseVariable: string;
}

export const SUBGRAPHS: readonly SubgraphEntry[] = [
  { name: 'persons', sdlFile: 'persons.graphql', defaultPort: 4001, urlVariable: 'PERSONS_URL', databaseVariable: 'PERSONS_DATABASE_URL' },
  { name: 'households', sdlFile: 'households.graphql', defaultPort: 4002, urlVariable: 'HOUSEHOLDS_URL', databaseVariable: 'HOUSEHOLDS_DATABASE_URL' },
  { name: 'agency-facts', sdlFile: 'agency-facts.graphql', defaultPort: 4003, urlVariable: 'FACTS_URL', databaseVariable: 'FACTS_DATABASE_URL' },
  { name: 'benefits', sdlFile: 'benefits.graphql', defaultPort: 4004, urlVariable: 'BENEFITS_URL', databaseVariable: 'BENEFITS_DATABASE_URL' },
  { name: 'payments', sdlFile: 'payments.graphql', defaultPort: 4005, urlVariable: 'PAYMENTS_URL', databaseVariable: 'PAYMENTS_DATABASE_URL' },
  { name: 'audit', sdlFile: 'audit.graphql', defaultPort: 4006, urlVariable: 'AUDIT_URL', databaseVariable: 'AUDIT_DATABASE_URL' },
];

/** URL written into the composed supergraph: the production service name (docker-compose). */
export const productionUrl = (entry: SubgraphEntry): string => `http://${entry.name}:${entry.defaultPort}/graphql`;

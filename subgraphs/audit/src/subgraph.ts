import { type EnvironmentVariables, loadSubgraphSdl, type SubgraphModule, subgraphService, type SubgraphService } from '@usr/shared';
import { environment } from './environment.ts';
import type { AuditContext } from './context.ts';
import { auditDatabase } from './database.ts';
import { resolvers } from './resolvers/index.ts';

/** The audit subgraph: the access log citizens and auditors read, and its chain verification. */
export const auditSubgraph: SubgraphModule<AuditContext> = {
  name: 'audit',
  database: auditDatabase,
  typeDefs: loadSubgraphSdl('audit'),
  resolvers: resolvers as SubgraphModule<AuditContext>['resolvers'],
  createContext: (base) => base,
};

/** This subgraph configured from its environment: what its main.ts and the subgraph host run. */
export const auditService = (variables?: EnvironmentVariables): SubgraphService => subgraphService(auditSubgraph, environment(variables));

import { loadSubgraphSdl, type SubgraphModule } from '@usr/shared';
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

export { auditSubgraph, auditService } from './subgraph.ts';
export { auditDatabase } from './database.ts';
export { auditEnvironmentSchema } from './environment.ts';

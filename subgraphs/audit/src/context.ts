import type { SubgraphContext } from '@usr/shared';

/** Per-request state of the audit subgraph. */
export type AuditContext = SubgraphContext;

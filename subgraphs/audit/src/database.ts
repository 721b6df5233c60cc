import type { SubgraphDatabaseDefinition } from '@usr/shared';
import { AccessLogEntrySchema } from './entities/access-log-entry.ts';
import { Migration20261123120000CreateAccessLog } from './migrations/Migration20261123120000CreateAccessLog.ts';

/** The audit schema: the append-only access log. */
export const auditDatabase: SubgraphDatabaseDefinition = {
  schema: 'audit',
  entities: [AccessLogEntrySchema],
  migrations: [{ name: 'Migration20261123120000CreateAccessLog', class: Migration20261123120000CreateAccessLog }],
};

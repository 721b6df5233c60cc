import type { SubgraphDatabaseDefinition } from '@usr/shared';
import { AccessLogEntrySchema } from './entities/access-log-entry.ts';
import { Migration20261123120000CreateAccessLog } from './migrations/Migration20261123120000CreateAccessLog.ts';
import { Migration20261206040000AddAccessLogCheckpoints } from './migrations/Migration20261206040000AddAccessLogCheckpoints.ts';
import { Migration20261206070000AddAccessorOffice } from './migrations/Migration20261206070000AddAccessorOffice.ts';
import { Migration20261206160000AppendAccessLogFunction } from './migrations/Migration20261206160000AppendAccessLogFunction.ts';
import { Migration20261206170000AppendAccessLogGroupProcedure } from './migrations/Migration20261206170000AppendAccessLogGroupProcedure.ts';
import { Migration20261206180000DropAccessLogHashUnique } from './migrations/Migration20261206180000DropAccessLogHashUnique.ts';
import { Migration20261207070000AccessLogStatistics } from './migrations/Migration20261207070000AccessLogStatistics.ts';

/** The audit schema: the append-only access log and its signed checkpoints. */
export const auditDatabase: SubgraphDatabaseDefinition = {
  schema: 'audit',
  entities: [AccessLogEntrySchema],
  migrations: [
    { name: 'Migration20261123120000CreateAccessLog', class: Migration20261123120000CreateAccessLog },
    { name: 'Migration20261206040000AddAccessLogCheckpoints', class: Migration20261206040000AddAccessLogCheckpoints },
    { name: 'Migration20261206070000AddAccessorOffice', class: Migration20261206070000AddAccessorOffice },
    { name: 'Migration20261206160000AppendAccessLogFunction', class: Migration20261206160000AppendAccessLogFunction },
    { name: 'Migration20261206170000AppendAccessLogGroupProcedure', class: Migration20261206170000AppendAccessLogGroupProcedure },
    { name: 'Migration20261206180000DropAccessLogHashUnique', class: Migration20261206180000DropAccessLogHashUnique },
    { name: 'Migration20261207070000AccessLogStatistics', class: Migration20261207070000AccessLogStatistics },
  ],
};

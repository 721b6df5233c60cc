// `node scripts/migrate.ts`: apply every subgraph's migrations (production runs this once per
// release, before the services start; `npm start` does it itself).
import { createLogger, loadEnvironment, migrateSchemas } from '@usr/shared';
import { z } from 'zod';
import { SUBGRAPH_DATABASES } from './subgraph-databases.ts';

const env = loadEnvironment('migrate', z.object({ DATABASE_URL: z.string().url() }));
const logger = createLogger('migrate');
for (const { schema, applied } of await migrateSchemas(env.DATABASE_URL, SUBGRAPH_DATABASES)) {
  logger.info({ schema, applied }, 'migrated');
}

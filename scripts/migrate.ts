// `node scripts/migrate.ts`: apply every subgraph's migrations (production runs this once per
// release, before the services start; `npm start` does it itself).
import { createLogger, loadEnvironment, migrate, openDatabase } from '@usr/shared';
import { z } from 'zod';
import { SUBGRAPH_DATABASES } from './subgraph-databases.ts';

const env = loadEnvironment('migrate', z.object({ DATABASE_URL: z.string().url() }));
const logger = createLogger('migrate');
for (const definition of SUBGRAPH_DATABASES) {
  const orm = await openDatabase({ ...definition, url: env.DATABASE_URL, poolMax: 1 });
  try {
    const applied = await migrate(orm);
    logger.info({ schema: definition.schema, applied }, 'migrated');
  } finally {
    await orm.close();
  }
}

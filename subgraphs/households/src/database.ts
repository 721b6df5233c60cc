import type { SubgraphDatabaseDefinition } from '@usr/shared';
import { Migration20261123110000CreateHouseholds } from './migrations/Migration20261123110000CreateHouseholds.ts';

/** The households schema: its entities and its migrations, in order. */
export const householdsDatabase: SubgraphDatabaseDefinition = {
  schema: 'households',
  entities: [],
  migrations: [{ name: 'Migration20261123110000CreateHouseholds', class: Migration20261123110000CreateHouseholds }],
};

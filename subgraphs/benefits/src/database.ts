import type { SubgraphDatabaseDefinition } from '@usr/shared';
import { Migration20261123110000CreateBenefits } from './migrations/Migration20261123110000CreateBenefits.ts';

/** The benefits schema: its entities and its migrations, in order. */
export const benefitsDatabase: SubgraphDatabaseDefinition = {
  schema: 'benefits',
  entities: [],
  migrations: [{ name: 'Migration20261123110000CreateBenefits', class: Migration20261123110000CreateBenefits }],
};

import type { SubgraphDatabaseDefinition } from '@usr/shared';
import { HouseholdSchema } from './entities/household.ts';
import { MembershipSchema } from './entities/membership.ts';
import { Migration20261123110000CreateHouseholds } from './migrations/Migration20261123110000CreateHouseholds.ts';
import { Migration20261203120000CreateVitalEvents } from './migrations/Migration20261203120000CreateVitalEvents.ts';

/** The households schema: its entities and its migrations, in order. */
export const householdsDatabase: SubgraphDatabaseDefinition = {
  schema: 'households',
  entities: [HouseholdSchema, MembershipSchema],
  migrations: [
    { name: 'Migration20261123110000CreateHouseholds', class: Migration20261123110000CreateHouseholds },
    { name: 'Migration20261203120000CreateVitalEvents', class: Migration20261203120000CreateVitalEvents },
  ],
};

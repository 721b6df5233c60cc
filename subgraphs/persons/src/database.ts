import type { SubgraphDatabaseDefinition } from '@usr/shared';
import { PersonSchema } from './entities/person.ts';
import { Migration20261123110000CreatePersons } from './migrations/Migration20261123110000CreatePersons.ts';
import { Migration20261203120000CreateVitalEvents } from './migrations/Migration20261203120000CreateVitalEvents.ts';

/** The persons schema: its entities and its migrations, in order. */
export const personsDatabase: SubgraphDatabaseDefinition = {
  schema: 'persons',
  entities: [PersonSchema],
  migrations: [
    { name: 'Migration20261123110000CreatePersons', class: Migration20261123110000CreatePersons },
    { name: 'Migration20261203120000CreateVitalEvents', class: Migration20261203120000CreateVitalEvents },
  ],
};

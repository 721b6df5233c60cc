import type { SubgraphDatabaseDefinition } from '@usr/shared';
import { FactSchema } from './entities/fact.ts';
import { Migration20261123110000CreateFacts } from './migrations/Migration20261123110000CreateFacts.ts';

/** The facts schema: its entities and its migrations, in order. */
export const factsDatabase: SubgraphDatabaseDefinition = {
  schema: 'facts',
  entities: [FactSchema],
  migrations: [{ name: 'Migration20261123110000CreateFacts', class: Migration20261123110000CreateFacts }],
};

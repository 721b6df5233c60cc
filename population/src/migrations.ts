import { migrateSchemas, type SubgraphDatabaseDefinition } from '@usr/shared';
import { personsDatabase } from '../../subgraphs/persons/src/database.ts';
import { householdsDatabase } from '../../subgraphs/households/src/database.ts';
import { factsDatabase } from '../../subgraphs/agency-facts/src/database.ts';
import { benefitsDatabase } from '../../subgraphs/benefits/src/database.ts';
import { paymentsDatabase } from '../../subgraphs/payments/src/database.ts';

/** The five schemas the population fills, each defined (entities, migrations) by its subgraph. */
export const POPULATION_DATABASES: readonly SubgraphDatabaseDefinition[] = [personsDatabase, householdsDatabase, factsDatabase, benefitsDatabase, paymentsDatabase];

/** Applies every pending migration of the five subgraphs; returns the names applied. */
export const migrateAll = async (databaseUrl: string): Promise<string[]> =>
  (await migrateSchemas(databaseUrl, POPULATION_DATABASES)).flatMap((r) => r.applied);

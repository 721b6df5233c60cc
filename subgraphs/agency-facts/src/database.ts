import type { SubgraphDatabaseDefinition } from '@usr/shared';
import { CorrectionRequestSchema } from './corrections/correction-request.ts';
import { FactSchema } from './entities/fact.ts';
import { Migration20261123110000CreateFacts } from './migrations/Migration20261123110000CreateFacts.ts';
import { Migration20261123130000CreateCorrectionRequests } from './migrations/Migration20261123130000CreateCorrectionRequests.ts';
import { Migration20261203130000AddCorrectionRegion } from './migrations/Migration20261203130000AddCorrectionRegion.ts';
import { Migration20261206041000AddCorrectionAppeal } from './migrations/Migration20261206041000AddCorrectionAppeal.ts';
import { Migration20261206100000AddCorrectionForwarding } from './migrations/Migration20261206100000AddCorrectionForwarding.ts';
import { Migration20261206110000AddSelfDeclaredFacts } from './migrations/Migration20261206110000AddSelfDeclaredFacts.ts';
import { Migration20261206120000AddFactRoleIndexes } from './migrations/Migration20261206120000AddFactRoleIndexes.ts';
import { Migration20261206130000AddSupersededByIndex } from './migrations/Migration20261206130000AddSupersededByIndex.ts';
import { Migration20261206140000DropFactKindIndex } from './migrations/Migration20261206140000DropFactKindIndex.ts';
import { Migration20261206150000FactKeysCollateC } from './migrations/Migration20261206150000FactKeysCollateC.ts';

/** The facts schema: its entities and its migrations, in order. */
export const factsDatabase: SubgraphDatabaseDefinition = {
  schema: 'facts',
  entities: [FactSchema, CorrectionRequestSchema],
  migrations: [
    { name: 'Migration20261123110000CreateFacts', class: Migration20261123110000CreateFacts },
    { name: 'Migration20261123130000CreateCorrectionRequests', class: Migration20261123130000CreateCorrectionRequests },
    { name: 'Migration20261203130000AddCorrectionRegion', class: Migration20261203130000AddCorrectionRegion },
    { name: 'Migration20261206041000AddCorrectionAppeal', class: Migration20261206041000AddCorrectionAppeal },
    { name: 'Migration20261206100000AddCorrectionForwarding', class: Migration20261206100000AddCorrectionForwarding },
    { name: 'Migration20261206110000AddSelfDeclaredFacts', class: Migration20261206110000AddSelfDeclaredFacts },
    { name: 'Migration20261206120000AddFactRoleIndexes', class: Migration20261206120000AddFactRoleIndexes },
    // stream recourse: Fact.previousVersions asked of every fact on a record
    { name: 'Migration20261206130000AddSupersededByIndex', class: Migration20261206130000AddSupersededByIndex },
    // stream perf-ingest: an index no query used, paid for by every fact stored
    { name: 'Migration20261206140000DropFactKindIndex', class: Migration20261206140000DropFactKindIndex },
    // stream feed: the dedup and subject keys compared bytewise, not by locale
    { name: 'Migration20261206150000FactKeysCollateC', class: Migration20261206150000FactKeysCollateC },
  ],
};

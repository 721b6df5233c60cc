import { loadSubgraphSdl, type SubgraphModule } from '@usr/shared';
import type { HouseholdsContext } from './context.ts';
import { householdsDatabase } from './database.ts';
import { createHouseholdLoaders } from './loaders.ts';
import { resolvers } from './resolvers/index.ts';
import { registryToday } from '@usr/shared';

/** The households subgraph: who lives with whom, and since when. */
export const householdsSubgraph: SubgraphModule<HouseholdsContext> = {
  name: 'households',
  database: householdsDatabase,
  typeDefs: loadSubgraphSdl('households'),
  resolvers: resolvers as SubgraphModule<HouseholdsContext>['resolvers'],
  createContext: (base) => ({ ...base, loaders: createHouseholdLoaders(base.em), today: registryToday() }),
};

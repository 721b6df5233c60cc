import { type EnvironmentVariables, loadSubgraphSdl, registryToday, type SubgraphModule, subgraphService, type SubgraphService } from '@usr/shared';
import { environment } from './environment.ts';
import type { HouseholdsContext } from './context.ts';
import { householdsDatabase } from './database.ts';
import { createHouseholdLoaders } from './loaders.ts';
import { resolvers } from './resolvers/index.ts';
import { localDirectory } from './services/household-access.ts';

/** The households subgraph: who lives with whom, and since when. */
export const householdsSubgraph: SubgraphModule<HouseholdsContext> = {
  name: 'households',
  database: householdsDatabase,
  typeDefs: loadSubgraphSdl('households'),
  resolvers: resolvers as SubgraphModule<HouseholdsContext>['resolvers'],
  createContext: (base) => {
    const loaders = createHouseholdLoaders(base.orm);
    const today = registryToday();
    const access = base.recordAccess(localDirectory(loaders, today, base.directory));
    return { ...base, loaders, today, access };
  },
};

/** This subgraph configured from its environment: what its main.ts and the subgraph host run. */
export const householdsService = (variables?: EnvironmentVariables): SubgraphService => subgraphService(householdsSubgraph, environment(variables));

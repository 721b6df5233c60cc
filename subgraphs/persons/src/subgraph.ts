import { type EnvironmentVariables, loadSubgraphSdl, POPULATION_REGISTER_PATH, type SubgraphModule, subgraphService, type SubgraphService } from '@usr/shared';
import { environment } from './environment.ts';
import type { PersonsContext } from './context.ts';
import { personsDatabase } from './database.ts';
import { createPersonLoaders } from './loaders.ts';
import { resolvers } from './resolvers/index.ts';
import { populationRegisterRoute } from './vital-events/register-route.ts';

const typeDefs = loadSubgraphSdl('persons');

/** The persons subgraph: who is registered, keyed by national PIN. */
export const personsSubgraph: SubgraphModule<PersonsContext> = {
  name: 'persons',
  database: personsDatabase,
  typeDefs,
  resolvers: resolvers as SubgraphModule<PersonsContext>['resolvers'],
  // The agency-facts subgraph's UNKNOWN_PIN check, without the GraphQL round trip (register-route.ts).
  routes: (deps) => ({ [POPULATION_REGISTER_PATH]: populationRegisterRoute(deps, typeDefs) }),
  createContext: (base) => {
    const loaders = createPersonLoaders(base.orm);
    const access = base.recordAccess({ regionOf: async (pin) => (await loaders.personByPin.load(pin))?.regionCode });
    return { ...base, loaders, access };
  },
};

/** This subgraph configured from its environment: what its main.ts and the subgraph host run. */
export const personsService = (variables?: EnvironmentVariables): SubgraphService => subgraphService(personsSubgraph, environment(variables));

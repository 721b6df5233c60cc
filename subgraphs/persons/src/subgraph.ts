import { loadSubgraphSdl, POPULATION_REGISTER_PATH, type SubgraphModule } from '@usr/shared';
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

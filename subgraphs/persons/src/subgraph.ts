import { loadSubgraphSdl, type SubgraphModule } from '@usr/shared';
import type { PersonsContext } from './context.ts';
import { personsDatabase } from './database.ts';
import { createPersonLoaders } from './loaders.ts';
import { resolvers } from './resolvers/index.ts';

/** The persons subgraph: who is registered, keyed by national PIN. */
export const personsSubgraph: SubgraphModule<PersonsContext> = {
  name: 'persons',
  database: personsDatabase,
  typeDefs: loadSubgraphSdl('persons'),
  resolvers: resolvers as SubgraphModule<PersonsContext>['resolvers'],
  createContext: (base) => {
    const loaders = createPersonLoaders(base.orm);
    const access = base.recordAccess({ regionOf: async (pin) => (await loaders.personByPin.load(pin))?.regionCode });
    return { ...base, loaders, access };
  },
};

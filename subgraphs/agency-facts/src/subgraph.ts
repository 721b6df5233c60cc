import { type EnvironmentVariables, loadSubgraphSdl, stopJobQueue, type SubgraphModule, subgraphService, type SubgraphService } from '@usr/shared';
import { environment } from './environment.ts';
import { factFeedRoutes } from './bulk/index.ts';
import type { FactsContext } from './context.ts';
import { factsDatabase } from './database.ts';
import { prepareFactQueue } from './jobs/fact-jobs.ts';
import { createFactLoaders } from './loaders.ts';
import { resolvers } from './resolvers/index.ts';
import { FactAccess } from './services/fact-access.ts';

/** The agency-facts subgraph: what each agency states about each person, with its history. */
export const factsSubgraph: SubgraphModule<FactsContext> = {
  name: 'agency-facts',
  database: factsDatabase,
  typeDefs: loadSubgraphSdl('agency-facts'),
  resolvers: resolvers as SubgraphModule<FactsContext>['resolvers'],
  routes: (deps) => {
    // pg-boss creates/migrates its schema and the facts.ingested queue now, at start, in the
    // background; should that fail, it is logged and the first enqueue tries again (and fails its
    // transaction if the queue still cannot start).
    prepareFactQueue(deps.orm).catch((error: unknown) => deps.logger.error({ err: error }, 'the facts.ingested job queue did not start'));
    return factFeedRoutes(deps);
  },
  onStop: stopJobQueue,
  // No local look-ups: a person's region is the persons subgraph's to tell, with the caller's token.
  createContext: (base) => ({ ...base, loaders: createFactLoaders(base.orm), factAccess: new FactAccess(base.viewer, base.purpose, base.recordAccess()) }),
};

/** This subgraph configured from its environment: what its main.ts and the subgraph host run. */
export const factsService = (variables?: EnvironmentVariables): SubgraphService => subgraphService(factsSubgraph, environment(variables));

import { type EnvironmentVariables, loadSubgraphSdl, prepareJobQueue, QUEUES, stopJobQueue, type SubgraphModule, subgraphService, type SubgraphService } from '@usr/shared';
import { environment } from './environment.ts';
import type { BenefitsContext } from './context.ts';
import { benefitsDatabase } from './database.ts';
import { createBenefitLoaders } from './loaders.ts';
import { resolvers } from './resolvers/index.ts';
import { BenefitAccessRules } from './services/access-rules.ts';

/** The benefits subgraph: the benefit catalogue, and who applied for, was decided and is assigned what. */
export const benefitsSubgraph: SubgraphModule<BenefitsContext> = {
  name: 'benefits',
  database: benefitsDatabase,
  typeDefs: loadSubgraphSdl('benefits'),
  resolvers: resolvers as SubgraphModule<BenefitsContext>['resolvers'],
  routes: (deps) => {
    // pg-boss creates/migrates its schema and this subgraph's queues now, in the background; should
    // that fail, it is logged and the first enqueue tries again (failing its transaction if it must).
    prepareJobQueue(deps.orm, [QUEUES.applicationsSubmitted, QUEUES.notificationsSend, QUEUES.appealsStep, QUEUES.parametersDryRun]).catch((error: unknown) =>
      deps.logger.error({ error: error instanceof Error ? error.name : 'unknown' }, 'the benefits job queues did not start'),
    );
    return {};
  },
  onStop: stopJobQueue,
  // Regions and households are owned elsewhere: the directory asks persons and households.
  createContext: (base) => ({ ...base, loaders: createBenefitLoaders(base.orm), rules: new BenefitAccessRules(base.recordAccess()) }),
};

/** This subgraph configured from its environment: what its main.ts and the subgraph host run. */
export const benefitsService = (variables?: EnvironmentVariables): SubgraphService => subgraphService(benefitsSubgraph, environment(variables));

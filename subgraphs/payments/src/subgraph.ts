import { loadSubgraphSdl, type SubgraphModule } from '@usr/shared';
import type { PaymentsContext } from './context.ts';
import { paymentsDatabase } from './database.ts';
import { createPaymentLoaders } from './loaders.ts';
import { resolvers } from './resolvers/index.ts';

/** The payments subgraph: card accounts and the monthly payments of assignments. */
export const paymentsSubgraph: SubgraphModule<PaymentsContext> = {
  name: 'payments',
  database: paymentsDatabase,
  typeDefs: loadSubgraphSdl('payments'),
  resolvers: resolvers as SubgraphModule<PaymentsContext>['resolvers'],
  createContext: (base) => ({ ...base, loaders: createPaymentLoaders(base.em) }),
};

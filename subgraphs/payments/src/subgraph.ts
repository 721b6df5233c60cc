import { loadSubgraphSdl, type SubgraphModule } from '@usr/shared';
import type { PaymentsContext } from './context.ts';
import { paymentsDatabase } from './database.ts';
import { paymentRoutes } from './export/pain001-route.ts';
import { createPaymentLoaders } from './loaders.ts';
import { resolvers } from './resolvers/index.ts';
import { PaymentAccessRules } from './services/access-rules.ts';

/** The payments subgraph: card accounts and the monthly payments of assignments. */
export const paymentsSubgraph: SubgraphModule<PaymentsContext> = {
  name: 'payments',
  database: paymentsDatabase,
  typeDefs: loadSubgraphSdl('payments'),
  resolvers: resolvers as SubgraphModule<PaymentsContext>['resolvers'],
  // The bank export, streamed beside /graphql with the same authentication.
  routes: paymentRoutes,
  // Regions are owned by persons: the directory asks it.
  createContext: (base) => ({ ...base, loaders: createPaymentLoaders(base.em), rules: new PaymentAccessRules(base.recordAccess()) }),
};

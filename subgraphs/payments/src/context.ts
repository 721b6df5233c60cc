import type { SubgraphContext } from '@usr/shared';
import type { PaymentLoaders } from './loaders.ts';

/** Per-request state of the payments subgraph. */
export interface PaymentsContext extends SubgraphContext {
  readonly loaders: PaymentLoaders;
}

import type { SubgraphContext } from '@usr/shared';
import type { FactLoaders } from './loaders.ts';

/** Per-request state of the agency-facts subgraph. */
export interface FactsContext extends SubgraphContext {
  readonly loaders: FactLoaders;
}

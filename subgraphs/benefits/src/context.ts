import type { SubgraphContext } from '@usr/shared';
import type { BenefitLoaders } from './loaders.ts';

/** Per-request state of the benefits subgraph. */
export interface BenefitsContext extends SubgraphContext {
  readonly loaders: BenefitLoaders;
}

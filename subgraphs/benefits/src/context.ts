import type { SubgraphContext } from '@usr/shared';
import type { BenefitLoaders } from './loaders.ts';
import type { BenefitAccessRules } from './services/access-rules.ts';

/** Per-request state of the benefits subgraph. */
export interface BenefitsContext extends SubgraphContext {
  readonly loaders: BenefitLoaders;
  /** Record rules for this request: who may read which application, decision and assignment. */
  readonly rules: BenefitAccessRules;
}

import type { SubgraphContext } from '@usr/shared';
import type { FactLoaders } from './loaders.ts';
import type { FactAccess } from './services/fact-access.ts';

/** Per-request state of the agency-facts subgraph. */
export interface FactsContext extends SubgraphContext {
  readonly loaders: FactLoaders;
  /** Record rules for this request; regions come from the directory (the persons subgraph). */
  readonly factAccess: FactAccess;
}

import type { SubgraphContext } from '@usr/shared';
import type { PersonLoaders } from './loaders.ts';

/** Per-request state of the persons subgraph. */
export interface PersonsContext extends SubgraphContext {
  readonly loaders: PersonLoaders;
}

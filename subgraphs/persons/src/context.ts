import type { RecordAccess, SubgraphContext } from '@usr/shared';
import type { PersonLoaders } from './loaders.ts';

/** Per-request state of the persons subgraph. */
export interface PersonsContext extends SubgraphContext {
  readonly loaders: PersonLoaders;
  /** Record rules for this request; regions are answered from this subgraph's own rows. */
  readonly access: RecordAccess;
}

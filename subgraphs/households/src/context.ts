import type { RecordAccess, SubgraphContext } from '@usr/shared';
import type { HouseholdLoaders } from './loaders.ts';

/** Per-request state of the households subgraph. */
export interface HouseholdsContext extends SubgraphContext {
  readonly loaders: HouseholdLoaders;
  /** Today in Baku, fixed once per request so every field of one response agrees on the date. */
  readonly today: string;
  /** Record rules for this request; households and regions are answered from this subgraph's own rows. */
  readonly access: RecordAccess;
}

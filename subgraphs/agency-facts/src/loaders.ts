import { LoaderFamily, manyByKey, oneByKey, type EntityManager, type Page } from '@usr/shared';
import type { Fact } from './entities/fact.ts';
import { findFactPages, findFactsByIds, type FactCriteria } from './services/fact-store.ts';

export interface FactPageArgs {
  readonly criteria: FactCriteria;
  readonly page: Page;
}

/** Per-request batching: N people asking for the same filter and page cost one statement. */
export const createFactLoaders = (em: EntityManager) => ({
  factById: oneByKey<string, Fact>((ids) => findFactsByIds(em, ids), (f) => f.id),
  factPages: new LoaderFamily((args: FactPageArgs) =>
    manyByKey<string, Fact>((pins) => findFactPages(em, pins, args.criteria, args.page), (f) => f.subjectPin),
  ),
});

export type FactLoaders = ReturnType<typeof createFactLoaders>;

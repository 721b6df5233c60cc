import { LoaderFamily, manyByKey, oneByKey, type RequestEntityManager, type FactKind, type Page } from '@usr/shared';
import type { CorrectionRequest } from './corrections/correction-request.ts';
import { findOpenRequestsOfFacts, findRequestsOfPersons } from './corrections/correction-store.ts';
import type { Fact } from './entities/fact.ts';
import { findPreviousVersions, type PreviousVersion } from './services/fact-relations.ts';
import { findFactPages, findFactsByIds, type FactCriteria } from './services/fact-store.ts';

export interface FactPageArgs {
  readonly criteria: FactCriteria;
  readonly page: Page;
}

/** Per-request batching: N people asking for the same filter and page cost one statement. */
export const createFactLoaders = (orm: RequestEntityManager) => ({
  factById: oneByKey<string, Fact>((ids) => findFactsByIds(orm(), ids), (f) => f.id),
  factPages: new LoaderFamily((args: FactPageArgs) =>
    manyByKey<string, Fact>((pins) => findFactPages(orm.reads(), pins, args.criteria, args.page), (f) => f.subjectPin),
  ),
  /** Correction requests by person, per set of kinds the caller may not see. */
  correctionRequestsOf: new LoaderFamily((hiddenKinds: readonly FactKind[]) =>
    manyByKey<string, CorrectionRequest>((pins) => findRequestsOfPersons(orm(), pins, hiddenKinds), (r) => r.subjectPin),
  ),
  /** OPEN correction requests by fact: N facts' `contested` cost one statement. */
  openRequestsOfFact: manyByKey<string, CorrectionRequest>((ids) => findOpenRequestsOfFacts(orm(), ids), (r) => r.factId),
  /** Earlier versions by current fact: a record's N facts' `previousVersions` cost one statement. */
  previousVersions: manyByKey<string, PreviousVersion>((ids) => findPreviousVersions(orm(), ids), (v) => v.head),
});

export type FactLoaders = ReturnType<typeof createFactLoaders>;

import { assertAuthenticated, assertEngine, ENGINE_PURPOSE, forbidden, isEngine, REFUSALS, type Viewer } from '@usr/shared';

/**
 * Who may write the payroll side, written once: opening accounts, recording payrolls and importing
 * bank statements are the decision engine's, through its service account. The SDL says the same
 * (`@requiresScopes(scopes: [["decision-engine"]])`); this also refuses a person's token that
 * carries the role by mistake (it is not the engine: see shared viewerKind).
 */
export const assertPayrollWriter = (viewer: Viewer): void => assertEngine(viewer, 'Only the decision engine may write payroll records.');

/**
 * Who may download the bank export: the engine, which sends it (and whose download marks new
 * payments SENT), and auditors, who get a read-only copy of what was sent (IBANs masked as in the
 * graph). Anyone else is refused.
 */
export type Exporter = 'engine' | 'auditor';

export const exporterOf = (viewer: Viewer): Exporter => {
  assertAuthenticated(viewer);
  if (isEngine(viewer)) return 'engine';
  if (viewer.kind === 'auditor') return 'auditor';
  throw forbidden('Only the decision engine and auditors may download payment exports.');
};

/**
 * The purpose the access log records for an export: the engine's automated processing, or what an
 * auditor declared (`x-purpose-of-use`), without which an auditor is refused as for any record.
 */
export const exportPurposeOf = (exporter: Exporter, declared: string | undefined): string => {
  if (exporter === 'engine') return declared ?? ENGINE_PURPOSE;
  if (declared === undefined) throw forbidden(REFUSALS.purpose);
  return declared;
};

import { LoaderFamily, manyByKey, oneByKey, type EntityManager, type Page } from '@usr/shared';
import { findAccountsByHolders, findAccountsByIds } from './services/account-store.ts';
import { findPaymentPagesByBeneficiaries, findPaymentsByAssignments, findPaymentsByIds } from './services/payment-store.ts';

/**
 * Every lookup resolvers make, batched per request: N assignments' payments, N persons' accounts,
 * ... cost one SQL statement per loader, whatever N and however many rows each key has.
 *
 * `db.em` is read when a batch runs: the request forks its EntityManager only if it reads.
 */
export const createPaymentLoaders = (db: { readonly em: EntityManager }) => ({
  accountById: oneByKey((ids) => findAccountsByIds(db.em, ids), (a) => a.id),
  accountsByHolder: manyByKey((pins) => findAccountsByHolders(db.em, pins), (a) => a.holderPin),
  paymentById: oneByKey((ids) => findPaymentsByIds(db.em, ids), (p) => p.id),
  paymentsByAssignment: manyByKey((ids) => findPaymentsByAssignments(db.em, ids), (p) => p.assignmentId),
  // One loader per page asked for: persons asking for the same page are fetched together.
  paymentPageByBeneficiary: new LoaderFamily(({ page, without }: { page: Page; without: readonly string[] }) =>
    manyByKey((pins) => findPaymentPagesByBeneficiaries(db.em, pins, page, without), (p) => p.beneficiaryPin),
  ),
});

export type PaymentLoaders = ReturnType<typeof createPaymentLoaders>;

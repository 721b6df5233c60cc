import { LoaderFamily, manyByKey, oneByKey, type RequestEntityManager, type Page } from '@usr/shared';
import { findAccountsByHolders, findAccountsByIds } from './services/account-store.ts';
import { findPaymentPagesByBeneficiaries, findPaymentsByAssignments, findPaymentsByIds } from './services/payment-store.ts';

/**
 * Every lookup resolvers make, batched per request: N assignments' payments, N persons' accounts,
 * ... cost one SQL statement per loader, whatever N and however many rows each key has.
 */
export const createPaymentLoaders = (orm: RequestEntityManager) => ({
  accountById: oneByKey((ids) => findAccountsByIds(orm(), ids), (a) => a.id),
  accountsByHolder: manyByKey((pins) => findAccountsByHolders(orm.reads(), pins), (a) => a.holderPin),
  paymentById: oneByKey((ids) => findPaymentsByIds(orm(), ids), (p) => p.id),
  paymentsByAssignment: manyByKey((ids) => findPaymentsByAssignments(orm.reads(), ids), (p) => p.assignmentId),
  // One loader per page asked for: persons asking for the same page are fetched together.
  paymentPageByBeneficiary: new LoaderFamily(({ page, without }: { page: Page; without: readonly string[] }) =>
    manyByKey((pins) => findPaymentPagesByBeneficiaries(orm(), pins, page, without), (p) => p.beneficiaryPin),
  ),
});

export type PaymentLoaders = ReturnType<typeof createPaymentLoaders>;

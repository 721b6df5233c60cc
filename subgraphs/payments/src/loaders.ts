import { LoaderFamily, manyByKey, oneByKey, type EntityManager, type Page } from '@usr/shared';
import { findAccountsByHolders, findAccountsByIds } from './services/account-store.ts';
import { findPaymentPagesByBeneficiaries, findPaymentsByAssignments, findPaymentsByIds } from './services/payment-store.ts';

/**
 * Every lookup resolvers make, batched per request: N assignments' payments, N persons' accounts,
 * ... cost one SQL statement per loader, whatever N and however many rows each key has.
 */
export const createPaymentLoaders = (em: EntityManager) => ({
  accountById: oneByKey((ids) => findAccountsByIds(em, ids), (a) => a.id),
  accountsByHolder: manyByKey((pins) => findAccountsByHolders(em, pins), (a) => a.holderPin),
  paymentById: oneByKey((ids) => findPaymentsByIds(em, ids), (p) => p.id),
  paymentsByAssignment: manyByKey((ids) => findPaymentsByAssignments(em, ids), (p) => p.assignmentId),
  // One loader per page asked for: persons asking for the same page are fetched together.
  paymentPageByBeneficiary: new LoaderFamily(({ page, without }: { page: Page; without: readonly string[] }) =>
    manyByKey((pins) => findPaymentPagesByBeneficiaries(em, pins, page, without), (p) => p.beneficiaryPin),
  ),
});

export type PaymentLoaders = ReturnType<typeof createPaymentLoaders>;

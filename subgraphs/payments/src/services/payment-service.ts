import { assertMayReadPersonalData, assertUuid, parsePage, toPageResult, type PageArgs } from '@usr/shared';
import type { Payment } from '../entities/payment.ts';
import type { PaymentsContext } from '../context.ts';

/**
 * The payment, if the caller may read it (see PaymentAccessRules): BAD_USER_INPUT when the id is
 * not a UUID, FORBIDDEN when refused or (for most callers) unknown, NOT_FOUND otherwise.
 */
export const getPayment = async (ctx: PaymentsContext, id: string, fields: readonly string[]): Promise<Payment> => {
  const key = assertUuid(id);
  assertMayReadPersonalData(ctx.viewer, ctx.purpose);
  const payment = await ctx.loaders.paymentById.load(key);
  if (!payment) return ctx.rules.refuseUnknownRecord('Payment');
  await ctx.rules.assertRecord('Payment', payment.beneficiaryPin, fields, payment.benefitCode);
  return payment;
};

/**
 * Every payment of an assignment, newest month first (at most one a month, so the list stays
 * short). The assignment lives in benefits: its payments say whose it is, and the caller must be
 * allowed to read that person's records. No payments yet: an empty list, which reveals nothing.
 */
export const paymentsOfAssignment = async (ctx: PaymentsContext, assignmentId: string, fields: readonly string[]): Promise<Payment[]> => {
  assertMayReadPersonalData(ctx.viewer, ctx.purpose);
  const payments = ctx.rules.learnable(await ctx.loaders.paymentsByAssignment.load(assignmentId), (p) => p.beneficiaryPin, (p) => p.benefitCode);
  await ctx.rules.assertRecordsOf(payments, (p) => p.beneficiaryPin, ['Assignment.payments', ...fields.map((f) => `Payment.${f}`)]);
  return payments;
};

/**
 * One page of a person's payments, newest month first; out-of-range pages are BAD_USER_INPUT. The
 * person's own records, checked before the look-up.
 */
export const paymentPageOf = async (ctx: PaymentsContext, pin: string, pageArgs: PageArgs | null | undefined) => {
  const page = parsePage(pageArgs);
  await ctx.rules.assertPersonRecords(pin, 'Person.payments', []);
  const without = ctx.rules.unlearnableBenefits(pin);
  return toPageResult(await ctx.loaders.paymentPageByBeneficiary.for({ page, without }).load(pin), page);
};

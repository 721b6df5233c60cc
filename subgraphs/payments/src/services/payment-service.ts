import { notFound, parsePage, toPageResult, type PageArgs } from '@usr/shared';
import type { Payment } from '../entities/payment.ts';
import type { PaymentsContext } from '../context.ts';
import { assertUuid } from '@usr/shared';

/** Returns the payment or throws NOT_FOUND; BAD_USER_INPUT when the id is not a UUID. */
export const getPayment = async (ctx: PaymentsContext, id: string): Promise<Payment> => {
  const payment = await ctx.loaders.paymentById.load(assertUuid(id));
  if (!payment) throw notFound('Payment');
  return payment;
};

/** Every payment of an assignment, newest month first (at most one a month, so the list stays short). */
export const paymentsOfAssignment = (ctx: PaymentsContext, assignmentId: string): Promise<Payment[]> =>
  ctx.loaders.paymentsByAssignment.load(assignmentId);

/** One page of a person's payments, newest month first; out-of-range pages are BAD_USER_INPUT. */
export const paymentPageOf = async (ctx: PaymentsContext, pin: string, pageArgs: PageArgs | null | undefined) => {
  const page = parsePage(pageArgs);
  return toPageResult(await ctx.loaders.paymentPageByBeneficiary.for(page).load(pin), page);
};

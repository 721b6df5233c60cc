import type { PaymentSettledJob } from '@usr/shared';
import type { EngineContext } from '../context.ts';
import { found } from '../gateway-client.ts';
import { graphql } from '../generated/gql.ts';
import { notify } from './record-outcome.ts';

const SETTLED_PAYMENT = graphql(`
  query EngineSettledPayment($id: ID!) {
    payment(id: $id) { id amount month beneficiary { pin } assignment { benefitType { code } } }
  }
`);

/**
 * payments.settled: the bank credited a payment to the card (an SMS that the month's money is
 * there), or rejected or returned it (an SMS that it will be paid again). Idempotent by key
 * `payment:<id>:<status>`, so a retried job or a replayed bank file sends one SMS.
 */
export const notifyPaymentSettled = async (ctx: EngineContext, job: PaymentSettledJob): Promise<string> => {
  const payment = found((await ctx.client.request(SETTLED_PAYMENT, { id: job.paymentId })).payment, 'The payment');
  return notify(ctx, `payment:${payment.id}:${job.status}`, payment.beneficiary.pin, job.status === 'PAID' ? 'PAYMENT_MADE' : 'PAYMENT_RETURNED', {
    benefitCode: payment.assignment.benefitType.code,
    amount: payment.amount,
    month: payment.month,
  });
};

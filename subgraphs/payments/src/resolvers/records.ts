import { selectedFields } from '@usr/shared';
import type { Resolvers } from '../generated/resolvers-types.ts';
import { accountOfPayment, getAccount } from '../services/account-service.ts';
import { getPayment } from '../services/payment-service.ts';

/**
 * Payments and accounts: thin, every link through a per-request loader, every record handed out
 * (by reference or through a link) checked by the record rules in the services.
 */
export const recordResolvers: Pick<Resolvers, 'Payment' | 'PaymentAccount'> = {
  Payment: {
    __resolveReference: (ref, ctx, info) => getPayment(ctx, ref.id, selectedFields(info, 'Payment')),
    assignment: (p) => ({ id: p.assignmentId }),
    beneficiary: (p) => ({ pin: p.beneficiaryPin }),
    account: (p, _, ctx, info) => accountOfPayment(ctx, p.accountId, selectedFields(info, 'PaymentAccount')),
    sentAt: (p) => p.sentAt ?? null,
  },
  PaymentAccount: {
    __resolveReference: (ref, ctx, info) => getAccount(ctx, ref.id, selectedFields(info, 'PaymentAccount')),
    holder: (a) => ({ pin: a.holderPin }),
    cardNumberMasked: (a, _, ctx) => ctx.rules.cardNumber(a.cardNumberMasked),
    iban: (a, _, ctx) => ctx.rules.iban(a.iban),
  },
};

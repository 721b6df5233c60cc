import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const PAYMENT_ACCOUNT_STATUSES = ['OPEN', 'BLOCKED', 'CLOSED'] as const;

/** The card account a person's benefits are paid to (payments.payment_account). */
export const PaymentAccountSchema = defineEntity({
  name: 'PaymentAccount',
  tableName: 'payment_account',
  properties: {
    id: p.uuid().primary(),
    holderPin: p.string().length(7).columnType('char(7)'),
    bank: p.string().length(120),
    branchAddress: p.string().length(300),
    cardPickupDate: p.date(),
    cardNumberMasked: p.string().length(19),
    iban: p.string().length(34),
    openedAt: p.datetime().onCreate(() => new Date()),
    status: p.enum(PAYMENT_ACCOUNT_STATUSES).length(10),
  },
});

export type PaymentAccount = InferEntity<typeof PaymentAccountSchema>;

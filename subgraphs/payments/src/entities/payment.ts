import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

export const PAYMENT_STATUSES = ['SCHEDULED', 'SENT', 'ACCEPTED', 'REJECTED', 'PAID', 'WITHDRAWN', 'RETURNED'] as const;

/**
 * One monthly payment of an assignment (payments.payment). The assignment lives in another
 * subgraph and the account is followed through a per-request loader, so both are plain ids.
 */
export const PaymentSchema = defineEntity({
  name: 'Payment',
  tableName: 'payment',
  properties: {
    id: p.uuid().primary(),
    assignmentId: p.uuid(),
    beneficiaryPin: p.string().length(7).columnType('char(7)'),
    accountId: p.uuid(),
    month: p.string().length(7).columnType('char(7)'),
    amount: p.decimal().precision(12).scale(2),
    status: p.enum(PAYMENT_STATUSES).length(10),
    createdAt: p.datetime().onCreate(() => new Date()),
    /** When the payroll export first sent it (status SENT). */
    sentAt: p.datetime().nullable(),
    /** Which export run of its month carried it (payments.payment_export). */
    exportRun: p.smallint().nullable(),
    /** The benefit paid, quoted to the bank. */
    benefitCode: p.string().length(40).nullable(),
    /** When the bank's status report accepted it. */
    acceptedAt: p.datetime().nullable(),
    paidAt: p.datetime().nullable(),
    /** When the bank returned it. */
    returnedAt: p.datetime().nullable(),
    /** The bank's ISO 20022 reason code for a rejection or a return. */
    bankReason: p.string().length(4).nullable(),
    withdrawnAt: p.datetime().nullable(),
    /** The rejected or returned payment this one pays again (null for a month's regular payment). */
    repaysPaymentId: p.uuid().nullable(),
  },
  // What the unique (assignment_id, month) index in the DDL says (regular payments only: a
  // repayment shares its run's month with the assignment's regular payment).
  uniques: [{ properties: ['assignmentId', 'month'] }],
});

export type Payment = InferEntity<typeof PaymentSchema>;

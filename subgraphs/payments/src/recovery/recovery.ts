import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** An overpayment to recover from the debtor's later payments (payments.recovery). */
export const RecoverySchema = defineEntity({
  name: 'Recovery',
  tableName: 'recovery',
  properties: {
    id: p.uuid().primary(),
    /** The replacement decision that found the overpayment (benefits): one balance per decision. */
    decisionId: p.uuid().unique(),
    debtorPin: p.string().length(7).columnType('char(7)'),
    benefitCode: p.string().length(40),
    amount: p.decimal().precision(12).scale(2),
    recovered: p.decimal().precision(12).scale(2),
    createdAt: p.datetime(),
  },
});

export type Recovery = InferEntity<typeof RecoverySchema>;

/** One deduction from one payment (payments.recovery_deduction). */
export const RecoveryDeductionSchema = defineEntity({
  name: 'RecoveryDeduction',
  tableName: 'recovery_deduction',
  properties: {
    id: p.uuid().primary(),
    recoveryId: p.uuid(),
    paymentId: p.uuid(),
    month: p.string().length(7),
    amount: p.decimal().precision(12).scale(2),
  },
});

export type RecoveryDeduction = InferEntity<typeof RecoveryDeductionSchema>;

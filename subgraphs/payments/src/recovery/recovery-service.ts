import { randomUUID } from 'node:crypto';
import { assertPin, assertUuid, badUserInput, findBenefitType } from '@usr/shared';
import type { PaymentsContext } from '../context.ts';
import { assertPayrollWriter } from '../services/payroll-access.ts';
import { RecoveryDeductionSchema, RecoverySchema, type Recovery, type RecoveryDeduction } from './recovery.ts';

const MONEY = /^\d{1,10}\.\d{2}$/;

/**
 * `recordOverpayment`: the decision engine records the overpayment a replacement decision found as
 * a balance to recover from the debtor's later payments. Idempotent by decision: a replay answers
 * the balance recorded, `created: false`.
 */
export const recordOverpayment = async (
  ctx: PaymentsContext,
  input: { decisionId: string; debtorPin: string; benefitCode: string; amount: string },
): Promise<{ recovery: Recovery; created: boolean }> => {
  assertPayrollWriter(ctx.viewer);
  const decisionId = assertUuid(input.decisionId, 'input.decisionId');
  const debtorPin = assertPin(input.debtorPin, 'input.debtorPin');
  if (!findBenefitType(input.benefitCode)) throw badUserInput('input.benefitCode', 'not a benefit of the catalogue');
  if (!MONEY.test(input.amount) || !(Number(input.amount) > 0)) throw badUserInput('input.amount', 'a positive amount with two decimals');
  const rows = await ctx.orm().execute<Record<string, unknown>[]>(
    `insert into payments.recovery (id, decision_id, debtor_pin, benefit_code, amount, recovered, created_at)
     values (?::uuid, ?::uuid, ?, ?, ?::numeric, 0, now()) on conflict (decision_id) do nothing returning *`,
    [randomUUID(), decisionId, debtorPin, input.benefitCode, input.amount],
  );
  const created = rows[0] ? ctx.orm().map(RecoverySchema, rows[0]) : undefined;
  if (created) return { recovery: created, created: true };
  const known = await ctx.orm().findOne(RecoverySchema, { decisionId });
  if (!known) throw new Error('A recovery was neither recorded nor found.');
  return { recovery: known, created: false };
};

/** Person.recoveries: the person's balances, newest first; their own records (the person rules). */
export const recoveriesOf = async (ctx: PaymentsContext, pin: string, fields: readonly string[]): Promise<Recovery[]> => {
  await ctx.rules.assertPersonRecords(pin, 'Person.recoveries', fields.map((f) => `Recovery.${f}`));
  const rows = await ctx.orm().find(RecoverySchema, { debtorPin: pin }, { orderBy: { createdAt: 'desc', id: 'asc' } });
  return ctx.rules.learnable(rows, (r) => r.debtorPin, (r) => r.benefitCode);
};

/** Recovery.deductions: what each payment withheld, oldest month first. */
export const deductionsOf = (ctx: PaymentsContext, recovery: Recovery): Promise<RecoveryDeduction[]> =>
  ctx.orm().find(RecoveryDeductionSchema, { recoveryId: recovery.id }, { orderBy: { month: 'asc', id: 'asc' } });

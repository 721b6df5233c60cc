import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { findBenefitType, parameterOn } from '@usr/shared';

/**
 * The recovery deduction, applied where payroll computes each payment's amount (recordPayroll):
 * from a payment of a debtor with an outstanding balance, the share `recoveryShare` of the payment
 * is withheld, never more than what is left to recover and never so much that the payment falls
 * below `recoveryFloor` (both dated parameters of the payment's benefit in the catalogue, in force
 * on the 1st of the month paid). Oldest balance first. Only new payments are reduced: a payment
 * that already exists (a replayed run) is not touched, so nothing is deducted twice.
 */

const toQepik = (amount: string | number): number => Math.round(Number(amount) * 100);
const money = (qepik: number): string => (qepik / 100).toFixed(2);

const parameter = (benefitCode: string | null, name: 'recoveryShare' | 'recoveryFloor', on: string): number => {
  const type = findBenefitType(benefitCode ?? 'TSA') ?? findBenefitType('TSA');
  const found = type?.parameters.find((p) => p.name === name);
  const value = found ? parameterOn(found, on) : undefined;
  if (!value) throw new Error(`The catalogue has no ${name} in force on ${on}.`);
  return value.value;
};

export interface PayablePayment {
  readonly id: string;
  readonly assignmentId: string;
  readonly beneficiaryPin: string;
  readonly amount: string;
  readonly benefitCode: string | null;
}

interface Outstanding {
  id: string;
  debtor_pin: string;
  left_qepik: string;
}

/** What one payment's share withholds: min(share × gross, gross − floor, left), in qəpik, never negative. */
export const deductionQepik = (grossQepik: number, leftQepik: number, share: number, floorQepik: number): number =>
  Math.max(0, Math.min(Math.floor(grossQepik * share), grossQepik - floorQepik, leftQepik));

/**
 * Reduces the new payments of debtors and returns them with their net amounts, plus the deductions
 * to record once the payments are written (`recordDeductions`). Runs in the payroll's transaction;
 * the debtors' balances are locked, so two runs at once deduct in turn.
 */
export const applyRecoveryDeductions = async <P extends PayablePayment>(
  em: EntityManager,
  month: string,
  payments: readonly P[],
): Promise<{ payments: P[]; deductions: Array<{ recoveryId: string; paymentId: string; amount: string }> }> => {
  const pins = [...new Set(payments.map((p) => p.beneficiaryPin))];
  if (pins.length === 0) return { payments: [...payments], deductions: [] };
  const outstanding = await em.execute<Outstanding[]>(
    `select id, debtor_pin, ((amount - recovered) * 100)::bigint as left_qepik from payments.recovery
      where debtor_pin = any(array[?]::char(7)[]) and recovered < amount order by created_at, id for update`,
    [pins],
  );
  if (outstanding.length === 0) return { payments: [...payments], deductions: [] };
  // Payments that exist already are replays: left as they are, nothing deducted from them again.
  const existing = new Set(
    (
      await em.execute<Array<{ assignment_id: string }>>(`select assignment_id from payments.payment where month = ? and repays_payment_id is null and assignment_id = any(array[?]::uuid[])`, [
        month,
        payments.map((p) => p.assignmentId),
      ])
    ).map((r) => r.assignment_id),
  );
  const balances = outstanding.map((o) => ({ id: o.id, pin: o.debtor_pin, left: Number(o.left_qepik) }));
  const on = `${month}-01`;
  const deductions: Array<{ recoveryId: string; paymentId: string; amount: string }> = [];
  const net = payments.map((payment) => {
    if (existing.has(payment.assignmentId)) return payment;
    let gross = toQepik(payment.amount);
    const share = parameter(payment.benefitCode, 'recoveryShare', on);
    const floor = toQepik(parameter(payment.benefitCode, 'recoveryFloor', on));
    let allowance = deductionQepik(gross, Number.MAX_SAFE_INTEGER, share, floor);
    for (const balance of balances) {
      if (balance.pin !== payment.beneficiaryPin || balance.left <= 0 || allowance <= 0) continue;
      const take = Math.min(allowance, balance.left);
      balance.left -= take;
      allowance -= take;
      gross -= take;
      deductions.push({ recoveryId: balance.id, paymentId: payment.id, amount: money(take) });
    }
    return gross === toQepik(payment.amount) ? payment : { ...payment, amount: money(gross) };
  });
  return { payments: net, deductions };
};

/** Records the deductions of the payments written (a payment lost to a concurrent insert is skipped) and moves the balances. */
export const recordDeductions = async (em: EntityManager, month: string, deductions: ReadonlyArray<{ recoveryId: string; paymentId: string; amount: string }>): Promise<void> => {
  for (const d of deductions) {
    const rows = await em.execute<Array<{ id: string }>>(
      `insert into payments.recovery_deduction (id, recovery_id, payment_id, month, amount)
       select ?::uuid, ?::uuid, p.id, ?, ?::numeric from payments.payment p where p.id = ?::uuid
       on conflict do nothing returning id`,
      [randomUUID(), d.recoveryId, month, d.amount, d.paymentId],
    );
    if (rows.length > 0) await em.execute(`update payments.recovery set recovered = recovered + ?::numeric where id = ?::uuid`, [d.amount, d.recoveryId]);
  }
};

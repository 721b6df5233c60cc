import type { EntityManager } from '@mikro-orm/postgresql';

/** SQL of the payroll writes; no rules here. Each function is one statement, whatever the number of items. */

/** holder PIN → id of their OPEN account, for these holders (blocked and closed accounts are not paid). */
export const findOpenAccountIds = async (em: EntityManager, pins: readonly string[]): Promise<Map<string, string>> => {
  if (pins.length === 0) return new Map();
  const rows = await em.execute<Array<{ holder_pin: string; id: string }>>(
    `select holder_pin, id from payments.payment_account where holder_pin = any(array[?]::char(7)[]) and status = 'OPEN'`,
    [[...new Set(pins)]],
  );
  return new Map(rows.map((r) => [r.holder_pin, r.id]));
};

export interface NewPayment {
  readonly id: string;
  readonly assignmentId: string;
  readonly beneficiaryPin: string;
  readonly accountId: string;
  readonly amount: string;
  readonly benefitCode: string | null;
}

/**
 * Inserts a month's SCHEDULED payments in one statement; a payment that exists for the assignment
 * and month (from an earlier run, or earlier in this list) is left untouched. Returns how many were written.
 */
export const insertPayments = async (em: EntityManager, month: string, payments: readonly NewPayment[]): Promise<number> => {
  if (payments.length === 0) return 0;
  const rows = await em.execute<Array<{ written: string | number }>>(
    `with written as (
       insert into payments.payment (id, assignment_id, beneficiary_pin, account_id, month, amount, benefit_code, status)
       select i.id, i.assignment_id, i.pin, i.account_id, ?, i.amount, nullif(i.benefit_code, ''), 'SCHEDULED'
       from unnest(array[?]::uuid[], array[?]::uuid[], array[?]::char(7)[], array[?]::uuid[], array[?]::numeric[], array[?]::varchar[]) as i(id, assignment_id, pin, account_id, amount, benefit_code)
       on conflict (assignment_id, month) where repays_payment_id is null do nothing
       returning 1
     )
     select count(*) as written from written`,
    [
      month,
      payments.map((p) => p.id),
      payments.map((p) => p.assignmentId),
      payments.map((p) => p.beneficiaryPin),
      payments.map((p) => p.accountId),
      payments.map((p) => p.amount),
      // MikroORM writes a null inside an array literal as nothing: '' stands for null here.
      payments.map((p) => p.benefitCode ?? ''),
    ],
  );
  return Number(rows[0]?.written ?? 0);
};

/**
 * One page of assignments whose payments for every month in [from, to] exist (`months` of them)
 * and are all PAID (credited, not withdrawn, not returned): walks the (assignment_id, month) index
 * in id order and stops after `limit + 1` assignments.
 */
export const findUnwithdrawnAssignments = async (
  em: EntityManager,
  window: { from: string; to: string; months: number },
  page: { after: string | null; limit: number },
): Promise<string[]> => {
  const rows = await em.execute<Array<{ assignment_id: string }>>(
    `select assignment_id from payments.payment
     where month between ? and ? and (?::uuid is null or assignment_id > ?::uuid)
     group by assignment_id
     having count(*) = ? and bool_and(status = 'PAID')
     order by assignment_id
     limit ?`,
    [window.from, window.to, page.after, page.after, window.months, page.limit + 1],
  );
  return rows.map((r) => r.assignment_id);
};

export interface Repayment {
  readonly id: string;
  readonly repaysPaymentId: string;
  readonly amount: string;
  /** True when the money goes to another account than the one that sent it back (the bank's correction). */
  readonly accountChanged: boolean;
}

/**
 * Pays again, as payments of `month`, every payment of an earlier month the bank rejected or
 * returned and that nothing repays yet, to the holder's OPEN account now (a new account the bank
 * opened after the return, or the same one if it is open again). One statement; the unique
 * repays_payment_id makes a replayed or concurrent run write nothing more. A holder with no open
 * account is left for the next run (the payment stays in the reconciliation's list to repay).
 */
export const insertRepayments = async (em: EntityManager, month: string): Promise<Repayment[]> => {
  const rows = await em.execute<Array<{ id: string; repays_payment_id: string; amount: string; account_changed: boolean }>>(
    `with due as (
       select p.id, p.assignment_id, p.beneficiary_pin, p.amount, p.benefit_code, p.account_id as old_account_id, a.id as account_id
       from payments.payment p
       join payments.payment_account a on a.holder_pin = p.beneficiary_pin and a.status = 'OPEN'
       where p.status in ('REJECTED', 'RETURNED') and p.month < ?
         and not exists (select 1 from payments.payment r where r.repays_payment_id = p.id)
     ), written as (
       insert into payments.payment (id, assignment_id, beneficiary_pin, account_id, month, amount, benefit_code, status, repays_payment_id)
       select gen_random_uuid(), assignment_id, beneficiary_pin, account_id, ?, amount, benefit_code, 'SCHEDULED', id from due
       on conflict (repays_payment_id) do nothing
       returning id, repays_payment_id, amount, account_id
     )
     select w.id, w.repays_payment_id, w.amount::text as amount, w.account_id <> d.old_account_id as account_changed
     from written w join due d on d.id = w.repays_payment_id
     order by w.repays_payment_id`,
    [month, month],
  );
  return rows.map((r) => ({ id: r.id, repaysPaymentId: r.repays_payment_id, amount: r.amount, accountChanged: r.account_changed }));
};

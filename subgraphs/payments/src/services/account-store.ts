import type { EntityManager } from '@mikro-orm/postgresql';
import { selectAs } from '@usr/shared';
import { PaymentAccountSchema, type PaymentAccount } from '../entities/payment-account.ts';

/** SQL access to payments.payment_account; no rules here. One statement per call, whatever the number of keys. */
export const findAccountsByIds = (em: EntityManager, ids: readonly string[]): Promise<PaymentAccount[]> =>
  em.find(PaymentAccountSchema, { id: { $in: [...ids] } });

export const findAccountsByHolders = (em: EntityManager, pins: readonly string[]): Promise<PaymentAccount[]> =>
  selectAs(em, PaymentAccountSchema, 'select * from payments.payment_account where holder_pin = any($1) order by opened_at desc, id asc', [[...pins]]);

/** The holder's account that is not closed (at most one: payment_account_open_idx). */
export const findOpenAccountOf = async (em: EntityManager, holderPin: string): Promise<PaymentAccount | undefined> =>
  (await em.find(PaymentAccountSchema, { holderPin, status: { $ne: 'CLOSED' } }, { limit: 1 }))[0];

/** How many accounts of the holder are closed: numbers the holder's next opening (accountRequestId). */
export const countClosedAccountsOf = async (em: EntityManager, holderPin: string): Promise<number> =>
  em.count(PaymentAccountSchema, { holderPin, status: 'CLOSED' });

export interface NewAccount {
  readonly id: string;
  readonly holderPin: string;
  readonly bank: string;
  readonly branchAddress: string;
  readonly cardPickupDate: string;
  readonly cardNumberMasked: string;
  readonly iban: string;
}

/**
 * Opens an account unless the holder has one that is not closed, in one statement (so a concurrent
 * opening for the same holder cannot make two: the partial unique index decides). Returns the new
 * row, or undefined when the holder already had one.
 */
export const insertAccountIfNone = async (em: EntityManager, account: NewAccount): Promise<PaymentAccount | undefined> => {
  const rows = await em.execute<Record<string, unknown>[]>(
    `insert into payments.payment_account (id, holder_pin, bank, branch_address, card_pickup_date, card_number_masked, iban, status)
     values (?, ?, ?, ?, ?::date, ?, ?, 'OPEN')
     on conflict do nothing
     returning *`,
    [account.id, account.holderPin, account.bank, account.branchAddress, account.cardPickupDate, account.cardNumberMasked, account.iban],
  );
  return rows.map((row) => em.map(PaymentAccountSchema, row))[0];
};

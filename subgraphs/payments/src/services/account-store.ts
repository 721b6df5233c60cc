import type { EntityManager } from '@mikro-orm/postgresql';
import { PaymentAccountSchema, type PaymentAccount } from '../entities/payment-account.ts';

/** SQL access to payments.payment_account; no rules here. One statement per call, whatever the number of keys. */
export const findAccountsByIds = (em: EntityManager, ids: readonly string[]): Promise<PaymentAccount[]> =>
  em.find(PaymentAccountSchema, { id: { $in: [...ids] } });

export const findAccountsByHolders = (em: EntityManager, pins: readonly string[]): Promise<PaymentAccount[]> =>
  em.find(PaymentAccountSchema, { holderPin: { $in: [...pins] } }, { orderBy: { openedAt: 'desc', id: 'asc' } });

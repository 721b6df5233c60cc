import { notFound } from '@usr/shared';
import type { PaymentAccount } from '../entities/payment-account.ts';
import type { PaymentsContext } from '../context.ts';
import { assertUuid } from '@usr/shared';

/** Returns the account or throws NOT_FOUND; BAD_USER_INPUT when the id is not a UUID. */
export const getAccount = async (ctx: PaymentsContext, id: string): Promise<PaymentAccount> => {
  const account = await ctx.loaders.accountById.load(assertUuid(id));
  if (!account) throw notFound('PaymentAccount');
  return account;
};

/** Newest first, closed accounts included. */
export const accountsOf = (ctx: PaymentsContext, pin: string): Promise<PaymentAccount[]> => ctx.loaders.accountsByHolder.load(pin);

import { assertMayReadPersonalData, assertUuid, notFound } from '@usr/shared';
import type { PaymentAccount } from '../entities/payment-account.ts';
import type { PaymentsContext } from '../context.ts';

/**
 * The account, if the caller may read it (see PaymentAccessRules): BAD_USER_INPUT when the id is
 * not a UUID, FORBIDDEN when refused or (for most callers) unknown, NOT_FOUND otherwise.
 */
export const getAccount = async (ctx: PaymentsContext, id: string, fields: readonly string[]): Promise<PaymentAccount> => {
  const key = assertUuid(id);
  assertMayReadPersonalData(ctx.viewer, ctx.purpose);
  const account = await ctx.loaders.accountById.load(key);
  if (!account) return ctx.rules.refuseUnknownRecord('PaymentAccount');
  await ctx.rules.assertRecord('PaymentAccount', account.holderPin, fields);
  return account;
};

/** The account a payment was made to: NOT_FOUND only if the row is broken. */
export const accountOfPayment = async (ctx: PaymentsContext, id: string, fields: readonly string[]): Promise<PaymentAccount> => {
  const account = await ctx.loaders.accountById.load(id);
  if (!account) throw notFound('PaymentAccount');
  await ctx.rules.assertRecord('PaymentAccount', account.holderPin, fields);
  return account;
};

/** Newest first, closed accounts included: the holder's own records, checked before the look-up. */
export const accountsOf = async (ctx: PaymentsContext, pin: string, fields: readonly string[]): Promise<PaymentAccount[]> => {
  await ctx.rules.assertPersonRecords(pin, 'Person.paymentAccounts', fields.map((f) => `PaymentAccount.${f}`));
  return ctx.loaders.accountsByHolder.load(pin);
};

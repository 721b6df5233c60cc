import { createHash, randomUUID } from 'node:crypto';
import { addWorkingDays, assertPin, azerbaijaniIban, badUserInput, findRegion, paymentBranchOf } from '@usr/shared';
import type { PaymentsContext } from '../context.ts';
import type { PaymentAccount } from '../entities/payment-account.ts';
import { assertPayrollWriter } from './payroll-access.ts';
import { findOpenAccountOf, insertAccountIfNone, type NewAccount } from './account-store.ts';

/** Working days between opening an account and the card being ready at the branch. */
export const CARD_PICKUP_WORKING_DAYS = 5;

export interface OpenAccountInput {
  readonly holderPin: string;
  readonly regionCode?: string | null;
  readonly openedOn: string;
}

/** `count` decimal digits derived from the account id: stable for the row, meaningless outside it. */
const digitsOf = (id: string, salt: string, count: number): string => {
  let digits = '';
  for (let round = 0; digits.length < count; round++) {
    const hash = createHash('sha256').update(`${salt}:${round}:${id}`).digest();
    for (const byte of hash) if (byte < 250 && digits.length < count) digits += String(byte % 10);
  }
  return digits;
};

/**
 * The account the bank opens for a holder of this region: its branch, a card whose full number the
 * registry never sees (only the bank's prefix and last four digits are kept), and the account's
 * IBAN (valid ISO 13616 check digits).
 */
export const newAccount = (holderPin: string, regionCode: string, openedOn: string, id: string = randomUUID()): NewAccount => {
  const branch = paymentBranchOf(regionCode);
  if (!branch) throw badUserInput('regionCode', 'not an economic region code');
  return {
    id,
    holderPin,
    bank: branch.bank.name,
    branchAddress: branch.branchAddress,
    cardPickupDate: addWorkingDays(openedOn, CARD_PICKUP_WORKING_DAYS),
    cardNumberMasked: `${branch.bank.cardPrefix.slice(0, 4)} **** **** ${digitsOf(id, 'card', 4)}`,
    iban: azerbaijaniIban(branch.bank.ibanCode, digitsOf(id, 'account', 20)),
  };
};

/** The region whose branch serves the holder: the one given, else the population register's. */
const regionOfHolder = async (ctx: PaymentsContext, input: OpenAccountInput): Promise<string> => {
  if (input.regionCode !== undefined && input.regionCode !== null) {
    if (!findRegion(input.regionCode)) throw badUserInput('regionCode', 'not an economic region code');
    return input.regionCode;
  }
  const region = await ctx.directory.regionOf(input.holderPin);
  if (region === undefined || !findRegion(region)) throw badUserInput('regionCode', "the holder's region is not known to the register: give it");
  return region;
};

/**
 * `openPaymentAccount`: the holder's account that is not closed if there is one (nothing written,
 * `created: false`), else a new one at their region's branch. One statement decides, so a replay or
 * a concurrent call for the same holder never opens a second account.
 */
export const openPaymentAccount = async (ctx: PaymentsContext, input: OpenAccountInput): Promise<{ account: PaymentAccount; created: boolean }> => {
  assertPayrollWriter(ctx.viewer);
  const holderPin = assertPin(input.holderPin, 'holderPin');
  const existing = await findOpenAccountOf(ctx.em, holderPin);
  if (existing) return { account: existing, created: false };
  const regionCode = await regionOfHolder(ctx, input);
  const inserted = await insertAccountIfNone(ctx.em, newAccount(holderPin, regionCode, input.openedOn));
  if (inserted) return { account: inserted, created: true };
  // A concurrent call opened it between the look-up and the insert.
  const raced = await findOpenAccountOf(ctx.em, holderPin);
  if (!raced) throw new Error('An account insert was refused but no open account exists.');
  return { account: raced, created: false };
};

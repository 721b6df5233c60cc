import { assertPin, badUserInput, findRegion, paymentBranchOf, registryError } from '@usr/shared';
import type { PaymentsContext } from '../context.ts';
import type { PaymentAccount } from '../entities/payment-account.ts';
import { BankUnavailableError, type CardAccountRequest } from '../bank/card-accounts.ts';
import { uuidFromName } from '../ids.ts';
import { assertPayrollWriter } from './payroll-access.ts';
import { countClosedAccountsOf, findOpenAccountOf, insertAccountIfNone, type NewAccount } from './account-store.ts';

export interface OpenAccountInput {
  readonly holderPin: string;
  readonly regionCode?: string | null;
  readonly openedOn: string;
}

/**
 * The id of the holder's next account, which is also the request id the bank sees: the same for
 * every attempt at this opening (a retry after a timeout, a replayed job), a new one only once the
 * holder's account has been closed. So the bank, which opens one account per request id, never
 * opens two for one opening, and our row takes the id the bank answered for.
 */
export const accountRequestId = (holderPin: string, closedAccounts: number): string => uuidFromName(`payments.card-account:${holderPin}:${closedAccounts}`);

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

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The bank did not open the account now: the caller (the engine's job) tries again later, with the same request. */
const bankUnavailable = () => registryError('BANK_UNAVAILABLE', 'The bank did not open the account now; try again (the same request opens one account at most).');

/**
 * `openPaymentAccount`: the holder's account that is not closed if there is one (nothing asked,
 * `created: false`), else the bank is asked to open one at their region's branch, and the IBAN,
 * card and pick-up date it answers are recorded. One statement decides the insert, so a replay or
 * a concurrent call for the same holder never records a second account.
 */
export const openPaymentAccount = async (ctx: PaymentsContext, input: OpenAccountInput): Promise<{ account: PaymentAccount; created: boolean }> => {
  assertPayrollWriter(ctx.viewer);
  const holderPin = assertPin(input.holderPin, 'holderPin');
  if (!ISO_DATE.test(input.openedOn)) throw badUserInput('openedOn', 'expected a date YYYY-MM-DD');
  const existing = await findOpenAccountOf(ctx.orm(), holderPin);
  if (existing) return { account: existing, created: false };
  const regionCode = await regionOfHolder(ctx, input);
  const branch = paymentBranchOf(regionCode);
  if (!branch) throw badUserInput('regionCode', 'not an economic region code');
  const request: CardAccountRequest = { requestId: accountRequestId(holderPin, await countClosedAccountsOf(ctx.orm(), holderPin)), holderPin, bic: branch.bank.bic, regionCode, openedOn: input.openedOn };
  let answer;
  try {
    answer = await ctx.bank.openCardAccount(request);
  } catch (error) {
    if (error instanceof BankUnavailableError) throw bankUnavailable();
    throw error;
  }
  const account: NewAccount = {
    id: request.requestId,
    holderPin,
    bank: branch.bank.name,
    branchAddress: answer.branchAddress,
    cardPickupDate: answer.cardPickupDate,
    cardNumberMasked: answer.cardNumberMasked,
    iban: answer.iban,
  };
  const inserted = await insertAccountIfNone(ctx.orm(), account);
  if (inserted) return { account: inserted, created: true };
  // A concurrent call recorded it between the look-up and the insert.
  const raced = await findOpenAccountOf(ctx.orm(), holderPin);
  if (!raced) throw new Error('An account insert was refused but no open account exists.');
  return { account: raced, created: false };
};

import { azerbaijaniIban } from '@usr/shared';
import { instantOf, isoDate, isoInstant, type Day } from './calendar.ts';
import type { GenerationContext } from './context.ts';
import { BANKS, SOCIAL_PAYMENT_BANKS, type BankInfo } from './data/organisations.ts';
import { COMMON_STREETS } from './data/places.ts';
import type { MemberModel } from './household-model.ts';
import type { Place } from './place.ts';
import { WeightedTable, type Random } from './random.ts';

/**
 * The card account a beneficiary is paid on, opened with their first assignment: the bank and
 * branch where the card is collected, the pick-up date the SMS announces, the masked card number
 * and an IBAN with valid ISO 13616 check digits.
 */
export interface PaymentAccount {
  readonly id: string;
  readonly holderPin: string;
}

const SOCIAL_BANKS = new WeightedTable(SOCIAL_PAYMENT_BANKS);
const bankNamed = (name: string): BankInfo => {
  const bank = BANKS.find((b) => b.name === name);
  if (!bank) throw new Error(`unknown bank ${name}`);
  return bank;
};

export { azerbaijaniIban, ibanCheckDigits } from '@usr/shared';

/** One household's accounts, so a person paid several benefits has one card. */
export class AccountBook {
  readonly #ctx: GenerationContext;
  readonly #random: Random;
  readonly #place: Place;
  readonly #accounts = new Map<string, PaymentAccount>();

  constructor(ctx: GenerationContext, random: Random, place: Place) {
    this.#ctx = ctx;
    this.#random = random;
    this.#place = place;
  }

  /** The holder's account, opened the day after `decidedOn` if they have none yet. */
  accountFor(holder: MemberModel, decidedOn: Day): PaymentAccount {
    const existing = this.#accounts.get(holder.person.pin);
    if (existing) return existing;
    const random = this.#random;
    const bank = bankNamed(SOCIAL_BANKS.sample(random));
    const opened = Math.min(this.#ctx.today - 1, decidedOn + 1);
    const branchTown = this.#place.profile.city ? `${this.#place.localName} şəhəri` : `${this.#place.localName} rayonu`;
    const account: PaymentAccount = { id: this.#ctx.id('paymentAccounts'), holderPin: holder.person.pin };
    this.#ctx.emit('paymentAccounts', {
      id: account.id,
      holderPin: account.holderPin,
      bank: bank.name,
      branchAddress: `${bank.name}, ${this.#place.localName} filialı: ${branchTown}, ${random.pick(COMMON_STREETS)} ${random.int(1, 120)}`,
      cardPickupDate: isoDate(opened + random.int(3, 10)),
      cardNumberMasked: `${bank.cardPrefix.slice(0, 4)} ${bank.cardPrefix.slice(4, 6)}** **** ${random.digits(4)}`,
      iban: azerbaijaniIban(bank.ibanCode, `${random.digits(4)}${random.digits(8)}${random.digits(8)}`),
      openedAt: isoInstant(instantOf(opened, random.int(10 * 60, 17 * 60))),
      status: holder.person.deathDay !== null ? 'CLOSED' : 'OPEN',
    });
    this.#accounts.set(holder.person.pin, account);
    return account;
  }
}

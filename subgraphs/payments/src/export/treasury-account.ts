import { azerbaijaniIban } from '@usr/shared';

/**
 * The account every social payment is paid from, as the payroll export names it (pain.001 debtor
 * and initiating party): the ministry's account at the State Treasury, held at the Central Bank.
 * Configured (PAYMENTS_DEBTOR_*, see environment.ts); production refuses the placeholders below.
 */
export interface DebtorAccount {
  /** Initiating party and debtor name (Max140Text). */
  readonly name: string;
  /** The ministry's tax id (VÖEN), the initiating party's organisation id. */
  readonly taxId: string;
  /** The debtor account's IBAN. */
  readonly iban: string;
  /** BIC of the bank holding the debtor account. */
  readonly bic: string;
}

/** DEV-ONLY placeholders (tax id and account number): the defaults outside production, refused in it. */
export const DEV_TREASURY_ACCOUNT: DebtorAccount = {
  name: 'Azərbaycan Respublikasının Əmək və Əhalinin Sosial Müdafiəsi Nazirliyi',
  taxId: '0000000000',
  iban: azerbaijaniIban('NABZ', '00000000137010001944'),
  bic: 'NABZAZ2C',
};

import { azerbaijaniIban } from '@usr/shared';

/**
 * CONFIGURATION — the account every social payment is paid from, as the payroll export names it
 * (pain.001 debtor and initiating party): the ministry's account at the State Treasury, held at the
 * Central Bank. The tax id and account number below are PLACEHOLDERS for development and tests;
 * a deployment replaces them with the values the Treasury issued before sending any file to a bank.
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

export const TREASURY_ACCOUNT: DebtorAccount = {
  name: 'Azərbaycan Respublikasının Əmək və Əhalinin Sosial Müdafiəsi Nazirliyi',
  taxId: '0000000000', // PLACEHOLDER
  iban: azerbaijaniIban('NABZ', '00000000137010001944'), // PLACEHOLDER account at the Central Bank
  bic: 'NABZAZ2C',
};

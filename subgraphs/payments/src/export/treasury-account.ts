import { z } from 'zod';
import { azerbaijaniIban, devOnly, isValidAzerbaijaniIban } from '@usr/shared';

/**
 * CONFIGURATION — the account every social payment is paid from, as the payroll export names it
 * (pain.001 debtor and initiating party): the ministry's account at the State Treasury, held at the
 * Central Bank. The tax id and account number defaults are PLACEHOLDERS for development and tests;
 * production refuses them: a deployment sets the values the Treasury issued.
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

const SET_ACCOUNT = 'TREASURY_IBAN and TREASURY_TAX_ID to the account the State Treasury issued';

/** TREASURY_NAME, TREASURY_TAX_ID, TREASURY_IBAN, TREASURY_BIC: the payments subgraph's own variables. */
export const treasuryEnvironmentShape = {
  TREASURY_NAME: z.string().min(1).max(140).default(TREASURY_ACCOUNT.name),
  TREASURY_TAX_ID: devOnly(z.string().regex(/^\d{10}$/, 'a 10-digit VÖEN'), TREASURY_ACCOUNT.taxId, SET_ACCOUNT),
  TREASURY_IBAN: devOnly(z.string().refine(isValidAzerbaijaniIban, 'an Azerbaijani IBAN with valid check digits'), TREASURY_ACCOUNT.iban, SET_ACCOUNT),
  TREASURY_BIC: z.string().regex(/^[A-Z0-9]{8}([A-Z0-9]{3})?$/, 'a BIC').default(TREASURY_ACCOUNT.bic),
};

export const treasuryAccountFrom = (env: z.output<z.ZodObject<typeof treasuryEnvironmentShape>>): DebtorAccount => ({
  name: env.TREASURY_NAME,
  taxId: env.TREASURY_TAX_ID,
  iban: env.TREASURY_IBAN,
  bic: env.TREASURY_BIC,
});

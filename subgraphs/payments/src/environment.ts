import { z } from 'zod';
import { devDefault, isValidAzerbaijaniIban, loadEnvironment, subgraphEnvironmentSchema } from '@usr/shared';
import { DEV_TREASURY_ACCOUNT, type DebtorAccount } from './export/treasury-account.ts';

/**
 * PORT (4005), PAYMENTS_DATABASE_URL or DATABASE_URL, DB_POOL_MAX, MIGRATE_ON_START, LOG_LEVEL,
 * NODE_ENV, and the payments' own:
 *
 * - PAYMENTS_DEBTOR_NAME, PAYMENTS_DEBTOR_TAX_ID, PAYMENTS_DEBTOR_IBAN, PAYMENTS_DEBTOR_BIC: the
 *   account every benefit is paid from, as the pain.001 names it. Dev-only placeholders by default;
 *   production refuses them, and refuses to start without all four.
 * - BANK_API_URL, BANK_API_KEY: the paying bank's card-account API. Unset outside production: the
 *   simulated bank in process (dev only); production refuses to start without them.
 * - BANK_API_TIMEOUT_MS (10,000): how long to wait for the bank before the opening is retried.
 */
const bankShape = {
  PAYMENTS_DEBTOR_NAME: devDefault(z.string().min(1).max(140), DEV_TREASURY_ACCOUNT.name),
  PAYMENTS_DEBTOR_TAX_ID: devDefault(z.string().regex(/^\d{10}$/, 'a 10-digit tax id (VÖEN)'), DEV_TREASURY_ACCOUNT.taxId),
  PAYMENTS_DEBTOR_IBAN: devDefault(z.string().refine(isValidAzerbaijaniIban, 'a valid AZ IBAN'), DEV_TREASURY_ACCOUNT.iban),
  PAYMENTS_DEBTOR_BIC: devDefault(z.string().regex(/^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$/, 'a BIC'), DEV_TREASURY_ACCOUNT.bic),
  BANK_API_URL: z.string().url().optional(),
  BANK_API_KEY: z.string().min(16).optional(),
  BANK_API_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
};

export interface PaymentsSettings {
  readonly debtor: DebtorAccount;
  /** Undefined: the simulated bank (never in production). */
  readonly bankApi: { readonly url: string; readonly apiKey: string; readonly timeoutMs: number } | undefined;
}

const bankSchema = z.object(bankShape).passthrough();

/**
 * The payments' own settings, with the production refusals: a placeholder debtor account (the dev
 * defaults, however they got there) and a missing bank API are configuration errors there.
 */
export const paymentsSettingsSchema = z
  .object({ NODE_ENV: z.string().optional() })
  .and(bankSchema)
  .transform((env, ctx): PaymentsSettings => {
    const production = env.NODE_ENV === 'production';
    const debtor: DebtorAccount = { name: env.PAYMENTS_DEBTOR_NAME, taxId: env.PAYMENTS_DEBTOR_TAX_ID, iban: env.PAYMENTS_DEBTOR_IBAN, bic: env.PAYMENTS_DEBTOR_BIC };
    if (production) {
      if (debtor.taxId === DEV_TREASURY_ACCOUNT.taxId) ctx.addIssue({ code: 'custom', path: ['PAYMENTS_DEBTOR_TAX_ID'], message: 'is the dev-only placeholder: set the tax id the Treasury issued' });
      if (debtor.iban === DEV_TREASURY_ACCOUNT.iban) ctx.addIssue({ code: 'custom', path: ['PAYMENTS_DEBTOR_IBAN'], message: 'is the dev-only placeholder: set the account the Treasury issued' });
      if (!env.BANK_API_URL || !env.BANK_API_KEY) ctx.addIssue({ code: 'custom', path: ['BANK_API_URL'], message: 'set BANK_API_URL and BANK_API_KEY: the simulated bank is for development only' });
    } else if ((env.BANK_API_URL === undefined) !== (env.BANK_API_KEY === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['BANK_API_KEY'], message: 'set both BANK_API_URL and BANK_API_KEY, or neither (the simulated bank)' });
    }
    return {
      debtor,
      bankApi: env.BANK_API_URL && env.BANK_API_KEY ? { url: env.BANK_API_URL, apiKey: env.BANK_API_KEY, timeoutMs: env.BANK_API_TIMEOUT_MS } : undefined,
    };
  });

/** Every variable of the payments subgraph: the common ones (SubgraphEnvironment) and its own settings. */
export const paymentsEnvironmentSchema = subgraphEnvironmentSchema({ port: 4005, databaseVariable: 'PAYMENTS_DATABASE_URL' }).and(paymentsSettingsSchema);

export type PaymentsEnvironment = z.infer<typeof paymentsEnvironmentSchema>;

export const environment = (): PaymentsEnvironment => loadEnvironment('payments', paymentsEnvironmentSchema);

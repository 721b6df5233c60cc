import { describe, expect, it } from 'vitest';
import { EnvironmentError, parseEnvironment } from '@usr/shared';
import { paymentsSettingsSchema } from '../src/environment.ts';
import { DEV_TREASURY_ACCOUNT } from '../src/export/treasury-account.ts';

const OPERATOR = {
  PAYMENTS_DEBTOR_NAME: 'Ministry of Labour and Social Protection of Population',
  PAYMENTS_DEBTOR_TAX_ID: '1234567891',
  PAYMENTS_DEBTOR_IBAN: 'AZ37NABZ01350100000000001944',
  PAYMENTS_DEBTOR_BIC: 'NABZAZ2C',
  BANK_API_URL: 'https://bank.example/registry-api/',
  BANK_API_KEY: 'an-operator-issued-bank-api-key',
};

const problems = (env: Record<string, string>): string[] => {
  try {
    parseEnvironment('payments', paymentsSettingsSchema, env);
    return [];
  } catch (error) {
    if (error instanceof EnvironmentError) return error.problems;
    throw error;
  }
};

describe('payments configuration: the debtor account and the bank', () => {
  it('uses the dev-only placeholders and the simulated bank outside production', () => {
    expect(parseEnvironment('payments', paymentsSettingsSchema, {})).toEqual({ debtor: DEV_TREASURY_ACCOUNT, bankApi: undefined });
  });

  it('takes the debtor account and the bank API from the environment', () => {
    expect(parseEnvironment('payments', paymentsSettingsSchema, { ...OPERATOR, NODE_ENV: 'production' })).toEqual({
      debtor: { name: OPERATOR.PAYMENTS_DEBTOR_NAME, taxId: OPERATOR.PAYMENTS_DEBTOR_TAX_ID, iban: OPERATOR.PAYMENTS_DEBTOR_IBAN, bic: OPERATOR.PAYMENTS_DEBTOR_BIC },
      bankApi: { url: OPERATOR.BANK_API_URL, apiKey: OPERATOR.BANK_API_KEY, timeoutMs: 10_000 },
    });
  });

  it('refuses the placeholders in production, however they were set, and the simulated bank', () => {
    const listed = problems({ NODE_ENV: 'production', PAYMENTS_DEBTOR_NAME: 'x', PAYMENTS_DEBTOR_TAX_ID: DEV_TREASURY_ACCOUNT.taxId, PAYMENTS_DEBTOR_IBAN: DEV_TREASURY_ACCOUNT.iban, PAYMENTS_DEBTOR_BIC: 'NABZAZ2C' });
    expect(listed.map((p) => p.split(':')[0])).toEqual(expect.arrayContaining(['PAYMENTS_DEBTOR_TAX_ID', 'PAYMENTS_DEBTOR_IBAN', 'BANK_API_URL']));
  });

  it('refuses a malformed IBAN, tax id or BIC, and a bank URL without its key', () => {
    const listed = problems({ ...OPERATOR, PAYMENTS_DEBTOR_IBAN: 'AZ00NABZ01350100000000001944', PAYMENTS_DEBTOR_TAX_ID: '12', PAYMENTS_DEBTOR_BIC: 'nabz', BANK_API_KEY: '' });
    expect(listed.map((p) => p.split(':')[0]).sort()).toEqual(['BANK_API_KEY', 'PAYMENTS_DEBTOR_BIC', 'PAYMENTS_DEBTOR_IBAN', 'PAYMENTS_DEBTOR_TAX_ID']);
  });
});

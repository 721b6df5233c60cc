import { describe, expect, it } from 'vitest';
import { EnvironmentError, parseEnvironment } from '@usr/shared';
import { paymentsEnvironmentSchema } from '../src/environment.ts';
import { TREASURY_ACCOUNT } from '../src/export/treasury-account.ts';
import { bankApiFrom } from '../src/bank/bank-environment.ts';

const BASE = { PAYMENTS_DATABASE_URL: 'postgres://registry:x@db:5432/registry' };
const PRODUCTION = {
  ...BASE,
  NODE_ENV: 'production',
  PERSONS_URL: 'http://persons:4001/graphql',
  HOUSEHOLDS_URL: 'http://households:4002/graphql',
  GATEWAY_SHARED_SECRET: 'a-real-random-gateway-secret',
  KEYCLOAK_URL: 'https://id.example',
  TREASURY_TAX_ID: '1400057421',
  TREASURY_IBAN: 'AZ10NABZ00000000137010009999',
};
const BANK = { BANK_API_URL: 'https://bank.example/registry-api/', BANK_API_KEY: 'an-operator-issued-bank-api-key' };

const problems = (env: Record<string, string>): string[] => {
  try {
    parseEnvironment('payments', paymentsEnvironmentSchema, env);
    return [];
  } catch (error) {
    if (error instanceof EnvironmentError) return error.problems;
    throw error;
  }
};

describe('payments configuration: the bank', () => {
  it('uses the simulated bank outside production, with the placeholder Treasury account', () => {
    const env = parseEnvironment('payments', paymentsEnvironmentSchema, BASE);
    expect(bankApiFrom(env.own)).toBeUndefined();
    expect(env.own.TREASURY_IBAN).toBe(TREASURY_ACCOUNT.iban);
  });

  it('takes the bank API from the environment', () => {
    const env = parseEnvironment('payments', paymentsEnvironmentSchema, { ...BASE, ...BANK });
    expect(bankApiFrom(env.own)).toEqual({ url: BANK.BANK_API_URL, apiKey: BANK.BANK_API_KEY, timeoutMs: 10_000 });
  });

  it('refuses the simulated bank in production', () => {
    expect(problems(PRODUCTION).join('\n')).toMatch(/BANK_API_URL/);
    expect(problems({ ...PRODUCTION, ...BANK })).toEqual([]);
  });

  it('refuses a bank URL that is not a URL and a short key', () => {
    expect(problems({ ...BASE, BANK_API_URL: 'bank', BANK_API_KEY: 'short' }).map((p) => p.split(':')[0]).sort()).toEqual(['BANK_API_KEY', 'BANK_API_URL']);
  });
});

import { z } from 'zod';
import { devOnly } from '@usr/shared';

/** Stands for "no bank API: the simulated bank in process" (a devOnly value: production refuses it). */
export const SIMULATED_BANK_URL = 'simulated-bank';
const DEV_BANK_API_KEY = 'simulated-bank-api-key-for-development';
const SET_BANK = 'BANK_API_URL and BANK_API_KEY to the paying bank’s card-account API';

/** BANK_API_URL, BANK_API_KEY, BANK_API_TIMEOUT_MS: the payments subgraph's own variables for the bank. */
export const bankEnvironmentShape = {
  BANK_API_URL: devOnly(z.string().refine((v) => v === SIMULATED_BANK_URL || URL.canParse(v), 'a URL'), SIMULATED_BANK_URL, SET_BANK),
  BANK_API_KEY: devOnly(z.string().min(16), DEV_BANK_API_KEY, SET_BANK),
  BANK_API_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
};

/** The bank API to call, or undefined for the simulated bank (outside production only). */
export const bankApiFrom = (env: z.output<z.ZodObject<typeof bankEnvironmentShape>>): { url: string; apiKey: string; timeoutMs: number } | undefined =>
  env.BANK_API_URL === SIMULATED_BANK_URL ? undefined : { url: env.BANK_API_URL, apiKey: env.BANK_API_KEY, timeoutMs: env.BANK_API_TIMEOUT_MS };

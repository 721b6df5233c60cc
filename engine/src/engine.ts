import pg from 'pg';
import { createLogger, registryToday, type Logger } from '@usr/shared';
import type { EngineContext } from './context.ts';
import { prepareEngineDatabase } from './database.ts';
import type { EngineEnvironment } from './environment.ts';
import { createGatewayClient, type GatewayClient } from './gateway-client.ts';
import { DevSmsProvider, HttpSmsProvider, type SmsProvider } from './sms/index.ts';

/** Everything a running engine holds: the context flows use, its own pool, and how to close. */
export interface EngineRuntime {
  readonly ctx: EngineContext;
  readonly db: pg.Pool;
  close(): Promise<void>;
}

export const createSmsProvider = (env: EngineEnvironment): SmsProvider =>
  env.sms.provider === 'http' && env.sms.url ? new HttpSmsProvider({ url: env.sms.url, token: env.sms.token, timeoutMs: env.sms.timeoutMs }) : new DevSmsProvider(env.databaseUrl);

export const createEngineRuntime = async (env: EngineEnvironment, overrides: { client?: GatewayClient; sms?: SmsProvider; logger?: Logger; today?: () => string } = {}): Promise<EngineRuntime> => {
  await prepareEngineDatabase(env.databaseUrl);
  const db = new pg.Pool({ connectionString: env.databaseUrl, max: 2 });
  db.on('error', () => undefined);
  const sms = overrides.sms ?? createSmsProvider(env);
  const client = overrides.client ?? createGatewayClient({ gatewayUrl: env.gatewayUrl, tokenUrl: env.tokenUrl, clientId: env.clientId, clientSecret: env.clientSecret });
  const ctx: EngineContext = {
    client,
    sms,
    logger: overrides.logger ?? createLogger('engine', env.logLevel),
    today: overrides.today ?? (() => registryToday()),
    now: () => new Date().toISOString(),
  };
  return {
    ctx,
    db,
    close: async () => {
      await sms.close?.();
      await db.end();
    },
  };
};

import type { Logger } from '@usr/shared';
import type { GatewayClient } from './gateway-client.ts';
import type { SmsProvider } from './sms/index.ts';

/** What every flow runs with: the gateway, the SMS provider, a logger (no personal data), a clock. */
export interface EngineContext {
  readonly client: GatewayClient;
  readonly sms: SmsProvider;
  readonly logger: Logger;
  /** Today in Baku (the registry's calendar date). */
  today(): string;
  /** Now, as an ISO instant (for knownAt). */
  now(): string;
}

import type { SubgraphContext } from '@usr/shared';
import type { BankGateway } from './bank/card-accounts.ts';
import type { PaymentLoaders } from './loaders.ts';
import type { PaymentAccessRules } from './services/access-rules.ts';

/** Per-request state of the payments subgraph. */
export interface PaymentsContext extends SubgraphContext {
  readonly loaders: PaymentLoaders;
  /** Record rules for this request: who may read which payment and account, and how much of it. */
  readonly rules: PaymentAccessRules;
  /** The paying bank's card-account API (or the simulated bank in development). */
  readonly bank: BankGateway;
}

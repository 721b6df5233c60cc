import { type EnvironmentVariables, loadSubgraphSdl, prepareJobQueue, QUEUES, stopJobQueue, type SubgraphModule, subgraphService, type SubgraphService } from '@usr/shared';
import { environment } from './environment.ts';
import type { BankGateway } from './bank/card-accounts.ts';
import { httpBank } from './bank/http-bank.ts';
import { SimulatedBank } from './bank/simulated-bank.ts';
import type { PaymentsContext } from './context.ts';
import { paymentsDatabase } from './database.ts';
import type { z } from 'zod';
import { bankApiFrom, type bankEnvironmentShape } from './bank/bank-environment.ts';
import { paymentRoutesFor } from './export/pain001-route.ts';
import { TREASURY_ACCOUNT, treasuryAccountFrom, type DebtorAccount, type treasuryEnvironmentShape } from './export/treasury-account.ts';
import { createPaymentLoaders } from './loaders.ts';
import { resolvers } from './resolvers/index.ts';
import { PaymentAccessRules } from './services/access-rules.ts';

/** What a payments subgraph is configured with: the account it pays from and the bank it talks to. */
export interface PaymentsOptions {
  readonly debtor: DebtorAccount;
  readonly bank: BankGateway;
}

/** The payments subgraph: card accounts and the monthly payments of assignments. */
export const createPaymentsSubgraph = (options: PaymentsOptions): SubgraphModule<PaymentsContext> => ({
  name: 'payments',
  database: paymentsDatabase,
  typeDefs: loadSubgraphSdl('payments'),
  resolvers: resolvers as SubgraphModule<PaymentsContext>['resolvers'],
  // The bank export and the bank's files, streamed beside /graphql with the same authentication.
  routes: (deps) => {
    // The bank's files queue the beneficiaries' SMS: pg-boss prepared now, in the background (as benefits does).
    prepareJobQueue(deps.orm, [QUEUES.paymentsSettled]).catch((error: unknown) =>
      deps.logger.error({ error: error instanceof Error ? error.name : 'unknown' }, 'the payments job queue did not start'),
    );
    return paymentRoutesFor(options.debtor)(deps);
  },
  onStop: stopJobQueue,
  // Regions are owned by persons: the directory asks it.
  createContext: (base) => ({ ...base, loaders: createPaymentLoaders(base.orm), rules: new PaymentAccessRules(base.recordAccess()), bank: options.bank }),
});

/** The subgraph's own variables, parsed (`env.own` of paymentsEnvironmentSchema). */
type PaymentsOwnEnvironment = z.output<z.ZodObject<typeof treasuryEnvironmentShape & typeof bankEnvironmentShape>>;

/** The options a process's environment gives: the Treasury account, and the bank's API or (outside production only) the simulated bank. */
export const paymentsOptionsOf = (own: PaymentsOwnEnvironment): PaymentsOptions => {
  const api = bankApiFrom(own);
  return { debtor: treasuryAccountFrom(own), bank: api ? httpBank(api) : new SimulatedBank() };
};

/** DEV-ONLY: the simulated bank behind `paymentsSubgraph` (tests set its faults). */
export const DEV_SIMULATED_BANK = new SimulatedBank();

/** DEV-ONLY: the subgraph for development and tests, with the placeholder debtor and the simulated bank. */
export const paymentsSubgraph = createPaymentsSubgraph({ debtor: TREASURY_ACCOUNT, bank: DEV_SIMULATED_BANK });

/** This subgraph configured from its environment (its Treasury account and bank): what its main.ts and the subgraph host run. */
export const paymentsService = (variables?: EnvironmentVariables): SubgraphService => {
  const env = environment(variables);
  return subgraphService(createPaymentsSubgraph(paymentsOptionsOf(env.own)), env);
};

import { scalarResolvers, selectedFields } from '@usr/shared';
import type { Resolvers } from '../generated/resolvers-types.ts';
import { getAccount } from '../services/account-service.ts';
import { getPayment } from '../services/payment-service.ts';
import { extensionResolvers } from './extensions.ts';
import { payrollMutations, payrollQueries } from './payroll.ts';
import { recordResolvers } from './records.ts';
import { recoveryResolvers } from './recoveries.ts';

/** Thin: parse, call a service, map. Every record goes through the record rules (services/access-rules.ts). */
export const resolvers: Resolvers = {
  ...scalarResolvers,
  Query: {
    payment: (_, { id }, ctx, info) => getPayment(ctx, id, selectedFields(info, 'Payment')),
    paymentAccount: (_, { id }, ctx, info) => getAccount(ctx, id, selectedFields(info, 'PaymentAccount')),
    ...payrollQueries,
  },
  Mutation: payrollMutations,
  ...recordResolvers,
  ...extensionResolvers,
  ...recoveryResolvers,
};

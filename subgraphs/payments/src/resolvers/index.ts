import { scalarResolvers } from '@usr/shared';
import type { Resolvers } from '../generated/resolvers-types.ts';
import { getAccount } from '../services/account-service.ts';
import { getPayment } from '../services/payment-service.ts';
import { extensionResolvers } from './extensions.ts';
import { recordResolvers } from './records.ts';

/** Thin: parse, call a service, map. */
export const resolvers: Resolvers = {
  ...scalarResolvers,
  Query: {
    payment: (_, { id }, ctx) => getPayment(ctx, id),
    paymentAccount: (_, { id }, ctx) => getAccount(ctx, id),
  },
  ...recordResolvers,
  ...extensionResolvers,
};

import { maskFor, scalarResolvers, selectedFields } from '@usr/shared';
import type { Resolvers } from '../generated/resolvers-types.ts';
import {
  currentHouseholdOf,
  getHousehold,
  headOf,
  householdIdsPage,
  householdOf,
  memberHistory,
  membersOn,
  membershipsOf,
} from '../services/household-service.ts';
import { addNewborn, closeMembershipsOnDeath, registerDivorce, registerMarriage } from '../vital-events/vital-event-service.ts';

/** Thin: parse, call a service, map. Record rules live in the services (see household-access.ts). */
export const resolvers: Resolvers = {
  ...scalarResolvers,
  Query: {
    household: (_, { id }, ctx, info) => getHousehold(ctx, id, selectedFields(info, 'Household')),
    householdIds: (_, { regionCode, page }, ctx) => householdIdsPage(ctx, regionCode, page),
  },
  Mutation: {
    addNewborn: (_, { input }, ctx) => addNewborn(ctx, input),
    closeMembershipsOnDeath: (_, { input }, ctx) => closeMembershipsOnDeath(ctx, input),
    registerMarriage: (_, { input }, ctx) => registerMarriage(ctx, input),
    registerDivorce: (_, { input }, ctx) => registerDivorce(ctx, input),
  },
  Household: {
    __resolveReference: (ref, ctx, info) => getHousehold(ctx, ref.id, selectedFields(info, 'Household')),
    // The person's address under another name: masked for auditors by the same rule (policy module).
    addressLine: (h, _, ctx) => maskFor(ctx.viewer, 'address', h.addressLine),
    region: (h) => ({ code: h.regionCode }),
    district: (h) => ({ code: h.districtCode }),
    members: (h, { asOf }, ctx) => membersOn(ctx, h, asOf),
    memberHistory: (h, _, ctx) => memberHistory(ctx, h),
    head: (h, _, ctx) => headOf(ctx, h),
  },
  Membership: {
    person: (m) => ({ pin: m.personPin }),
    from: (m) => m.validFrom,
    to: (m) => m.validTo ?? null,
    household: (m, _, ctx) => householdOf(ctx, m),
  },
  Person: {
    __resolveReference: (ref) => ({ pin: ref.pin }),
    household: (p, _, ctx) => currentHouseholdOf(ctx, p),
    memberships: (p, _, ctx) => membershipsOf(ctx, p),
  },
};

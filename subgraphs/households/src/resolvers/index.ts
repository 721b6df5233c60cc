import { scalarResolvers } from '@usr/shared';
import type { Resolvers } from '../generated/resolvers-types.ts';
import {
  currentHouseholdOf,
  getHousehold,
  headOf,
  householdOf,
  memberHistory,
  membersOn,
  membershipsOf,
} from '../services/household-service.ts';

/** Thin: parse, call a service, map. */
export const resolvers: Resolvers = {
  ...scalarResolvers,
  Query: {
    household: (_, { id }, ctx) => getHousehold(ctx, id),
  },
  Household: {
    __resolveReference: (ref, ctx) => getHousehold(ctx, ref.id),
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

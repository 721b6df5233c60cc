import { scalarResolvers } from '@usr/shared';
import type { Resolvers } from '../generated/resolvers-types.ts';
import { getApplication } from '../services/application-service.ts';
import { getAssignment } from '../services/assignment-service.ts';
import { getBenefitType, listBenefitTypes } from '../services/catalogue-service.ts';
import { getDecision } from '../services/decision-service.ts';
import { benefitTypeResolvers } from './catalogue.ts';
import { extensionResolvers } from './extensions.ts';
import { recordResolvers } from './records.ts';

/** Thin: parse, call a service, map. */
export const resolvers: Resolvers = {
  ...scalarResolvers,
  Query: {
    benefitTypes: () => [...listBenefitTypes()],
    benefitType: (_, { code }) => getBenefitType(code),
    application: (_, { id }, ctx) => getApplication(ctx, id),
    decision: (_, { id }, ctx) => getDecision(ctx, id),
    assignment: (_, { id }, ctx) => getAssignment(ctx, id),
  },
  ...benefitTypeResolvers,
  ...recordResolvers,
  ...extensionResolvers,
};

import { scalarResolvers, selectedFields } from '@usr/shared';
import type { Resolvers } from '../generated/resolvers-types.ts';
import { getApplication } from '../services/application-service.ts';
import { getAssignment } from '../services/assignment-service.ts';
import { getBenefitType, listBenefitTypes } from '../services/catalogue-service.ts';
import { getDecision } from '../services/decision-service.ts';
import { benefitTypeResolvers } from './catalogue.ts';
import { extensionResolvers } from './extensions.ts';
import { recordResolvers } from './records.ts';

/** Thin: parse, call a service, map. The catalogue is public; records go through the record rules. */
export const resolvers: Resolvers = {
  ...scalarResolvers,
  Query: {
    benefitTypes: () => [...listBenefitTypes()],
    benefitType: (_, { code }) => getBenefitType(code),
    application: (_, { id }, ctx, info) => getApplication(ctx, id, selectedFields(info, 'Application')),
    decision: (_, { id }, ctx, info) => getDecision(ctx, id, selectedFields(info, 'Decision')),
    assignment: (_, { id }, ctx, info) => getAssignment(ctx, id, selectedFields(info, 'Assignment')),
  },
  ...benefitTypeResolvers,
  ...recordResolvers,
  ...extensionResolvers,
};

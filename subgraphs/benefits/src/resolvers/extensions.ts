import { householdReference, personReference, selectedFields } from '@usr/shared';
import type { Resolvers } from '../generated/resolvers-types.ts';
import { appealsOf } from '../services/appeal-service.ts';
import { applicationsOfApplicant, applicationsOfHousehold } from '../services/application-service.ts';
import { assistanceOf, benefitsOf } from '../services/assignment-service.ts';
import { decisionsAbout } from '../services/decision-service.ts';
import { notificationsOf } from '../services/notification-service.ts';

/**
 * Fields this subgraph adds to entities others own. References resolve with no SQL (only the key
 * is needed); the list fields check the record rules, then batch across all persons/households.
 */
export const extensionResolvers: Pick<Resolvers, 'Person' | 'Household'> = {
  Person: {
    __resolveReference: (ref) => personReference(ref.pin),
    benefits: (person, { status }, ctx, info) => benefitsOf(ctx, person.pin, status ?? null, selectedFields(info, 'Assignment')),
    decisions: (person, _, ctx, info) => decisionsAbout(ctx, person.pin, selectedFields(info, 'Decision')),
    applications: (person, _, ctx, info) => applicationsOfApplicant(ctx, person.pin, selectedFields(info, 'Application')),
    notifications: (person, _, ctx, info) => notificationsOf(ctx, person.pin, selectedFields(info, 'Notification')),
    appeals: (person, _, ctx, info) => appealsOf(ctx, person.pin, selectedFields(info, 'Appeal')),
  },
  Household: {
    __resolveReference: (ref) => householdReference(ref.id),
    assistance: (household, _, ctx, info) => assistanceOf(ctx, household.id, selectedFields(info, 'Assignment')),
    applications: (household, _, ctx, info) => applicationsOfHousehold(ctx, household.id, selectedFields(info, 'Application')),
  },
};

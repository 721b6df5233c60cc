import type { Resolvers } from '../generated/resolvers-types.ts';
import { applicationsOfApplicant, applicationsOfHousehold } from '../services/application-service.ts';
import { assistanceOf, benefitsOf } from '../services/assignment-service.ts';
import { decisionsAbout } from '../services/decision-service.ts';
import { householdReference, personReference } from '@usr/shared';

/**
 * Fields this subgraph adds to entities others own. References resolve with no SQL (only the key
 * is needed); the list fields batch across all persons/households of a request.
 */
export const extensionResolvers: Pick<Resolvers, 'Person' | 'Household'> = {
  Person: {
    __resolveReference: (ref) => personReference(ref.pin),
    benefits: (person, { status }, ctx) => benefitsOf(ctx, person.pin, status ?? null),
    decisions: (person, _, ctx) => decisionsAbout(ctx, person.pin),
    applications: (person, _, ctx) => applicationsOfApplicant(ctx, person.pin),
  },
  Household: {
    __resolveReference: (ref) => householdReference(ref.id),
    assistance: (household, _, ctx) => assistanceOf(ctx, household.id),
    applications: (household, _, ctx) => applicationsOfHousehold(ctx, household.id),
  },
};

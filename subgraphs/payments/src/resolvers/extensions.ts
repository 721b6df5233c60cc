import type { Resolvers } from '../generated/resolvers-types.ts';
import { accountsOf } from '../services/account-service.ts';
import { paymentPageOf, paymentsOfAssignment } from '../services/payment-service.ts';
import { assignmentReference, personReference } from '@usr/shared';

/**
 * Fields this subgraph adds to entities others own. References resolve with no SQL (only the key
 * is needed); the list fields batch across all assignments/persons of a request.
 */
export const extensionResolvers: Pick<Resolvers, 'Assignment' | 'Person'> = {
  Assignment: {
    __resolveReference: (ref) => assignmentReference(ref.id),
    payments: (assignment, _, ctx) => paymentsOfAssignment(ctx, assignment.id),
  },
  Person: {
    __resolveReference: (ref) => personReference(ref.pin),
    payments: (person, { page }, ctx) => paymentPageOf(ctx, person.pin, page),
    paymentAccounts: (person, _, ctx) => accountsOf(ctx, person.pin),
  },
};

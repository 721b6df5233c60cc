import { assignmentReference, personReference, selectedFields } from '@usr/shared';
import type { Resolvers } from '../generated/resolvers-types.ts';
import { accountsOf } from '../services/account-service.ts';
import { paymentPageOf, paymentsOfAssignment } from '../services/payment-service.ts';
import { nextPaymentOf, type AssignmentForSchedule } from '../services/payment-schedule.ts';
import { recoveriesOf } from '../recovery/recovery-service.ts';

/**
 * Fields this subgraph adds to entities others own. References resolve with no SQL (only the key
 * is needed); the list fields check the record rules, then batch across all assignments/persons.
 */
export const extensionResolvers: Pick<Resolvers, 'Assignment' | 'Person'> = {
  Assignment: {
    // The fields `nextPayment` @requires come with the reference: kept beside the checked id.
    __resolveReference: (ref) => ({ ...(ref as AssignmentForSchedule), ...assignmentReference(ref.id) }),
    payments: (assignment, _, ctx, info) => paymentsOfAssignment(ctx, assignment.id, selectedFields(info, 'Payment')),
    nextPayment: (assignment, _, ctx) => nextPaymentOf(ctx, assignment),
  },
  Person: {
    __resolveReference: (ref) => personReference(ref.pin),
    payments: (person, { page }, ctx) => paymentPageOf(ctx, person.pin, page),
    paymentAccounts: (person, _, ctx, info) => accountsOf(ctx, person.pin, selectedFields(info, 'PaymentAccount')),
    recoveries: (person, _, ctx, info) => recoveriesOf(ctx, person.pin, selectedFields(info, 'Recovery')),
  },
};

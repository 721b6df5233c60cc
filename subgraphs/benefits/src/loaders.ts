import { LoaderFamily, manyByKey, manyByKeys, oneByKey, type RequestEntityManager } from '@usr/shared';
import { findAppealsByDecisions, findAppealsByIds, findAppealsOfPersons, findEventsOfAppeals } from './services/appeal-store.ts';
import { findApplicationsByApplicants, findApplicationsByHouseholds, findApplicationsByIds } from './services/application-store.ts';
import {
  findAssignmentsByBeneficiaries,
  findAssignmentsByDecisions,
  findAssignmentsByHouseholds,
  findAssignmentsByIds,
  findAssignmentsWithDecisionsByBeneficiaries,
  type AssignmentStatus,
} from './services/assignment-store.ts';
import { findDecisionsByIds, findDecisionsBySubjects } from './services/decision-store.ts';
import type { Decision } from './entities/decision.ts';
import { findNotificationsByIds, findNotificationsByRecipients } from './services/notification-store.ts';
import { findVersionsByIds } from './services/parameter-store.ts';
import { findStaffNames } from './services/staff-names.ts';

/**
 * Every lookup resolvers make, batched per request: N persons' benefits, N decisions' assignments,
 * ... cost one SQL statement per loader, whatever N and however many rows each key has.
 */
export const createBenefitLoaders = (orm: RequestEntityManager) => {
  // Decisions read with their assignments (assignmentsWithDecisionByBeneficiary), by id. A batch of
  // decisions asked for while such a read is in flight waits for it and fetches only what it lacks,
  // so the saving does not depend on which resolver happens to run first.
  const joined = new Map<string, Decision>();
  const joining = new Set<Promise<unknown>>();
  const decisionById = oneByKey(async (ids: readonly string[]) => {
    await Promise.all(joining);
    const missing = ids.filter((id) => !joined.has(id));
    const fetched = missing.length > 0 ? await findDecisionsByIds(orm.reads(), missing) : [];
    return [...ids.flatMap((id) => joined.get(id) ?? []), ...fetched];
  }, (d) => d.id);
  return {
    applicationById: oneByKey((ids) => findApplicationsByIds(orm(), ids), (a) => a.id),
    applicationsByApplicant: manyByKey((pins) => findApplicationsByApplicants(orm(), pins), (a) => a.applicantPin),
    applicationsByHousehold: manyByKey((ids) => findApplicationsByHouseholds(orm(), ids), (a) => a.householdId),
    decisionById,
    decisionsBySubject: manyByKey((pins) => findDecisionsBySubjects(orm(), pins), (d) => d.subjectPin),
    assignmentById: oneByKey((ids) => findAssignmentsByIds(orm(), ids), (a) => a.id),
    assignmentsByDecision: manyByKey((ids) => findAssignmentsByDecisions(orm.reads(), ids), (a) => a.decisionId),
    // Rows come back only for the households asked for, so householdId is never null here.
    assignmentsByHousehold: manyByKey((ids) => findAssignmentsByHouseholds(orm.reads(), ids), (a) => a.householdId ?? ''),
    notificationById: oneByKey((ids) => findNotificationsByIds(orm(), ids), (n) => n.id),
    notificationsByRecipient: manyByKey((pins) => findNotificationsByRecipients(orm(), pins), (n) => n.recipientPin),
    appealById: oneByKey((ids) => findAppealsByIds(orm(), ids), (a) => a.id),
    appealByDecision: oneByKey((ids) => findAppealsByDecisions(orm(), ids), (a) => a.decisionId),
    eventsOfAppeal: manyByKey((ids) => findEventsOfAppeals(orm(), ids), (e) => e.appealId),
    // An appeal is about two people at most (appellant, subject): each key gets the rows naming it.
    appealsOfPerson: manyByKeys((pins) => findAppealsOfPersons(orm(), pins), (a) => [a.appellantPin, a.subjectPin]),
    // Parameter versions by id, for their legal basis (append-only: a version's basis never changes).
    parameterVersionById: oneByKey((ids) => findVersionsByIds(orm(), ids), (v) => v.id),
    // The names of the staff who signed parameter drafts, approvals and dry runs, by account id.
    staffNameBySubject: oneByKey((subjects) => findStaffNames(orm.reads(), subjects), (s) => s.subject),
    assignmentsByBeneficiary: new LoaderFamily((status: AssignmentStatus | null) =>
      manyByKey((pins) => findAssignmentsByBeneficiaries(orm.reads(), pins, status), (a) => a.beneficiaryPin),
    ),
    /** The same lists, each assignment's decision read with it for `decisionById` (used when the query asks for decisions). */
    assignmentsWithDecisionByBeneficiary: new LoaderFamily((status: AssignmentStatus | null) =>
      manyByKey(async (pins) => {
        const read = findAssignmentsWithDecisionsByBeneficiaries(orm.reads(), pins, status);
        joining.add(read);
        try {
          const rows = await read;
          for (const { decision } of rows) if (decision) joined.set(decision.id, decision);
          return rows.map((row) => row.assignment);
        } finally {
          joining.delete(read);
        }
      }, (a) => a.beneficiaryPin),
    ),
  };
};

export type BenefitLoaders = ReturnType<typeof createBenefitLoaders>;

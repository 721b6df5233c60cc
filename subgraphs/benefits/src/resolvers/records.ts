import { findBenefitType, notFound } from '@usr/shared';
import type { Resolvers } from '../generated/resolvers-types.ts';
import { findApplication, getApplication } from '../services/application-service.ts';
import { assignmentOfDecision, getAssignment } from '../services/assignment-service.ts';
import { decisionInputs, explanationSteps, usedParameters } from '../services/decision-explanation.ts';
import { findDecision, getDecision } from '../services/decision-service.ts';

/** A stored benefit code the catalogue lacks is a broken row, answered like any missing link. */
const benefitTypeOf = (row: { benefitCode: string }) => {
  const type = findBenefitType(row.benefitCode);
  if (!type) throw notFound('BenefitType');
  return type;
};

const householdOf = (row: { householdId?: string | null }) => (row.householdId ? { id: row.householdId } : null);

/** Applications, decisions and assignments: thin, every link through a per-request loader. */
export const recordResolvers: Pick<Resolvers, 'Application' | 'Decision' | 'Assignment'> = {
  Application: {
    __resolveReference: (ref, ctx) => getApplication(ctx, ref.id),
    benefitType: benefitTypeOf,
    household: (a) => ({ id: a.householdId }),
    applicant: (a) => ({ pin: a.applicantPin }),
    decision: (a, _, ctx) => findDecision(ctx, a.decisionId ?? null),
  },
  Decision: {
    __resolveReference: (ref, ctx) => getDecision(ctx, ref.id),
    benefitType: benefitTypeOf,
    subject: (d) => ({ pin: d.subjectPin }),
    household: householdOf,
    application: (d, _, ctx) => findApplication(ctx, d.applicationId ?? null),
    inputs: (d) => decisionInputs(d),
    steps: (d) => explanationSteps(d),
    parameters: (d) => usedParameters(d),
    replaces: (d, _, ctx) => findDecision(ctx, d.replacesId ?? null),
    assignment: (d, _, ctx) => assignmentOfDecision(ctx, d.id),
  },
  Assignment: {
    __resolveReference: (ref, ctx) => getAssignment(ctx, ref.id),
    benefitType: benefitTypeOf,
    beneficiary: (a) => ({ pin: a.beneficiaryPin }),
    household: householdOf,
    decision: (a, _, ctx) => getDecision(ctx, a.decisionId),
  },
};

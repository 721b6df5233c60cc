import { findBenefitType, notFound, selectedFields } from '@usr/shared';
import type { Resolvers } from '../generated/resolvers-types.ts';
import { workingDaysLeft } from '../services/application-queue.ts';
import { findApplication, getApplication } from '../services/application-service.ts';
import { assignmentOfDecision, getAssignment } from '../services/assignment-service.ts';
import { decisionSummary, inputSummary, plainStep, usedParameters } from '../services/decision-explanation.ts';
import { readableInputs, readableSteps } from '../services/decision-reading.ts';
import { decisionPaymentKind, decisionReferenceNumber } from '../services/decision-reference.ts';
import { legalActsOf } from '../services/parameter-reads.ts';
import { fromLanguage } from './language.ts';
import { appealOfDecision } from '../services/appeal-service.ts';
import { decisionOf, findDecision, getDecision } from '../services/decision-service.ts';

/** A stored benefit code the catalogue lacks is a broken row, answered like any missing link. */
const benefitTypeOf = (row: { benefitCode: string }) => {
  const type = findBenefitType(row.benefitCode);
  if (!type) throw notFound('BenefitType');
  return type;
};

const householdOf = (row: { householdId?: string | null }) => (row.householdId ? { id: row.householdId } : null);

/**
 * Applications, decisions and assignments: thin, every link through a per-request loader, every
 * record handed out (by reference or through a link) checked by the record rules in the services.
 */
export const recordResolvers: Pick<Resolvers, 'Application' | 'Decision' | 'DecisionInput' | 'Assignment' | 'ExplanationStep'> = {
  Application: {
    __resolveReference: (ref, ctx, info) => getApplication(ctx, ref.id, selectedFields(info, 'Application')),
    benefitType: benefitTypeOf,
    household: (a) => ({ id: a.householdId }),
    applicant: (a) => ({ pin: a.applicantPin }),
    decision: (a, _, ctx, info) => findDecision(ctx, a.decisionId ?? null, selectedFields(info, 'Decision')),
    workingDaysLeft: (a) => (a.status === 'SUBMITTED' ? workingDaysLeft(a.deadline) : null),
  },
  Decision: {
    __resolveReference: (ref, ctx, info) => getDecision(ctx, ref.id, selectedFields(info, 'Decision')),
    benefitType: benefitTypeOf,
    subject: (d) => ({ pin: d.subjectPin }),
    household: householdOf,
    application: (d, _, ctx, info) => findApplication(ctx, d.applicationId ?? null, selectedFields(info, 'Application')),
    inputs: (d, _, ctx) => readableInputs(ctx, d),
    steps: (d, _, ctx) => readableSteps(ctx, d),
    summary: (d, { language }) => decisionSummary(d, fromLanguage(language)),
    paymentKind: (d) => decisionPaymentKind(d, benefitTypeOf(d).paymentKind),
    referenceNumber: (d) => decisionReferenceNumber(d),
    parameters: (d) => usedParameters(d),
    legalActs: (d, { language }, ctx) => legalActsOf(ctx, usedParameters(d), fromLanguage(language)),
    replaces: (d, _, ctx, info) => findDecision(ctx, d.replacesId ?? null, selectedFields(info, 'Decision')),
    assignment: (d, _, ctx, info) => assignmentOfDecision(ctx, d.id, selectedFields(info, 'Assignment')),
    appeal: (d, _, ctx, info) => appealOfDecision(ctx, d.id, selectedFields(info, 'Appeal')),
  },
  DecisionInput: {
    summary: (input, { language }) => inputSummary(input, fromLanguage(language)),
  },
  ExplanationStep: {
    plain: (step, { language }) => plainStep(step, fromLanguage(language)),
  },
  Assignment: {
    __resolveReference: (ref, ctx, info) => getAssignment(ctx, ref.id, selectedFields(info, 'Assignment')),
    benefitType: benefitTypeOf,
    beneficiary: (a) => ({ pin: a.beneficiaryPin }),
    household: householdOf,
    decision: (a, _, ctx, info) => decisionOf(ctx, a.decisionId, selectedFields(info, 'Decision')),
    paymentKind: (a) => benefitTypeOf(a).paymentKind,
    amount: (a) => a.monthlyAmount,
  },
};

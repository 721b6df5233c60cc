import { randomUUID } from 'node:crypto';
import { addWorkingDays, assertUuid, badUserInput, enqueueJobs, forbidden, QUEUES, registryToday } from '@usr/shared';
import type { BenefitsContext } from '../context.ts';
import type { Application } from '../entities/application.ts';
import { findApplicationByKey, findPendingApplication, insertApplication } from './application-store.ts';
import { applyingCitizen, REFUSED_WRITE } from './write-access.ts';

/** The benefit applied for online: Targeted State Social Assistance. */
export const APPLIED_BENEFIT = 'TSA';
/** Working days the registry has to decide an application. */
export const DECISION_WORKING_DAYS = 15;
const MAX_KEY = 90;

export interface ApplyResult {
  readonly application: Application;
  readonly created: boolean;
  readonly error: { readonly code: 'ALREADY_PENDING' } | null;
}

/** A client key, namespaced by the applicant so that two citizens' keys never meet. */
const storedKey = (pin: string, key: string | null | undefined): string | null => {
  if (key === null || key === undefined) return null;
  if (key.trim().length === 0 || key.length > MAX_KEY) throw badUserInput('input.idempotencyKey', `must be 1 to ${MAX_KEY} characters and not blank`);
  return `${pin}:${key}`;
};

/**
 * `applyForAssistance`: the citizen applies for the household they live in today (asked of the
 * households subgraph with their own token). The application and its `applications.submitted`
 * job are one transaction. The insert itself settles races: the unique key and the one-pending
 * index make a concurrent duplicate insert nothing, and the row that won is answered instead.
 */
export const applyForAssistance = async (ctx: BenefitsContext, input: { householdId: string; idempotencyKey?: string | null }): Promise<ApplyResult> => {
  const pin = applyingCitizen(ctx.viewer);
  const householdId = assertUuid(input.householdId, 'input.householdId');
  const key = storedKey(pin, input.idempotencyKey);
  const replay = key ? await findApplicationByKey(ctx.orm(), key) : undefined;
  if (replay) return { application: replay, created: false, error: null };
  if ((await ctx.directory.currentHouseholdIdOf(pin)) !== householdId) throw forbidden(REFUSED_WRITE.household);

  const now = new Date();
  const created = await ctx.orm().transactional(async (tx) => {
    const application = await insertApplication(tx, {
      id: randomUUID(),
      benefitCode: APPLIED_BENEFIT,
      householdId,
      applicantPin: pin,
      submittedAt: now,
      deadline: addWorkingDays(registryToday(now), DECISION_WORKING_DAYS),
      idempotencyKey: key,
    });
    if (application) await enqueueJobs(tx, QUEUES.applicationsSubmitted, [{ id: application.id, data: { applicationId: application.id } }]);
    return application;
  });
  if (created) return { application: created, created: true, error: null };

  // Someone got there first: the same key (a concurrent retry) or another pending application.
  const same = key ? await findApplicationByKey(ctx.orm(), key) : undefined;
  if (same) return { application: same, created: false, error: null };
  const pending = await findPendingApplication(ctx.orm(), householdId, APPLIED_BENEFIT);
  if (pending) return { application: pending, created: false, error: { code: 'ALREADY_PENDING' } };
  throw new Error('An application was neither created nor found.');
};

import { addWorkingDays, assertMayReadPersonalData, badUserInput, JOB_SCHEMA, QUEUES, registryToday, workingDaysBetween } from '@usr/shared';
import type { BenefitsContext } from '../context.ts';
import type { Application } from '../entities/application.ts';
import { findApplicationsNeedingAttention } from './application-store.ts';
import { assertMayWatchDeadlines } from './write-access.ts';

export type AttentionReason = 'PAST_DEADLINE' | 'DUE_SOON' | 'DECISION_FAILED';

export interface ApplicationNeedingAttention {
  readonly application: Application;
  readonly reasons: AttentionReason[];
  readonly workingDaysLeft: number;
}

const MAX_WITHIN = 15;
const MAX_LIMIT = 100;
const MAX_OFFSET = 10_000;

const bounded = (value: number | null | undefined, fallback: number, min: number, max: number, field: string): number => {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < min || n > max) throw badUserInput(field, `must be a whole number from ${min} to ${max}`);
  return n;
};

/** Working days left until the deadline, counted on the registry's calendar: negative once past. */
export const workingDaysLeft = (deadline: string, today: string = registryToday()): number => workingDaysBetween(today, deadline);

/**
 * `applicationsNeedingAttention`: nothing waits silently. The applications still undecided whose
 * deadline is past or within `withinWorkingDays`, and any whose decision job exhausted its retries,
 * for caseworkers (their region's, each read logged), auditors and administrators.
 */
export const applicationsNeedingAttention = async (
  ctx: BenefitsContext,
  args: { withinWorkingDays?: number | null; limit?: number | null; offset?: number | null },
  fields: readonly string[],
): Promise<ApplicationNeedingAttention[]> => {
  assertMayWatchDeadlines(ctx.viewer);
  assertMayReadPersonalData(ctx.viewer, ctx.purpose);
  const within = bounded(args.withinWorkingDays, 3, 0, MAX_WITHIN, 'withinWorkingDays');
  const limit = bounded(args.limit, 20, 1, MAX_LIMIT, 'limit');
  const offset = bounded(args.offset, 0, 0, MAX_OFFSET, 'offset');
  const today = registryToday();
  const rows = await findApplicationsNeedingAttention(ctx.orm(), JOB_SCHEMA, QUEUES.applicationsSubmitted, addWorkingDays(today, within), limit, offset);
  const visible = await ctx.rules.queueRecords('Application', rows, (row) => row.application.applicantPin, (row) => row.application.benefitCode, fields);
  return visible.map(({ application, jobFailed }) => {
    const left = workingDaysLeft(application.deadline, today);
    const reasons: AttentionReason[] = [];
    if (application.deadline < today) reasons.push('PAST_DEADLINE');
    else if (left <= within) reasons.push('DUE_SOON');
    if (jobFailed) reasons.push('DECISION_FAILED');
    return { application, reasons, workingDaysLeft: left };
  });
};

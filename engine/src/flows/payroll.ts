import type { EngineContext } from '../context.ts';
import { graphql } from '../generated/gql.ts';
import type { EngineUnwithdrawnQuery } from '../generated/graphql.ts';
import { endAssignment } from './end-assignment.ts';
import { notify } from './record-outcome.ts';
import { chunks, pageAssignments } from './paging.ts';
import { lastDayOfMonth } from '../rules/index.ts';

const REPAY = graphql(`
  mutation EngineRepay($month: String!) { repayReturnedPayments(month: $month) { repaid { paymentId } } }
`);

export interface PayrollSummary {
  readonly month: string;
  readonly assignments: number;
  readonly created: number;
  readonly existing: number;
  readonly rejected: number;
  /** Payments of earlier months the bank rejected or returned, paid again in this run. */
  readonly repaid: number;
  readonly endedNotWithdrawn: number;
}

/** Assignments read a page (the reads' own bound). */
const BATCH = 5000;
/**
 * recordPayroll items a call: 2,000 items are about 250 KB of request, well inside the gateway's
 * request body limit (DEFAULT_MAX_BODY_BYTES) and the payments subgraph's 5,000 a call.
 */
export const PAYROLL_WRITE_BATCH = 2000;

const PAYROLL = graphql(`
  mutation EnginePayroll($input: RecordPayrollInput!) { recordPayroll(input: $input) { created existing rejected { index code } } }
`);
const UNWITHDRAWN = graphql(`
  query EngineUnwithdrawn($month: String!, $page: AssignmentKeysetInput) {
    unwithdrawnAssignments(month: $month, months: 2, page: $page) { hasMore items { id status benefitType { code } beneficiary { pin } } }
  }
`);

/**
 * payroll.monthly for month M: every assignment ACTIVE on the 1st of M gets one payment for M
 * (recordPayroll, PAYROLL_WRITE_BATCH a call; the payments subgraph keeps one payment per assignment and month,
 * so a second run creates nothing); payments the bank rejected or returned are paid again. Then TSA whose payments of the last 2 months were never
 * withdrawn ends (reason NOT_WITHDRAWN) with an SMS.
 */
export const runPayroll = async (ctx: EngineContext, month: string): Promise<PayrollSummary> => {
  let assignments = 0;
  let created = 0;
  let existing = 0;
  let rejected = 0;
  for await (const batch of chunks(pageAssignments(ctx, 'activeAssignments', `${month}-01`, BATCH), PAYROLL_WRITE_BATCH)) {
    assignments += batch.length;
    const { recordPayroll } = await ctx.client.request(PAYROLL, {
      input: { month, items: batch.map((a) => ({ assignmentId: a.id, beneficiaryPin: a.beneficiary.pin, amount: a.monthlyAmount, benefitCode: a.benefitType.code })) },
    });
    created += recordPayroll.created;
    existing += recordPayroll.existing;
    rejected += recordPayroll.rejected.length;
  }
  // What the bank sent back is paid again with this run (once: a replayed run repays nothing more).
  const { repayReturnedPayments } = await ctx.client.request(REPAY, { month });
  const repaid = repayReturnedPayments.repaid.length;
  const endedNotWithdrawn = await endNotWithdrawn(ctx, month);
  ctx.logger.info({ month, assignments, created, existing, rejected, repaid, endedNotWithdrawn }, 'payroll done');
  return { month, assignments, created, existing, rejected, repaid, endedNotWithdrawn };
};

const endNotWithdrawn = async (ctx: EngineContext, month: string): Promise<number> => {
  let ended = 0;
  let after: string | null = null;
  for (;;) {
    const { unwithdrawnAssignments: page }: EngineUnwithdrawnQuery = await ctx.client.request(UNWITHDRAWN, { month, page: { after, limit: BATCH } });
    for (const a of page.items) {
      if (a.benefitType.code !== 'TSA' || a.status !== 'ACTIVE') continue;
      const to = lastDayOfMonth(month);
      // SMS first (idempotent by key): ending the assignment takes it off this list, so a run killed
      // between the two would otherwise never queue its SMS.
      await notify(ctx, `NOT_WITHDRAWN:${a.id}`, a.beneficiary.pin, 'ASSIGNMENT_ENDED', { benefitCode: 'TSA', to, reasonCode: 'NOT_WITHDRAWN' });
      if (await endAssignment(ctx, a.id, 'NOT_WITHDRAWN', to)) ended += 1;
    }
    const last = page.items.at(-1);
    if (!page.hasMore || !last) return ended;
    after = last.id;
  }
};

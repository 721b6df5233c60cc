import { addWorkingDays, registryToday, type AssignmentReference } from '@usr/shared';
import type { PaymentsContext } from '../context.ts';
import { shiftMonth } from './payroll.ts';

/** What the benefits subgraph gives this one for `Assignment.nextPayment` (`@requires`). */
export interface AssignmentForSchedule extends AssignmentReference {
  readonly monthlyAmount?: string;
  readonly status?: string;
  readonly periodTo?: string | null;
  readonly beneficiary?: { readonly pin?: string };
}

/**
 * The day a month's payments reach the cards: the payroll calendar's 5th (run on the 1st, sent on
 * the 4th), or the next working day when the 5th is not one. The same day the pain.001 asks for.
 */
export const paydayOf = (month: string): string => addWorkingDays(`${month}-04`, 1);

/**
 * `Assignment.nextPayment`: the next payday still ahead (this month's if it has not passed), for
 * an assignment being paid whose period reaches that month; null otherwise. Readable by whoever
 * may read the beneficiary's payments.
 */
export const nextPaymentOf = async (ctx: PaymentsContext, assignment: AssignmentForSchedule, today: string = registryToday()) => {
  const pin = assignment.beneficiary?.pin;
  if (pin === undefined || assignment.monthlyAmount === undefined) throw new Error('Assignment.nextPayment needs the fields it @requires.');
  await ctx.rules.assertPersonRecords(pin, 'Assignment.nextPayment', []);
  if (assignment.status !== 'ACTIVE') return null;
  const thisMonth = today.slice(0, 7);
  const month = today <= paydayOf(thisMonth) ? thisMonth : shiftMonth(thisMonth, 1);
  if (assignment.periodTo && assignment.periodTo < `${month}-01`) return null;
  return { month, on: paydayOf(month), amount: assignment.monthlyAmount };
};

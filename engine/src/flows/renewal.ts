import type { EngineContext } from '../context.ts';
import { graphql } from '../generated/gql.ts';
import type { EngineEndingQuery } from '../generated/graphql.ts';
import { collectHousehold } from '../collect/index.ts';
import { addDays, addMonthsToMonth, monthOf, rules } from '../rules/index.ts';
import { readParameter } from '../rules/parameters.ts';
import { notify, recordOutcome } from './record-outcome.ts';

export interface RenewalSummary {
  readonly considered: number;
  readonly renewed: number;
  readonly notRenewed: number;
}

const PAGE = 1000;

const ENDING = graphql(`
  query EngineEnding($from: Date!, $to: Date!, $page: AssignmentPageInput) {
    assignmentsEndingBetween(from: $from, to: $to, page: $page) { hasMore nextAfter items { id periodTo beneficiary { pin } household { id } } }
  }
`);

/**
 * Renewal without asking, in the daily sweep of day D: every ACTIVE TSA assignment whose term ends
 * within `renewalDays` (a dated TSA parameter) of D is re-assessed from fresh facts, as if the family
 * applied on the day after the term: members on D, income of the 12 months before that day's month,
 * the rule version in force then. A grant is a new decision (key `TSA:renewal:<assignmentId>`) whose
 * assignment continues the term from the next day; a refusal is recorded and explained. An SMS
 * either way (key `renewal:<assignmentId>`). Replays record and send nothing twice.
 */
export const renewTerms = async (ctx: EngineContext, date: string): Promise<RenewalSummary> => {
  const days = readParameter('TSA', 'renewalDays', date).value;
  let considered = 0;
  let renewed = 0;
  let notRenewed = 0;
  let after: string | null = null;
  for (;;) {
    const { assignmentsEndingBetween: page }: EngineEndingQuery = await ctx.client.request(ENDING, { from: date, to: addDays(date, days), page: { after, limit: PAGE } });
    for (const assignment of page.items) {
      // A term ending in the window has an end; a household's TSA has a household.
      if (!assignment.household || !assignment.periodTo) continue;
      considered += 1;
      const granted = await renewOne(ctx, { id: assignment.id, periodTo: assignment.periodTo, beneficiaryPin: assignment.beneficiary.pin }, assignment.household.id, date);
      if (granted) renewed += 1;
      else notRenewed += 1;
    }
    after = page.nextAfter ?? null;
    if (!page.hasMore || !after) break;
  }
  return { considered, renewed, notRenewed };
};

const renewOne = async (ctx: EngineContext, assignment: { id: string; periodTo: string; beneficiaryPin: string }, householdId: string, date: string): Promise<boolean> => {
  const renewalDate = addDays(assignment.periodTo, 1);
  const household = await collectHousehold(ctx.client, householdId, { asOf: date, knownAt: ctx.now(), validFrom: `${addMonthsToMonth(monthOf(renewalDate), -13)}-01` });
  const result = rules.tsa({ householdId, applicationDate: renewalDate, members: household.members });
  if (!result) return false;
  const recorded = await recordOutcome(ctx, result, {
    key: `TSA:renewal:${assignment.id}`,
    subjectPin: assignment.beneficiaryPin,
    householdId,
    regionCode: household.regionCode,
    notifyRefusal: true,
    silent: true,
  });
  const granted = result.outcome === 'GRANTED' && result.period !== null;
  await notify(
    ctx,
    `renewal:${assignment.id}`,
    assignment.beneficiaryPin,
    granted ? 'RENEWED' : 'NOT_RENEWED',
    { benefitCode: 'TSA', amount: result.monthlyAmount ?? undefined, from: result.period?.from, to: assignment.periodTo, reasonCode: result.reasonCode },
    recorded.decisionId,
  );
  return granted;
};

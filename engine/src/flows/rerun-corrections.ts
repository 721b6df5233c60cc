import { registryToday } from '@usr/shared';
import { collectHousehold } from '../collect/index.ts';
import type { EngineContext } from '../context.ts';
import { found } from '../gateway-client.ts';
import { graphql } from '../generated/gql.ts';
import type { EngineRerunAssignmentQuery, EngineRerunListQuery } from '../generated/graphql.ts';
import { addDays, addMonthsToMonth, formatQepik, getRuleVersion, monthOf, monthsBetween, parseMoney, rules, type RuleResult, type RuleStep } from '../rules/index.ts';
import { stepsOf } from '../rules/explain.ts';
import { endAssignment } from './end-assignment.ts';
import { recordOutcome } from './record-outcome.ts';

export interface MonthCorrection {
  readonly month: string;
  readonly paid: string;
  readonly due: string;
  /** due − paid: positive = arrears owed to the family, negative = overpayment. */
  readonly difference: string;
}

export interface AssignmentCorrection {
  readonly assignmentId: string;
  readonly decisionId: string;
  readonly decidedBy: string;
  readonly rerunOutcome: string;
  readonly rerunMonthlyAmount: string | null;
  readonly months: readonly MonthCorrection[];
  readonly arrears: string;
  readonly overpayment: string;
  /** The re-run's computation, step by step, ending with the correction. */
  readonly explanation: readonly RuleStep[];
  /** With --apply: the replacement decision recorded (replacesId = decisionId). */
  readonly replacementDecisionId?: string;
}

export interface RerunReport {
  readonly ruleVersion: string;
  readonly from: string;
  readonly to: string;
  readonly applied: boolean;
  readonly assignments: readonly AssignmentCorrection[];
  readonly totalArrears: string;
  readonly totalOverpayment: string;
}

/** An assignment as a re-run reads it, with the decision that made it. */
type AssignmentView = NonNullable<EngineRerunAssignmentQuery['assignment']>;

const ASSIGNMENT = graphql(`
  query EngineRerunAssignment($id: ID!) {
    assignment(id: $id) {
      id status periodFrom periodTo monthlyAmount beneficiary { pin }
      payments { month amount status }
      decision { id ruleVersion application { id submittedAt household { id } applicant { pin } } }
    }
  }
`);
const RERUN_LIST = graphql(`
  query EngineRerunList($on: Date!, $page: AssignmentPageInput) { activeAssignments(on: $on, page: $page) { hasMore nextAfter items { id benefitType { code } } } }
`);

const inMonth = (period: { from: string; to: string | null }, month: string) => period.from.slice(0, 7) <= month && (period.to === null || period.to.slice(0, 7) >= month);

/**
 * Re-runs a rule version over past months (`from`..`to`, YYYY-MM): every assignment of the
 * version's benefit that was ACTIVE on the 1st of one of those months is decided again with that
 * version and today's knowledge of the facts (corrections included); per month the amount due is
 * set against what was paid (payments not RETURNED). Dry run by default: a report to review.
 * With `apply`, each assignment with a difference gets a replacement decision (key
 * `RERUN:<version>:<decisionId>`, `replacesId` the original; arrears as its one-time amount) and,
 * when the corrected term runs on, the old assignment ends at the end of last month and the new
 * decision's assignment pays the corrected amount from this month. Replays record nothing new.
 * Only TSA is re-run (the benefit decided on applications, whose inputs the application pins down).
 */
export const rerunCorrections = async (ctx: EngineContext, options: { ruleVersion: string; from: string; to: string; apply: boolean }): Promise<RerunReport> => {
  const version = getRuleVersion(options.ruleVersion);
  if (version.benefitCode !== 'TSA') throw new Error('Re-runs are implemented for TSA rule versions only.');
  const ids = new Set<string>();
  for (const month of monthsBetween(options.from, options.to)) {
    let after: string | null = null;
    for (;;) {
      const { activeAssignments: page }: EngineRerunListQuery = await ctx.client.request(RERUN_LIST, { on: `${month}-01`, page: { after, limit: 5000 } });
      for (const a of page.items) if (a.benefitType.code === version.benefitCode) ids.add(a.id);
      after = page.nextAfter ?? null;
      if (!page.hasMore || !after) break;
    }
  }
  const corrections: AssignmentCorrection[] = [];
  let arrearsQ = 0;
  let overQ = 0;
  for (const id of [...ids].sort()) {
    const assignment = found((await ctx.client.request(ASSIGNMENT, { id })).assignment, 'The assignment');
    const application = assignment.decision.application;
    if (!application || assignment.decision.ruleVersion.startsWith('RERUN')) continue;
    const applicationDate = registryToday(new Date(application.submittedAt));
    const household = await collectHousehold(ctx.client, application.household.id, {
      asOf: applicationDate,
      knownAt: ctx.now(),
      validFrom: `${addMonthsToMonth(monthOf(applicationDate), -13)}-01`,
    });
    const result = rules.tsa({ householdId: household.id, applicationDate, members: household.members }, version.id);
    if (!result) continue;
    const correction = compare(assignment, result, options.from, options.to);
    arrearsQ += parseMoney(correction.arrears);
    overQ += parseMoney(correction.overpayment);
    if (correction.arrears === '0.00' && correction.overpayment === '0.00' && result.monthlyAmount === assignment.monthlyAmount) continue;
    let replacementDecisionId: string | undefined;
    if (options.apply) replacementDecisionId = await applyCorrection(ctx, assignment, application, household.regionCode, result, correction);
    corrections.push(replacementDecisionId ? { ...correction, replacementDecisionId } : correction);
  }
  return { ruleVersion: version.id, from: options.from, to: options.to, applied: options.apply, assignments: corrections, totalArrears: formatQepik(arrearsQ), totalOverpayment: formatQepik(overQ) };
};

/** The step a correction adds to the re-run's steps: it has a text `step.<CODE>` in every catalogue. */
export const RERUN_STEP_CODES = ['RERUN_CORRECTION'] as const;
const step = stepsOf(RERUN_STEP_CODES);

const compare = (assignment: AssignmentView, result: RuleResult, from: string, to: string): AssignmentCorrection => {
  const original = { from: assignment.periodFrom, to: assignment.periodTo };
  const dueQ = result.outcome === 'GRANTED' && result.monthlyAmount ? parseMoney(result.monthlyAmount) : 0;
  const months: MonthCorrection[] = [];
  let arrears = 0;
  let over = 0;
  for (const month of monthsBetween(from, to)) {
    const due = result.period && inMonth(result.period, month) ? dueQ : 0;
    if (!inMonth(original, month) && due === 0) continue;
    const paid = assignment.payments.filter((p) => p.month === month && p.status !== 'RETURNED').reduce((sum, p) => sum + parseMoney(p.amount), 0);
    const difference = due - paid;
    if (difference > 0) arrears += difference;
    else over -= difference;
    months.push({ month, paid: formatQepik(paid), due: formatQepik(due), difference: formatQepik(difference) });
  }
  const explanation = [
    ...result.steps,
    step(
      'RERUN_CORRECTION',
      `Re-run with ${result.ruleVersion} over ${from}..${to}: ${months.length} month(s) compared with what was paid; arrears ${formatQepik(arrears)} AZN, overpayment ${formatQepik(over)} AZN.`,
      formatQepik(arrears - over),
      { version: result.ruleVersion, from, to, months: months.length, arrears: formatQepik(arrears), overpayment: formatQepik(over) },
      months.map((m) => `${m.month}: ${m.due} − ${m.paid}`).join('; ') || null,
    ),
  ];
  return {
    assignmentId: assignment.id,
    decisionId: assignment.decision.id,
    decidedBy: assignment.decision.ruleVersion,
    rerunOutcome: result.outcome,
    rerunMonthlyAmount: result.monthlyAmount,
    months,
    arrears: formatQepik(arrears),
    overpayment: formatQepik(over),
    explanation,
  };
};

const applyCorrection = async (
  ctx: EngineContext,
  assignment: AssignmentView,
  application: NonNullable<AssignmentView['decision']['application']>,
  regionCode: string,
  result: RuleResult,
  correction: AssignmentCorrection,
): Promise<string> => {
  const thisMonth = `${ctx.today().slice(0, 7)}-01`;
  const continues = result.outcome === 'GRANTED' && result.period !== null && (result.period.to === null || result.period.to >= thisMonth) && assignment.status === 'ACTIVE';
  const replacement: RuleResult = {
    ...result,
    steps: correction.explanation,
    oneTimeAmount: correction.arrears === '0.00' ? null : correction.arrears,
    // The replacement pays the corrected amount from this month on; past months are the arrears.
    period: continues && result.period ? { from: thisMonth, to: result.period.to } : null,
    outcome: result.outcome,
  };
  const recorded = await recordOutcome(ctx, replacement, {
    key: `RERUN:${result.ruleVersion}:${assignment.decision.id}`,
    subjectPin: application.applicant.pin,
    beneficiaryPin: assignment.beneficiary.pin,
    householdId: application.household.id,
    applicationId: null,
    replacesId: assignment.decision.id,
    regionCode,
  });
  if (assignment.status === 'ACTIVE') {
    // Ends at the end of last month, never before it began nor after its own period.
    let end = addDays(thisMonth, -1);
    if (assignment.periodTo !== null && assignment.periodTo < end) end = assignment.periodTo;
    if (end < assignment.periodFrom) end = assignment.periodFrom;
    await endAssignment(ctx, assignment.id, 'REPLACED', end);
  }
  return recorded.decisionId;
};

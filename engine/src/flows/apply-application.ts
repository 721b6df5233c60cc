import { registryToday } from '@usr/shared';
import { collectHousehold } from '../collect/index.ts';
import type { EngineContext } from '../context.ts';
import { found } from '../gateway-client.ts';
import { graphql } from '../generated/gql.ts';
import { addMonthsToMonth, infantsOn, monthOf, rules } from '../rules/index.ts';
import { withoutRaisingOnDeclarations } from '../rules/self-declared.ts';
import { decideChildUnderOne } from './child-under-one.ts';
import { recordOutcome, type RecordedOutcome } from './record-outcome.ts';

const APPLICATION = graphql(`
  query EngineApplication($id: ID!) { application(id: $id) { id status submittedAt benefitType { code } household { id } applicant { pin } } }
`);

export interface ApplicationOutcome {
  readonly status: 'DECIDED' | 'SKIPPED';
  readonly decision?: RecordedOutcome;
  readonly children?: readonly RecordedOutcome[];
}

/**
 * applications.submitted: gathers the household's facts as the registry knew them when the job
 * runs (members on the application date, income of the 12 months before), decides TSA with the rule
 * version in force on the application date (or `versionId`, for a replay with a named version),
 * records the decision (key `TSA:application:<id>`), opens the card account and queues the SMS;
 * a granted TSA then assigns the allowance for each child under one. A replay records nothing new.
 */
export const applyApplication = async (ctx: EngineContext, applicationId: string, options: { versionId?: string } = {}): Promise<ApplicationOutcome> => {
  const application = found((await ctx.client.request(APPLICATION, { id: applicationId })).application, 'The application');
  if (application.status === 'WITHDRAWN' || application.benefitType.code !== 'TSA') return { status: 'SKIPPED' };
  const applicationDate = registryToday(new Date(application.submittedAt));
  const incomeFrom = `${addMonthsToMonth(monthOf(applicationDate), -13)}-01`;
  const household = await collectHousehold(ctx.client, application.household.id, { asOf: applicationDate, knownAt: ctx.now(), validFrom: incomeFrom });
  // A change the family reported may lower the assistance, never raise it before an agency confirms it.
  const result = withoutRaisingOnDeclarations(household.members, (members) => rules.tsa({ householdId: household.id, applicationDate, members }, options.versionId));
  if (!result) throw new Error('No TSA rule version covers the application date.');
  const decision = await recordOutcome(ctx, result, {
    key: `TSA:application:${application.id}`,
    subjectPin: application.applicant.pin,
    householdId: household.id,
    applicationId: application.id,
    regionCode: household.regionCode,
    notifyRefusal: true,
  });
  const children: RecordedOutcome[] = [];
  if (result.outcome === 'GRANTED' && result.period && decision.assignmentId) {
    const tsa = { assignmentId: decision.assignmentId, beneficiaryPin: application.applicant.pin, periodFrom: result.period.from, periodTo: result.period.to };
    for (const infant of infantsOn(household.members, ctx.today())) {
      const birthFact = infant.facts.find((f) => f.kind === 'BIRTH' && f.subjectPin === infant.person.pin);
      const child = await decideChildUnderOne(ctx, { childPin: infant.person.pin, birthDate: infant.person.birthDate, tsa, householdId: household.id, regionCode: household.regionCode, ...(birthFact ? { birthFact } : {}) });
      if (child) children.push(child);
    }
  }
  return { status: 'DECIDED', decision, children };
};

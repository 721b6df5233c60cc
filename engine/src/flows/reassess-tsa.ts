import { registryToday } from '@usr/shared';
import { collectHousehold } from '../collect/index.ts';
import type { EngineContext } from '../context.ts';
import type { GatewayClient } from '../gateway-client.ts';
import { graphql } from '../generated/gql.ts';
import { addDays, addMonthsToMonth, formatQepik, monthOf, parseMoney, rules, type RuleMember, type RuleResult } from '../rules/index.ts';
import { stepsOf } from '../rules/explain.ts';
import { withoutRaisingOnDeclarations } from '../rules/self-declared.ts';
import { confirmReviews, householdsToAssess, openReview } from './change-review.ts';
import { endAssignment } from './end-assignment.ts';
import { recordOutcome, type RecordedOutcome } from './record-outcome.ts';

/** The step codes a re-assessment adds to the rule's own (texts `step.<CODE>` in the catalogue). */
export const REASSESS_STEP_CODES = ['TSA_REASSESSED', 'TSA_REASSESSED_ENDED', 'TSA_DECLARATION_NOT_RAISING'] as const;
const step = stepsOf(REASSESS_STEP_CODES);

/** A decision and the ones it replaced, back to the one made on the application (a few links at most). */
interface DecisionLink {
  readonly application: { readonly submittedAt: string } | null;
  readonly replaces?: DecisionLink | null;
}
/** Six replacements back from the decision in force (GraphQL selections cannot recurse). */
const TSA_OF = graphql(`
  query EngineTsaOf($pin: String!) {
    person(pin: $pin) {
      household {
        id
        assistance {
          id status periodFrom periodTo monthlyAmount benefitType { code } beneficiary { pin }
          decision {
            id subject { pin } inputs { factId }
            application { submittedAt }
            replaces { application { submittedAt } replaces { application { submittedAt } replaces { application { submittedAt } replaces {
              application { submittedAt } replaces { application { submittedAt } replaces { application { submittedAt } } } } } } }
          }
        }
      }
    }
  }
`);

/** The day the household was first assessed for this term: the application's, Baku time. */
const assessmentDateOf = (decision: DecisionLink): string | null => {
  for (let link: DecisionLink | null | undefined = decision; link; link = link.replaces) if (link.application) return registryToday(new Date(link.application.submittedAt));
  return null;
};

interface CurrentTsa {
  readonly assessedOn: string;
  readonly id: string;
  readonly monthlyAmount: string;
  readonly periodFrom: string;
  readonly periodTo: string | null;
  readonly beneficiaryPin: string;
  readonly decisionId: string;
  readonly subjectPin: string;
  /** The facts the decision in force used. */
  readonly inputFactIds: ReadonlySet<string>;
}

/**
 * The person's household and its TSA assignment still paying on `on` (ACTIVE, its period covering
 * the day), in ONE request: most INCOME facts are about people without TSA, and cost only this.
 */
const tsaPayingOn = async (client: GatewayClient, pin: string, on: string): Promise<{ householdId: string; tsa: CurrentTsa } | null> => {
  const { person } = await client.request(TSA_OF, { pin });
  const household = person?.household;
  const tsa = household?.assistance.find((a) => a.benefitType.code === 'TSA' && a.status === 'ACTIVE' && a.periodFrom <= on && (a.periodTo == null || a.periodTo >= on));
  const decision = tsa?.decision;
  const assessedOn = decision ? assessmentDateOf(decision) : null;
  if (!household || !tsa || !decision || !assessedOn) return null;
  return {
    householdId: household.id,
    tsa: { assessedOn, id: tsa.id, monthlyAmount: tsa.monthlyAmount ?? '0.00', periodFrom: tsa.periodFrom, periodTo: tsa.periodTo ?? null, beneficiaryPin: tsa.beneficiary.pin, decisionId: decision.id, subjectPin: decision.subject.pin, inputFactIds: new Set(decision.inputs.flatMap((i) => (i.factId ? [i.factId] : []))) },
  };
};

const monthlyOf = (result: RuleResult): number => (result.outcome === 'GRANTED' && result.monthlyAmount ? parseMoney(result.monthlyAmount) : 0);

/**
 * An INCOME or STUDENT fact (an agency's, or one the person declared) about a member of a household
 * paid TSA: the household is assessed again from today's facts, for the rest of the term from the
 * first day of next month, with the application's own income window (so only changed facts change
 * the amount, never the passing of time). A self-declared fact may
 * lower the amount, never raise it (rules/self-declared.ts). A changed amount is a new decision that
 * replaces the current one (key `TSA:reassess:<replaced decision>`, so every job of one report
 * records it once), with an SMS; the current assignment ends on the last day of this month.
 */
export const reassessTsa = async (ctx: EngineContext, subjectPin: string, factId: string): Promise<RecordedOutcome | undefined> => {
  const today = ctx.today();
  const from = `${addMonthsToMonth(monthOf(today), 1)}-01`;
  const paying = await tsaPayingOn(ctx.client, subjectPin, from);
  if (!paying) return undefined;
  const { householdId, tsa } = paying;
  // A fact the decision in force already used did not arrive during the term (its job ran late):
  // nothing to re-assess, and a correction of it is re-decided by its own job (superseded-facts.ts).
  if (tsa.inputFactIds.has(factId)) return undefined;
  // The same assessment as the application's (its income window, the rule in force then), on the
  // facts as the registry knows them today and the household as it is today: only what changed in
  // the facts changes the amount, never the passing of time.
  const window = { knownAt: ctx.now(), validFrom: `${addMonthsToMonth(monthOf(tsa.assessedOn), -13)}-01` };
  const household = await collectHousehold(ctx.client, householdId, { asOf: today, ...window });
  // The household as declared (joins, leaves) and as agencies and accepted reviews have it.
  const households = await householdsToAssess(ctx, householdId, household.members, today, window);
  const decide = (members: readonly RuleMember[]) => rules.tsa({ householdId, applicationDate: tsa.assessedOn, members });
  const all = decide(households.declared);
  const decided = withoutRaisingOnDeclarations(household.members, decide, households);
  if (!decided || !all) return undefined;
  const previousQ = parseMoney(tsa.monthlyAmount);
  const newQ = monthlyOf(decided);
  // A declaration that would raise the amount is never applied on the citizen's word: a review.
  if (monthlyOf(all) > Math.max(newQ, previousQ) && households.declaredIds.length > 0) {
    await openReview(ctx, { decisionId: tsa.decisionId, subjectPin, householdId, regionCode: household.regionCode, factIds: households.declaredIds, currentAmount: tsa.monthlyAmount, declaredAmount: formatQepik(monthlyOf(all)) });
  }
  if (newQ === previousQ) return undefined;
  // A raise comes only from agency facts (or an accepted review): the reviews it settles are CONFIRMED.
  if (newQ > previousQ) await confirmReviews(ctx, households.reviews, tsa.decisionId);
  const to = tsa.periodTo;
  const end = addDays(from, -1);
  // The rule's own term and grant steps describe a new term; a re-assessment keeps the current one.
  const kept = decided.steps.filter((s) => s.code !== 'TSA_TERM' && s.code !== 'TSA_GRANTED');
  const withheld = monthlyOf(all) > newQ ? [step('TSA_DECLARATION_NOT_RAISING', 'A self-declared change would raise the amount: it counts once an agency confirms it.', 'not counted')] : [];
  const closing =
    decided.outcome === 'GRANTED'
      ? step('TSA_REASSESSED', `Re-assessed: ${formatQepik(newQ)} AZN a month from ${from} to ${to ?? 'the end of the term'} (was ${tsa.monthlyAmount}).`, formatQepik(newQ), { amount: formatQepik(newQ), from, to: to ?? '', previous: tsa.monthlyAmount })
      : step('TSA_REASSESSED_ENDED', `Re-assessed: the assistance (${tsa.monthlyAmount} AZN a month) ends on ${end}.`, 'REFUSED', { previous: tsa.monthlyAmount, to: end });
  const replacement: RuleResult = {
    ...decided,
    effectiveDate: from,
    period: decided.outcome === 'GRANTED' ? { from, to } : null,
    steps: [...kept, ...withheld, closing],
  };
  const recorded = await recordOutcome(ctx, replacement, {
    key: `TSA:reassess:${tsa.decisionId}`,
    subjectPin: tsa.subjectPin,
    beneficiaryPin: tsa.beneficiaryPin,
    householdId,
    replacesId: tsa.decisionId,
    regionCode: household.regionCode,
    notifyRefusal: true,
  });
  // Replaced again before it began (a second change this month): it ends on its first day, ENDED, never paid.
  await endAssignment(ctx, tsa.id, 'REPLACED', end < tsa.periodFrom ? tsa.periodFrom : end);
  return recorded;
};

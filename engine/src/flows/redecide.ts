import { registryToday, type FactKind } from '@usr/shared';
import { collectHousehold, collectPerson, toRuleFact } from '../collect/index.ts';
import type { EngineContext } from '../context.ts';
import { found } from '../gateway-client.ts';
import { graphql } from '../generated/gql.ts';
import type { EngineRedecisionQuery } from '../generated/graphql.ts';
import { addDays, addMonthsToMonth, formatQepik, monthOf, monthsBetween, parseMoney, rules, type ActiveTsa, type RuleFact, type RuleResult } from '../rules/index.ts';
import { stepsOf } from '../rules/explain.ts';
import { endAssignment } from './end-assignment.ts';
import { notify, recordOutcome } from './record-outcome.ts';
import { householdAtDeath } from './survivors.ts';

/** Why a decision is decided again: an appeal, or a fact it used that was superseded. */
export type RedecisionCause = { readonly kind: 'APPEAL'; readonly appealId: string } | { readonly kind: 'FACT'; readonly factId: string };

export interface Redecision {
  readonly decisionId: string;
  /** False when today's facts give the same outcome and amounts: nothing was recorded. */
  readonly changed: boolean;
  /** False when the benefit is not re-decided automatically (see `recompute`). */
  readonly supported: boolean;
  readonly replacementId: string | null;
  readonly arrears: string;
  readonly overpayment: string;
}

/** A decision as the engine re-decides it. */
type DecisionView = NonNullable<EngineRedecisionQuery['decision']>;

/** The step a re-decision adds to the rule's steps: it has a text `step.<CODE>` in every catalogue. */
export const REDECISION_STEP_CODES = ['REDECISION_CORRECTION'] as const;
const step = stepsOf(REDECISION_STEP_CODES);

const DECISION = graphql(`
  query EngineRedecision($id: ID!) {
    decision(id: $id) {
      id decidedAt effectiveDate outcome ruleVersion monthlyAmount oneTimeAmount benefitType { code } subject { pin } household { id }
      application { submittedAt } inputs { kind subject { pin } }
      assignment { id status periodFrom periodTo beneficiary { pin } payments { month amount status } }
    }
  }
`);
const OVERPAYMENT = graphql(`
  mutation EngineOverpayment($input: RecordOverpaymentInput!) { recordOverpayment(input: $input) { created } }
`);

const STANDING_FACT = graphql(`
  query EngineStandingFact($pin: String!, $filter: FactFilter) { person(pin: $pin) { facts(filter: $filter, page: { limit: 100 }) { items { ...EngineRuleFact } } } }
`);
const TSA_ON_DAY = graphql(`
  query EngineTsaOnDay($id: ID!) { household(id: $id) { assistance { id status periodFrom periodTo benefitType { code } beneficiary { pin } } } }
`);

/** The fact of a kind about a person that stands today (the latest recorded, none superseded). */
const standingFact = async (ctx: EngineContext, pin: string, kind: string): Promise<RuleFact | undefined> => {
  const person = found((await ctx.client.request(STANDING_FACT, { pin, filter: { kinds: [kind as FactKind] } })).person, 'The person');
  return person.facts.items.map(toRuleFact).sort((a, b) => a.recordedAt.localeCompare(b.recordedAt)).at(-1);
};

/**
 * The TSA the child-under-one allowance rode on, on the day it was decided: the household's TSA
 * assignment covering that day (a renewal after its term does not extend it).
 */
const tsaOnDay = async (ctx: EngineContext, householdId: string, on: string): Promise<ActiveTsa | null> => {
  const household = found((await ctx.client.request(TSA_ON_DAY, { id: householdId })).household, 'The household');
  const tsa = household.assistance.filter((a) => a.benefitType.code === 'TSA');
  const covering = tsa.filter((a) => a.periodFrom <= on && (a.periodTo === null || a.periodTo >= on)).sort((a, b) => Number(b.status === 'ACTIVE') - Number(a.status === 'ACTIVE'))[0];
  if (!covering) return null;
  // A TSA replaced since (re-decided) ended early; its replacement, the next one paying, keeps the term.
  const successor = covering.status === 'ACTIVE' ? covering : tsa.filter((a) => a.status === 'ACTIVE' && a.periodFrom >= covering.periodFrom).sort((a, b) => a.periodFrom.localeCompare(b.periodFrom))[0];
  return { assignmentId: covering.id, beneficiaryPin: covering.beneficiary.pin, periodFrom: covering.periodFrom, periodTo: (successor ?? covering).periodTo };
};

/**
 * The decision's rule, run again with today's knowledge of the facts, on the decision's own date (a
 * TSA application's date, a proactive decision's day), with the rule version in force on it.
 * Every benefit is re-decided: TSA from the household; old-age pension and disability from the
 * person; the survivor's pension from the deceased's standing DEATH fact and record; the birth grant
 * (by the decision's own rule version, so a birth date moved before the grant existed is refused)
 * and the child-under-one allowance from the child's standing BIRTH fact. Undefined for a benefit
 * the engine does not know.
 */
const recompute = async (ctx: EngineContext, decision: DecisionView): Promise<{ result: RuleResult; regionCode: string | null } | undefined> => {
  const decidedOn = registryToday(new Date(decision.decidedAt));
  const code = decision.benefitType.code;
  const knownNow = { knownAt: ctx.now(), validFrom: '1900-01-01' };
  if (code === 'TSA' && decision.household) {
    const on = decision.application ? registryToday(new Date(decision.application.submittedAt)) : decision.effectiveDate;
    const household = await collectHousehold(ctx.client, decision.household.id, { asOf: on, knownAt: ctx.now(), validFrom: `${addMonthsToMonth(monthOf(on), -13)}-01` });
    const result = rules.tsa({ householdId: household.id, applicationDate: on, members: household.members });
    return result && { result, regionCode: household.regionCode };
  }
  if (code === 'OLD_AGE_PENSION' || code === 'DISABILITY_PENSION' || code === 'DISABILITY_ALLOWANCE') {
    const person = await collectPerson(ctx.client, decision.subject.pin, knownNow);
    const result = code === 'OLD_AGE_PENSION' ? rules.oldAgePension({ person, facts: person.facts }, decidedOn) : rules.disability({ person, facts: person.facts }, decidedOn);
    // The rules return a refusal when the right no longer arises: the grant is then withdrawn.
    return result && { result, regionCode: null };
  }
  if (code === 'SURVIVOR_PENSION') {
    const deceasedPin = decision.inputs.find((i) => i.kind === 'DEATH' && i.subject)?.subject?.pin;
    if (!deceasedPin) return undefined;
    const [deceased, dependant, deathFact] = await Promise.all([
      collectPerson(ctx.client, deceasedPin, knownNow),
      collectPerson(ctx.client, decision.subject.pin, knownNow),
      standingFact(ctx, deceasedPin, 'DEATH'),
    ]);
    const deathDate = deathFact?.validFrom ?? deceased.deathDate;
    // The survivor's kinship and the household decide which dependant the law names, as at the first decision.
    const atDeath = decision.household && deathDate ? await householdAtDeath(ctx, decision.household.id, deceasedPin, deathDate) : undefined;
    const survivor = atDeath?.survivors.find((s) => s.person.pin === dependant.pin);
    const kin = atDeath && survivor ? { kinship: survivor.kinship, dependantFacts: dependant.facts, household: atDeath.survivors } : {};
    const result = rules.survivorPension({ deceased: { ...deceased, deathDate }, deceasedFacts: deceased.facts, dependant, ...kin, ...(deathFact ? { deathFact } : {}) });
    return result && { result, regionCode: null };
  }
  if (code === 'BIRTH_GRANT' || code === 'CHILD_UNDER_ONE') {
    const childPin = decision.subject.pin;
    const birthFact = await standingFact(ctx, childPin, 'BIRTH');
    if (!birthFact) return undefined;
    const birthDate = birthFact.validFrom;
    if (code === 'BIRTH_GRANT') {
      const result = rules.birthGrant({ childPin, birthDate, motherPin: String(birthFact.value['motherPin']), birthFact }, decidedOn, decision.ruleVersion);
      return result && { result, regionCode: null };
    }
    const tsa = decision.household ? await tsaOnDay(ctx, decision.household.id, decidedOn) : null;
    const result = rules.childUnderOne({ childPin, birthDate, tsa, birthFact }, decidedOn);
    return result && { result, regionCode: null };
  }
  return undefined;
};

/** Benefits whose term follows a fact (a birthday, a death): a corrected date moves the term's end. */
const TERM_FOLLOWS_FACTS = new Set(['SURVIVOR_PENSION', 'CHILD_UNDER_ONE']);

const sameOutcome = (decision: DecisionView, result: RuleResult): boolean =>
  decision.outcome === result.outcome &&
  (decision.monthlyAmount ?? null) === (result.monthlyAmount ?? null) &&
  (decision.oneTimeAmount ?? null) === (result.oneTimeAmount ?? null) &&
  !(TERM_FOLLOWS_FACTS.has(decision.benefitType.code) && decision.assignment?.status === 'ACTIVE' && result.period !== null && result.period.to !== decision.assignment.periodTo);

/**
 * Re-decides a decision in force on today's facts. Same outcome and amounts: nothing is recorded.
 * Otherwise ONE replacement decision (key `REDECIDE:<decisionId>:<cause>`, `replacesId` the
 * decision) with the rule's steps and a REDECISION_CORRECTION step: per month since the
 * assignment began, what was paid against what is now due; arrears are its one-time amount, an
 * overpayment becomes a balance to recover from later payments (payments' recordOverpayment, keyed
 * by the replacement). The old assignment ends (REPLACED) at the end of the last month paid; the
 * replacement's assignment pays the new amount from the month after. An SMS explains it. Every
 * step is idempotent, so a retried job records nothing twice.
 */
export const redecide = async (ctx: EngineContext, decisionId: string, cause: RedecisionCause): Promise<Redecision> => {
  const decision = found((await ctx.client.request(DECISION, { id: decisionId })).decision, 'The decision');
  const none = { decisionId, replacementId: null, arrears: '0.00', overpayment: '0.00' };
  const recomputed = await recompute(ctx, decision);
  if (!recomputed) return { ...none, changed: false, supported: false };
  const { result } = recomputed;
  if (sameOutcome(decision, result)) return { ...none, changed: false, supported: true };

  const today = ctx.today();
  const thisMonth = monthOf(today);
  const assignment = decision.assignment;
  // Months already paid (or due) under the old assignment are settled here; the new one pays after.
  const paidThisMonth = assignment?.payments.some((p) => p.month === thisMonth && p.status !== 'RETURNED') ?? false;
  const firstNewMonth = paidThisMonth ? addMonthsToMonth(thisMonth, 1) : thisMonth;
  const lastSettled = addMonthsToMonth(firstNewMonth, -1);
  // A one-time grant is due once, in the month of its one-month period.
  const dueAmount = result.monthlyAmount ?? result.oneTimeAmount;
  const dueQ = result.outcome === 'GRANTED' && dueAmount ? parseMoney(dueAmount) : 0;
  let arrearsQ = 0;
  let overQ = 0;
  const lines: string[] = [];
  if (assignment && monthOf(assignment.periodFrom) <= lastSettled) {
    for (const month of monthsBetween(monthOf(assignment.periodFrom), lastSettled)) {
      const inNew = result.period !== null && monthOf(result.period.from) <= month && (result.period.to === null || monthOf(result.period.to) >= month);
      const due = inNew ? dueQ : 0;
      const paid = assignment.payments.filter((p) => p.month === month && p.status !== 'RETURNED').reduce((sum, p) => sum + parseMoney(p.amount), 0);
      if (paid === 0 && month >= thisMonth) continue;
      if (due > paid) arrearsQ += due - paid;
      else overQ += paid - due;
      lines.push(`${month}: ${formatQepik(due)} − ${formatQepik(paid)}`);
    }
  }
  const arrears = formatQepik(arrearsQ);
  const overpayment = formatQepik(overQ);
  const why = cause.kind === 'APPEAL' ? 'APPEAL' : 'FACT_CORRECTED';
  const correction = step(
    'REDECISION_CORRECTION',
    `Decided again on today's facts (${why === 'APPEAL' ? 'an appeal' : 'a corrected fact'}): ${lines.length} month(s) paid compared with what is now due; arrears ${arrears} AZN, overpayment ${overpayment} AZN.`,
    formatQepik(arrearsQ - overQ),
    { cause: why, months: lines.length, arrears, overpayment, from: `${firstNewMonth}-01` },
    lines.join('; ') || null,
  );
  const continues = result.outcome === 'GRANTED' && result.period !== null && (result.period.to === null || result.period.to >= `${firstNewMonth}-01`);
  const replacement: RuleResult = {
    ...result,
    steps: [...result.steps, correction],
    oneTimeAmount: arrearsQ > 0 ? arrears : result.oneTimeAmount,
    period: continues && result.period ? { from: result.period.from > `${firstNewMonth}-01` ? result.period.from : `${firstNewMonth}-01`, to: result.period.to } : null,
  };
  const beneficiaryPin = assignment?.beneficiary.pin ?? decision.subject.pin;
  const recorded = await recordOutcome(ctx, replacement, {
    key: `REDECIDE:${decision.id}:${cause.kind === 'APPEAL' ? `appeal:${cause.appealId}` : `fact:${cause.factId}`}`,
    subjectPin: decision.subject.pin,
    beneficiaryPin,
    householdId: decision.household?.id ?? null,
    replacesId: decision.id,
    regionCode: recomputed.regionCode,
    silent: true,
  });
  if (assignment && (assignment.status === 'ACTIVE' || assignment.status === 'SUSPENDED')) {
    let end = addDays(`${firstNewMonth}-01`, -1);
    if (assignment.periodTo != null && assignment.periodTo < end) end = assignment.periodTo;
    if (end < assignment.periodFrom) end = assignment.periodFrom;
    await endAssignment(ctx, assignment.id, 'REPLACED', end);
  }
  if (overQ > 0) {
    await ctx.client.request(OVERPAYMENT, { input: { decisionId: recorded.decisionId, debtorPin: beneficiaryPin, benefitCode: result.benefitCode, amount: overpayment } });
  }
  await notify(
    ctx,
    `redecided:${recorded.decisionId}`,
    beneficiaryPin,
    result.outcome === 'GRANTED' && continues ? 'REDECIDED' : 'REDECIDED_STOPPED',
    { benefitCode: result.benefitCode, amount: result.monthlyAmount ?? '0.00', from: `${firstNewMonth}-01`, arrears, overpayment, reasonCode: result.reasonCode },
    recorded.decisionId,
  );
  return { decisionId, changed: true, supported: true, replacementId: recorded.decisionId, arrears, overpayment };
};

import { collectPerson, householdOf, toRuleFact } from '../collect/index.ts';
import type { EngineContext } from '../context.ts';
import type { FactToDecide } from '@usr/shared';
import { found, type GatewayClient } from '../gateway-client.ts';
import { graphql } from '../generated/gql.ts';
import { applyVitalEvent, isVitalEvent } from '../vital-events.ts';
import { addDays, ageOn, rules, type ActiveTsa, type RuleFact } from '../rules/index.ts';
import { decideChildUnderOne } from './child-under-one.ts';
import { endAssignment } from './end-assignment.ts';
import { reassessTsa } from './reassess-tsa.ts';
import { recordOutcome, type RecordedOutcome } from './record-outcome.ts';
import type { Redecision } from './redecide.ts';
import { redecideUsersOfSuperseded } from './superseded-facts.ts';
import { householdAtDeath } from './survivors.ts';

const FACT = graphql(`
  query EngineFact($id: ID!) { fact(id: $id) { ...EngineRuleFact supersededBy { id } } }
`);
const ASSISTANCE = graphql(`
  query EngineAssistance($id: ID!) { household(id: $id) { assistance { id status periodFrom periodTo benefitType { code } beneficiary { pin } } } }
`);
const REGION = graphql(`
  query EngineRegion($id: ID!) { household(id: $id) { region { code } } }
`);
const DECEASED = graphql(`
  query EngineDeceased($pin: String!) { person(pin: $pin) { benefits(status: ACTIVE) { id periodFrom benefitType { code } } memberships { from to household { id } } } }
`);

export interface FactOutcome {
  readonly decisions: readonly RecordedOutcome[];
  readonly ended: number;
  /** Decisions decided again because this fact superseded one they used. */
  readonly redecided: readonly Redecision[];
}

/**
 * facts.ingested: a vital event first updates the population register and the households
 * (idempotent by fact id), then everyone the fact touches is re-evaluated for the proactive
 * benefits: the subject; the mother for a birth (birth grant, child under one in a TSA family); the
 * dependants for a death (survivor pension; the deceased's own assignments end). A newly arising
 * right is recorded the same day; replays find every key recorded and write nothing.
 */
export const onFactIngested = async (ctx: EngineContext, job: FactToDecide): Promise<FactOutcome> => {
  const graphFact = found((await ctx.client.request(FACT, { id: job.factId })).fact, 'The fact');
  const decisions: RecordedOutcome[] = [];
  let ended = 0;
  // A fact corrected since it was queued is re-evaluated by its correction's own job.
  if (graphFact.supersededBy) return { decisions, ended, redecided: [] };
  if (isVitalEvent(graphFact.kind)) await applyVitalEvent(ctx.client, { factId: graphFact.id, kind: graphFact.kind, subjectPin: graphFact.subject.pin });
  const fact = toRuleFact(graphFact);
  let redecided: Redecision[] | undefined;
  const keep = (d: RecordedOutcome | undefined) => {
    if (d) decisions.push(d);
  };
  if (fact.kind === 'BIRTH') for (const d of await onBirth(ctx, fact)) keep(d);
  else if (fact.kind === 'DEATH') {
    const death = await onDeath(ctx, fact);
    ended += death.ended;
    for (const d of death.decisions) keep(d);
  } else if (fact.kind === 'DISABILITY') {
    // A corrected determination re-decides the decision it fed (below) instead of granting again.
    if (!(job.outcome === 'SUPERSEDED' && (redecided = await redecideUsersOfSuperseded(ctx, graphFact)).length > 0)) keep(await onDisability(ctx, fact));
  }
  else if (fact.kind === 'INSURED_YEARS') keep(await decideOldAgePension(ctx, fact.subjectPin, ctx.today()));
  // Income, study, household changes and care (an agency's, or a change the person reported) re-assess a TSA being paid; a
  // correction of a fact a decision used is decided again below instead (never both).
  else if (fact.kind === 'INCOME' || fact.kind === 'STUDENT' || fact.kind === 'HOUSEHOLD_CHANGE' || fact.kind === 'CARE') {
    if (!(job.outcome === 'SUPERSEDED' && (redecided = await redecideUsersOfSuperseded(ctx, graphFact)).length > 0)) keep(await reassessTsa(ctx, fact.subjectPin, graphFact.id));
  }
  // Other kinds give no proactive right.
  // A correction: the decisions that used the fact it superseded are decided again, today.
  if (job.outcome === 'SUPERSEDED' && redecided === undefined) redecided = await redecideUsersOfSuperseded(ctx, graphFact);
  return { decisions, ended, redecided: redecided ?? [] };
};

/** The ACTIVE TSA assignment of a household on a date, if any. */
export const activeTsaOf = async (client: GatewayClient, householdId: string, on: string): Promise<ActiveTsa | null> => {
  const household = found((await client.request(ASSISTANCE, { id: householdId })).household, 'The household');
  const tsa = household.assistance.find((a) => a.benefitType.code === 'TSA' && a.status === 'ACTIVE' && a.periodFrom <= on && (a.periodTo == null || a.periodTo >= on));
  return tsa ? { assignmentId: tsa.id, beneficiaryPin: tsa.beneficiary.pin, periodFrom: tsa.periodFrom, periodTo: tsa.periodTo ?? null } : null;
};

const regionOf = async (client: GatewayClient, householdId: string): Promise<string> => {
  return found((await client.request(REGION, { id: householdId })).household, 'The household').region.code;
};

const onBirth = async (ctx: EngineContext, fact: RuleFact): Promise<(RecordedOutcome | undefined)[]> => {
  const childPin = fact.subjectPin;
  const motherPin = String(fact.value['motherPin']);
  const birthDate = fact.validFrom;
  const householdId = await householdOf(ctx.client, motherPin);
  const regionCode = householdId ? await regionOf(ctx.client, householdId) : null;
  const out: (RecordedOutcome | undefined)[] = [];
  const grant = rules.birthGrant({ childPin, birthDate, motherPin, birthFact: fact }, ctx.today());
  if (grant?.outcome === 'GRANTED') {
    out.push(await recordOutcome(ctx, grant, { key: `BIRTH_GRANT:birth:${childPin}`, subjectPin: childPin, beneficiaryPin: motherPin, householdId, regionCode }));
  }
  if (householdId) {
    const tsa = await activeTsaOf(ctx.client, householdId, ctx.today());
    if (tsa) out.push(await decideChildUnderOne(ctx, { childPin, birthDate, tsa, householdId, regionCode, birthFact: fact }));
  }
  return out;
};

const onDeath = async (ctx: EngineContext, fact: RuleFact): Promise<{ decisions: RecordedOutcome[]; ended: number }> => {
  const pin = fact.subjectPin;
  const deathDate = fact.validFrom;
  const person = found((await ctx.client.request(DECEASED, { pin })).person, 'The person');
  let ended = 0;
  for (const assignment of person.benefits) {
    const changed = await endAssignment(ctx, assignment.id, 'DEATH', assignment.periodFrom > deathDate ? assignment.periodFrom : deathDate);
    if (changed) ended += 1;
  }
  // The household the deceased lived in on the day of death (the membership may be closed by now).
  const membership = person.memberships.find((m) => m.from <= deathDate && (m.to == null || m.to >= addDays(deathDate, -1)) && m.household);
  const decisions: RecordedOutcome[] = [];
  if (!membership?.household) return { decisions, ended };
  const atDeath = await householdAtDeath(ctx, membership.household.id, pin, deathDate);
  if (!atDeath) return { decisions, ended };
  const { household, deceased, alive } = atDeath;
  const deceasedPerson = { ...deceased.person, deathDate };
  const guardian = alive.filter((m) => ageOn(m.person.birthDate, deathDate) >= 18).sort((a, b) => rank(a.relation) - rank(b.relation))[0];
  // Every survivor is assessed: the rule decides which dependants the law names (children, students,
  // a spouse or parent of pension age or disabled, one carer of young children, ...).
  const survivorsByKin = atDeath.survivors;
  for (const survivor of survivorsByKin) {
    const result = rules.survivorPension({ deceased: deceasedPerson, deceasedFacts: deceased.facts, dependant: survivor.person, kinship: survivor.kinship, dependantFacts: survivor.facts, household: survivorsByKin, deathFact: fact });
    if (result?.outcome !== 'GRANTED') continue;
    // A minor's pension is paid to the guardian; an adult dependant is paid themself.
    const minor = ageOn(survivor.person.birthDate, deathDate) < 18;
    decisions.push(
      await recordOutcome(ctx, result, {
        key: `SURVIVOR_PENSION:${survivor.person.pin}:${pin}`,
        subjectPin: survivor.person.pin,
        beneficiaryPin: minor ? (guardian?.person.pin ?? survivor.person.pin) : survivor.person.pin,
        householdId: household.id,
        regionCode: household.regionCode,
      }),
    );
  }
  return { decisions, ended };
};

const RELATION_RANK = ['SPOUSE', 'HEAD', 'PARENT', 'GRANDPARENT', 'SIBLING', 'CHILD', 'OTHER_RELATIVE', 'GRANDCHILD', 'NON_RELATIVE'];
const rank = (relation: string) => {
  const i = RELATION_RANK.indexOf(relation);
  return i < 0 ? RELATION_RANK.length : i;
};

const onDisability = async (ctx: EngineContext, fact: RuleFact): Promise<RecordedOutcome | undefined> => {
  const today = ctx.today();
  const person = await collectPerson(ctx.client, fact.subjectPin, { knownAt: ctx.now(), validFrom: '1900-01-01' });
  if (person.deathDate) return undefined;
  const result = rules.disability({ person, facts: person.facts }, today);
  if (result?.outcome !== 'GRANTED') return undefined;
  const householdId = await householdOf(ctx.client, person.pin);
  const regionCode = householdId ? await regionOf(ctx.client, householdId) : null;
  return recordOutcome(ctx, result, { key: `${result.benefitCode}:${person.pin}:${fact.id}`, subjectPin: person.pin, householdId, regionCode });
};

/** Old-age pension for a person on `on` (fact-driven or by the sweep), keyed `OLD_AGE_PENSION:<pin>`. */
export const decideOldAgePension = async (ctx: EngineContext, pin: string, on: string): Promise<RecordedOutcome | undefined> => {
  const person = await collectPerson(ctx.client, pin, { knownAt: ctx.now(), validFrom: '1900-01-01' });
  if (person.deathDate) return undefined;
  const result = rules.oldAgePension({ person, facts: person.facts }, on);
  if (result?.outcome !== 'GRANTED') return undefined;
  const householdId = await householdOf(ctx.client, pin);
  const regionCode = householdId ? await regionOf(ctx.client, householdId) : null;
  return recordOutcome(ctx, result, { key: `OLD_AGE_PENSION:${pin}`, subjectPin: pin, householdId, regionCode });
};

import { collectHousehold, collectPerson, FACT_FIELDS, householdOf, toRuleFact, type GraphFact } from '../collect/index.ts';
import type { EngineContext } from '../context.ts';
import type { FactIngestedJob } from '@usr/shared';
import type { GatewayClient } from '../gateway-client.ts';
import { applyVitalEvent, isVitalEvent } from '../vital-events.ts';
import { addDays, addMonthsToMonth, ageOn, monthOf, rules, type ActiveTsa, type RuleFact } from '../rules/index.ts';
import { decideChildUnderOne } from './child-under-one.ts';
import { endAssignment } from './end-assignment.ts';
import { reassessTsa } from './reassess-tsa.ts';
import { recordOutcome, type RecordedOutcome } from './record-outcome.ts';
import type { Redecision } from './redecide.ts';
import { redecideUsersOfSuperseded } from './superseded-facts.ts';


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
export const onFactIngested = async (ctx: EngineContext, job: FactIngestedJob): Promise<FactOutcome> => {
  const { fact: graphFact } = await ctx.client.request<{ fact: GraphFact & { supersededBy: { id: string } | null } }>(
    `query EngineFact($id: ID!) { fact(id: $id) { ${FACT_FIELDS} supersededBy { id } } }`,
    { id: job.factId },
  );
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
  // Income and study (an agency's, or a change the person reported) re-assess a TSA being paid; a
  // correction of a fact a decision used is decided again below instead (never both).
  else if (fact.kind === 'INCOME' || fact.kind === 'STUDENT' || fact.kind === 'HOUSEHOLD_CHANGE') {
    if (!(job.outcome === 'SUPERSEDED' && (redecided = await redecideUsersOfSuperseded(ctx, graphFact)).length > 0)) keep(await reassessTsa(ctx, fact.subjectPin, graphFact.id));
  }
  // Other kinds give no proactive right.
  // A correction: the decisions that used the fact it superseded are decided again, today.
  if (job.outcome === 'SUPERSEDED' && redecided === undefined) redecided = await redecideUsersOfSuperseded(ctx, graphFact);
  return { decisions, ended, redecided: redecided ?? [] };
};

/** The ACTIVE TSA assignment of a household on a date, if any. */
export const activeTsaOf = async (client: GatewayClient, householdId: string, on: string): Promise<ActiveTsa | null> => {
  const { household } = await client.request<{ household: { assistance: { id: string; status: string; periodFrom: string; periodTo: string | null; benefitType: { code: string }; beneficiary: { pin: string } }[] } }>(
    `query EngineAssistance($id: ID!) { household(id: $id) { assistance { id status periodFrom periodTo benefitType { code } beneficiary { pin } } } }`,
    { id: householdId },
  );
  const tsa = household.assistance.find((a) => a.benefitType.code === 'TSA' && a.status === 'ACTIVE' && a.periodFrom <= on && (a.periodTo === null || a.periodTo >= on));
  return tsa ? { assignmentId: tsa.id, beneficiaryPin: tsa.beneficiary.pin, periodFrom: tsa.periodFrom, periodTo: tsa.periodTo } : null;
};

const regionOf = async (client: GatewayClient, householdId: string): Promise<string> => {
  const { household } = await client.request<{ household: { region: { code: string } } }>(`query EngineRegion($id: ID!) { household(id: $id) { region { code } } }`, { id: householdId });
  return household.region.code;
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

interface MembershipView {
  from: string;
  to: string | null;
  household: { id: string } | null;
}

const onDeath = async (ctx: EngineContext, fact: RuleFact): Promise<{ decisions: RecordedOutcome[]; ended: number }> => {
  const pin = fact.subjectPin;
  const deathDate = fact.validFrom;
  const { person } = await ctx.client.request<{ person: { benefits: { id: string; periodFrom: string; benefitType: { code: string } }[]; memberships: MembershipView[] } }>(
    `query EngineDeceased($pin: String!) { person(pin: $pin) { benefits(status: ACTIVE) { id periodFrom benefitType { code } } memberships { from to household { id } } } }`,
    { pin },
  );
  let ended = 0;
  for (const assignment of person.benefits) {
    const changed = await endAssignment(ctx, assignment.id, 'DEATH', assignment.periodFrom > deathDate ? assignment.periodFrom : deathDate);
    if (changed) ended += 1;
  }
  // The household the deceased lived in on the day of death (the membership may be closed by now).
  const membership = person.memberships.find((m) => m.from <= deathDate && (m.to === null || m.to >= addDays(deathDate, -1)) && m.household);
  const decisions: RecordedOutcome[] = [];
  if (!membership?.household) return { decisions, ended };
  const dayBefore = addDays(deathDate, -1);
  const validFrom = `${addMonthsToMonth(monthOf(deathDate), -13)}-01`;
  const household = await collectHousehold(ctx.client, membership.household.id, { asOf: dayBefore, knownAt: ctx.now(), validFrom });
  const deceased = household.members.find((m) => m.person.pin === pin);
  if (!deceased) return { decisions, ended };
  const deceasedPerson = { ...deceased.person, deathDate };
  const survivors = household.members.filter((m) => m.person.pin !== pin && m.person.deathDate === null);
  const guardian = survivors.filter((m) => ageOn(m.person.birthDate, deathDate) >= 18).sort((a, b) => rank(a.relation) - rank(b.relation))[0];
  for (const child of survivors.filter((m) => ageOn(m.person.birthDate, deathDate) < 18)) {
    const result = rules.survivorPension({ deceased: deceasedPerson, deceasedFacts: deceased.facts, dependant: child.person, deathFact: fact });
    if (result?.outcome !== 'GRANTED') continue;
    decisions.push(
      await recordOutcome(ctx, result, {
        key: `SURVIVOR_PENSION:${child.person.pin}:${pin}`,
        subjectPin: child.person.pin,
        beneficiaryPin: guardian?.person.pin ?? child.person.pin,
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

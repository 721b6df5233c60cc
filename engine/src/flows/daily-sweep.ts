import type pg from 'pg';
import type { EngineContext } from '../context.ts';
import { found } from '../gateway-client.ts';
import { graphql } from '../generated/gql.ts';
import type { EngineBornQuery } from '../generated/graphql.ts';
import { addDays, addYears } from '../rules/index.ts';
import { readParameter } from '../rules/parameters.ts';
import { endAssignment } from './end-assignment.ts';
import { activeTsaOf, decideOldAgePension } from './fact-ingested.ts';
import { renewTerms } from './renewal.ts';
import { notify } from './record-outcome.ts';
import { pageAssignments, type AssignmentRow } from './paging.ts';

export interface SweepSummary {
  readonly date: string;
  readonly since: string;
  readonly pensionCandidates: number;
  readonly pensionsGranted: number;
  readonly assignmentsEnded: number;
  /** TSA terms ending within `renewalDays`: re-assessed, renewed or not. */
  readonly renewalsConsidered: number;
  readonly renewed: number;
  readonly notRenewed: number;
}

const PAGE = 1000;

const ENDED_HOUSEHOLD = graphql(`
  query EngineEndedHousehold($id: ID!) { assignment(id: $id) { household { id } } }
`);
const BORN = graphql(`
  query EngineBorn($from: Date!, $to: Date!, $after: String, $limit: Int) {
    personsBornBetween(from: $from, to: $to, after: $after, limit: $limit) { items { pin birthDate deathDate } nextAfter }
  }
`);

/**
 * The daily sweep for day D: rights that arise by the calendar.
 * 1. Pension age reached since the last sweep: people born between (last sweep − pension age, D −
 *    pension age] are asked of the persons subgraph (keyset-paged by birth date and PIN, engine
 *    only) and decided (key `OLD_AGE_PENSION:<pin>`: replays write nothing).
 * 2. Renewal: TSA terms ending within `renewalDays` are re-assessed from fresh facts and renewed
 *    or not, with an SMS either way (renewal.ts).
 * 3. Terms over: ACTIVE assignments whose period ended before D (a TSA term, a child who turned
 *    one, a disability review date) are ended; TSA families get the recertification SMS.
 * The watermark (engine.sweep_run) makes a missed day caught up by the next sweep.
 */
export const dailySweep = async (ctx: EngineContext, db: pg.Pool, date: string): Promise<SweepSummary> => {
  const { rows } = await db.query<{ last: string | null }>(`select to_char(max(sweep_date), 'YYYY-MM-DD') as last from engine.sweep_run where finished_at is not null and sweep_date < $1`, [date]);
  const since = rows[0]?.last ?? addDays(date, -1);
  await db.query(`insert into engine.sweep_run (sweep_date) values ($1) on conflict (sweep_date) do update set started_at = now()`, [date]);

  const pensionAge = readParameter('OLD_AGE_PENSION', 'pensionAge', date).value;
  // Born after (since − age) and on or before (date − age): reached pension age in (since, date].
  const bornFrom = addDays(addYears(since, -pensionAge), 1);
  const bornTo = addYears(date, -pensionAge);
  let candidates = 0;
  let granted = 0;
  for await (const person of pagePersonsBornBetween(ctx, bornFrom, bornTo)) {
    candidates += 1;
    if (person.deathDate) continue;
    const outcome = await decideOldAgePension(ctx, person.pin, date);
    if (outcome?.created) granted += 1;
  }

  const renewal = await renewTerms(ctx, date);

  let ended = 0;
  for await (const assignment of pageAssignments(ctx, 'expiringAssignments', date, PAGE)) {
    const reason = assignment.benefitType.code === 'CHILD_UNDER_ONE' ? 'CHILD_TURNED_ONE' : 'TERM_EXPIRED';
    const to = assignment.periodTo ?? addDays(date, -1);
    // The SMS is queued (idempotent by key) before the term is ended: ending it takes it off this
    // list, so a sweep killed between the two would otherwise never queue its SMS.
    if (assignment.benefitType.code === 'TSA') await notifyTermEnded(ctx, assignment, to);
    if (await endAssignment(ctx, assignment.id, reason, to)) ended += 1;
  }
  const summary: SweepSummary = {
    date,
    since,
    pensionCandidates: candidates,
    pensionsGranted: granted,
    assignmentsEnded: ended,
    renewalsConsidered: renewal.considered,
    renewed: renewal.renewed,
    notRenewed: renewal.notRenewed,
  };
  await db.query(`update engine.sweep_run set finished_at = now(), summary = $2 where sweep_date = $1`, [date, JSON.stringify(summary)]);
  return summary;
};

/** "Apply again", unless the term was renewed (a TSA of the household runs on from the next day). */
const notifyTermEnded = async (ctx: EngineContext, assignment: AssignmentRow, to: string): Promise<void> => {
  const row = found((await ctx.client.request(ENDED_HOUSEHOLD, { id: assignment.id })).assignment, 'The assignment');
  if (row.household && (await activeTsaOf(ctx.client, row.household.id, addDays(to, 1)))) return;
  await notify(ctx, `TERM_ENDED:${assignment.id}`, assignment.beneficiary.pin, 'TERM_ENDED', { benefitCode: 'TSA', to });
};

type BornRow = EngineBornQuery['personsBornBetween']['items'][number];

async function* pagePersonsBornBetween(ctx: EngineContext, from: string, to: string): AsyncGenerator<BornRow> {
  if (from > to) return;
  let after: string | null = null;
  for (;;) {
    const { personsBornBetween: page }: EngineBornQuery = await ctx.client.request(BORN, { from, to, after, limit: PAGE });
    yield* page.items;
    after = page.nextAfter ?? null;
    if (!after) return;
  }
}

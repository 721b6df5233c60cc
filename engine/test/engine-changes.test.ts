import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { findBenefitType, parameterOn, registryToday } from '@usr/shared';
import { formatMoney } from '@usr/shared/i18n';
import { errorCodes, postGraphQL, type TestDatabase } from '@usr/shared/testing';
import type { RunningRegistry } from '../../test/support/registry.ts';
import type { EngineRuntime } from '../src/engine.ts';
import { applyApplication } from '../src/flows/apply-application.ts';
import { onCorrectionAnswered } from '../src/flows/correction-answered.ts';
import { onFactIngested } from '../src/flows/fact-ingested.ts';
import { onChangeReviewClosed } from '../src/flows/change-review.ts';
import { reassessTsa } from '../src/flows/reassess-tsa.ts';
import { addDays, addMonthsToMonth, monthOf } from '../src/rules/index.ts';
import { enginePin, incomeFacts, seedHousehold, submitFacts, engineRequest, startEngineTestbed, type EngineTestbed } from './support/engine-harness.ts';

/**
 * Issue 13 (items 2, 5, 6) through the real gateway with real tokens: a reported income lowers a
 * TSA being paid; an application past its deadline or whose decision failed surfaces to caseworkers
 * and auditors; the applicant withdraws an application and the engine never decides it; a
 * forwarded correction request gets its SMS.
 */
const AYSEL = '5AZK7P2';
let db: TestDatabase;
let registry: RunningRegistry;
let engine: EngineRuntime;
let sql: pg.Pool;
const today = registryToday();
const need = parameterOn(findBenefitType('TSA')?.parameters.find((p) => p.name === 'needCriterion') ?? { name: '', unit: 'MONTHS', description: '', values: [] }, today)?.value ?? 0;

const asEngine = <D>(query: string, variables: Record<string, unknown> = {}) => engineRequest(registry)<D>(query, variables);
const asUser = async <D>(username: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  postGraphQL<D>(registry.gatewayUrl, query, variables, { authorization: `Bearer ${await registry.userToken(username)}`, ...headers });
const count = async (table: string, where = 'true', params: unknown[] = []) => Number((await sql.query<{ n: string }>(`select count(*) as n from ${table} where ${where}`, params)).rows[0]?.n);
const PURPOSE = { 'x-purpose-of-use': 'TSA_APPLICATION_ASSESSMENT' };

let testbed: EngineTestbed | undefined;
beforeAll(async () => {
  testbed = await startEngineTestbed('engine_recourse', inject('adminDatabaseUrl'), inject('keycloakUrl'));
  ({ db, registry, runtime: engine, sql } = testbed);
});

afterAll(async () => {
  await testbed?.stop();
});

interface Assignment { id: string; status: string; periodFrom: string; periodTo: string | null; monthlyAmount: string; benefitType: { code: string }; decision: { id: string; replaces: { id: string } | null; steps: { code: string | null; result: string; plain: string }[]; inputs: { kind: string; summary: string }[] } }
const householdOf = async (pin: string) => (await sql.query<{ household_id: string }>(`select household_id from households.membership where person_pin = $1 and valid_to is null`, [pin])).rows[0]?.household_id ?? '';
const tsaOf = async (householdId: string) =>
  (
    await asEngine<{ household: { assistance: Assignment[] } }>(
      `query($id: ID!) { household(id: $id) { assistance { id status periodFrom periodTo monthlyAmount benefitType { code } decision { id replaces { id } steps { code result plain(language: AZ) } inputs { kind summary } } } } }`,
      { id: householdId },
    )
  ).household.assistance.filter((a) => a.benefitType.code === 'TSA');

describe('a reported change re-assesses a TSA being paid', () => {
  let householdId = '';
  let granted = '';
  let firstDecision = '';
  let termEnd: string | null = null;

  it('a family is granted TSA on an application', async () => {
    const spouse = enginePin();
    householdId = await seedHousehold(db.url, [
      { pin: AYSEL, birthDate: '1988-03-03', sex: 'FEMALE', relation: 'HEAD', language: 'az' },
      { pin: spouse, birthDate: '1986-07-07', sex: 'MALE', relation: 'SPOUSE' },
      { pin: enginePin(), birthDate: '2016-01-01', relation: 'CHILD', phone: null },
    ]);
    await submitFacts(registry, 'taxes', incomeFacts(AYSEL, monthOf(today), 200));
    await submitFacts(registry, 'labour', [
      { subjectPin: AYSEL, kind: 'UNEMPLOYMENT', value: { office: 'Bakı 3 saylı məşğulluq mərkəzi' }, validFrom: '2024-01-01' },
      { subjectPin: spouse, kind: 'UNEMPLOYMENT', value: { office: 'Bakı 3 saylı məşğulluq mərkəzi' }, validFrom: '2024-01-01' },
    ]);
    const applied = await asUser<{ applyForAssistance: { application: { id: string } } }>('aysel', `mutation($input: ApplyForAssistanceInput!) { applyForAssistance(input: $input) { application { id } } }`, { input: { householdId, idempotencyKey: 'recourse-1' } });
    const decided = await applyApplication(engine.ctx, applied.data?.applyForAssistance.application.id ?? '');
    firstDecision = decided.decision?.decisionId ?? '';
    granted = (need * 3 - 200).toFixed(2);
    const [first] = await tsaOf(householdId);
    expect(first).toMatchObject({ status: 'ACTIVE', monthlyAmount: granted });
    termEnd = first?.periodTo ?? null;
  });

  it('the citizen reports an income started two months ago: self-declared facts, each with its facts.ingested job', async () => {
    const from = `${addMonthsToMonth(monthOf(today), -2)}-01`;
    const res = await asUser<{ reportChange: { created: boolean; facts: { id: string; kind: string; selfDeclared: boolean }[] } }>(
      'aysel',
      `mutation($input: ReportChangeInput!) { reportChange(input: $input) { created facts { id kind selfDeclared } } }`,
      { input: { change: 'INCOME_STARTED', from, monthlyAmount: '600.00', incomeSource: 'SALARY', idempotencyKey: 'new-job' } },
    );
    expect(res.errors).toBeUndefined();
    const facts = res.data?.reportChange.facts ?? [];
    expect(facts).toHaveLength(3);
    expect(facts.every((f) => f.selfDeclared && f.kind === 'INCOME')).toBe(true);
    expect(await count('pgboss.job', `name = 'facts.ingested' and id = any($1::uuid[])`, [facts.map((f) => f.id)])).toBe(3);

    // The engine works the jobs (here: their flow, with each job's payload).
    const outcomes = [];
    for (const fact of facts) outcomes.push(await onFactIngested(engine.ctx, { subjectPin: AYSEL, factId: fact.id, kind: 'INCOME', agency: 'taxes', outcome: 'ACCEPTED' }));
    // One replacement decision, whichever job ran first; the later jobs find the amount already right.
    expect(outcomes.flatMap((o) => o.decisions.map((d) => d.created))).toEqual([true]);

    const nextMonth = `${addMonthsToMonth(monthOf(today), 1)}-01`;
    const tsa = await tsaOf(householdId);
    const replaced = tsa.find((a) => a.decision.id === firstDecision);
    const current = tsa.find((a) => a.decision.replaces?.id === firstDecision);
    expect(replaced).toMatchObject({ status: 'ENDED', periodTo: addDays(nextMonth, -1) });
    // The application's window (the 12 months before it): the agency's 12 × 200.00 and the two
    // declared months of 600.00 that fall in it (this month's counts at the next assessment).
    const average = ((12 * 200 + 2 * 600) / 12).toFixed(2);
    const lowered = (need * 3 - Number(average)).toFixed(2);
    expect(current).toMatchObject({ status: 'ACTIVE', periodFrom: nextMonth, periodTo: termEnd, monthlyAmount: lowered });
    expect(Number(lowered)).toBeLessThan(Number(granted));
    expect(current?.decision.steps.find((s) => s.code === 'TSA_INCOME_AVERAGE')?.result).toBe(average);
    expect(current?.decision.steps.at(-1)).toMatchObject({ code: 'TSA_REASSESSED', result: lowered });
    expect(current?.decision.steps.at(-1)?.plain).toContain(formatMoney(lowered, 'az'));
    expect(current?.decision.inputs.filter((i) => i.summary.endsWith('(self-declared)'))).toHaveLength(2);
    // The SMS told the family.
    expect(await count('benefits.notification', `decision_id = $1`, [current?.decision.id])).toBe(1);
  });

  it('a report that would raise the assistance changes nothing until an agency confirms it', async () => {
    const before = await count('benefits.decision');
    const res = await asUser<{ reportChange: { facts: { id: string }[] } }>('aysel', `mutation($input: ReportChangeInput!) { reportChange(input: $input) { facts { id } } }`, {
      input: { change: 'INCOME_ENDED', from: today, incomeSource: 'SALARY', idempotencyKey: 'job-ended' },
    });
    for (const fact of res.data?.reportChange.facts ?? []) await onFactIngested(engine.ctx, { subjectPin: AYSEL, factId: fact.id, kind: 'INCOME', agency: 'taxes', outcome: 'ACCEPTED' });
    expect(await count('benefits.decision')).toBe(before);
  });
});

/**
 * Issue 13, item 2 (stream "changes"): a reported join would raise the assistance, so it opens a
 * review item (never applied on the citizen's word), seen by the region's caseworker and appeals
 * officers; an officer accepts it and the engine re-assesses counting it; a reported leave lowers
 * the amount at once. The citizen gets an SMS at each step.
 */
describe('reported household changes and their review', () => {
  const LEYLA = '6CGT3N5';
  const NEPHEW = enginePin();
  const OFFICER = { 'x-purpose-of-use': 'APPEAL_REVIEW' };
  const REPORT = `mutation($input: ReportChangeInput!) { reportChange(input: $input) { facts { id kind } } }`;
  const QUEUE = `query { changeReviews { id status currentAmount declaredAmount deadline factIds subject { pin } } }`;
  interface Review { id: string; status: string; currentAmount: string; declaredAmount: string; deadline: string; factIds: string[]; subject: { pin: string } }
  let householdId = '';
  let granted = '';
  let reviewId = '';
  const report = async (input: Record<string, unknown>) => {
    const res = await asUser<{ reportChange: { facts: { id: string; kind: string }[] } }>('leyla', REPORT, { input });
    expect(res.errors).toBeUndefined();
    for (const fact of res.data?.reportChange.facts ?? []) await onFactIngested(engine.ctx, { subjectPin: LEYLA, factId: fact.id, kind: 'HOUSEHOLD_CHANGE', agency: 'interior', outcome: 'ACCEPTED' });
    return res.data?.reportChange.facts ?? [];
  };
  const smsOf = async (template: string) => Number((await sql.query<{ n: string }>(`select count(*) as n from benefits.notification where recipient_pin = $1 and template = $2`, [LEYLA, template])).rows[0]?.n);

  it('a mother and her child are granted TSA', async () => {
    householdId = await seedHousehold(db.url, [
      { pin: LEYLA, birthDate: '1990-02-02', sex: 'FEMALE', relation: 'HEAD', language: 'ru' },
      { pin: enginePin(), birthDate: '2018-05-05', relation: 'CHILD', phone: null },
    ]);
    // The nephew who will move in lives elsewhere (another region) today.
    await seedHousehold(db.url, [{ pin: NEPHEW, birthDate: '2015-09-09', relation: 'HEAD', phone: null }], '2015-09-09', { region: 'ganja-dashkasan', district: 'AZ-GA' });
    await submitFacts(registry, 'taxes', incomeFacts(LEYLA, monthOf(today), 100));
    await submitFacts(registry, 'labour', [{ subjectPin: LEYLA, kind: 'UNEMPLOYMENT', value: { office: 'Bakı 3 saylı məşğulluq mərkəzi' }, validFrom: '2024-01-01' }]);
    const applied = await asUser<{ applyForAssistance: { application: { id: string } } }>('leyla', `mutation($input: ApplyForAssistanceInput!) { applyForAssistance(input: $input) { application { id } } }`, { input: { householdId, idempotencyKey: 'changes-1' } });
    await applyApplication(engine.ctx, applied.data?.applyForAssistance.application.id ?? '');
    granted = (need * 2 - 100).toFixed(2);
    expect((await tsaOf(householdId)).find((a) => a.status === 'ACTIVE')).toMatchObject({ monthlyAmount: granted });
  });

  it('a reported join that would raise it changes no amount: it opens a review item for the region and appeals officers, with an SMS', async () => {
    const decisions = await count('benefits.decision');
    const facts = await report({ change: 'MEMBER_JOINED', from: addDays(today, -10), memberPin: NEPHEW, idempotencyKey: 'nephew-in' });
    expect(facts.map((f) => f.kind)).toEqual(['HOUSEHOLD_CHANGE']);
    expect(await count('benefits.decision')).toBe(decisions);
    const raised = (need * 3 - 100).toFixed(2);
    // The caseworker reads whose it is; an appeals officer (no person reads) the item itself.
    for (const [user, headers, query] of [['caseworker.baku', PURPOSE, QUEUE], ['appeals.officer', OFFICER, QUEUE.replace(' subject { pin }', '')]] as const) {
      const res = await asUser<{ changeReviews: Review[] }>(user, query, {}, headers);
      expect(res.errors, user).toBeUndefined();
      expect(res.data?.changeReviews, user).toEqual([expect.objectContaining({ status: 'OPEN', currentAmount: granted, declaredAmount: raised, factIds: [facts[0]?.id] })]);
      reviewId = res.data?.changeReviews[0]?.id ?? '';
    }
    expect((await asUser<{ changeReviews: Review[] }>('caseworker.baku', QUEUE, {}, PURPOSE)).data?.changeReviews[0]?.subject).toEqual({ pin: LEYLA });
    expect((await asUser<{ changeReviews: Review[] }>('caseworker.ganja', QUEUE, {}, PURPOSE)).data?.changeReviews).toEqual([]);
    expect(errorCodes(await asUser('leyla', QUEUE))).toEqual(['UNAUTHORIZED_FIELD_OR_TYPE']);
    expect(await smsOf('CHANGE_REVIEW_OPENED')).toBe(1);
    // Another job of the same change opens nothing more.
    await onFactIngested(engine.ctx, { subjectPin: LEYLA, factId: facts[0]?.id ?? '', kind: 'HOUSEHOLD_CHANGE', agency: 'interior', outcome: 'ACCEPTED' });
    expect(await count('benefits.change_review')).toBe(1);
    expect(await smsOf('CHANGE_REVIEW_OPENED')).toBe(1);
  });

  it('an appeals officer accepts it with a reason: the engine re-assesses counting the nephew, and tells the family', async () => {
    const CLOSE = `mutation($input: CloseChangeReviewInput!) { closeChangeReview(input: $input) { changed review { status } } }`;
    const input = { reviewId, accept: true, reason: 'The school enrolment confirms the move.' };
    expect(errorCodes(await asUser('caseworker.ganja', CLOSE, { input }, PURPOSE))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await asUser('leyla', CLOSE, { input }))).toEqual(['UNAUTHORIZED_FIELD_OR_TYPE']);
    const closed = await asUser<{ closeChangeReview: { changed: boolean; review: { status: string } } }>('appeals.officer', CLOSE, { input }, OFFICER);
    expect(closed.data?.closeChangeReview).toEqual({ changed: true, review: { status: 'ACCEPTED' } });
    const job = { reviewId, subjectPin: LEYLA, status: 'ACCEPTED' } as const;
    const reassess = (pin: string, factId: string) => reassessTsa(engine.ctx, pin, factId);
    await onChangeReviewClosed(engine.ctx, job, reassess);
    await onChangeReviewClosed(engine.ctx, job, reassess); // a retried job changes nothing
    const raised = (need * 3 - 100).toFixed(2);
    const active = (await tsaOf(householdId)).filter((a) => a.status === 'ACTIVE');
    expect(active.map((a) => a.monthlyAmount)).toEqual([raised]);
    expect(await smsOf('CHANGE_REVIEW_ACCEPTED')).toBe(1);
  });

  it('a reported leave lowers the amount at once, with no review', async () => {
    await report({ change: 'MEMBER_LEFT', from: today, memberPin: NEPHEW, idempotencyKey: 'nephew-out' });
    const active = (await tsaOf(householdId)).filter((a) => a.status === 'ACTIVE');
    expect(active.map((a) => a.monthlyAmount)).toEqual([granted]);
    expect(await count('benefits.change_review')).toBe(1);
  });
});

describe('an agency fact confirms a reported join', () => {
  const NEPHEW = enginePin();
  const KEY = 'aysel-nephew-in';
  const REVIEWS = `query($status: ChangeReviewStatus) { changeReviews(status: $status) { id status currentAmount declaredAmount subject { pin } } }`;
  interface Review { id: string; status: string; currentAmount: string; declaredAmount: string; subject: { pin: string } }
  const reviewsOf = async (status: string) => ((await asUser<{ changeReviews: Review[] }>('auditor', REVIEWS, { status }, PURPOSE)).data?.changeReviews ?? []).filter((r) => r.subject.pin === AYSEL);

  it('the interior ministry’s fact under the declaration’s reference raises the amount through the re-assessment and closes the review CONFIRMED', async () => {
    await seedHousehold(db.url, [{ pin: NEPHEW, birthDate: '2014-04-04', relation: 'HEAD', phone: null }], '2014-04-04', { region: 'ganja-dashkasan', district: 'AZ-GA' });
    const from = addDays(today, -5);
    const res = await asUser<{ reportChange: { facts: { id: string }[] } }>('aysel', `mutation($input: ReportChangeInput!) { reportChange(input: $input) { facts { id } } }`, {
      input: { change: 'MEMBER_JOINED', from, memberPin: NEPHEW, idempotencyKey: KEY },
    });
    const declared = res.data?.reportChange.facts[0]?.id ?? '';
    await onFactIngested(engine.ctx, { subjectPin: AYSEL, factId: declared, kind: 'HOUSEHOLD_CHANGE', agency: 'interior', outcome: 'ACCEPTED' });
    const open = (await reviewsOf('OPEN')).at(-1);
    expect(open).toBeDefined();
    expect(Number(open?.declaredAmount)).toBeGreaterThan(Number(open?.currentAmount));
    // The registry's own date of the move (a day earlier): a correction of the declaration, the agency's.
    const [confirmed] = await submitFacts(registry, 'interior', [{ subjectPin: AYSEL, kind: 'HOUSEHOLD_CHANGE', value: { householdChange: 'JOINED', memberPin: NEPHEW }, validFrom: addDays(from, -1), sourceReference: `self:${AYSEL}:${KEY}:0` }]);
    const outcome = await onFactIngested(engine.ctx, { subjectPin: AYSEL, factId: confirmed ?? '', kind: 'HOUSEHOLD_CHANGE', agency: 'interior', outcome: 'SUPERSEDED' });
    expect(outcome.decisions.map((d) => d.created)).toEqual([true]);
    expect((await reviewsOf('CONFIRMED')).map((r) => r.id)).toContain(open?.id);
    const active = (await tsaOf(await householdOf(AYSEL))).filter((a) => a.status === 'ACTIVE');
    expect(active.map((a) => a.monthlyAmount)).toEqual([open?.declaredAmount]);
    expect(await count('benefits.notification', `recipient_pin = $1 and template = 'CHANGE_REVIEW_CONFIRMED'`, [AYSEL])).toBe(1);
  });
});

describe('deadlines kept and withdrawal', () => {
  const QUEUE = `query { applicationsNeedingAttention(withinWorkingDays: 3) { reasons workingDaysLeft application { id applicant { pin } } } }`;
  interface Queue { applicationsNeedingAttention: { reasons: string[]; workingDaysLeft: number; application: { id: string; applicant: { pin: string } } }[] }
  let applicationId = '';

  it('an application past its deadline surfaces to the region’s caseworker and to auditors, not to another region', async () => {
    const householdId = await seedHousehold(db.url, [{ pin: '4BXM2R8', birthDate: '1979-05-05', sex: 'MALE', relation: 'HEAD', language: 'ru' }]);
    const applied = await asUser<{ applyForAssistance: { application: { id: string } } }>('rashad', `mutation($input: ApplyForAssistanceInput!) { applyForAssistance(input: $input) { application { id } } }`, { input: { householdId } });
    expect(applied.errors).toBeUndefined();
    applicationId = applied.data?.applyForAssistance.application.id ?? '';
    // Nobody works the job here: time passes, the deadline is missed.
    await sql.query(`update benefits.application set deadline = $2 where id = $1`, [applicationId, addDays(today, -3)]);
    for (const user of ['auditor', 'caseworker.baku']) {
      const res = await asUser<Queue>(user, QUEUE, {}, PURPOSE);
      expect(res.errors, user).toBeUndefined();
      expect(res.data?.applicationsNeedingAttention.find((i) => i.application.id === applicationId), user).toMatchObject({ reasons: ['PAST_DEADLINE'], application: { applicant: { pin: '4BXM2R8' } } });
    }
    const ganja = await asUser<Queue>('caseworker.ganja', QUEUE, {}, PURPOSE);
    expect(ganja.data?.applicationsNeedingAttention.map((i) => i.application.id)).not.toContain(applicationId);
    // The gateway refuses the field to a citizen before any subgraph is asked.
    expect(errorCodes(await asUser('rashad', QUEUE))).toEqual(['UNAUTHORIZED_FIELD_OR_TYPE']);
  });

  it('a decision job that exhausted its retries surfaces too', async () => {
    await sql.query(`update pgboss.job set state = 'failed' where name = 'applications.submitted' and id = $1`, [applicationId]);
    const res = await asUser<Queue>('auditor', QUEUE, {}, PURPOSE);
    expect(res.data?.applicationsNeedingAttention.find((i) => i.application.id === applicationId)?.reasons).toEqual(['PAST_DEADLINE', 'DECISION_FAILED']);
  });

  it('the applicant withdraws it: the engine never decides it, the queue no longer lists it, a replay changes nothing', async () => {
    const WITHDRAW = `mutation($id: ID!) { withdrawApplication(applicationId: $id) { changed error { code } application { status } } }`;
    expect(errorCodes(await asUser('aysel', WITHDRAW, { id: applicationId }))).toEqual(['FORBIDDEN']);
    const res = await asUser<{ withdrawApplication: { changed: boolean; application: { status: string } } }>('rashad', WITHDRAW, { id: applicationId });
    expect(res.data?.withdrawApplication).toMatchObject({ changed: true, application: { status: 'WITHDRAWN' } });
    const decisions = await count('benefits.decision');
    expect((await applyApplication(engine.ctx, applicationId)).status).toBe('SKIPPED');
    expect(await count('benefits.decision')).toBe(decisions);
    const queue = await asUser<Queue>('auditor', QUEUE, {}, PURPOSE);
    expect(queue.data?.applicationsNeedingAttention.map((i) => i.application.id)).not.toContain(applicationId);
    const replay = await asUser<{ withdrawApplication: { changed: boolean } }>('rashad', WITHDRAW, { id: applicationId });
    expect(replay.data?.withdrawApplication.changed).toBe(false);
  });
});

describe('an answered correction request is told by SMS', () => {
  it('queues one SMS in the citizen’s language per step, whatever the retries', async () => {
    const requestId = '0b6f5e3e-6d7b-4d4c-9b1e-2f7a9c1d2e3f';
    const before = await count('benefits.notification');
    await onCorrectionAnswered(engine.ctx, { requestId, subjectPin: AYSEL, status: 'FORWARDED' });
    await onCorrectionAnswered(engine.ctx, { requestId, subjectPin: AYSEL, status: 'FORWARDED' });
    await onCorrectionAnswered(engine.ctx, { requestId, subjectPin: AYSEL, status: 'CORRECTED' });
    const rows = (await sql.query<{ template: string; text: string; language: string }>(`select template, text, language from benefits.notification where recipient_pin = $1 and template like 'CORRECTION_%' order by queued_at`, [AYSEL])).rows;
    expect(await count('benefits.notification')).toBe(before + 2);
    expect(rows.map((r) => r.template)).toEqual(['CORRECTION_FORWARDED', 'CORRECTION_CORRECTED']);
    expect(rows[0]?.text).toContain('quruma göndərildi'); // Azerbaijani: sent to the agency
  });
});

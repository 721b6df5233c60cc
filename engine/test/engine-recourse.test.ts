import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { addWorkingDays, findBenefitType, parameterOn, registryToday, workingDaysBetween } from '@usr/shared';
import { errorCodes, postGraphQL, type TestDatabase } from '@usr/shared/testing';
import type { RunningRegistry } from '../../test/support/registry.ts';
import type { EngineRuntime } from '../src/engine.ts';
import type { EngineEnvironment } from '../src/environment.ts';
import { onAppealStep } from '../src/flows/appeal-step.ts';
import { applyApplication } from '../src/flows/apply-application.ts';
import { dailySweep } from '../src/flows/daily-sweep.ts';
import { onFactIngested } from '../src/flows/fact-ingested.ts';
import { runPayroll } from '../src/flows/payroll.ts';
import { addDays, addMonthsToMonth, addYears, lastDayOfMonth, monthOf } from '../src/rules/index.ts';
import { renderSms } from '../src/sms/index.ts';
import { startWorker, type EngineWorker } from '../src/worker.ts';
import { engineRequest, enginePin, eventually, incomeFacts, seedHousehold, startEngineTestbed, submitFacts, type EngineTestbed } from './support/engine-harness.ts';

/**
 * Issue #13, items 1, 3 and 4, through the real gateway with real tokens: appeals (settled by a
 * re-decision, upheld by an appeals officer, referred to the agency and settled by its correction),
 * the automatic re-decision of every decision a corrected fact fed (a pension; TSA with an
 * overpayment recovered from the next payment), and renewal without an application.
 */
const AYSEL = '5AZK7P2';
const RASHAD = '4BXM2R8';
const LEYLA = '6CGT3N5';
let db: TestDatabase;
let registry: RunningRegistry;
let env: EngineEnvironment;
let engine: EngineRuntime;
let sql: pg.Pool;
let worker: EngineWorker | undefined;
let testbed: EngineTestbed | undefined;
const today = registryToday();
const thisMonth = monthOf(today);
const tsaParameter = (name: string, on = today) => parameterOn(findBenefitType('TSA')?.parameters.find((p) => p.name === name) ?? { name, unit: 'MONTHS', description: '', values: [] }, on)?.value ?? NaN;
const need = tsaParameter('needCriterion');

const asEngine = <D>(query: string, variables: Record<string, unknown> = {}) => engineRequest(registry)<D>(query, variables);
/** The purpose of use each kind of staff declares (codes of shared/src/i18n/purposes.ts); citizens declare none. */
const purposeOf = (user: string): Record<string, string> => {
  if (user.startsWith('appeals.')) return { 'x-purpose-of-use': 'APPEAL_REVIEW' };
  if (user === 'auditor') return { 'x-purpose-of-use': 'DECISION_AUDIT' };
  if (user === 'admin') return { 'x-purpose-of-use': 'REGISTRY_ADMINISTRATION' };
  if (user.startsWith('caseworker.')) return { 'x-purpose-of-use': 'CORRECTION_REQUEST' };
  return {};
};
/** A call with a person's token (staff declare a purpose). */
const as = async <D>(user: string, query: string, variables: Record<string, unknown> = {}) =>
  postGraphQL<D>(registry.gatewayUrl, query, variables, { authorization: `Bearer ${await registry.userToken(user)}`, ...purposeOf(user) });
const count = async (table: string, where = 'true', params: unknown[] = []) => Number((await sql.query<{ n: string }>(`select count(*) as n from ${table} where ${where}`, params)).rows[0]?.n);
const smsOf = async (template: string) =>
  (await sql.query<{ text: string }>(`select s.text from engine.sms_message s join benefits.notification n on n.id = s.notification_id where n.template = $1 order by n.queued_at`, [template])).rows.map((r) => r.text);

const APPEAL_FIELDS = `id status reviewDeadline appealDeadline reason disputedFactIds decision { id } currentDecision { id outcome monthlyAmount } timeline { kind actor reason factId decision { id } }`;
interface AppealView {
  id: string;
  status: string;
  reviewDeadline: string | null;
  appealDeadline: string;
  reason: string;
  disputedFactIds: string[];
  decision: { id: string };
  currentDecision: { id: string; outcome: string; monthlyAmount: string | null };
  timeline: { kind: string; actor: string; reason: string | null; factId: string | null; decision: { id: string } | null }[];
}
const appealAs = async (user: string, id: string) => {
  const res = await as<{ appeal: AppealView }>(user, `query($id: ID!) { appeal(id: $id) { ${APPEAL_FIELDS} } }`, { id });
  if (res.errors) throw new Error(JSON.stringify(errorCodes(res)));
  return res.data?.appeal as AppealView;
};
const waitForStatus = (id: string, status: string) => eventually(async () => ((await appealAs('auditor', id)).status === status ? true : undefined), 30_000);

const FILE = `mutation($input: FileAppealInput!) { fileAppeal(input: $input) { created error { code } appeal { id status } } }`;
type FileResult = { fileAppeal: { created: boolean; error: { code: string } | null; appeal: { id: string; status: string } | null } };

/** A TSA application decided by the engine for the citizen's household; returns the decision id. */
const decidedTsa = async (user: string, householdId: string): Promise<{ decisionId: string; applicationId: string }> => {
  const applied = await as<{ applyForAssistance: { application: { id: string } } }>(
    user,
    `mutation($input: ApplyForAssistanceInput!) { applyForAssistance(input: $input) { application { id } } }`,
    { input: { householdId } },
  );
  const applicationId = applied.data?.applyForAssistance.application.id ?? '';
  const outcome = await applyApplication(engine.ctx, applicationId);
  return { decisionId: outcome.decision?.decisionId ?? '', applicationId };
};

beforeAll(async () => {
  testbed = await startEngineTestbed('engine_recourse', inject('adminDatabaseUrl'), inject('keycloakUrl'));
  ({ db, registry, env, runtime: engine, sql } = testbed);
  worker = await startWorker(env, engine, { schedule: false });
});

afterAll(async () => {
  await worker?.stop();
  await testbed?.stop();
});

describe('appeals', () => {
  it('an appeal settled by the re-decision: a reason that arrived since turns a refusal into a grant; the citizen sees the timeline', async () => {
    const spouse = enginePin();
    const householdId = await seedHousehold(db.url, [
      { pin: AYSEL, birthDate: '1988-03-03', sex: 'FEMALE', relation: 'HEAD', language: 'en' },
      { pin: spouse, birthDate: '1986-07-07', sex: 'MALE', relation: 'SPOUSE' },
    ]);
    await submitFacts(registry, 'taxes', incomeFacts(AYSEL, thisMonth, 150));
    await submitFacts(registry, 'labour', [{ subjectPin: AYSEL, kind: 'UNEMPLOYMENT', value: { office: 'Bakı 3' }, validFrom: '2024-01-01' }]);
    const { decisionId } = await decidedTsa('aysel', householdId);
    const refused = await asEngine<{ decision: { outcome: string; reasonCode: string } }>(`query($id: ID!) { decision(id: $id) { outcome reasonCode } }`, { id: decisionId });
    expect(refused.decision).toEqual({ outcome: 'REFUSED', reasonCode: 'ABLE_BODIED_ADULT_WITHOUT_REASON' });
    // The spouse's unemployment registration reaches the registry after the decision.
    await submitFacts(registry, 'labour', [{ subjectPin: spouse, kind: 'UNEMPLOYMENT', value: { office: 'Bakı 3' }, validFrom: '2024-01-01' }]);

    const filed = await as<FileResult>('aysel', FILE, { input: { decisionId, reason: 'My husband is registered as unemployed.', idempotencyKey: 'appeal-1' } });
    expect(filed.errors).toBeUndefined();
    expect(filed.data?.fileAppeal).toMatchObject({ created: true, error: null, appeal: { status: 'FILED' } });
    const appealId = filed.data?.fileAppeal.appeal?.id ?? '';
    // The same key again: the same appeal, nothing new.
    const replay = await as<FileResult>('aysel', FILE, { input: { decisionId, reason: 'again', idempotencyKey: 'appeal-1' } });
    expect(replay.data?.fileAppeal).toMatchObject({ created: false, error: null, appeal: { id: appealId } });
    // Twice on the same decision (another key): ALREADY_APPEALED.
    const twice = await as<FileResult>('aysel', FILE, { input: { decisionId, reason: 'again' } });
    expect(twice.data?.fileAppeal.error).toEqual({ code: 'ALREADY_APPEALED' });

    await waitForStatus(appealId, 'REDECIDED');
    const appeal = await appealAs('aysel', appealId);
    const amount = (need * 2 - 150).toFixed(2);
    expect(appeal.currentDecision).toMatchObject({ outcome: 'GRANTED', monthlyAmount: amount });
    expect(appeal.timeline.map((e) => [e.kind, e.actor])).toEqual([
      ['FILED', 'CITIZEN'],
      ['REDECIDED', 'ENGINE'],
    ]);
    expect(appeal.appealDeadline).toBe(addWorkingDays(today, parameterOn(findBenefitType('TSA')?.parameters.find((p) => p.name === 'appealWorkingDays') ?? { name: '', unit: 'DAYS', description: '', values: [] }, today)?.value ?? NaN));
    // The replacement is chained to the refusal, and assigns from the application month.
    const { decision } = await asEngine<{ decision: { replaces: { id: string }; assignment: { periodFrom: string; monthlyAmount: string } } }>(
      `query($id: ID!) { decision(id: $id) { replaces { id } assignment { periodFrom monthlyAmount } } }`,
      { id: appeal.currentDecision.id },
    );
    expect(decision).toEqual({ replaces: { id: decisionId }, assignment: { periodFrom: `${thisMonth}-01`, monthlyAmount: amount } });
    // An SMS at each step, in the citizen's language.
    // Each step's SMS is sent by its own job, in no fixed order: wait for both.
    await eventually(async () => ((await smsOf('APPEAL_REDECIDED')).length > 0 && (await smsOf('APPEAL_FILED')).length > 0 ? true : undefined));
    expect(await smsOf('APPEAL_FILED')).toContain(renderSms('APPEAL_FILED', 'en', { benefitCode: 'TSA' }));
    expect(await smsOf('APPEAL_REDECIDED')).toContain(renderSms('APPEAL_REDECIDED', 'en', { benefitCode: 'TSA' }));
    // The citizen reads her appeals on her record; the decision shows its appeal.
    const mine = await as<{ person: { appeals: { id: string; status: string }[]; decisions: { id: string; appeal: { id: string } | null }[] } }>(
      'aysel',
      `query($pin: String!) { person(pin: $pin) { appeals { id status } decisions { id appeal { id } } } }`,
      { pin: AYSEL },
    );
    expect(mine.data?.person.appeals).toEqual([{ id: appealId, status: 'REDECIDED' }]);
    expect(mine.data?.person.decisions.find((d) => d.id === decisionId)?.appeal).toEqual({ id: appealId });
  });

  let upheldAppealId = '';
  let rashadDecision = '';
  it('an appeal reviewed and upheld: nothing changed on today’s facts, the officer upholds it with a reason', async () => {
    await seedHousehold(db.url, [{ pin: RASHAD, birthDate: '1990-05-05', sex: 'MALE', relation: 'HEAD', language: 'ru' }], '2010-01-01');
    const householdId = (await sql.query<{ household_id: string }>(`select household_id from households.membership where person_pin = $1`, [RASHAD])).rows[0]?.household_id ?? '';
    await submitFacts(registry, 'taxes', incomeFacts(RASHAD, thisMonth, 100));
    await submitFacts(registry, 'labour', [{ subjectPin: RASHAD, kind: 'UNEMPLOYMENT', value: { office: 'Bakı 1' }, validFrom: '2024-01-01' }]);
    rashadDecision = (await decidedTsa('rashad', householdId)).decisionId;

    // Someone else's decision: FORBIDDEN, like an unknown one.
    expect(errorCodes(await as('leyla', FILE, { input: { decisionId: rashadDecision, reason: 'not mine' } }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await as('leyla', FILE, { input: { decisionId: '0f4c1f9e-2b7d-4d43-9a51-000000000000', reason: 'unknown' } }))).toEqual(['FORBIDDEN']);
    // Bad input: typed, nothing written.
    expect(errorCodes(await as('rashad', FILE, { input: { decisionId: rashadDecision, reason: '   ' } }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await as('rashad', FILE, { input: { decisionId: rashadDecision, reason: 'x', disputedFactIds: ['0f4c1f9e-2b7d-4d43-9a51-000000000000'] } }))).toEqual(['BAD_USER_INPUT']);
    expect(await count('benefits.appeal', 'decision_id = $1', [rashadDecision])).toBe(0);

    const filed = await as<FileResult>('rashad', FILE, { input: { decisionId: rashadDecision, reason: 'The amount is too low.' } });
    upheldAppealId = filed.data?.fileAppeal.appeal?.id ?? '';
    await waitForStatus(upheldAppealId, 'IN_REVIEW');
    const inReview = await appealAs('rashad', upheldAppealId);
    const reviewDays = tsaParameter('reviewWorkingDays');
    expect(inReview.reviewDeadline).toBe(addWorkingDays(today, reviewDays));
    expect(inReview.timeline.map((e) => e.kind)).toEqual(['FILED', 'SENT_TO_REVIEW']);
    await eventually(async () => ((await smsOf('APPEAL_IN_REVIEW')).length > 0 ? true : undefined));
    expect(await smsOf('APPEAL_IN_REVIEW')).toContain(renderSms('APPEAL_IN_REVIEW', 'ru', { benefitCode: 'TSA', deadline: inReview.reviewDeadline ?? '' }));

    // The officer's queue, with the decision's inputs and steps to review; the read is in the citizen's access log.
    const queue = await as<{ appealReviewQueue: { items: { id: string; reason: string; decision: { inputs: { kind: string }[]; steps: { code: string | null }[] } }[] } }>(
      'appeals.officer',
      `{ appealReviewQueue { items { id reason decision { inputs { kind } steps { code } } } } }`,
    );
    expect(queue.errors).toBeUndefined();
    const item = queue.data?.appealReviewQueue.items.find((a) => a.id === upheldAppealId);
    expect(item?.decision.steps.map((s) => s.code)).toContain('TSA_AMOUNT');
    await eventually(async () => {
      const logged = await as<{ person: { accessLog: { items: { accessorKind: string }[] } } }>('rashad', `query($pin: String!) { person(pin: $pin) { accessLog(page: { limit: 200 }) { items { accessorKind } } } }`, { pin: RASHAD });
      return logged.data?.person.accessLog.items.some((i) => i.accessorKind === 'appeals-officer') ? true : undefined;
    });
    // Overdue once the review deadline has passed, late by the working days of the holiday calendar.
    const OVERDUE = `{ appealReviewQueue { items { id overdue reviewWorkingDaysLeft } } }`;
    const queued = async () => (await as<{ appealReviewQueue: { items: { id: string; overdue: boolean; reviewWorkingDaysLeft: number | null }[] } }>('appeals.officer', OVERDUE)).data?.appealReviewQueue.items.find((a) => a.id === upheldAppealId);
    expect(await queued()).toEqual({ id: upheldAppealId, overdue: false, reviewWorkingDaysLeft: workingDaysBetween(today, inReview.reviewDeadline ?? '') });
    const passed = addDays(today, -10);
    await sql.query(`update benefits.appeal set review_deadline = $2 where id = $1`, [upheldAppealId, passed]);
    expect(await queued()).toEqual({ id: upheldAppealId, overdue: true, reviewWorkingDaysLeft: workingDaysBetween(today, passed) });
    expect(workingDaysBetween(today, passed)).toBeLessThan(0);
    await sql.query(`update benefits.appeal set review_deadline = $2 where id = $1`, [upheldAppealId, inReview.reviewDeadline]);
    // The officer reads nothing else of the person.
    expect(errorCodes(await as('appeals.officer', `query($pin: String!) { person(pin: $pin) { decisions { id } } }`, { pin: RASHAD })).length).toBeGreaterThan(0);

    const UPHOLD = `mutation($input: UpholdAppealInput!) { upholdAppeal(input: $input) { changed error { code } appeal { status } } }`;
    // The role matrix: nobody but an appeals officer upholds.
    for (const user of ['rashad', 'caseworker.baku', 'auditor', 'admin']) {
      const refused = await as(user, UPHOLD, { input: { appealId: upheldAppealId, reason: 'no' } });
      expect(errorCodes(refused).some((c) => c === 'FORBIDDEN' || c === 'UNAUTHORIZED_FIELD_OR_TYPE')).toBe(true);
    }
    const upheld = await as<{ upholdAppeal: { changed: boolean; error: unknown; appeal: { status: string } } }>('appeals.officer', UPHOLD, {
      input: { appealId: upheldAppealId, reason: 'Your income of the last 12 months was counted correctly.' },
    });
    expect(upheld.data?.upholdAppeal).toEqual({ changed: true, error: null, appeal: { status: 'UPHELD' } });
    const again = await as<{ upholdAppeal: { changed: boolean; error: unknown } }>('appeals.officer2', UPHOLD, { input: { appealId: upheldAppealId, reason: 'Other words.' } });
    expect(again.data?.upholdAppeal).toMatchObject({ changed: false, error: null });
    // No outcome or amount was set by anyone: the decision stands, the timeline says who and why.
    const done = await appealAs('rashad', upheldAppealId);
    expect(done.currentDecision.id).toBe(rashadDecision);
    expect(done.timeline.at(-1)).toMatchObject({ kind: 'UPHELD', actor: 'APPEALS_OFFICER', reason: 'Your income of the last 12 months was counted correctly.' });
    expect(await count('benefits.decision', 'replaces_id = $1', [rashadDecision])).toBe(0);
    await eventually(async () => ((await smsOf('APPEAL_UPHELD')).length > 0 ? true : undefined));
    // Auditors read the whole timeline; a caseworker does not.
    expect((await appealAs('auditor', upheldAppealId)).timeline).toHaveLength(3);
    expect(errorCodes(await as('caseworker.baku', `query($id: ID!) { appeal(id: $id) { id } }`, { id: upheldAppealId })).length).toBeGreaterThan(0);
  });

  it('past the deadline: DEADLINE_PASSED, nothing written', async () => {
    const old = '3f0c1f9e-2b7d-4d43-9a51-3c0f5a2e7b19';
    await sql.query(
      `insert into benefits.decision (id, benefit_code, subject_pin, household_id, decided_at, effective_date, outcome, monthly_amount, rule_version, reason_code, parameters, inputs, steps)
       values ($1, 'OLD_AGE_PENSION', $2, null, '2025-01-15T09:00:00Z', '2025-01-15', 'REFUSED', null, 'OLD_AGE_PENSION@2024.1', 'BELOW_PENSION_AGE', '{}', '[]', '[]')`,
      [old, RASHAD],
    );
    const late = await as<FileResult>('rashad', FILE, { input: { decisionId: old, reason: 'late' } });
    expect(late.data?.fileAppeal).toEqual({ created: false, error: { code: 'DEADLINE_PASSED' }, appeal: null });
    expect(await count('benefits.appeal', 'decision_id = $1', [old])).toBe(0);
  });

  it('an appeal referred to the agency: its correction replaces the decision automatically and settles the appeal', async () => {
    await seedHousehold(db.url, [{ pin: LEYLA, birthDate: '1985-09-09', sex: 'FEMALE', relation: 'HEAD', language: 'az' }], '2010-01-01', { region: 'ganja-dashkasan', district: 'AZ-GA' });
    const householdId = (await sql.query<{ household_id: string }>(`select household_id from households.membership where person_pin = $1`, [LEYLA])).rows[0]?.household_id ?? '';
    const incomes = incomeFacts(LEYLA, thisMonth, 120);
    const incomeIds = await submitFacts(registry, 'taxes', incomes);
    await submitFacts(registry, 'labour', [{ subjectPin: LEYLA, kind: 'UNEMPLOYMENT', value: { office: 'Gəncə' }, validFrom: '2024-01-01' }]);
    const { decisionId } = await decidedTsa('leyla', householdId);
    const disputed = incomeIds[0] ?? '';
    const filed = await as<FileResult>('leyla', FILE, { input: { decisionId, reason: 'I earned nothing that month.', disputedFactIds: [disputed] } });
    const appealId = filed.data?.fileAppeal.appeal?.id ?? '';
    await waitForStatus(appealId, 'IN_REVIEW');
    expect((await appealAs('leyla', appealId)).disputedFactIds).toEqual([disputed]);

    const REFER = `mutation($input: ReferAppealInput!) { referAppealToAgency(input: $input) { changed error { code } appeal { status } } }`;
    expect(errorCodes(await as('appeals.officer', REFER, { input: { appealId, factId: '0f4c1f9e-2b7d-4d43-9a51-000000000000', reason: 'x' } }))).toEqual(['BAD_USER_INPUT']);
    for (const user of ['leyla', 'caseworker.ganja', 'auditor']) expect(errorCodes(await as(user, REFER, { input: { appealId, factId: disputed, reason: 'x' } })).length).toBeGreaterThan(0);
    const referred = await as<{ referAppealToAgency: { changed: boolean; appeal: { status: string } } }>('appeals.officer', REFER, {
      input: { appealId, factId: disputed, reason: 'The citizen says there was no income that month.' },
    });
    expect(referred.data?.referAppealToAgency).toMatchObject({ changed: true, appeal: { status: 'REFERRED' } });
    // The engine filed the correction request with the tax service, naming the appeal.
    await eventually(async () => ((await count('facts.correction_request', 'appeal_id = $1 and fact_id = $2', [appealId, disputed])) === 1 ? true : undefined));
    expect((await sql.query(`select agency_code, status from facts.correction_request where appeal_id = $1`, [appealId])).rows).toEqual([{ agency_code: 'taxes', status: 'OPEN' }]);

    // The tax service corrects the month (same source reference: the fact is superseded).
    const first = incomes[0];
    await submitFacts(registry, 'taxes', [{ ...(first ?? incomes[0]), subjectPin: LEYLA, kind: 'INCOME', value: { amount: 0, month: String(first?.value['month']), source: 'SALARY' }, validFrom: first?.validFrom ?? '', sourceReference: first?.sourceReference ?? '' }]);
    await waitForStatus(appealId, 'SETTLED');
    const settled = await appealAs('leyla', appealId);
    const corrected = (need - 110).toFixed(2); // income 11 × 120 / 12 = 110.00
    expect(settled.currentDecision).toMatchObject({ outcome: 'GRANTED', monthlyAmount: corrected });
    expect(settled.timeline.map((e) => e.kind)).toEqual(['FILED', 'SENT_TO_REVIEW', 'REFERRED', 'SETTLED']);
    const { decision } = await asEngine<{ decision: { replaces: { id: string }; steps: { code: string | null }[] } }>(`query($id: ID!) { decision(id: $id) { replaces { id } steps { code } } }`, { id: settled.currentDecision.id });
    expect(decision.replaces.id).toBe(decisionId);
    expect(decision.steps.at(-1)?.code).toBe('REDECISION_CORRECTION');
    await eventually(async () => ((await smsOf('APPEAL_SETTLED')).length > 0 ? true : undefined));
    expect(await smsOf('APPEAL_SETTLED')).toContain(renderSms('APPEAL_SETTLED', 'az', { benefitCode: 'TSA' }));
  });

  it('every appeals job again changes nothing', async () => {
    const before = { decisions: await count('benefits.decision'), events: await count('benefits.appeal_event'), notifications: await count('benefits.notification'), requests: await count('facts.correction_request') };
    const events = (await sql.query<{ id: string; appeal_id: string }>(`select id, appeal_id from benefits.appeal_event`)).rows;
    for (const e of events) await onAppealStep(engine.ctx, { appealId: e.appeal_id, eventId: e.id });
    expect({ decisions: await count('benefits.decision'), events: await count('benefits.appeal_event'), notifications: await count('benefits.notification'), requests: await count('facts.correction_request') }).toEqual(before);
  });
});

describe('automatic re-decisions', () => {
  it('a corrected insurance record re-decides a pension: the replacement refuses, payments stop, the overpayment is to be recovered', async () => {
    const pin = enginePin();
    await seedHousehold(db.url, [{ pin, birthDate: addYears(`${thisMonth}-01`, -66), relation: 'HEAD' }]);
    const [factId] = await submitFacts(registry, 'pension-fund', [{ subjectPin: pin, kind: 'INSURED_YEARS', value: { years: 30, months: 0 }, validFrom: '2024-01-01', sourceReference: `PF-${pin}` }]);
    const granted = await onFactIngested(engine.ctx, { subjectPin: pin, factId: factId ?? '', kind: 'INSURED_YEARS', agency: 'pension-fund', outcome: 'ACCEPTED' });
    const pensionId = granted.decisions[0]?.decisionId ?? '';
    await runPayroll(engine.ctx, thisMonth);
    const paid = (await sql.query<{ amount: string }>(`select amount from payments.payment p join benefits.assignment a on a.id = p.assignment_id where a.decision_id = $1`, [pensionId])).rows[0]?.amount;
    expect(Number(paid)).toBeGreaterThan(0);

    // The pension fund corrects the record: 5 years, below the minimum.
    const [correctionId] = await submitFacts(registry, 'pension-fund', [{ subjectPin: pin, kind: 'INSURED_YEARS', value: { years: 5, months: 0 }, validFrom: '2024-01-01', sourceReference: `PF-${pin}` }]);
    const out = await onFactIngested(engine.ctx, { subjectPin: pin, factId: correctionId ?? '', kind: 'INSURED_YEARS', agency: 'pension-fund', outcome: 'SUPERSEDED' });
    expect(out.redecided).toEqual([expect.objectContaining({ decisionId: pensionId, changed: true, overpayment: Number(paid).toFixed(2), arrears: '0.00' })]);
    const replacementId = out.redecided[0]?.replacementId ?? '';
    const { decision } = await asEngine<{ decision: { outcome: string; reasonCode: string; replaces: { id: string }; steps: { code: string | null }[] } }>(
      `query($id: ID!) { decision(id: $id) { outcome reasonCode replaces { id } steps { code } } }`,
      { id: replacementId },
    );
    expect(decision).toMatchObject({ outcome: 'REFUSED', reasonCode: 'INSUFFICIENT_INSURED_YEARS', replaces: { id: pensionId } });
    expect(decision.steps.map((s) => s.code)).toEqual(expect.arrayContaining(['PENSION_REFUSED_RECORD', 'REDECISION_CORRECTION']));
    expect((await sql.query(`select status, ended_reason, to_char(period_to, 'YYYY-MM-DD') as period_to from benefits.assignment where decision_id = $1`, [pensionId])).rows).toEqual([
      { status: 'ENDED', ended_reason: 'REPLACED', period_to: lastDayOfMonth(thisMonth) },
    ]);
    const { person } = await asEngine<{ person: { recoveries: { amount: string; remaining: string; decisionId: string }[] } }>(`query($pin: String!) { person(pin: $pin) { recoveries { amount remaining decisionId } } }`, { pin });
    expect(person.recoveries).toEqual([{ amount: Number(paid).toFixed(2), remaining: Number(paid).toFixed(2), decisionId: replacementId }]);
    expect((await smsOf('REDECIDED_STOPPED')).some((t) => t.includes(Number(paid).toFixed(2)))).toBe(true);
    // The job again: nothing new.
    const decisions = await count('benefits.decision');
    const again = await onFactIngested(engine.ctx, { subjectPin: pin, factId: correctionId ?? '', kind: 'INSURED_YEARS', agency: 'pension-fund', outcome: 'SUPERSEDED' });
    expect(again.redecided).toEqual([]);
    expect(await count('benefits.decision')).toBe(decisions);
  });

  it('a corrected income lowers TSA: the overpayment is withheld from the next payment by the dated share, never below the floor', async () => {
    const pin = enginePin();
    const householdId = await seedHousehold(db.url, [{ pin, birthDate: '1982-02-02', relation: 'HEAD' }]);
    const incomes = incomeFacts(pin, thisMonth, 0);
    await submitFacts(registry, 'taxes', incomes);
    await submitFacts(registry, 'labour', [{ subjectPin: pin, kind: 'UNEMPLOYMENT', value: { office: 'Bakı' }, validFrom: '2024-01-01' }]);
    const applicationId = '5b4c1f9e-2b7d-4d43-9a51-3c0f5a2e7b19';
    await sql.query(`insert into benefits.application (id, benefit_code, household_id, applicant_pin, submitted_at, deadline, status) values ($1, 'TSA', $2, $3, now(), $4, 'SUBMITTED')`, [applicationId, householdId, pin, today]);
    const decided = await applyApplication(engine.ctx, applicationId);
    await runPayroll(engine.ctx, thisMonth);
    // A year's salary of 1,200 a month comes to light: the same source references, corrected.
    const corrected = incomes.map((f) => ({ ...f, value: { ...f.value, amount: 1200 } }));
    const ids = await submitFacts(registry, 'taxes', corrected.slice(0, 1));
    const out = await onFactIngested(engine.ctx, { subjectPin: pin, factId: ids[0] ?? '', kind: 'INCOME', agency: 'taxes', outcome: 'SUPERSEDED' });
    const average = 100; // 1,200 / 12
    const lowered = (need - average).toFixed(2);
    expect(out.redecided).toEqual([expect.objectContaining({ decisionId: decided.decision?.decisionId, changed: true, overpayment: average.toFixed(2) })]);
    const replacement = await asEngine<{ decision: { monthlyAmount: string; assignment: { periodFrom: string; monthlyAmount: string } } }>(
      `query($id: ID!) { decision(id: $id) { monthlyAmount assignment { periodFrom monthlyAmount } } }`,
      { id: out.redecided[0]?.replacementId },
    );
    const nextMonth = addMonthsToMonth(thisMonth, 1);
    expect(replacement.decision).toEqual({ monthlyAmount: lowered, assignment: { periodFrom: `${nextMonth}-01`, monthlyAmount: lowered } });

    // Next month's payroll withholds the share (never leaving less than the floor).
    await runPayroll(engine.ctx, nextMonth);
    const on = `${nextMonth}-01`;
    const share = tsaParameter('recoveryShare', on);
    const floor = tsaParameter('recoveryFloor', on);
    const gross = Math.round(Number(lowered) * 100);
    const expected = Math.max(0, Math.min(Math.floor(gross * share), gross - Math.round(floor * 100), average * 100));
    const payment = (await sql.query<{ amount: string }>(`select p.amount from payments.payment p join benefits.assignment a on a.id = p.assignment_id where p.month = $1 and a.decision_id = $2`, [nextMonth, out.redecided[0]?.replacementId])).rows[0];
    expect(Math.round(Number(payment?.amount) * 100)).toBe(gross - expected);
    const { person } = await asEngine<{ person: { recoveries: { recovered: string; remaining: string; deductions: { month: string; amount: string }[] }[] } }>(
      `query($pin: String!) { person(pin: $pin) { recoveries { recovered remaining deductions { month amount } } } }`,
      { pin },
    );
    expect(person.recoveries).toEqual([{ recovered: (expected / 100).toFixed(2), remaining: ((average * 100 - expected) / 100).toFixed(2), deductions: [{ month: nextMonth, amount: (expected / 100).toFixed(2) }] }]);
    // The payroll again: nothing deducted twice.
    await runPayroll(engine.ctx, nextMonth);
    expect(await count('payments.recovery_deduction')).toBe(1);
    // The citizen's own record shows the balance; another citizen is refused.
    expect(errorCodes(await as('aysel', `query($pin: String!) { person(pin: $pin) { recoveries { amount } } }`, { pin })).length).toBeGreaterThan(0);
  });
});

describe('renewal without asking', () => {
  it('the sweep renews a term ending within renewalDays from fresh facts, or says why not; an SMS either way; once', async () => {
    const applied = addMonthsToMonth(thisMonth, -11);
    const make = async (income: number) => {
      const pin = enginePin();
      const householdId = await seedHousehold(db.url, [{ pin, birthDate: '1979-04-04', relation: 'HEAD' }]);
      await submitFacts(registry, 'labour', [{ subjectPin: pin, kind: 'UNEMPLOYMENT', value: { office: 'Bakı' }, validFrom: '2020-01-01' }]);
      await submitFacts(registry, 'taxes', incomeFacts(pin, applied, 50));
      // The months of the term, for the renewal's income.
      await submitFacts(registry, 'taxes', incomeFacts(pin, addMonthsToMonth(thisMonth, 1), income).map((f) => ({ ...f, sourceReference: `${String(f.sourceReference)}-term` })).filter((f) => String(f.value['month']) >= applied));
      const applicationId = crypto.randomUUID();
      await sql.query(`insert into benefits.application (id, benefit_code, household_id, applicant_pin, submitted_at, deadline, status) values ($1, 'TSA', $2, $3, $4, $5, 'SUBMITTED')`, [
        applicationId,
        householdId,
        pin,
        `${applied}-10T09:00:00Z`,
        `${applied}-28`,
      ]);
      const decided = await applyApplication(engine.ctx, applicationId);
      return { pin, assignmentId: decided.decision?.assignmentId ?? '' };
    };
    const poor = await make(40);
    const rich = await make(5000);
    const term = lastDayOfMonth(thisMonth);
    expect((await sql.query(`select to_char(period_to, 'YYYY-MM-DD') as t from benefits.assignment where id = $1`, [poor.assignmentId])).rows[0]).toEqual({ t: term });
    expect(addDays(today, tsaParameter('renewalDays')) >= term).toBe(true);

    const summary = await dailySweep(engine.ctx, engine.db, today);
    expect(summary).toMatchObject({ renewed: 1, notRenewed: 1 });
    const renewal = await asEngine<{ person: { benefits: { periodFrom: string; periodTo: string | null; status: string; decision: { reasonCode: string; application: unknown } }[] } }>(
      `query($pin: String!) { person(pin: $pin) { benefits { periodFrom periodTo status decision { reasonCode application { id } } } } }`,
      { pin: poor.pin },
    );
    const next = addDays(term, 1);
    expect(renewal.person.benefits.find((b) => b.periodFrom === next)).toMatchObject({ status: 'ACTIVE', decision: { reasonCode: 'ELIGIBLE', application: null } });
    expect((await smsOf('RENEWED')).length).toBe(1);
    expect((await smsOf('NOT_RENEWED')).some((t) => t.includes(renderSms('NOT_RENEWED', 'en', { benefitCode: 'TSA', to: term, reasonCode: 'INCOME_ABOVE_NEED_CRITERION' })))).toBe(true);
    const refused = await count('benefits.decision', `idempotency_key = $1 and outcome = 'REFUSED'`, [`TSA:renewal:${rich.assignmentId}`]);
    expect(refused).toBe(1);
    // The sweep again: nothing new.
    const decisions = await count('benefits.decision');
    const notifications = await count('benefits.notification');
    await dailySweep(engine.ctx, engine.db, today);
    expect({ decisions: await count('benefits.decision'), notifications: await count('benefits.notification') }).toEqual({ decisions, notifications });
  });
});

describe('role matrix of the citizens’ appeal mutations', () => {
  it('fileAppeal and pursueAppeal: only the citizen concerned, only the appellant; a replay changes nothing', async () => {
    const { decision_id: decisionId, id: appealId } = (await sql.query<{ decision_id: string; id: string }>(`select decision_id, id from benefits.appeal where appellant_pin = $1`, [AYSEL])).rows[0] ?? { decision_id: '', id: '' };
    for (const user of ['caseworker.baku', 'auditor', 'admin', 'appeals.officer']) {
      const res = await as(user, FILE, { input: { decisionId, reason: 'x' } });
      expect(errorCodes(res).some((c) => c === 'FORBIDDEN' || c === 'UNAUTHORIZED_FIELD_OR_TYPE')).toBe(true);
    }
    expect(errorCodes(await postGraphQL(registry.gatewayUrl, FILE, { input: { decisionId, reason: 'x' } }, { authorization: `Bearer ${await registry.serviceToken('decision-engine')}` })).length).toBeGreaterThan(0);
    const PURSUE = `mutation($input: AppealRefInput!) { pursueAppeal(input: $input) { changed error { code } appeal { status reviewDeadline } } }`;
    for (const user of ['rashad', 'caseworker.baku', 'auditor', 'appeals.officer']) {
      const res = await as(user, PURSUE, { input: { appealId } });
      expect(errorCodes(res).some((c) => c === 'FORBIDDEN' || c === 'UNAUTHORIZED_FIELD_OR_TYPE')).toBe(true);
    }
    // Aysel still disputes the re-decision: to review, with its deadline; again: nothing changes.
    const pursued = await as<{ pursueAppeal: { changed: boolean; error: unknown; appeal: { status: string; reviewDeadline: string } } }>('aysel', PURSUE, { input: { appealId } });
    expect(pursued.data?.pursueAppeal).toEqual({ changed: true, error: null, appeal: { status: 'IN_REVIEW', reviewDeadline: addWorkingDays(today, tsaParameter('reviewWorkingDays')) } });
    const again = await as<{ pursueAppeal: { changed: boolean; error: unknown } }>('aysel', PURSUE, { input: { appealId } });
    expect(again.data?.pursueAppeal).toMatchObject({ changed: false, error: null });
    expect((await appealAs('aysel', appealId)).timeline.map((e) => e.kind)).toEqual(['FILED', 'REDECIDED', 'PURSUED']);
  });
});

describe('role matrix of the new engine-only mutations', () => {
  it('sendAppealToReview, recordOverpayment and referFactFromAppeal: refused to people and agencies, answered for the engine', async () => {
    const appealId = (await sql.query<{ id: string }>(`select id from benefits.appeal limit 1`)).rows[0]?.id ?? '';
    const calls: Array<[string, Record<string, unknown>]> = [
      [`mutation($input: AppealRefInput!) { sendAppealToReview(input: $input) { changed } }`, { input: { appealId } }],
      [`mutation($input: RecordOverpaymentInput!) { recordOverpayment(input: $input) { created } }`, { input: { decisionId: appealId, debtorPin: AYSEL, benefitCode: 'TSA', amount: '1.00' } }],
      [`mutation($input: ReferFactFromAppealInput!) { referFactFromAppeal(input: $input) { created } }`, { input: { appealId, factId: appealId, reason: 'x' } }],
    ];
    for (const [query, variables] of calls) {
      for (const user of ['aysel', 'caseworker.baku', 'auditor', 'admin', 'appeals.officer']) {
        const res = await as(user, query, variables);
        expect(errorCodes(res).some((c) => c === 'FORBIDDEN' || c === 'UNAUTHORIZED_FIELD_OR_TYPE')).toBe(true);
      }
      const agency = await postGraphQL(registry.gatewayUrl, query, variables, { authorization: `Bearer ${await registry.serviceToken('agency-taxes')}` });
      expect(errorCodes(agency).length).toBeGreaterThan(0);
    }
    // The engine: answered (an appeal already past FILED is `changed: false`; an unknown fact is bad input).
    expect((await asEngine<{ sendAppealToReview: { changed: boolean } }>(calls[0]?.[0] ?? '', calls[0]?.[1])).sendAppealToReview.changed).toBe(false);
    expect(errorCodes(await postGraphQL(registry.gatewayUrl, calls[2]?.[0] ?? '', calls[2]?.[1], { authorization: `Bearer ${await registry.serviceToken('decision-engine')}` }))).toEqual(['BAD_USER_INPUT']);
  });
});

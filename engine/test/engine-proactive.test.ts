import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { registryToday } from '@usr/shared';
import type { TestDatabase } from '@usr/shared/testing';
import type { RunningRegistry } from '../../test/support/registry.ts';
import type { EngineRuntime } from '../src/engine.ts';
import { applyApplication } from '../src/flows/apply-application.ts';
import { dailySweep } from '../src/flows/daily-sweep.ts';
import { onFactIngested } from '../src/flows/fact-ingested.ts';
import { notify } from '../src/flows/record-outcome.ts';
import { runPayroll } from '../src/flows/payroll.ts';
import { sendNotification } from '../src/flows/send-notification.ts';
import { addDays, addMonthsToMonth, monthOf } from '../src/rules/index.ts';
import { HttpSmsProvider, SmsProviderError } from '../src/sms/index.ts';
import { enginePin, incomeFacts, seedHousehold, submitFacts, engineRequest, startEngineTestbed, type EngineTestbed } from './support/engine-harness.ts';
import { formatDate } from '@usr/shared/i18n';
import { renderSms } from '../src/sms/index.ts';

/** Proactive rights through the gateway: disability, death of a breadwinner, terms ending; SMS retries. */
let db: TestDatabase;
let registry: RunningRegistry;
let engine: EngineRuntime;
let sql: pg.Pool;
const today = registryToday();

const asEngine = <D>(query: string, variables: Record<string, unknown> = {}) => engineRequest(registry)<D>(query, variables);
const benefitsOf = async (pin: string) =>
  (await asEngine<{ person: { benefits: { id: string; status: string; endedReason: string | null; monthlyAmount: string; benefitType: { code: string }; beneficiary: { pin: string } }[] } }>(
    `query($pin: String!) { person(pin: $pin) { benefits { id status endedReason monthlyAmount benefitType { code } beneficiary { pin } } } }`,
    { pin },
  )).person.benefits;

let testbed: EngineTestbed | undefined;
beforeAll(async () => {
  testbed = await startEngineTestbed('engine_proactive', inject('adminDatabaseUrl'), inject('keycloakUrl'));
  ({ db, registry, runtime: engine, sql } = testbed);
});

afterAll(async () => {
  await testbed?.stop();
});

describe('disability and the death of a breadwinner', () => {
  const father = enginePin();
  const mother = enginePin();
  const child = enginePin();

  it('a disability determined gives a disability pension to an insured person', async () => {
    await seedHousehold(db.url, [
      { pin: father, birthDate: '1980-01-01', sex: 'MALE', relation: 'HEAD' },
      { pin: mother, birthDate: '1982-01-01', sex: 'FEMALE', relation: 'SPOUSE' },
      { pin: child, birthDate: '2015-06-01', relation: 'CHILD', phone: null },
    ]);
    await submitFacts(registry, 'pension-fund', [{ subjectPin: father, kind: 'INSURED_YEARS', value: { years: 12, months: 4 }, validFrom: '2024-01-01' }]);
    const [factId] = await submitFacts(registry, 'medical-expertise', [{ subjectPin: father, kind: 'DISABILITY', value: { group: 'II', cause: 'GENERAL' }, validFrom: today }]);
    const out = await onFactIngested(engine.ctx, { subjectPin: father, factId: factId ?? '', kind: 'DISABILITY', agency: 'medical-expertise', outcome: 'ACCEPTED' });
    expect(out.decisions).toHaveLength(1);
    // Group II (260, placeholder) raised to the minimum labour pension (320 from February 2025).
    expect(await benefitsOf(father)).toEqual([expect.objectContaining({ status: 'ACTIVE', monthlyAmount: '320.00', benefitType: { code: 'DISABILITY_PENSION' } })]);
  });

  it('a death ends the deceased’s assignments and gives the child a survivor pension paid to the mother', async () => {
    const deathDate = addDays(today, -2);
    const [factId] = await submitFacts(registry, 'justice', [{ subjectPin: father, kind: 'DEATH', value: { certificateNumber: 'DC-2026-001' }, validFrom: deathDate }]);
    const out = await onFactIngested(engine.ctx, { subjectPin: father, factId: factId ?? '', kind: 'DEATH', agency: 'justice', outcome: 'ACCEPTED' });
    expect(out.ended).toBe(1);
    expect(await benefitsOf(father)).toEqual([expect.objectContaining({ status: 'ENDED', endedReason: 'DEATH' })]);
    const { person } = await asEngine<{ person: { deathDate: string | null; decisions: { benefitType: { code: string }; outcome: string; monthlyAmount: string; assignment: { beneficiary: { pin: string } } }[] } }>(
      `query($pin: String!) { person(pin: $pin) { deathDate decisions { benefitType { code } outcome monthlyAmount assignment { beneficiary { pin } } } } }`,
      { pin: child },
    );
    expect(person.decisions).toEqual([{ benefitType: { code: 'SURVIVOR_PENSION' }, outcome: 'GRANTED', monthlyAmount: '240.00', assignment: { beneficiary: { pin: mother } } }]);
    // Replayed: nothing new.
    const again = await onFactIngested(engine.ctx, { subjectPin: father, factId: factId ?? '', kind: 'DEATH', agency: 'justice', outcome: 'ACCEPTED' });
    expect(again.ended).toBe(0);
    expect(again.decisions.every((d) => !d.created)).toBe(true);
  });
});

describe('a refused application', () => {
  it('is recorded with its reason and notified in the applicant language; no account is opened', async () => {
    const pin = enginePin();
    const householdId = await seedHousehold(db.url, [{ pin, birthDate: '1990-09-09', relation: 'HEAD', language: 'en' }]);
    const applicationId = 'b1e2d3c4-5f6a-4b7c-8d9e-0f1a2b3c4d5e';
    await sql.query(`insert into benefits.application (id, benefit_code, household_id, applicant_pin, submitted_at, deadline, status) values ($1, 'TSA', $2, $3, now(), current_date + 21, 'SUBMITTED')`, [applicationId, householdId, pin]);
    const out = await applyApplication(engine.ctx, applicationId);
    const { application } = await asEngine<{ application: { status: string; decision: { outcome: string; reasonCode: string; assignment: null } } }>(
      `query($id: ID!) { application(id: $id) { status decision { outcome reasonCode assignment { id } } } }`,
      { id: applicationId },
    );
    expect(application).toEqual({ status: 'DECIDED', decision: { outcome: 'REFUSED', reasonCode: 'ABLE_BODIED_ADULT_WITHOUT_REASON', assignment: null } });
    const { rows } = await sql.query<{ text: string }>(`select text from engine.sms_message where notification_id = $1`, [out.decision?.notificationId]);
    expect(rows[0]?.text).toBe(renderSms('REFUSED', 'en', { benefitCode: 'TSA', reasonCode: 'ABLE_BODIED_ADULT_WITHOUT_REASON' }));
    expect((await sql.query(`select 1 from payments.payment_account where holder_pin = $1`, [pin])).rowCount).toBe(0);
  });
});

describe('terms ending', () => {
  it('the sweep ends a TSA whose term is over and sends the recertification SMS, once', async () => {
    const pin = enginePin();
    const householdId = await seedHousehold(db.url, [{ pin, birthDate: '1979-05-05', relation: 'HEAD', language: 'ru' }]);
    await submitFacts(registry, 'labour', [{ subjectPin: pin, kind: 'UNEMPLOYMENT', value: { office: 'Gəncə' }, validFrom: '2020-01-01' }]);
    await submitFacts(registry, 'taxes', incomeFacts(pin, '2024-03', 50));
    const applicationId = 'a7d3c1e2-4b5f-4c6d-8e9f-0a1b2c3d4e5f';
    await sql.query(`insert into benefits.application (id, benefit_code, household_id, applicant_pin, submitted_at, deadline, status) values ($1, 'TSA', $2, $3, '2024-03-05T08:00:00Z', '2024-03-26', 'SUBMITTED')`, [applicationId, householdId, pin]);
    await applyApplication(engine.ctx, applicationId);
    const [tsa] = await benefitsOf(pin);
    expect(tsa).toMatchObject({ status: 'ACTIVE', monthlyAmount: '220.00' }); // 270 − 600/12
    const summary = await dailySweep(engine.ctx, engine.db, today);
    expect(summary.assignmentsEnded).toBeGreaterThanOrEqual(1);
    expect(await benefitsOf(pin)).toEqual([expect.objectContaining({ status: 'ENDED', endedReason: 'TERM_EXPIRED' })]);
    const { rows } = await sql.query<{ template: string; text: string }>(`select template, text from benefits.notification where recipient_pin = $1 and template = 'TERM_ENDED'`, [pin]);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.text).toContain(formatDate('2025-02-28', 'ru'));
    expect(rows[0]?.text).toBe(renderSms('TERM_ENDED', 'ru', { benefitCode: 'TSA', to: '2025-02-28' }));
    await dailySweep(engine.ctx, engine.db, today);
    expect((await sql.query(`select 1 from benefits.notification where recipient_pin = $1 and template = 'TERM_ENDED'`, [pin])).rowCount).toBe(1);
  });
});

describe('payroll: TSA not withdrawn for 2 months', () => {
  it('ends the TSA (NOT_WITHDRAWN) with an SMS after two credited, untouched payments; a replay changes nothing', async () => {
    const pin = enginePin();
    const householdId = await seedHousehold(db.url, [{ pin, birthDate: '1981-08-08', relation: 'HEAD' }]);
    await submitFacts(registry, 'labour', [{ subjectPin: pin, kind: 'UNEMPLOYMENT', value: { office: 'Şəki' }, validFrom: '2020-01-01' }]);
    const previous = addMonthsToMonth(monthOf(today), -1);
    const applicationId = 'c3d2e1f0-1a2b-4c3d-8e4f-5a6b7c8d9e0f';
    await sql.query(`insert into benefits.application (id, benefit_code, household_id, applicant_pin, submitted_at, deadline, status) values ($1, 'TSA', $2, $3, $4, $5, 'SUBMITTED')`, [
      applicationId,
      householdId,
      pin,
      `${previous}-02T08:00:00Z`,
      `${previous}-28`,
    ]);
    await applyApplication(engine.ctx, applicationId);
    await runPayroll(engine.ctx, previous);
    // The bank credited both months' payments and the family never withdrew them.
    await runPayroll(engine.ctx, monthOf(today));
    await sql.query(`update payments.payment set status = 'PAID', paid_at = now() where beneficiary_pin = $1`, [pin]);
    const summary = await runPayroll(engine.ctx, monthOf(today));
    expect(summary.endedNotWithdrawn).toBe(1);
    expect(await benefitsOf(pin)).toEqual([expect.objectContaining({ status: 'ENDED', endedReason: 'NOT_WITHDRAWN' })]);
    expect((await sql.query(`select 1 from benefits.notification where recipient_pin = $1 and template = 'ASSIGNMENT_ENDED'`, [pin])).rowCount).toBe(1);
    const again = await runPayroll(engine.ctx, monthOf(today));
    expect(again).toMatchObject({ created: 0, endedNotWithdrawn: 0 });
    expect((await sql.query(`select 1 from benefits.notification where recipient_pin = $1 and template = 'ASSIGNMENT_ENDED'`, [pin])).rowCount).toBe(1);
  });
});

describe('SMS provider failure', () => {
  let server: Server;
  let status = 503;
  const keys: string[] = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      keys.push(String(req.headers['idempotency-key']));
      req.resume();
      req.on('end', () => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ id: 'gw-1' })));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('is recorded as FAILED (code only) and thrown for pg-boss to retry; the retry sends it, a third run does nothing', async () => {
    const pin = enginePin();
    await seedHousehold(db.url, [{ pin, birthDate: '1970-01-01' }]);
    const http = { ...engine.ctx, sms: new HttpSmsProvider({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/sms` }) };
    // Queued, and the immediate send fails: left to the notifications.send job.
    const notificationId = await notify(http, `test:${pin}`, pin, 'TERM_ENDED', { benefitCode: 'TSA', to: '2026-11-30' });
    // The job's attempt fails too, and throws so that pg-boss retries it with backoff.
    await expect(sendNotification(http, notificationId)).rejects.toBeInstanceOf(SmsProviderError);
    const failed = await sql.query<{ status: string; last_error: string }>(`select status, last_error from benefits.notification where id = $1`, [notificationId]);
    expect(failed.rows[0]).toMatchObject({ status: 'FAILED', last_error: 'SMS_HTTP_503' });
    status = 200;
    expect(await sendNotification(http, notificationId)).toBe('SENT');
    expect(await sendNotification(http, notificationId)).toBe('ALREADY_SENT');
    expect(keys).toEqual([notificationId, notificationId, notificationId]);
  });
});

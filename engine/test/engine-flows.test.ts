import { spawn } from 'node:child_process';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { findBenefitType, parameterOn, registryToday } from '@usr/shared';
import { formatDate, formatMoney } from '@usr/shared/i18n';
import { errorCodes, postGraphQL, type TestDatabase } from '@usr/shared/testing';
import type { RunningRegistry } from '../../test/support/registry.ts';
import type { EngineRuntime } from '../src/engine.ts';
import type { EngineEnvironment } from '../src/environment.ts';
import { applyApplication } from '../src/flows/apply-application.ts';
import { dailySweep } from '../src/flows/daily-sweep.ts';
import { onFactIngested } from '../src/flows/fact-ingested.ts';
import { runPayroll } from '../src/flows/payroll.ts';
import { rerunCorrections } from '../src/flows/rerun-corrections.ts';
import { sendNotification } from '../src/flows/send-notification.ts';
import { addYears, monthOf } from '../src/rules/index.ts';
import { startWorker } from '../src/worker.ts';
import { enginePin, eventually, incomeFacts, seedHousehold, submitFacts, engineRequest, startEngineTestbed, type EngineTestbed } from './support/engine-harness.ts';

/**
 * The "Done when", through the real gateway with real tokens: every subgraph, the gateway
 * and the embedded issuer on a fresh database; facts come from agency feeds (submitFacts), the
 * citizen applies with her own token, the engine works with its service account.
 */
const AYSEL = '5AZK7P2';
let db: TestDatabase;
let registry: RunningRegistry;
let env: EngineEnvironment;
let engine: EngineRuntime;
let sql: pg.Pool;
const today = registryToday();
const need = parameterOn(findBenefitType('TSA')?.parameters.find((p) => p.name === 'needCriterion') ?? { name: '', unit: 'MONTHS', description: '', values: [] }, today)?.value ?? 0;

const asEngine = <D>(query: string, variables: Record<string, unknown> = {}) => engineRequest(registry)<D>(query, variables);
const count = async (table: string, where = 'true', params: unknown[] = []) => Number((await sql.query<{ n: string }>(`select count(*) as n from ${table} where ${where}`, params)).rows[0]?.n);

let testbed: EngineTestbed | undefined;
beforeAll(async () => {
  testbed = await startEngineTestbed('engine_flows', inject('adminDatabaseUrl'), inject('keycloakUrl'));
  ({ db, registry, env, runtime: engine, sql } = testbed);
});

afterAll(async () => {
  await testbed?.stop();
});

describe('TSA application', () => {
  let householdId: string;
  const spouse = enginePin();
  const child = enginePin();
  let applicationId: string;

  it('a citizen applies; the worker decides with an explanation, opens the card account and sends the SMS', async () => {
    householdId = await seedHousehold(db.url, [
      { pin: AYSEL, birthDate: '1988-03-03', sex: 'FEMALE', relation: 'HEAD', language: 'az' },
      { pin: spouse, birthDate: '1986-07-07', sex: 'MALE', relation: 'SPOUSE' },
      { pin: child, birthDate: '2016-01-01', relation: 'CHILD', phone: null },
    ]);
    await submitFacts(registry, 'taxes', incomeFacts(AYSEL, monthOf(today), 200));
    await submitFacts(registry, 'labour', [
      { subjectPin: AYSEL, kind: 'UNEMPLOYMENT', value: { office: 'Bakı 3 saylı məşğulluq mərkəzi' }, validFrom: '2024-01-01' },
      { subjectPin: spouse, kind: 'UNEMPLOYMENT', value: { office: 'Bakı 3 saylı məşğulluq mərkəzi' }, validFrom: '2024-01-01' },
    ]);
    const worker = await startWorker(env, engine, { schedule: false });
    try {
      const citizen = await registry.userToken('aysel');
      const applied = await postGraphQL<{ applyForAssistance: { application: { id: string; deadline: string } } }>(
        registry.gatewayUrl,
        `mutation($input: ApplyForAssistanceInput!) { applyForAssistance(input: $input) { application { id deadline } } }`,
        { input: { householdId, idempotencyKey: 'engine-test-1' } },
        { authorization: `Bearer ${citizen}` },
      );
      expect(applied.errors).toBeUndefined();
      applicationId = applied.data?.applyForAssistance.application.id ?? '';
      // Decided and the SMS "sent" (recorded by the dev provider), all by the worker's jobs.
      const sms = await eventually(async () => (await sql.query<{ text: string; notification_id: string }>(`select text, notification_id from engine.sms_message`)).rows[0]);
      const { application } = await asEngine<{ application: { status: string; decision: { outcome: string; monthlyAmount: string; ruleVersion: string; reasonCode: string; steps: { code: string; formula: string | null; result: string; description: string; az: string; ru: string }[]; parameters: { name: string; value: number; effectiveFrom: string }[]; inputs: { factId: string | null; kind: string; recordedAt: string | null }[]; assignment: { periodFrom: string; periodTo: string; monthlyAmount: string } } } }>(
        `query($id: ID!) { application(id: $id) { status decision { outcome monthlyAmount ruleVersion reasonCode steps { code formula result description az: plain(language: AZ) ru: plain(language: RU) } parameters { name value effectiveFrom } inputs { factId kind recordedAt } assignment { periodFrom periodTo monthlyAmount } } } }`,
        { id: applicationId },
      );
      const expected = (need * 3 - 200).toFixed(2);
      expect(application.status).toBe('DECIDED');
      expect(application.decision).toMatchObject({ outcome: 'GRANTED', reasonCode: 'ELIGIBLE', monthlyAmount: expected, ruleVersion: 'TSA@2020.2' });
      expect(application.decision.steps.map((s) => s.code)).toEqual(expect.arrayContaining(['TSA_MEMBERS', 'TSA_NEED_TOTAL', 'TSA_INCOME_AVERAGE', 'TSA_AMOUNT', 'TSA_TERM', 'TSA_GRANTED']));
      expect(application.decision.steps.find((s) => s.code === 'TSA_AMOUNT')?.result).toBe(expected);
      // Through the gateway every step has its code and reads in the reader's language, never the English description.
      for (const step of application.decision.steps) expect({ code: step.code, az: step.az === step.description, ru: step.ru === step.description }).toEqual({ code: step.code, az: false, ru: false });
      expect(application.decision.parameters).toContainEqual({ name: 'needCriterion', value: need, effectiveFrom: `${today.slice(0, 4)}-01-01` });
      expect(application.decision.inputs.filter((i) => i.kind === 'INCOME' && i.factId && i.recordedAt)).toHaveLength(12);
      expect(application.decision.assignment).toMatchObject({ periodFrom: `${monthOf(today)}-01`, monthlyAmount: expected });
      // The SMS: in the applicant's language, with the amount, the branch and the card pick-up date.
      const { person } = await asEngine<{ person: { paymentAccounts: { branchAddress: string; cardPickupDate: string }[]; notifications: { id: string; status: string; language: string; text: string }[] } }>(
        `query($pin: String!) { person(pin: $pin) { paymentAccounts { branchAddress cardPickupDate } notifications { id status language text } } }`,
        { pin: AYSEL },
      );
      const account = person.paymentAccounts[0];
      expect(account).toBeDefined();
      // Amount and date as an Azerbaijani reader writes them (the applicant's language is az).
      expect(sms.text).toContain(formatMoney(expected, 'az'));
      expect(sms.text).toContain(account?.branchAddress ?? '?');
      expect(sms.text).toContain(formatDate(account?.cardPickupDate ?? '?', 'az'));
      expect(sms.text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      expect(sms.text).toContain('Ünvanlı dövlət sosial yardımı');
      await eventually(async () => ((await asEngine<{ notification: { status: string } }>(`query($id: ID!) { notification(id: $id) { status } }`, { id: sms.notification_id })).notification.status === 'SENT' ? true : undefined));
    } finally {
      await worker.stop();
    }
  });

  it('replays (the job again, the SMS job again) produce nothing new', async () => {
    const before = { decisions: await count('benefits.decision'), assignments: await count('benefits.assignment'), notifications: await count('benefits.notification'), sms: await count('engine.sms_message'), accounts: await count('payments.payment_account') };
    const again = await applyApplication(engine.ctx, applicationId);
    expect(again.decision?.created).toBe(false);
    const notificationId = again.decision?.notificationId ?? '';
    expect(await sendNotification(engine.ctx, notificationId)).toBe('ALREADY_SENT');
    expect({ decisions: await count('benefits.decision'), assignments: await count('benefits.assignment'), notifications: await count('benefits.notification'), sms: await count('engine.sms_message'), accounts: await count('payments.payment_account') }).toEqual(before);
  });

  it('a birth fact gives the birth grant and the child-under-one allowance the same day', async () => {
    const baby = enginePin();
    const [factId] = await submitFacts(registry, 'justice', [
      { subjectPin: baby, kind: 'BIRTH', value: { motherPin: AYSEL, fatherPin: spouse, districtCode: 'AZ-BA', firstName: 'Nərgiz', lastName: 'Mühərrikova', sex: 'FEMALE' }, validFrom: today, sourceReference: `BIRTH-${baby}` },
    ]);
    const out = await onFactIngested(engine.ctx, { subjectPin: baby, factId: factId ?? '', kind: 'BIRTH', agency: 'justice', outcome: 'ACCEPTED' });
    expect(out.decisions.map((d) => d.created)).toEqual([true, true]);
    const { household } = await asEngine<{
      household: { members: { person: { pin: string } }[]; assistance: { benefitType: { code: string }; monthlyAmount: string; amount: string; paymentKind: string; periodFrom: string; status: string; beneficiary: { pin: string } }[] };
    }>(
      `query($id: ID!) { household(id: $id) { members { person { pin } } assistance { benefitType { code } monthlyAmount amount paymentKind periodFrom status beneficiary { pin } } } }`,
      { id: householdId },
    );
    // The child joined the mother's household (vital event), and the allowance rides on the TSA.
    expect(household.members.map((m) => m.person.pin)).toContain(baby);
    const allowance = household.assistance.find((a) => a.benefitType.code === 'CHILD_UNDER_ONE');
    expect(allowance).toMatchObject({ monthlyAmount: '140.00', periodFrom: `${monthOf(today)}-01`, status: 'ACTIVE', beneficiary: { pin: AYSEL } });
    const grant = household.assistance.find((a) => a.benefitType.code === 'BIRTH_GRANT');
    // A one-off is a one-off everywhere: its kind, its amount, and a summary with a date and no "a month".
    expect(grant).toMatchObject({ amount: '400.00', paymentKind: 'ONE_TIME', beneficiary: { pin: AYSEL } });
    expect(allowance).toMatchObject({ amount: '140.00', paymentKind: 'MONTHLY' });
    const { person } = await asEngine<{ person: { decisions: { benefitType: { code: string }; decidedAt: string; paymentKind: string; referenceNumber: string; az: string; en: string }[] } }>(
      `query($pin: String!) { person(pin: $pin) { decisions { benefitType { code } decidedAt paymentKind referenceNumber az: summary(language: AZ) en: summary(language: EN) } } }`,
      { pin: baby },
    );
    const grantDecision = person.decisions.find((d) => d.benefitType.code === 'BIRTH_GRANT');
    expect(grantDecision).toMatchObject({ paymentKind: 'ONE_TIME', az: expect.stringContaining('birdəfəlik 400,00\u00A0₼') as unknown });
    expect(grantDecision?.en).not.toMatch(/a month|\d{4}-\d{2}-\d{2}/);
    expect(grantDecision?.referenceNumber).toMatch(/^\d{4}\/[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$/);
    expect(person.decisions.map((d) => d.benefitType.code).sort()).toEqual(['BIRTH_GRANT', 'CHILD_UNDER_ONE']);
    expect(person.decisions.every((d) => registryToday(new Date(d.decidedAt)) === today)).toBe(true);
    // The same job again: nothing new.
    const decisions = await count('benefits.decision');
    const again = await onFactIngested(engine.ctx, { subjectPin: baby, factId: factId ?? '', kind: 'BIRTH', agency: 'justice', outcome: 'ACCEPTED' });
    expect(again.decisions.every((d) => !d.created)).toBe(true);
    expect(await count('benefits.decision')).toBe(decisions);
  });

  it('payroll pays every active assignment once for the month; a second run creates nothing', async () => {
    const month = monthOf(today);
    const first = await runPayroll(engine.ctx, month);
    expect(first.assignments).toBe(3); // TSA, child under one, birth grant
    expect(first.created).toBe(3);
    expect(first.rejected).toBe(0);
    const second = await runPayroll(engine.ctx, month);
    expect(second).toMatchObject({ created: 0, existing: 3 });
    expect(await count('payments.payment', 'month = $1', [month])).toBe(3);
  });
});

describe('daily sweep', () => {
  it('assigns the old-age pension to someone who reached pension age since the last sweep, once', async () => {
    const pin = enginePin();
    const younger = enginePin();
    await seedHousehold(db.url, [
      { pin, birthDate: addYears(today, -65), relation: 'HEAD' },
      { pin: younger, birthDate: addYears(today, -64), relation: 'SPOUSE' },
    ]);
    await submitFacts(registry, 'pension-fund', [
      { subjectPin: pin, kind: 'INSURED_YEARS', value: { years: 35, months: 2 }, validFrom: '2024-01-01' },
      { subjectPin: younger, kind: 'INSURED_YEARS', value: { years: 30, months: 0 }, validFrom: '2024-01-01' },
    ]);
    const summary = await dailySweep(engine.ctx, engine.db, today);
    expect(summary).toMatchObject({ pensionCandidates: 1, pensionsGranted: 1 });
    const { person } = await asEngine<{ person: { benefits: { benefitType: { code: string }; monthlyAmount: string; periodFrom: string; periodTo: string | null }[] } }>(
      `query($pin: String!) { person(pin: $pin) { benefits { benefitType { code } monthlyAmount periodFrom periodTo } } }`,
      { pin },
    );
    expect(person.benefits).toEqual([expect.objectContaining({ benefitType: { code: 'OLD_AGE_PENSION' }, periodTo: null })]);
    const again = await dailySweep(engine.ctx, engine.db, today);
    expect(again.pensionsGranted).toBe(0);
    expect(await count('benefits.decision', `benefit_code = 'OLD_AGE_PENSION'`)).toBe(1);
  });

  it('personsBornBetween is the engine’s alone: a caseworker and a citizen are refused', async () => {
    const q = `{ personsBornBetween(from: "1900-01-01", to: "2100-01-01", limit: 2) { items { pin } nextAfter } }`;
    for (const user of ['aysel', 'caseworker.baku']) {
      const res = await postGraphQL(registry.gatewayUrl, q, {}, { authorization: `Bearer ${await registry.userToken(user)}`, 'x-purpose-of-use': 'DECISION_AUDIT' });
      expect(errorCodes(res).some((c) => c === 'FORBIDDEN' || c === 'UNAUTHORIZED_FIELD_OR_TYPE')).toBe(true);
    }
    const page = await asEngine<{ personsBornBetween: { items: { pin: string }[]; nextAfter: string | null } }>(q);
    expect(page.personsBornBetween.items).toHaveLength(2);
    const next = await asEngine<{ personsBornBetween: { items: { pin: string }[] } }>(
      `query($after: String) { personsBornBetween(from: "1900-01-01", to: "2100-01-01", after: $after, limit: 2) { items { pin } } }`,
      { after: page.personsBornBetween.nextAfter },
    );
    expect(next.personsBornBetween.items.map((p) => p.pin)).not.toContain(page.personsBornBetween.items[0]?.pin);
  });
});

describe('re-run of an old rule version', () => {
  it('finds the arrears a corrected income fact causes, reports them dry, and records a replacement decision once', async () => {
    const pin = enginePin();
    const householdId = await seedHousehold(db.url, [{ pin, birthDate: '1980-02-02', relation: 'HEAD' }], '2010-01-01');
    await submitFacts(registry, 'labour', [{ subjectPin: pin, kind: 'UNEMPLOYMENT', value: { office: 'Sumqayıt' }, validFrom: '2018-01-01' }]);
    await submitFacts(registry, 'taxes', incomeFacts(pin, '2019-04', 60));
    // The 2019 application (submitted before the engine existed in this database).
    const applicationId = '0f4c1f9e-2b7d-4d43-9a51-3c0f5a2e7b19';
    await sql.query(`insert into benefits.application (id, benefit_code, household_id, applicant_pin, submitted_at, deadline, status) values ($1, 'TSA', $2, $3, '2019-04-10T09:00:00Z', '2019-05-01', 'SUBMITTED')`, [applicationId, householdId, pin]);
    const decided = await applyApplication(engine.ctx, applicationId);
    // 2019: need criterion 130, income 720 / 12 = 60 → 70.00 a month for 24 months (TSA@2017.1).
    const { application } = await asEngine<{ application: { decision: { ruleVersion: string; monthlyAmount: string; assignment: { periodTo: string } } } }>(
      `query($id: ID!) { application(id: $id) { decision { ruleVersion monthlyAmount assignment { periodTo } } } }`,
      { id: applicationId },
    );
    expect(application.decision).toMatchObject({ ruleVersion: 'TSA@2017.1', monthlyAmount: '70.00', assignment: { periodTo: '2021-03-31' } });
    for (const month of ['2019-04', '2019-05', '2019-06']) await runPayroll(engine.ctx, month);
    // The tax service corrects June 2018: 0, not 60 (same source reference → supersedes).
    await submitFacts(registry, 'taxes', [{ subjectPin: pin, kind: 'INCOME', value: { amount: 0, month: '2018-06', source: 'SALARY' }, validFrom: '2018-06-01', validTo: '2018-06-30', sourceReference: `TAX-${pin}-2018-06` }]);

    const decisionsBefore = await count('benefits.decision');
    const report = await rerunCorrections(engine.ctx, { ruleVersion: 'TSA@2017.1', from: '2019-04', to: '2019-06', apply: false });
    const mine = report.assignments.find((a) => a.decisionId === decided.decision?.decisionId);
    expect(mine).toMatchObject({ decidedBy: 'TSA@2017.1', rerunMonthlyAmount: '75.00', arrears: '15.00', overpayment: '0.00' });
    expect(mine?.months).toEqual([
      { month: '2019-04', paid: '70.00', due: '75.00', difference: '5.00' },
      { month: '2019-05', paid: '70.00', due: '75.00', difference: '5.00' },
      { month: '2019-06', paid: '70.00', due: '75.00', difference: '5.00' },
    ]);
    expect(mine?.explanation.at(-1)).toMatchObject({ code: 'RERUN_CORRECTION', values: expect.objectContaining({ arrears: '15.00' }) });
    expect(await count('benefits.decision')).toBe(decisionsBefore); // a dry run writes nothing

    const applied = await rerunCorrections(engine.ctx, { ruleVersion: 'TSA@2017.1', from: '2019-04', to: '2019-06', apply: true });
    const replacementId = applied.assignments.find((a) => a.decisionId === decided.decision?.decisionId)?.replacementDecisionId;
    const { decision } = await asEngine<{ decision: { replaces: { id: string }; ruleVersion: string; monthlyAmount: string } }>(`query($id: ID!) { decision(id: $id) { replaces { id } ruleVersion monthlyAmount } }`, { id: replacementId });
    expect(decision).toMatchObject({ replaces: { id: decided.decision?.decisionId }, ruleVersion: 'TSA@2017.1', monthlyAmount: '75.00' });
    const after = await count('benefits.decision');
    expect(after).toBe(decisionsBefore + 1);
    await rerunCorrections(engine.ctx, { ruleVersion: 'TSA@2017.1', from: '2019-04', to: '2019-06', apply: true });
    expect(await count('benefits.decision')).toBe(after);
  });
});

describe('npm run engine', () => {
  const cli = (...args: string[]) =>
    new Promise<{ code: number | null; out: string }>((resolve) => {
      const child = spawn(process.execPath, ['--experimental-strip-types', '--no-warnings', 'engine/src/cli.ts', ...args], {
        env: { PATH: process.env['PATH'] ?? '', GATEWAY_URL: registry.gatewayUrl, KEYCLOAK_URL: registry.identityUrl, DATABASE_URL: db.url, LOG_LEVEL: 'silent' },
      });
      let out = '';
      child.stdout.on('data', (c: Buffer) => (out += c.toString()));
      child.on('close', (code) => resolve({ code, out }));
    });

  it('sweep runs the flow through the gateway and prints its summary; verify-chain finds the decision log intact', async () => {
    const sweep = await cli('sweep', '--date', today);
    expect(sweep.code).toBe(0);
    expect(JSON.parse(sweep.out)).toMatchObject({ date: today, pensionsGranted: 0 });
    const chain = await cli('verify-chain');
    expect(chain.out).toMatch(/^chain intact: \d+ entries/);
    expect(chain.code).toBe(0);
    expect((await cli('nonsense')).code).toBe(64);
  });
});

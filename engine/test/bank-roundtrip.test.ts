import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { registryToday } from '@usr/shared';
import { camtFile, DEV_SIMULATED_BANK, pain002, paydayOf, readPain001, type ReceivedTransfer } from '@usr/payments';
import { postGraphQL, type TestDatabase } from '@usr/shared/testing';
import type { RunningRegistry } from '../../test/support/registry.ts';
import { xsdErrors } from '../../subgraphs/payments/test/xsd.ts';
import type { EngineRuntime } from '../src/engine.ts';
import { applyApplication } from '../src/flows/apply-application.ts';
import { notifyPaymentSettled } from '../src/flows/payment-settled.ts';
import { runPayroll } from '../src/flows/payroll.ts';
import { normaliseLanguage, renderSms } from '../src/sms/index.ts';
import { formatDate } from '@usr/shared/i18n';
import { addMonthsToMonth, monthOf } from '../src/rules/index.ts';
import { enginePin, engineRequest, seedHousehold, startEngineTestbed, submitFacts, type EngineTestbed } from './support/engine-harness.ts';

/**
 * Money that reaches people, end to end through the gateway: a TSA assignment, its card account
 * opened by the (simulated) bank, the payroll, the pain.001 sent, the bank's pain.002 and camt.053
 * coming back through the bank's own upload, payments withdrawn, and a family that never withdraws
 * losing the TSA with an SMS after two months of statements.
 */
let db: TestDatabase;
let registry: RunningRegistry;
let engine: EngineRuntime;
let sql: pg.Pool;
let testbed: EngineTestbed | undefined;
const today = registryToday();
const current = monthOf(today);
const previous = addMonthsToMonth(current, -1);

const asEngine = <D>(query: string, variables: Record<string, unknown> = {}) => engineRequest(registry)<D>(query, variables);

interface Outcome {
  entry?: number;
  reference?: string | null;
  outcome?: string;
  summary?: { replay: boolean; outcomes: Record<string, number> };
}
const upload = async (xml: string): Promise<Outcome[]> => {
  const res = await fetch(new URL('/imports/bank-files', registry.gatewayUrl), {
    method: 'POST',
    headers: { authorization: `Bearer ${await registry.serviceToken('bank')}`, 'content-type': 'application/xml' },
    body: xml,
  });
  expect(res.status).toBe(200);
  return (await res.text())
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Outcome);
};
const outcomesOf = (lines: Outcome[]) => lines.filter((l) => l.outcome).map((l) => l.outcome);

const exportMonth = async (month: string): Promise<{ xml: string; sent: Awaited<ReturnType<typeof readPain001>> }> => {
  const res = await fetch(`${new URL('/exports/pain001', registry.gatewayUrl).toString()}?month=${month}`, { headers: { authorization: `Bearer ${await registry.serviceToken('decision-engine')}` } });
  expect(res.status).toBe(200);
  const xml = await res.text();
  return { xml, sent: await readPain001(xml) };
};

const accountOf = async (pin: string) => (await sql.query<{ id: string; iban: string }>(`select id, iban from payments.payment_account where holder_pin = $1`, [pin])).rows[0];
const paymentsOf = async (pin: string) =>
  (await asEngine<{ person: { payments: { items: { month: string; status: string }[] } } }>(`query($pin: String!) { person(pin: $pin) { payments { items { month status } } } }`, { pin })).person.payments.items;
const benefitsOf = async (pin: string) =>
  (await asEngine<{ person: { benefits: { status: string; endedReason: string | null }[] } }>(`query($pin: String!) { person(pin: $pin) { benefits { status endedReason } } }`, { pin })).person.benefits;
const snapshot = async () => (await sql.query<Record<string, unknown>>(`select id, status, paid_at, withdrawn_at, accepted_at, returned_at from payments.payment order by id`)).rows;

const grantTsa = async (pin: string, applicationId: string) => {
  const householdId = await seedHousehold(db.url, [{ pin, birthDate: '1979-03-03', relation: 'HEAD' }]);
  await submitFacts(registry, 'labour', [{ subjectPin: pin, kind: 'UNEMPLOYMENT', value: { office: 'Bakı' }, validFrom: '2020-01-01' }]);
  await sql.query(`insert into benefits.application (id, benefit_code, household_id, applicant_pin, submitted_at, deadline, status) values ($1, 'TSA', $2, $3, $4, $5, 'SUBMITTED')`, [
    applicationId,
    householdId,
    pin,
    `${previous}-02T08:00:00Z`,
    `${previous}-28`,
  ]);
  await applyApplication(engine.ctx, applicationId);
};

/** The bank's day after a payroll file: it accepts every transfer, then credits each card. */
const bankAnswers = async (month: string, sent: Awaited<ReturnType<typeof readPain001>>, withdrawals: ReadonlyArray<{ iban: string; reference: string }>) => {
  const report = pain002({ msgId: `BANK-STS-${month}`, createdAt: new Date(), originalMsgId: sent.msgId, originalPaymentInfoId: sent.paymentInfoId, lines: sent.transfers.map((t) => ({ endToEndId: t.endToEndId, status: 'ACSC' })) });
  const byAccount = new Map<string, ReceivedTransfer[]>();
  for (const t of sent.transfers) byAccount.set(t.iban, [...(byAccount.get(t.iban) ?? []), t]);
  const statement = [
    ...camtFile(
      'camt.053',
      { msgId: `BANK-STMT-${month}`, createdAt: new Date() },
      [...byAccount].map(([iban, transfers]) => ({
        iban,
        lines: [
          ...transfers.map((t) => ({ kind: 'credit' as const, reference: `CR-${t.endToEndId.slice(0, 20)}`, amount: t.amount, bookedOn: `${month}-05`, endToEndId: t.endToEndId })),
          ...withdrawals.filter((w) => w.iban === iban).map((w) => ({ kind: 'withdrawal' as const, reference: w.reference, amount: '20.00', bookedOn: `${month}-06` })),
        ],
      })),
    ),
  ].join('');
  return { report, statement };
};

beforeAll(async () => {
  testbed = await startEngineTestbed('engine_bank', inject('adminDatabaseUrl'), inject('keycloakUrl'));
  ({ db, registry, runtime: engine, sql } = testbed);
});

afterAll(async () => {
  await testbed?.stop();
});

describe('bank round trip through the gateway', () => {
  const spender = enginePin();
  const saver = enginePin();
  const files: string[] = [];

  it('opens each beneficiary’s card account through the bank, with the IBAN the bank answered', async () => {
    await grantTsa(spender, 'b1a1c1d1-0000-4000-8000-000000000001');
    await grantTsa(saver, 'b1a1c1d1-0000-4000-8000-000000000002');
    for (const pin of [spender, saver]) {
      const account = await accountOf(pin);
      expect(account).toBeDefined();
      expect(DEV_SIMULATED_BANK.accounts.get(account?.id ?? '')?.iban).toBe(account?.iban);
    }
  });

  it('tells each beneficiary by SMS that the card is ready, where and from when, in their language, once', async () => {
    // The decision's job again (a retry, a replay): the account exists, nothing more is sent.
    await applyApplication(engine.ctx, 'b1a1c1d1-0000-4000-8000-000000000001');
    for (const pin of [spender, saver]) {
      const opened = await sql.query<{ branch: string; pickup: string }>(
        `select branch_address as branch, to_char(card_pickup_date, 'YYYY-MM-DD') as pickup from payments.payment_account where holder_pin = $1`,
        [pin],
      );
      const ready = await sql.query<{ text: string; language: string }>(`select text, language from benefits.notification where recipient_pin = $1 and template = 'CARD_READY'`, [pin]);
      expect(ready.rows).toHaveLength(1);
      const [sms] = ready.rows;
      const account = opened.rows[0];
      expect(sms?.text).toBe(renderSms('CARD_READY', normaliseLanguage(sms?.language), { branch: account?.branch ?? '?', pickupDate: account?.pickup ?? '?' }));
      expect(sms?.text).toContain(formatDate(account?.pickup ?? '?', normaliseLanguage(sms?.language)));
    }
  });

  it('pays the first month: pain.001 (XSD-valid) → pain.002 accepted → camt.053 with the withdrawal → WITHDRAWN', async () => {
    await runPayroll(engine.ctx, previous);
    const { xml, sent } = await exportMonth(previous);
    expect(await xsdErrors(xml, 'pain.001.001.10')).toBe('');
    expect(sent.transfers).toHaveLength(2);
    const spenderIban = (await accountOf(spender))?.iban ?? '';
    const { report, statement } = await bankAnswers(previous, sent, [{ iban: spenderIban, reference: `WD-${previous}` }]);
    expect(await xsdErrors(report, 'pain.002.001.11')).toBe('');
    expect(await xsdErrors(statement, 'camt.053.001.08')).toBe('');
    expect(outcomesOf(await upload(report))).toEqual(['APPLIED', 'APPLIED']);
    expect((await paymentsOf(spender))[0]?.status).toBe('ACCEPTED');
    expect(outcomesOf(await upload(statement))).toEqual(expect.arrayContaining(['APPLIED']));
    expect(await paymentsOf(spender)).toEqual([{ month: previous, status: 'WITHDRAWN' }]);
    expect(await paymentsOf(saver)).toEqual([{ month: previous, status: 'PAID' }]);
    files.push(report, statement);
  });

  it('tells each beneficiary by SMS that the month’s payment is on the card, once however often the job runs', async () => {
    const jobs = await sql.query<{ data: { paymentId: string; status: 'PAID' } }>(`select data from pgboss.job where name = 'payments.settled'`);
    expect(jobs.rows.map((j) => j.data.status)).toEqual(['PAID', 'PAID']);
    for (const job of [...jobs.rows, ...jobs.rows]) await notifyPaymentSettled(engine.ctx, job.data);
    for (const pin of [spender, saver]) {
      const sent = await sql.query<{ text: string }>(`select text from benefits.notification where recipient_pin = $1 and template = 'PAYMENT_MADE'`, [pin]);
      expect(sent.rows).toHaveLength(1);
      expect(sent.rows[0]?.text).not.toMatch(/PAYMENT_MADE|\{|\d{4}-\d{2}/);
    }
  });

  it('ends the saver’s TSA with an SMS once two months of statements show no withdrawal; the spender keeps it', async () => {
    await runPayroll(engine.ctx, current);
    const { sent } = await exportMonth(current);
    const { report, statement } = await bankAnswers(current, sent, []);
    await upload(report);
    await upload(statement);
    files.push(report, statement);
    expect(await paymentsOf(saver)).toEqual([
      { month: current, status: 'PAID' },
      { month: previous, status: 'PAID' },
    ]);
    const summary = await runPayroll(engine.ctx, current);
    expect(summary.endedNotWithdrawn).toBe(1);
    expect(await benefitsOf(saver)).toEqual([expect.objectContaining({ status: 'ENDED', endedReason: 'NOT_WITHDRAWN' })]);
    expect(await benefitsOf(spender)).toEqual([expect.objectContaining({ status: 'ACTIVE' })]);
    expect((await sql.query(`select 1 from benefits.notification where recipient_pin = $1 and template = 'ASSIGNMENT_ENDED'`, [saver])).rowCount).toBe(1);
  });

  it('shows the payment schedule: the next payday and amount of an assignment being paid, none for an ended one', async () => {
    const schedule = async (pin: string) =>
      (await asEngine<{ person: { benefits: { status: string; monthlyAmount: string; nextPayment: { month: string; on: string; amount: string } | null }[] } }>(
        `query($pin: String!) { person(pin: $pin) { benefits { status monthlyAmount nextPayment { month on amount } } } }`,
        { pin },
      )).person.benefits;
    const [paid] = await schedule(spender);
    const thisPayday = paydayOf(current);
    const month = today <= thisPayday ? current : addMonthsToMonth(current, 1);
    expect(paid?.nextPayment).toEqual({ month, on: paydayOf(month), amount: paid?.monthlyAmount });
    expect((await schedule(saver))[0]?.nextPayment).toBeNull();
  });

  it('changes nothing when every file comes again', async () => {
    const before = await snapshot();
    for (const file of files) {
      const lines = await upload(file);
      expect(lines.at(-1)?.summary?.replay).toBe(true);
      expect(outcomesOf(lines).every((o) => o === 'UNCHANGED' || o === 'DUPLICATE')).toBe(true);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('flags a withdrawal after the ending for review and does not silently revive the TSA', async () => {
    const iban = (await accountOf(saver))?.iban ?? '';
    const late = [...camtFile('camt.054', { msgId: 'BANK-NTF-LATE', createdAt: new Date() }, [{ iban, lines: [{ kind: 'withdrawal', reference: 'WD-LATE', amount: '50.00', bookedOn: today }] }])].join('');
    expect(await xsdErrors(late, 'camt.054.001.08')).toBe('');
    expect(outcomesOf(await upload(late))).toEqual(['APPLIED_LATE']);
    expect(await benefitsOf(saver)).toEqual([expect.objectContaining({ status: 'ENDED', endedReason: 'NOT_WITHDRAWN' })]);
    const flagged = await sql.query(`select outcome from payments.bank_entry where reference = 'WD-LATE'`);
    expect(flagged.rows).toEqual([{ outcome: 'APPLIED_LATE' }]);
  });

  it('pays a rejected payment again in the next run, to the account the bank opened instead, once however often the run is replayed', async () => {
    const returnee = enginePin();
    await grantTsa(returnee, 'b1a1c1d1-0000-4000-8000-000000000003');
    const summary = await runPayroll(engine.ctx, previous);
    expect(summary).toMatchObject({ created: 1, repaid: 0 });
    const { sent } = await exportMonth(previous);
    const closedIban = (await accountOf(returnee))?.iban ?? '';
    expect(sent.transfers.map((t) => t.iban)).toEqual([closedIban]);
    // The bank refuses it: the account was closed (AC04), and it opens a new card account.
    const refused = pain002({ msgId: `BANK-STS-RJCT-${previous}`, createdAt: new Date(), originalMsgId: sent.msgId, originalPaymentInfoId: sent.paymentInfoId, lines: sent.transfers.map((t) => ({ endToEndId: t.endToEndId, status: 'RJCT', reason: 'AC04' })) });
    expect(await xsdErrors(refused, 'pain.002.001.11')).toBe('');
    expect(outcomesOf(await upload(refused))).toEqual(['APPLIED']);
    expect(await paymentsOf(returnee)).toEqual([{ month: previous, status: 'REJECTED' }]);
    await sql.query(`update payments.payment_account set status = 'CLOSED' where holder_pin = $1`, [returnee]);
    await asEngine(`mutation($input: OpenPaymentAccountInput!) { openPaymentAccount(input: $input) { created } }`, { input: { holderPin: returnee, openedOn: today } });
    const opened = await sql.query<{ iban: string }>(`select iban from payments.payment_account where holder_pin = $1 and status = 'OPEN'`, [returnee]);
    const newIban = opened.rows[0]?.iban ?? '';
    expect(newIban).not.toBe(closedIban);

    // The next run pays it again with the month's payment, both to the new account; a replay repays nothing more.
    expect(await runPayroll(engine.ctx, current)).toMatchObject({ repaid: 1 });
    expect(await runPayroll(engine.ctx, current)).toMatchObject({ repaid: 0, created: 0 });
    const next = await exportMonth(current);
    expect(await xsdErrors(next.xml, 'pain.001.001.10')).toBe('');
    const toReturnee = next.sent.transfers.filter((t) => t.iban === newIban);
    expect(toReturnee).toHaveLength(2);
    expect(next.sent.transfers.some((t) => t.iban === closedIban)).toBe(false);
    const repayment = await sql.query<{ month: string; status: string; repays: string; amount: string }>(
      `select r.month, r.status, r.repays_payment_id::text as repays, r.amount::text as amount from payments.payment r where r.beneficiary_pin = $1 and r.repays_payment_id is not null`,
      [returnee],
    );
    const original = await sql.query<{ id: string; amount: string }>(`select id::text as id, amount::text as amount from payments.payment where beneficiary_pin = $1 and status = 'REJECTED'`, [returnee]);
    expect(repayment.rows).toEqual([{ month: current, status: 'SENT', repays: original.rows[0]?.id, amount: original.rows[0]?.amount }]);
    // The reconciliation no longer lists it as still to repay (auditors read it).
    const reconciliation = await postGraphQL<{ paymentReconciliation: { paymentsToRepay: { paymentId: string }[] } }>(
      registry.gatewayUrl,
      `query($month: String!) { paymentReconciliation(month: $month) { paymentsToRepay { paymentId } } }`,
      { month: previous },
      { authorization: `Bearer ${await registry.userToken('auditor')}`, 'x-purpose-of-use': 'PAYROLL_AUDIT' },
    );
    expect(reconciliation.data?.paymentReconciliation.paymentsToRepay.map((p) => p.paymentId)).not.toContain(original.rows[0]?.id);
  });
});

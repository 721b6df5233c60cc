import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestDatabase, errorCodes, postGraphQL, type TestDatabase } from '@usr/shared/testing';
import { startRegistry, type RunningRegistry } from './support/registry.ts';
import { seeder } from './support/seed.ts';

/**
 * The payroll path as the decision engine drives it, through the gateway with the realm's real
 * tokens: open Leyla's account (region from the persons subgraph), record the month's payroll,
 * download the bank file, import the bank's statement, and Leyla sees her payment credited.
 */
const LEYLA = '6CGT3N5';
const MONTH = '2026-11';
const PURPOSE = { 'x-purpose-of-use': 'PAYROLL_AUDIT' };

let db: TestDatabase;
let registry: RunningRegistry;
const assignmentId = randomUUID();
const tokens = new Map<string, string>();

const token = async (who: string): Promise<string> => {
  let value = tokens.get(who);
  if (!value) {
    value = who.startsWith('client:') ? await registry.serviceToken(who.slice(7)) : await registry.userToken(who);
    tokens.set(who, value);
  }
  return value;
};
const as = async (who: string, query: string, variables: Record<string, unknown> = {}) =>
  postGraphQL(registry.gatewayUrl, query, variables, { authorization: `Bearer ${await token(who)}`, ...PURPOSE });
const download = async (who: string, query = `?month=${MONTH}`) => {
  const response = await fetch(`${new URL('/exports/pain001', registry.gatewayUrl).toString()}${query}`, { headers: { authorization: `Bearer ${await token(who)}`, ...PURPOSE } });
  return { status: response.status, body: await response.text() };
};

beforeAll(async () => {
  db = await createTestDatabase(inject('adminDatabaseUrl'));
  registry = await startRegistry(db.url, inject('keycloakUrl') || undefined);
  const seed = seeder(db.url);
  await seed.household(1).withPins(LEYLA).inRegion('ganja-dashkasan', 'AZ-GA').save();
  await seed.close();
});

afterAll(async () => {
  await registry?.stop();
  await db?.drop();
});

const OPEN = `mutation($pin: String!) { openPaymentAccount(input: { holderPin: $pin, openedOn: "2026-12-03" }) { created account { id bank branchAddress cardPickupDate iban } } }`;
const PAYROLL = `mutation($input: RecordPayrollInput!) { recordPayroll(input: $input) { created existing rejected { index code } } }`;

describe('payroll through the gateway', () => {
  // The gateway removes a field the caller may not use before planning (router semantics); the
  // next test's `created: true` shows that nothing was written.
  it('refuses the payroll writes to a citizen, a caseworker and an auditor', async () => {
    for (const who of ['leyla', 'caseworker.ganja', 'auditor']) {
      const open = await as(who, OPEN, { pin: LEYLA });
      expect(errorCodes(open)).toEqual(['UNAUTHORIZED_FIELD_OR_TYPE']);
      expect(open.data?.['openPaymentAccount'] ?? null).toBeNull();
      const payroll = await as(who, PAYROLL, { input: { month: MONTH, items: [{ assignmentId, beneficiaryPin: LEYLA, amount: '150.00' }] } });
      expect(errorCodes(payroll)).toEqual(['UNAUTHORIZED_FIELD_OR_TYPE']);
    }
  });

  it('lets the engine open the account at the branch of the holder’s region, once', async () => {
    const opened = await as('client:decision-engine', OPEN, { pin: LEYLA });
    expect(opened.errors).toBeUndefined();
    const payload = (opened.data as { openPaymentAccount: { created: boolean; account: { bank: string; branchAddress: string; cardPickupDate: string } } }).openPaymentAccount;
    expect(payload).toMatchObject({ created: true, account: { bank: 'Kapital Bank', cardPickupDate: '2026-12-10' } });
    expect(payload.account.branchAddress).toContain('Gəncə');
    const again = await as('client:decision-engine', OPEN, { pin: LEYLA });
    expect(again.data).toEqual({ openPaymentAccount: { ...payload, created: false } });
  });

  it('records the payroll once, exports it to the bank, imports the statement, and the citizen sees the payment credited', async () => {
    const items = [{ assignmentId, beneficiaryPin: LEYLA, amount: '150.00', benefitCode: 'TSA' }];
    expect((await as('client:decision-engine', PAYROLL, { input: { month: MONTH, items } })).data).toEqual({ recordPayroll: { created: 1, existing: 0, rejected: [] } });
    expect((await as('client:decision-engine', PAYROLL, { input: { month: MONTH, items } })).data).toEqual({ recordPayroll: { created: 0, existing: 1, rejected: [] } });

    expect((await download('leyla')).status).toBe(403);
    expect((await download('caseworker.ganja')).status).toBe(403);
    const file = await download('client:decision-engine');
    expect(file.status).toBe(200);
    expect(file.body).toContain('<NbOfTxs>1</NbOfTxs>');
    expect(file.body).toContain('<InstdAmt Ccy="AZN">150.00</InstdAmt>');
    const endToEnd = /<EndToEndId>([0-9a-f]{32})<\/EndToEndId>/.exec(file.body)?.[1];
    expect(endToEnd).toBeDefined();
    const audited = await download('auditor');
    expect(audited.status).toBe(200);
    expect(audited.body).not.toMatch(/<IBAN>AZ\d\dAIIB/);

    const statement = await as('client:decision-engine', `mutation($input: RecordBankStatementInput!) { recordBankStatement(input: $input) { applied unchanged rejected { code } } }`, {
      input: { items: [{ paymentId: endToEnd, status: 'PAID', at: '2026-11-05T09:00:00Z' }] },
    });
    expect(statement.data).toEqual({ recordBankStatement: { applied: 1, unchanged: 0, rejected: [] } });
    const mine = await as('leyla', `query($pin: String!) { person(pin: $pin) { payments { items { month amount status sentAt paidAt } } } }`, { pin: LEYLA });
    expect(mine.errors).toBeUndefined();
    expect((mine.data as { person: { payments: { items: unknown[] } } }).person.payments.items).toEqual([
      { month: MONTH, amount: '150.00', status: 'PAID', sentAt: expect.stringMatching(/^2\d{3}-/), paidAt: '2026-11-05T09:00:00.000Z' },
    ]);
    const unwithdrawn = await as('client:decision-engine', `{ unwithdrawnAssignments(month: "${MONTH}", months: 1) { items { id } hasMore } }`);
    expect(unwithdrawn.data).toEqual({ unwithdrawnAssignments: { items: [{ id: assignmentId }], hasMore: false } });
  });
});

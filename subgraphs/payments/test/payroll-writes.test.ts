import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import pg from 'pg';
import { addWorkingDays, isValidAzerbaijaniIban, startSubgraph, type RunningService } from '@usr/shared';
import { createTestDatabase, createTestTokens, ENGINE, errorCodes, postGraphQL, startDirectoryStub, type DirectoryStub, type TestDatabase, type TestTokenClaims, type TestTokens } from '@usr/shared/testing';
import { paymentsSubgraph } from '../src/index.ts';
import { NOT_THE_ENGINE, PURPOSE } from './callers.ts';
import { insertAccount, insertPayments } from './fixtures.ts';

let db: TestDatabase;
let tokens: TestTokens;
let service: RunningService;
let directory: DirectoryStub;
let sql: pg.Client;

const GANJA_HOLDER = '3GAN000';
const LANKARAN_HOLDER = '3LAN000';
const NOWHERE_HOLDER = '3NWH000';

beforeAll(async () => {
  db = await createTestDatabase(inject('adminDatabaseUrl'));
  tokens = await createTestTokens();
  directory = await startDirectoryStub({ regions: { [LANKARAN_HOLDER]: 'lankaran-astara' }, households: {} });
  service = await startSubgraph(paymentsSubgraph, {
    databaseUrl: db.url,
    port: 0,
    auth: { verifier: tokens.verifier, directory: { personsUrl: directory.personsUrl, householdsUrl: directory.householdsUrl } },
  });
  sql = new pg.Client({ connectionString: db.url });
  await sql.connect();
});

afterAll(async () => {
  await sql?.end();
  await service?.stop();
  await directory?.close();
  await db?.drop();
});

const gql = async (query: string, variables: Record<string, unknown> = {}, as: TestTokenClaims = ENGINE) =>
  postGraphQL(service.url, query, variables, { authorization: await tokens.bearer(as), ...PURPOSE });
const count = async (table: string, where = 'true', params: unknown[] = []): Promise<number> =>
  Number((await sql.query<{ n: string }>(`select count(*) as n from payments.${table} where ${where}`, params)).rows[0]?.n);

const OPEN = `mutation($input: OpenPaymentAccountInput!) { openPaymentAccount(input: $input) { created account { id holder { pin } bank branchAddress cardPickupDate cardNumberMasked iban status } } }`;
const PAYROLL = `mutation($input: RecordPayrollInput!) { recordPayroll(input: $input) { created existing rejected { index code } } }`;
const STATEMENT = `mutation($input: RecordBankStatementInput!) { recordBankStatement(input: $input) { applied unchanged rejected { index code } } }`;
const UNWITHDRAWN = `query($month: String!, $months: Int, $page: AssignmentKeysetInput) { unwithdrawnAssignments(month: $month, months: $months, page: $page) { items { id } endCursor hasMore } }`;

interface OpenResult {
  openPaymentAccount: { created: boolean; account: { id: string; holder: { pin: string }; bank: string; branchAddress: string; cardPickupDate: string; cardNumberMasked: string; iban: string; status: string } };
}

describe('addWorkingDays (shared calendar)', () => {
  it('counts Monday to Friday only, the start day excluded', () => {
    expect(addWorkingDays('2026-12-03', 5)).toBe('2026-12-10'); // Thursday → Thursday
    expect(addWorkingDays('2026-12-04', 1)).toBe('2026-12-07'); // Friday → Monday
    expect(addWorkingDays('2026-12-05', 1)).toBe('2026-12-07'); // Saturday → Monday
    expect(addWorkingDays('2026-12-29', 2)).toBe('2027-01-05'); // across the year: 31 December, 1 January and the moved 2 January are rest days
    expect(addWorkingDays('2026-12-03', 0)).toBe('2026-12-03');
    expect(() => addWorkingDays('2026-13-01', 1)).toThrow(RangeError);
  });
});

describe('openPaymentAccount', () => {
  it('is refused to everyone but the decision engine, and writes nothing', async () => {
    for (const [, caller] of NOT_THE_ENGINE) {
      const res = await gql(OPEN, { input: { holderPin: GANJA_HOLDER, regionCode: 'ganja-dashkasan', openedOn: '2026-12-03' } }, caller);
      expect(errorCodes(res)).toEqual(['FORBIDDEN']);
      expect(res.data?.['openPaymentAccount'] ?? null).toBeNull();
    }
    const anonymous = await postGraphQL(service.url, OPEN, { input: { holderPin: GANJA_HOLDER, regionCode: 'ganja-dashkasan', openedOn: '2026-12-03' } });
    expect(errorCodes(anonymous)).toEqual(['UNAUTHENTICATED']);
    expect(await count('payment_account', 'holder_pin = $1', [GANJA_HOLDER])).toBe(0);
  });

  it('opens an account at the region branch for the engine: valid IBAN, masked card, pick-up 5 working days later', async () => {
    const res = await gql(OPEN, { input: { holderPin: GANJA_HOLDER, regionCode: 'ganja-dashkasan', openedOn: '2026-12-03' } });
    expect(res.errors).toBeUndefined();
    const { created, account } = (res.data as unknown as OpenResult).openPaymentAccount;
    expect(created).toBe(true);
    expect(account).toMatchObject({ holder: { pin: GANJA_HOLDER }, bank: 'Kapital Bank', cardPickupDate: '2026-12-10', status: 'OPEN' });
    expect(account.branchAddress).toContain('Gəncə');
    expect(account.cardNumberMasked).toMatch(/^4169 \*{4} \*{4} \d{4}$/);
    expect(account.iban).toMatch(/^AZ\d{2}AIIB\d{20}$/);
    expect(isValidAzerbaijaniIban(account.iban)).toBe(true);
    // A check digit off by one is caught by the same validator (mod 97).
    const tampered = `${account.iban.slice(0, 27)}${(Number(account.iban.slice(27)) + 1) % 10}`;
    expect(isValidAzerbaijaniIban(tampered)).toBe(false);
  });

  it('returns the same account on a replay (created: false) and never opens a second one', async () => {
    const first = await gql(OPEN, { input: { holderPin: GANJA_HOLDER, regionCode: 'ganja-dashkasan', openedOn: '2026-12-03' } });
    const again = await gql(OPEN, { input: { holderPin: GANJA_HOLDER, regionCode: 'baku', openedOn: '2027-01-20' } });
    const a = (first.data as unknown as OpenResult).openPaymentAccount;
    const b = (again.data as unknown as OpenResult).openPaymentAccount;
    expect(a.created).toBe(false);
    expect(b).toEqual(a);
    expect(await count('payment_account', 'holder_pin = $1', [GANJA_HOLDER])).toBe(1);
  });

  it('opens exactly one account when the same holder is opened concurrently', async () => {
    const holderPin = '3CNC000';
    const results = await Promise.all(
      Array.from({ length: 6 }, () => gql(OPEN, { input: { holderPin, regionCode: 'baku', openedOn: '2026-12-03' } })),
    );
    for (const r of results) expect(r.errors).toBeUndefined();
    const payloads = results.map((r) => (r.data as unknown as OpenResult).openPaymentAccount);
    expect(payloads.filter((p) => p.created)).toHaveLength(1);
    expect(new Set(payloads.map((p) => p.account.id)).size).toBe(1);
    expect(await count('payment_account', 'holder_pin = $1', [holderPin])).toBe(1);
  });

  it('chooses the bank and branch by region, the same for everyone there', async () => {
    const one = await gql(OPEN, { input: { holderPin: '3MLA001', regionCode: 'mil-mughan', openedOn: '2026-12-04' } });
    const two = await gql(OPEN, { input: { holderPin: '3MLA002', regionCode: 'mil-mughan', openedOn: '2026-12-04' } });
    const [a, b] = [one, two].map((r) => (r.data as unknown as OpenResult).openPaymentAccount.account);
    expect(a?.bank).toBe('Xalq Bank');
    expect(a?.branchAddress).toBe(b?.branchAddress);
    expect(a?.iban).not.toBe(b?.iban);
    expect(a?.iban).toMatch(/^AZ\d{2}HAJC/);
    expect(a?.cardPickupDate).toBe('2026-12-11'); // Friday + 5 working days
  });

  it("takes the holder's region from the population register when none is given", async () => {
    const res = await gql(OPEN, { input: { holderPin: LANKARAN_HOLDER, openedOn: '2026-12-03' } });
    expect(res.errors).toBeUndefined();
    expect((res.data as unknown as OpenResult).openPaymentAccount.account.branchAddress).toContain('Lənkəran');
  });

  it('answers BAD_USER_INPUT, naming the field and no datum, for a bad PIN, an unknown region or an unknown holder region', async () => {
    const badPin = await gql(OPEN, { input: { holderPin: 'abc', regionCode: 'baku', openedOn: '2026-12-03' } });
    expect(errorCodes(badPin)).toEqual(['BAD_USER_INPUT']);
    expect(badPin.errors?.[0]?.extensions?.['field']).toBe('holderPin');
    expect(JSON.stringify(badPin.errors)).not.toContain('abc');
    const badRegion = await gql(OPEN, { input: { holderPin: '3BAD000', regionCode: 'atlantis', openedOn: '2026-12-03' } });
    expect(errorCodes(badRegion)).toEqual(['BAD_USER_INPUT']);
    expect(badRegion.errors?.[0]?.extensions?.['field']).toBe('regionCode');
    const unknown = await gql(OPEN, { input: { holderPin: NOWHERE_HOLDER, openedOn: '2026-12-03' } });
    expect(errorCodes(unknown)).toEqual(['BAD_USER_INPUT']);
    expect(JSON.stringify(unknown.errors)).not.toContain(NOWHERE_HOLDER);
    const badDate = await gql(OPEN, { input: { holderPin: '3BAD000', regionCode: 'baku', openedOn: '2026-02-30' } });
    expect(errorCodes(badDate)).toEqual(['BAD_USER_INPUT']);
    expect(await count('payment_account', 'holder_pin in ($1, $2)', ['3BAD000', NOWHERE_HOLDER])).toBe(0);
  });
});

describe('recordPayroll', () => {
  const paid = ['4PAY001', '4PAY002', '4PAY003'];
  const assignments = paid.map(() => randomUUID());
  let items: Array<{ assignmentId: string; beneficiaryPin: string; amount: string; benefitCode?: string }> = [];

  beforeAll(async () => {
    for (const pin of paid) await insertAccount(sql, { holderPin: pin });
    await insertAccount(sql, { holderPin: '4BLK000', status: 'BLOCKED' });
    items = [
      ...paid.map((pin, i) => ({ assignmentId: assignments[i] ?? '', beneficiaryPin: pin, amount: '285.50', benefitCode: 'TSA' })),
      { assignmentId: randomUUID(), beneficiaryPin: '4NAC000', amount: '100.00' },
      { assignmentId: randomUUID(), beneficiaryPin: paid[0] ?? '', amount: '0.00' },
      { assignmentId: randomUUID(), beneficiaryPin: '4BLK000', amount: '100.00' },
    ];
  });

  it('is refused to everyone but the decision engine, and writes nothing', async () => {
    for (const [, caller] of NOT_THE_ENGINE) {
      const res = await gql(PAYROLL, { input: { month: '2026-11', items } }, caller);
      expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    }
    expect(await count('payment')).toBe(0);
  });

  it('writes one SCHEDULED payment per assignment and rejects items without an open account or a positive amount', async () => {
    const res = await gql(PAYROLL, { input: { month: '2026-11', items } });
    expect(res.errors).toBeUndefined();
    expect(res.data?.['recordPayroll']).toEqual({
      created: 3,
      existing: 0,
      rejected: [
        { index: 3, code: 'NO_ACCOUNT' },
        { index: 4, code: 'INVALID_AMOUNT' },
        { index: 5, code: 'NO_ACCOUNT' },
      ],
    });
    const rows = await sql.query(`select assignment_id, beneficiary_pin, amount::text, status, month, benefit_code from payments.payment order by beneficiary_pin`);
    expect(rows.rows).toEqual(
      paid.map((pin, i) => ({ assignment_id: assignments[i], beneficiary_pin: pin, amount: '285.50', status: 'SCHEDULED', month: '2026-11', benefit_code: 'TSA' })),
    );
  });

  it('changes nothing when replayed, even with other amounts: every payment already exists', async () => {
    const changed = items.map((item) => ({ ...item, amount: item.amount === '0.00' ? '0.00' : '999.00' }));
    const res = await gql(PAYROLL, { input: { month: '2026-11', items: changed } });
    expect(res.data?.['recordPayroll']).toMatchObject({ created: 0, existing: 3 });
    expect(await count('payment')).toBe(3);
    expect(await count('payment', `amount = 285.50 and status = 'SCHEDULED'`)).toBe(3);
    // The next month is a new payment for each assignment.
    const next = await gql(PAYROLL, { input: { month: '2026-12', items: items.slice(0, 3) } });
    expect(next.data?.['recordPayroll']).toEqual({ created: 3, existing: 0, rejected: [] });
  });

  it('counts a repeated assignment within one call once', async () => {
    const assignmentId = randomUUID();
    const item = { assignmentId, beneficiaryPin: paid[1] ?? '', amount: '50.00' };
    const res = await gql(PAYROLL, { input: { month: '2026-11', items: [item, item] } });
    expect(res.data?.['recordPayroll']).toEqual({ created: 1, existing: 1, rejected: [] });
  });

  it('answers BAD_USER_INPUT for a malformed month, id or PIN, and for more than 5,000 items', async () => {
    const month = await gql(PAYROLL, { input: { month: '2026-13', items: items.slice(0, 1) } });
    expect(errorCodes(month)).toEqual(['BAD_USER_INPUT']);
    const id = await gql(PAYROLL, { input: { month: '2026-10', items: [{ ...items[0], assignmentId: 'nope' }] } });
    expect(errorCodes(id)).toEqual(['BAD_USER_INPUT']);
    expect(id.errors?.[0]?.extensions?.['field']).toBe('items[0].assignmentId');
    const pin = await gql(PAYROLL, { input: { month: '2026-10', items: [{ ...items[0], beneficiaryPin: 'x' }] } });
    expect(errorCodes(pin)).toEqual(['BAD_USER_INPUT']);
    const many = Array.from({ length: 5001 }, () => ({ assignmentId: randomUUID(), beneficiaryPin: paid[0] ?? '', amount: '1.00' }));
    const tooMany = await gql(PAYROLL, { input: { month: '2026-10', items: many } });
    expect(errorCodes(tooMany)).toEqual(['BAD_USER_INPUT']);
    expect(await count('payment', `month = '2026-10'`)).toBe(0);
  });
});

describe('recordBankStatement', () => {
  let ids: string[] = [];

  beforeAll(async () => {
    const accountId = await insertAccount(sql, { holderPin: '5STA000' });
    ids = await insertPayments(sql, { assignmentId: randomUUID(), beneficiaryPin: '5STA000', accountId, months: 4, firstMonth: '2025-01' });
    // 0 and 1 sent to the bank, 2 still scheduled, 3 sent.
    await sql.query(`update payments.payment set status = 'SENT', paid_at = null where id = any($1)`, [[ids[0], ids[1], ids[3]]]);
    await sql.query(`update payments.payment set status = 'SCHEDULED', paid_at = null where id = $1`, [ids[2]]);
  });

  const status = async (id: string | undefined) =>
    (await sql.query<{ status: string; paid_at: Date | null; withdrawn_at: Date | null }>(`select status, paid_at, withdrawn_at from payments.payment where id = $1`, [id])).rows[0];

  it('is refused to everyone but the decision engine, and changes nothing', async () => {
    for (const [, caller] of NOT_THE_ENGINE) {
      const res = await gql(STATEMENT, { input: { items: [{ paymentId: ids[0], status: 'PAID', at: '2025-01-05T10:00:00Z' }] } }, caller);
      expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    }
    expect((await status(ids[0]))?.status).toBe('SENT');
  });

  it('moves payments forward only, and a replayed or older line changes nothing', async () => {
    const statement = [
      { paymentId: ids[0], status: 'PAID', at: '2025-01-05T10:00:00Z' },
      { paymentId: ids[0], status: 'WITHDRAWN', at: '2025-01-09T12:00:00Z' },
      // The bank's EndToEndId (the id without hyphens) names the same payment.
      { paymentId: ids[1]?.replaceAll('-', ''), status: 'PAID', at: '2025-02-05T10:00:00Z' },
      { paymentId: ids[2], status: 'PAID', at: '2025-03-05T10:00:00Z' },
      { paymentId: randomUUID(), status: 'PAID', at: '2025-03-05T10:00:00Z' },
      { paymentId: ids[3], status: 'RETURNED', at: '2025-04-06T10:00:00Z' },
    ];
    const res = await gql(STATEMENT, { input: { items: statement } });
    expect(res.errors).toBeUndefined();
    expect(res.data?.['recordBankStatement']).toEqual({
      applied: 4,
      unchanged: 0,
      rejected: [
        { index: 3, code: 'NOT_SENT' },
        { index: 4, code: 'UNKNOWN_PAYMENT' },
      ],
    });
    expect(await status(ids[0])).toEqual({ status: 'WITHDRAWN', paid_at: new Date('2025-01-05T10:00:00Z'), withdrawn_at: new Date('2025-01-09T12:00:00Z') });
    expect(await status(ids[1])).toMatchObject({ status: 'PAID', paid_at: new Date('2025-02-05T10:00:00Z'), withdrawn_at: null });
    expect((await status(ids[2]))?.status).toBe('SCHEDULED');
    expect((await status(ids[3]))?.status).toBe('RETURNED');

    // The same statement again: nothing moves, the first timestamps stay.
    const replay = await gql(STATEMENT, { input: { items: statement } });
    expect(replay.data?.['recordBankStatement']).toMatchObject({ applied: 0, unchanged: 4 });
    expect(await status(ids[0])).toEqual({ status: 'WITHDRAWN', paid_at: new Date('2025-01-05T10:00:00Z'), withdrawn_at: new Date('2025-01-09T12:00:00Z') });

    // Backwards: PAID after WITHDRAWN is old news; RETURNED after WITHDRAWN and anything after RETURNED are refused.
    const backwards = await gql(STATEMENT, {
      input: {
        items: [
          { paymentId: ids[0], status: 'PAID', at: '2025-05-01T00:00:00Z' },
          { paymentId: ids[0], status: 'RETURNED', at: '2025-05-01T00:00:00Z' },
          { paymentId: ids[3], status: 'PAID', at: '2025-05-01T00:00:00Z' },
          { paymentId: ids[1], status: 'RETURNED', at: '2025-05-01T00:00:00Z' },
        ],
      },
    });
    expect(backwards.data?.['recordBankStatement']).toEqual({
      applied: 1,
      unchanged: 1,
      rejected: [
        { index: 1, code: 'INVALID_TRANSITION' },
        { index: 2, code: 'INVALID_TRANSITION' },
      ],
    });
    expect((await status(ids[0]))?.status).toBe('WITHDRAWN');
    expect((await status(ids[1]))?.status).toBe('RETURNED');
  });

  it('answers BAD_USER_INPUT for a malformed payment id', async () => {
    const res = await gql(STATEMENT, { input: { items: [{ paymentId: 'not-an-id', status: 'PAID', at: '2025-01-05T10:00:00Z' }] } });
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors?.[0]?.extensions?.['field']).toBe('items[0].paymentId');
  });
});

describe('unwithdrawnAssignments', () => {
  const kept = randomUUID();
  const kept2 = randomUUID();
  const withdrawn = randomUUID();
  const oneMonth = randomUUID();
  const notYetPaid = randomUUID();

  beforeAll(async () => {
    const accountId = await insertAccount(sql, { holderPin: '6UNW000' });
    const of = (assignmentId: string, months: number, firstMonth = '2026-05') => insertPayments(sql, { assignmentId, beneficiaryPin: '6UNW000', accountId, months, firstMonth });
    await of(kept, 2);
    await of(kept2, 3, '2026-04');
    const [first] = await of(withdrawn, 2);
    await sql.query(`update payments.payment set status = 'WITHDRAWN', withdrawn_at = now() where id = $1`, [first]);
    await of(oneMonth, 1, '2026-06');
    const [, second] = await of(notYetPaid, 2);
    await sql.query(`update payments.payment set status = 'SENT', paid_at = null where id = $1`, [second]);
  });

  it('is the engine’s only', async () => {
    for (const [, caller] of NOT_THE_ENGINE) {
      const res = await gql(UNWITHDRAWN, { month: '2026-06' }, caller);
      expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    }
  });

  it('lists assignments paid and credited for each month of the window, none withdrawn', async () => {
    const res = await gql(UNWITHDRAWN, { month: '2026-06' });
    expect(res.errors).toBeUndefined();
    const ids = (res.data?.['unwithdrawnAssignments'] as { items: Array<{ id: string }> }).items.map((i) => i.id);
    expect(ids).toEqual([kept, kept2].sort());
    const oneMonthWindow = await gql(UNWITHDRAWN, { month: '2026-06', months: 1 });
    const single = (oneMonthWindow.data?.['unwithdrawnAssignments'] as { items: Array<{ id: string }> }).items.map((i) => i.id);
    // The withdrawn assignment's June payment was not withdrawn: a one-month window lists it.
    expect(single).toEqual([kept, kept2, withdrawn, oneMonth].sort());
  });

  it('pages by id', async () => {
    const sorted = [kept, kept2].sort();
    const first = await gql(UNWITHDRAWN, { month: '2026-06', page: { limit: 1 } });
    expect(first.data?.['unwithdrawnAssignments']).toEqual({ items: [{ id: sorted[0] }], endCursor: sorted[0], hasMore: true });
    const second = await gql(UNWITHDRAWN, { month: '2026-06', page: { limit: 1, after: sorted[0] } });
    expect(second.data?.['unwithdrawnAssignments']).toEqual({ items: [{ id: sorted[1] }], endCursor: sorted[1], hasMore: false });
  });

  it('answers BAD_USER_INPUT for a bad month, window or page', async () => {
    for (const variables of [{ month: '2026-6' }, { month: '2026-06', months: 0 }, { month: '2026-06', months: 25 }, { month: '2026-06', page: { limit: 5001 } }, { month: '2026-06', page: { after: 'x' } }]) {
      expect(errorCodes(await gql(UNWITHDRAWN, variables))).toEqual(['BAD_USER_INPUT']);
    }
  });
});

import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import pg from 'pg';
import { queryCounter, startSubgraph, type RunningService } from '@usr/shared';
import { createTestDatabase, errorCodes, postGraphQL, type TestDatabase } from '@usr/shared/testing';
import { entitiesQuery } from '@usr/shared/testing';
import { createTestTokens, ENGINE, type TestTokenClaims, type TestTokens } from '@usr/shared/testing';
import { paymentsSubgraph } from '../src/index.ts';
import { PAYMENTS_OF_ASSIGNMENTS_SQL } from '../src/services/payment-store.ts';
import { insertAccount, insertPayments } from './fixtures.ts';

let db: TestDatabase;
let service: RunningService;
let tokens: TestTokens;

const HOLDER = '5AZK7P2';
const tsa = randomUUID();
const pension = randomUUID();
let openAccount = '';
let closedAccount = '';
let tsaPayments: string[] = [];
// Eight beneficiaries, each with one assignment paid for `i + 1` months, for the batching tests.
const batch: Array<{ pin: string; assignmentId: string }> = [];
// Two assignments paid 1 and 12 months, to show the payment count does not change the SQL count.
const oneMonth = randomUUID();
const twelveMonths = randomUUID();

beforeAll(async () => {
  db = await createTestDatabase(inject('adminDatabaseUrl'));
  tokens = await createTestTokens();
  service = await startSubgraph(paymentsSubgraph, { databaseUrl: db.url, port: 0, auth: { verifier: tokens.verifier } });
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  closedAccount = await insertAccount(client, { holderPin: HOLDER, status: 'CLOSED', openedAt: '2023-02-01T08:00:00Z' });
  openAccount = await insertAccount(client, { holderPin: HOLDER });
  // 14 TSA months (2024-11 .. 2025-12) and 3 pension months: 17 payments, interleaved by month.
  tsaPayments = await insertPayments(client, { assignmentId: tsa, beneficiaryPin: HOLDER, accountId: openAccount, months: 14, firstMonth: '2024-11', amount: '540.00' });
  await insertPayments(client, { assignmentId: pension, beneficiaryPin: HOLDER, accountId: openAccount, months: 3, firstMonth: '2025-10', amount: '320.00' });
  for (let i = 0; i < 8; i++) {
    const pin = `7BAT00${i}`;
    const accountId = await insertAccount(client, { holderPin: pin });
    const assignmentId = randomUUID();
    await insertPayments(client, { assignmentId, beneficiaryPin: pin, accountId, months: i + 1 });
    batch.push({ pin, assignmentId });
  }
  const account = await insertAccount(client, { holderPin: '7ONE000' });
  await insertPayments(client, { assignmentId: oneMonth, beneficiaryPin: '7ONE000', accountId: account, months: 1 });
  await insertPayments(client, { assignmentId: twelveMonths, beneficiaryPin: '7ONE000', accountId: account, months: 12, firstMonth: '2024-01' });
  await client.end();
});

afterAll(async () => {
  await service?.stop();
  await db?.drop();
});

/** As the decision engine (sees everything) unless another caller is given. */
const gql = async (query: string, variables: Record<string, unknown> = {}, as: TestTokenClaims = ENGINE) =>
  postGraphQL(service.url, query, variables, { authorization: await tokens.bearer(as) });
const entities = entitiesQuery;

describe('payments and accounts', () => {
  it('serves a payment with its assignment, beneficiary and account', async () => {
    const id = tsaPayments[0];
    const res = await gql(
      `query($id: ID!) { payment(id: $id) { id assignment { id } beneficiary { pin } account { id bank } month amount status createdAt paidAt withdrawnAt } }`,
      { id },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      payment: {
        id,
        assignment: { id: tsa },
        beneficiary: { pin: HOLDER },
        account: { id: openAccount, bank: 'Kapital Bank' },
        month: '2024-11',
        amount: '540.00',
        status: 'PAID',
        createdAt: '2024-11-02T00:00:00.000Z',
        paidAt: '2024-11-06T00:00:00.000Z',
        withdrawnAt: null,
      },
    });
  });

  it('serves a payment account', async () => {
    const res = await gql(
      `query($id: ID!) { paymentAccount(id: $id) { id holder { pin } bank branchAddress cardPickupDate cardNumberMasked iban openedAt status } }`,
      { id: openAccount.toUpperCase() },
    );
    expect(res.data).toEqual({
      paymentAccount: {
        id: openAccount,
        holder: { pin: HOLDER },
        bank: 'Kapital Bank',
        branchAddress: 'Bakı, Füzuli küç. 71',
        cardPickupDate: '2025-01-15',
        cardNumberMasked: '4169 **** **** 1234',
        iban: 'AZ21NABZ00000000137010001944',
        openedAt: '2025-01-10T08:00:00.000Z',
        status: 'OPEN',
      },
    });
  });

  it('answers malformed ids with BAD_USER_INPUT and unknown ones with NOT_FOUND, echoing neither', async () => {
    for (const field of ['payment', 'paymentAccount']) {
      const malformed = await gql(`{ ${field}(id: "12345") { id } }`);
      expect(errorCodes(malformed)).toEqual(['BAD_USER_INPUT']);
      expect(JSON.stringify(malformed.errors)).not.toContain('12345');
      const unknownId = randomUUID();
      const unknown = await gql(`{ ${field}(id: "${unknownId}") { id } }`);
      expect(errorCodes(unknown)).toEqual(['NOT_FOUND']);
      expect(JSON.stringify(unknown.errors)).not.toMatch(new RegExp(`${unknownId}|stacktrace`));
    }
  });

  it('resolves Payment and PaymentAccount references', async () => {
    const res = await gql(entities(`... on Payment { id month } ... on PaymentAccount { id status }`), {
      r: [
        { __typename: 'Payment', id: tsaPayments[13] },
        { __typename: 'PaymentAccount', id: closedAccount },
      ],
    });
    expect(res.data).toEqual({ _entities: [{ id: tsaPayments[13], month: '2025-12' }, { id: closedAccount, status: 'CLOSED' }] });
  });
});

describe('Assignment and Person extensions', () => {
  it("lists an assignment's payments, newest month first", async () => {
    const res = await gql(entities(`... on Assignment { id payments { month amount } }`), {
      r: [{ __typename: 'Assignment', id: pension }, { __typename: 'Assignment', id: randomUUID() }],
    });
    expect(res.data).toEqual({
      _entities: [
        { id: pension, payments: [{ month: '2025-12', amount: '320.00' }, { month: '2025-11', amount: '320.00' }, { month: '2025-10', amount: '320.00' }] },
        // Assignments are owned elsewhere: one with no payments yet has an empty list.
        { id: expect.any(String), payments: [] },
      ],
    });
  });

  it("reads an assignment's payments on an index, never by scanning every payment", async () => {
    // The partial unique (assignment_id, month) index cannot serve this read; with scans made as
    // costly as the planner allows, a usable index is what it picks (a few rows here would
    // otherwise always be scanned).
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      await client.query('begin');
      await client.query('set local enable_seqscan = off');
      const { rows } = await client.query<{ 'QUERY PLAN': unknown }>(`explain (format json) ${PAYMENTS_OF_ASSIGNMENTS_SQL}`, [[tsa, pension]]);
      expect(JSON.stringify(rows[0]?.['QUERY PLAN'])).toContain('"Index Name":"payment_assignment_idx"');
    } finally {
      await client.query('rollback');
      await client.end();
    }
  });

  it("pages a person's payments across assignments, newest month first", async () => {
    const page = (limit: number, offset: number) =>
      gql(entities(`... on Person { payments(page: { limit: ${limit}, offset: ${offset} }) { items { month amount } limit offset hasMore } }`), {
        r: [{ __typename: 'Person', pin: HOLDER }],
      });
    type Page = { _entities: Array<{ payments: { items: Array<{ month: string; amount: string }>; hasMore: boolean; offset: number } }> };
    const first = ((await page(5, 0)).data as Page)._entities[0]?.payments;
    expect(first?.hasMore).toBe(true);
    expect(first?.items.map((p) => p.month)).toEqual(['2025-12', '2025-12', '2025-11', '2025-11', '2025-10']);
    const last = ((await page(5, 15)).data as Page)._entities[0]?.payments;
    expect(last).toMatchObject({ hasMore: false, offset: 15, items: [{ month: '2024-12' }, { month: '2024-11' }] });
    const exact = ((await page(17, 0)).data as Page)._entities[0]?.payments;
    expect(exact?.items).toHaveLength(17);
    expect(exact?.hasMore).toBe(false);
  });

  it("defaults to the first 20 and lists the person's accounts, closed ones included", async () => {
    const res = await gql(entities(`... on Person { pin payments { limit offset hasMore items { id } } paymentAccounts { id status } }`), {
      r: [{ __typename: 'Person', pin: HOLDER }, { __typename: 'Person', pin: '9NXNE00' }],
    });
    expect(res.errors).toBeUndefined();
    const [holder, nobody] = (res.data as { _entities: Array<{ payments: { limit: number; items: unknown[]; hasMore: boolean }; paymentAccounts: unknown[] }> })._entities;
    expect(holder?.payments).toMatchObject({ limit: 20, offset: 0, hasMore: false });
    expect(holder?.payments.items).toHaveLength(17);
    expect(holder?.paymentAccounts).toEqual([{ id: openAccount, status: 'OPEN' }, { id: closedAccount, status: 'CLOSED' }]);
    expect(nobody).toEqual({ pin: '9NXNE00', payments: { limit: 20, offset: 0, hasMore: false, items: [] }, paymentAccounts: [] });
  });

  it('refuses out-of-range pages and malformed reference keys with BAD_USER_INPUT', async () => {
    const person = [{ __typename: 'Person', pin: HOLDER }];
    expect(errorCodes(await gql(entities(`... on Person { payments(page: { limit: 1000 }) { hasMore } }`), { r: person }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await gql(entities(`... on Person { payments(page: { offset: -1 }) { hasMore } }`), { r: person }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await gql(entities(`... on Person { pin }`), { r: [{ __typename: 'Person', pin: 'IO12345' }] }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await gql(entities(`... on Assignment { id }`), { r: [{ __typename: 'Assignment', id: 'x' }] }))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('batching: the SQL statements of a request do not grow with entities or rows', () => {
  const measure = async (query: string, representations: unknown[]) => {
    const { result, statements } = await queryCounter.during(() => gql(query, { r: representations }));
    expect(result.errors).toBeUndefined();
    expect((result.data as { _entities: unknown[] })._entities).toHaveLength(representations.length);
    return statements;
  };

  it('persons: a page of payments with their accounts, and the accounts', async () => {
    const query = entities(`... on Person { payments(page: { limit: 3 }) { items { id account { bank } } hasMore } all: payments { items { id } } paymentAccounts { id } }`);
    const persons = (n: number) => batch.slice(0, n).map(({ pin }) => ({ __typename: 'Person', pin }));
    const two = await measure(query, persons(2));
    expect(await measure(query, persons(8))).toBe(two);
    // Two page loaders (one per page asked for), accounts by holder, accounts by id.
    expect(two).toBe(4);
  });

  it('assignments: 2 or 8 of them, with 1 or 12 payments each, and the accounts paid to', async () => {
    const query = entities(`... on Assignment { payments { id amount account { id } } }`);
    const assignments = (n: number) => batch.slice(0, n).map(({ assignmentId }) => ({ __typename: 'Assignment', id: assignmentId }));
    const two = await measure(query, assignments(2));
    expect(await measure(query, assignments(8))).toBe(two);
    const one = await measure(query, [{ __typename: 'Assignment', id: oneMonth }]);
    const twelve = await measure(query, [{ __typename: 'Assignment', id: twelveMonths }]);
    expect(twelve).toBe(one);
    expect(one).toBe(2);
  });

  it('payments and accounts by reference', async () => {
    const query = entities(`... on Payment { id account { id } } ... on PaymentAccount { id holder { pin } }`);
    const reps = (n: number) => tsaPayments.slice(0, n).flatMap((id) => [{ __typename: 'Payment', id }, { __typename: 'PaymentAccount', id: openAccount }]);
    expect(await measure(query, reps(8))).toBe(await measure(query, reps(2)));
  });
});

import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import pg from 'pg';
import { queryCounter, startSubgraph, type AccessEntry, type RunningService } from '@usr/shared';
import {
  createTestDatabase,
  createTestTokens,
  ENGINE,
  errorCodes,
  postGraphQL,
  type GraphQLResponse,
  type TestDatabase,
  type TestTokenClaims,
  type TestTokens,
} from '@usr/shared/testing';
import { entitiesQuery, memoryRecorder } from '@usr/shared/testing';
import { paymentsSubgraph } from '../src/index.ts';
import { startDirectoryStub, type DirectoryStub } from '@usr/shared/testing';
import { insertAccount, insertPayments } from './fixtures.ts';

/**
 * The role x record matrix of the payments subgraph: for every rule, the refused case and the
 * allowed one. `main` runs alone, as in production without its peers: regions are unknown, so
 * caseworkers fail closed. `linked` asks a stand-in for persons, to show the allowed caseworker path.
 */
const A = '5AZK7P2'; // citizen, beneficiary and account holder, registered in Baku
const B = '6CGT3N5'; // A's spouse: same household, still not A's payments
const C = '4BXM2R8'; // a stranger in another region
const IBAN = 'AZ21NABZ00000000137010001944';
const MASKED_IBAN = '************************1944';
const tsaA = randomUUID();
const tsaC = randomUUID();
const unpaid = randomUUID();
let accountA = '';
let accountC = '';
let paymentsA: string[] = [];
let paymentsC: string[] = [];
const batch: string[] = [];

const citizenA: TestTokenClaims = { roles: ['citizen'], pin: A };
const citizenB: TestTokenClaims = { roles: ['citizen'], pin: B };
const citizenC: TestTokenClaims = { roles: ['citizen'], pin: C };
const bakuCaseworker: TestTokenClaims = { roles: ['caseworker'], region: 'baku' };
const auditor: TestTokenClaims = { roles: ['auditor'] };
const admin: TestTokenClaims = { roles: ['registry-admin'] };
const agencyFeed: TestTokenClaims = { roles: ['agency-feed'], agency: 'taxes', serviceAccount: true };
const purpose = { 'x-purpose-of-use': 'PAYROLL_AUDIT' };

let db: TestDatabase;
let tokens: TestTokens;
let main: RunningService;
let linked: RunningService;
let directory: DirectoryStub;
const logged: AccessEntry[] = [];
const recorder = memoryRecorder(logged);

beforeAll(async () => {
  db = await createTestDatabase(inject('adminDatabaseUrl'));
  tokens = await createTestTokens();
  main = await startSubgraph(paymentsSubgraph, { databaseUrl: db.url, port: 0, auth: { verifier: tokens.verifier, recorder } });
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  accountA = await insertAccount(client, { holderPin: A });
  paymentsA = await insertPayments(client, { assignmentId: tsaA, beneficiaryPin: A, accountId: accountA, months: 3, amount: '540.00' });
  accountC = await insertAccount(client, { holderPin: C });
  paymentsC = await insertPayments(client, { assignmentId: tsaC, beneficiaryPin: C, accountId: accountC, months: 2, amount: '200.00' });
  for (let i = 0; i < 8; i++) {
    const pin = `7BAT00${i}`;
    const account = await insertAccount(client, { holderPin: pin });
    await insertPayments(client, { assignmentId: randomUUID(), beneficiaryPin: pin, accountId: account, months: i + 1 });
    batch.push(pin);
  }
  await client.end();
  directory = await startDirectoryStub({
    regions: { [A]: 'baku', [B]: 'baku', [C]: 'ganja-dashkasan', ...Object.fromEntries(batch.map((pin) => [pin, 'baku'])) },
    households: { [A]: [A, B], [B]: [A, B], [C]: [C] },
  });
  linked = await startSubgraph(paymentsSubgraph, {
    databaseUrl: db.url,
    port: 0,
    auth: { verifier: tokens.verifier, recorder, directory: { personsUrl: directory.personsUrl, householdsUrl: directory.householdsUrl } },
  });
});

afterAll(async () => {
  await main?.stop();
  await linked?.stop();
  await directory?.close();
  await db?.drop();
});

beforeEach(() => {
  logged.length = 0;
});

const call = async (service: RunningService, query: string, claims: TestTokenClaims, headers: Record<string, string>, variables: Record<string, unknown>) =>
  postGraphQL(service.url, query, variables, { authorization: await tokens.bearer(claims), ...headers });
/** As this caller, on the subgraph running alone. */
const as = (query: string, claims: TestTokenClaims, headers: Record<string, string> = {}, variables: Record<string, unknown> = {}) =>
  call(main, query, claims, headers, variables);
/** As this caller, on the subgraph whose directory knows regions. */
const asLinked = (query: string, claims: TestTokenClaims, headers: Record<string, string> = {}, variables: Record<string, unknown> = {}) =>
  call(linked, query, claims, headers, variables);
const anonymous = (query: string, variables: Record<string, unknown> = {}) => postGraphQL(main.url, query, variables);
const entities = entitiesQuery;
const refs = (...representations: Array<[string, Record<string, string>]>) => ({ r: representations.map(([__typename, key]) => ({ __typename, ...key })) });

const payment = `query($id: ID!) { payment(id: $id) { month amount beneficiary { pin } account { iban } } }`;
const account = `query($id: ID!) { paymentAccount(id: $id) { holder { pin } iban cardNumberMasked bank } }`;

/** What A's records hold that no one refused may see. */
const A_RECORD = /5AZK7P2|540\.00|AZ21NABZ|1944|Kapital|4169/;
const expectRefused = (res: GraphQLResponse<unknown>, code: 'FORBIDDEN' | 'UNAUTHENTICATED') => {
  expect(errorCodes(res).length).toBeGreaterThan(0);
  expect(new Set(errorCodes(res))).toEqual(new Set([code]));
  expect(JSON.stringify(res)).not.toMatch(A_RECORD);
};
/** The refusal as the caller sees it, to compare an existing record's with an unknown id's. */
const refusal = (res: GraphQLResponse<unknown>) => ({ status: res.status, errors: res.errors?.map((e) => ({ message: e.message, code: e.extensions?.['code'] })) });

describe('anonymous callers', () => {
  it('are refused payments and accounts, by id and through forged references', async () => {
    for (const [query, id] of [[payment, paymentsA[0]], [account, accountA]] as const) {
      const res = await anonymous(query, { id });
      expectRefused(res, 'UNAUTHENTICATED');
      expect(res.status).toBe(401);
    }
    const forged = await anonymous(entities(`... on Payment { amount } ... on PaymentAccount { bank }`), refs(['Payment', { id: paymentsA[0] ?? '' }], ['PaymentAccount', { id: accountA }]));
    expectRefused(forged, 'UNAUTHENTICATED');
    // The type's own rule refuses the whole operation before any entity resolves.
    expect(forged.data ?? null).toBeNull();
    expectRefused(await anonymous(entities(`... on Person { payments { hasMore } }`), refs(['Person', { pin: A }])), 'UNAUTHENTICATED');
    expectRefused(await anonymous(entities(`... on Person { paymentAccounts { id } }`), refs(['Person', { pin: A }])), 'UNAUTHENTICATED');
    expectRefused(await anonymous(entities(`... on Assignment { payments { id } }`), refs(['Assignment', { id: tsaA }])), 'UNAUTHENTICATED');
  });
});

describe('citizens', () => {
  it('read their own payments and accounts, IBAN in full: by id, by Person, by Assignment and by reference', async () => {
    const own = await as(payment, citizenA, {}, { id: paymentsA[0] });
    expect(own.data).toEqual({ payment: { month: '2025-01', amount: '540.00', beneficiary: { pin: A }, account: { iban: IBAN } } });
    const ownAccount = await as(account, citizenA, {}, { id: accountA });
    expect(ownAccount.data).toEqual({ paymentAccount: { holder: { pin: A }, iban: IBAN, cardNumberMasked: '4169 **** **** 1234', bank: 'Kapital Bank' } });
    const person = await as(entities(`... on Person { payments { items { id } } paymentAccounts { id iban } }`), citizenA, {}, refs(['Person', { pin: A }]));
    expect(person.errors).toBeUndefined();
    expect(person.data).toEqual({ _entities: [{ payments: { items: [...paymentsA].reverse().map((id) => ({ id })) }, paymentAccounts: [{ id: accountA, iban: IBAN }] }] });
    const assignment = await as(entities(`... on Assignment { payments { month } }`), citizenA, {}, refs(['Assignment', { id: tsaA }]));
    expect(assignment.data).toEqual({ _entities: [{ payments: [{ month: '2025-03' }, { month: '2025-02' }, { month: '2025-01' }] }] });
    const references = await as(entities(`... on Payment { id } ... on PaymentAccount { id }`), citizenA, {}, refs(['Payment', { id: paymentsA[1] ?? '' }], ['PaymentAccount', { id: accountA }]));
    expect(references.data).toEqual({ _entities: [{ id: paymentsA[1] }, { id: accountA }] });
    expect(logged).toEqual([]);
  });

  it("are refused anyone else's, household members' included, and cannot tell a refused id from an unknown one", async () => {
    for (const [query, id] of [[payment, paymentsA[0]], [account, accountA]] as const) {
      for (const other of [citizenB, citizenC]) {
        const others = await as(query, other, {}, { id });
        expectRefused(others, 'FORBIDDEN');
        expect(others.data).toBeNull();
        expect(refusal(await as(query, other, {}, { id: randomUUID() }))).toEqual(refusal(others));
      }
    }
    const person = await as(entities(`... on Person { payments { items { amount } } paymentAccounts { iban } }`), citizenC, {}, refs(['Person', { pin: A }]));
    expectRefused(person, 'FORBIDDEN');
    expect(person.data).toEqual({ _entities: [null] });
    const forged = await as(entities(`... on Payment { amount } ... on PaymentAccount { iban }`), citizenC, {}, refs(['Payment', { id: paymentsA[0] ?? '' }], ['PaymentAccount', { id: accountA }]));
    expectRefused(forged, 'FORBIDDEN');
    expect(forged.data).toEqual({ _entities: [null, null] });
    const assignment = await as(entities(`... on Assignment { payments { amount } }`), citizenC, {}, refs(['Assignment', { id: tsaA }]));
    expectRefused(assignment, 'FORBIDDEN');
    expect(assignment.data).toEqual({ _entities: [null] });
    // An assignment with no payments yet has nothing to protect, and says nothing about whose it is.
    expect((await as(entities(`... on Assignment { payments { id } }`), citizenC, {}, refs(['Assignment', { id: unpaid }]))).data).toEqual({ _entities: [{ payments: [] }] });
    expect(logged).toEqual([]);
  });
});

describe('staff and services', () => {
  it('auditors must declare a purpose, then read every record with IBANs masked, and each read is logged', async () => {
    const undeclared = await as(account, auditor, {}, { id: accountA });
    expectRefused(undeclared, 'FORBIDDEN');
    expect(undeclared.errors?.[0]?.message).toMatch(/purpose/);
    expect(refusal(await as(account, auditor, {}, { id: randomUUID() }))).toEqual(refusal(undeclared));
    expectRefused(await as(entities(`... on Person { paymentAccounts { iban } }`), auditor, {}, refs(['Person', { pin: A }])), 'FORBIDDEN');
    const declared = await as(account, auditor, purpose, { id: accountA });
    expect(declared.data).toEqual({ paymentAccount: { holder: { pin: A }, iban: MASKED_IBAN, cardNumberMasked: '4169 **** **** 1234', bank: 'Kapital Bank' } });
    const everyPath = await as(
      entities(`... on Person { paymentAccounts { iban } payments { items { account { iban } } } } ... on Payment { account { iban } }`),
      auditor,
      purpose,
      refs(['Person', { pin: A }], ['Payment', { id: paymentsA[2] ?? '' }]),
    );
    expect(JSON.stringify(everyPath)).not.toContain(IBAN);
    expect(JSON.stringify(everyPath.data).match(/\*{24}1944/g)).toHaveLength(5);
    expect(errorCodes(await as(account, auditor, purpose, { id: randomUUID() }))).toEqual(['NOT_FOUND']);
    expect(logged.length).toBeGreaterThan(0);
    expect(logged.every((e) => e.subjectPin === A && e.purpose === purpose['x-purpose-of-use'] && e.viewer.kind === 'auditor')).toBe(true);
    expect(logged[0]?.fields).toEqual(['PaymentAccount.bank', 'PaymentAccount.cardNumberMasked', 'PaymentAccount.holder', 'PaymentAccount.iban']);
  });

  it('card numbers stay masked for everyone, even a row stored unmasked', async () => {
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    const broken = await insertAccount(client, { holderPin: B });
    await client.query(`update payments.payment_account set card_number_masked = '4169 7388 1234 5678' where id = $1`, [broken]);
    await client.end();
    for (const [claims, headers] of [[citizenB, {}], [ENGINE, {}], [admin, purpose]] as const) {
      const res = await as(account, claims, headers, { id: broken });
      expect(res.data).toMatchObject({ paymentAccount: { cardNumberMasked: '4169 **** **** 5678' } });
      expect(JSON.stringify(res)).not.toContain('7388');
    }
  });

  it('administrators must declare a purpose too, and see the IBAN', async () => {
    expectRefused(await as(account, admin, {}, { id: accountA }), 'FORBIDDEN');
    expect((await as(account, admin, purpose, { id: accountA })).data).toMatchObject({ paymentAccount: { iban: IBAN } });
  });

  it('the decision engine reads every record with no declared purpose, IBAN in full', async () => {
    const res = await as(entities(`... on Person { paymentAccounts { iban } } ... on Assignment { payments { id } }`), ENGINE, {}, refs(['Person', { pin: A }], ['Assignment', { id: tsaC }]));
    expect(res.data).toEqual({ _entities: [{ paymentAccounts: [{ iban: IBAN }] }, { payments: [...paymentsC].reverse().map((id) => ({ id })) }] });
    expect(logged.map((e) => ({ subject: e.subjectPin, purpose: e.purpose }))).toEqual([
      { subject: A, purpose: 'AUTOMATED_DECISION' },
      { subject: C, purpose: 'AUTOMATED_DECISION' },
    ]);
  });

  it('agency feeds read no payment or account, not even through forged references', async () => {
    for (const [query, id] of [[payment, paymentsA[0]], [account, accountA]] as const) {
      const res = await as(query, agencyFeed, purpose, { id });
      expectRefused(res, 'FORBIDDEN');
      expect(res.status).toBe(403);
    }
    const forged = await as(entities(`... on Payment { id amount } ... on PaymentAccount { id bank }`), agencyFeed, purpose, refs(['Payment', { id: paymentsA[0] ?? '' }], ['PaymentAccount', { id: accountA }]));
    expectRefused(forged, 'FORBIDDEN');
    // The type's own rule refuses the whole operation before any entity resolves.
    expect(forged.data ?? null).toBeNull();
    expectRefused(await as(entities(`... on Person { paymentAccounts { id } }`), agencyFeed, purpose, refs(['Person', { pin: A }])), 'FORBIDDEN');
    expectRefused(await as(entities(`... on Assignment { payments { id } }`), agencyFeed, purpose, refs(['Assignment', { id: tsaA }])), 'FORBIDDEN');
  });

  it('caseworkers fail closed when the region of the person cannot be known', async () => {
    expectRefused(await as(payment, bakuCaseworker, {}, { id: paymentsA[0] }), 'FORBIDDEN');
    const res = await as(payment, bakuCaseworker, purpose, { id: paymentsA[0] });
    expectRefused(res, 'FORBIDDEN');
    expect(refusal(await as(payment, bakuCaseworker, purpose, { id: randomUUID() }))).toEqual(refusal(res));
    expectRefused(await as(entities(`... on Person { paymentAccounts { id } }`), bakuCaseworker, purpose, refs(['Person', { pin: A }])), 'FORBIDDEN');
    expectRefused(await as(entities(`... on Assignment { payments { id } }`), bakuCaseworker, purpose, refs(['Assignment', { id: tsaA }])), 'FORBIDDEN');
  });

  it('caseworkers read the payments of people of their region, with a purpose', async () => {
    expect((await asLinked(account, bakuCaseworker, purpose, { id: accountA })).data).toMatchObject({ paymentAccount: { iban: IBAN } });
    expectRefused(await asLinked(account, bakuCaseworker, {}, { id: accountA }), 'FORBIDDEN');
    expect(errorCodes(await asLinked(account, bakuCaseworker, purpose, { id: accountC }))).toEqual(['FORBIDDEN']);
    const assignments = await asLinked(entities(`... on Assignment { payments { month } }`), bakuCaseworker, purpose, refs(['Assignment', { id: tsaA }], ['Assignment', { id: tsaC }]));
    expect(assignments.data).toEqual({ _entities: [{ payments: [{ month: '2025-03' }, { month: '2025-02' }, { month: '2025-01' }] }, null] });
    expect(errorCodes(assignments)).toEqual(['FORBIDDEN']);
  });
});

describe('record rules add no SQL per row', () => {
  const query = entities(`... on Person { payments(page: { limit: 3 }) { items { id account { bank iban } } hasMore } paymentAccounts { id iban } }`);
  const persons = (n: number) => ({ r: batch.slice(0, n).map((pin) => ({ __typename: 'Person', pin })) });
  const measure = async (send: () => Promise<GraphQLResponse<unknown>>, n: number) => {
    const { result, statements } = await queryCounter.during(send);
    expect(result.errors).toBeUndefined();
    expect((result.data as { _entities: unknown[] })._entities).toHaveLength(n);
    return statements;
  };

  it('an auditor costs the statements the engine does, whatever the number of persons', async () => {
    const engine = await measure(() => as(query, ENGINE, {}, persons(2)), 2);
    expect(await measure(() => as(query, auditor, purpose, persons(2)), 2)).toBe(engine);
    expect(await measure(() => as(query, auditor, purpose, persons(8)), 8)).toBe(engine);
  });

  it('a caseworker too, with one region look-up per request for all persons', async () => {
    const engine = await measure(() => as(query, ENGINE, {}, persons(8)), 8);
    const before = directory.requests.length;
    expect(await measure(() => asLinked(query, bakuCaseworker, purpose, persons(8)), 8)).toBe(engine);
    const lookups = directory.requests.slice(before);
    expect(lookups).toHaveLength(1);
    expect(lookups[0]?.pins.sort()).toEqual([...batch].sort());
  });
});

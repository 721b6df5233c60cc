import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startSubgraph, type RunningService } from '@usr/shared';
import { createTestDatabase, createTestTokens, ENGINE, postGraphQL, type TestDatabase, type TestTokens } from '@usr/shared/testing';
import { httpBank } from '../src/bank/http-bank.ts';
import { SimulatedBank, serveSimulatedBank } from '../src/bank/simulated-bank.ts';
import { TREASURY_ACCOUNT } from '../src/export/treasury-account.ts';
import { createPaymentsSubgraph } from '../src/index.ts';

/** Card accounts are opened by the bank, through the real HTTP adapter, against a bank that misbehaves. */
let db: TestDatabase;
let tokens: TestTokens;
let service: RunningService;
let sql: pg.Client;
let bankServer: Awaited<ReturnType<typeof serveSimulatedBank>>;
const bank = new SimulatedBank();
const API_KEY = 'test-only-bank-api-key-0123456789';

const OPEN = `mutation($pin: String!) { openPaymentAccount(input: { holderPin: $pin, regionCode: "sheki-zagatala", openedOn: "2026-12-03" }) { created account { id bank branchAddress cardPickupDate cardNumberMasked iban } } }`;
interface Opened {
  openPaymentAccount: { created: boolean; account: { id: string; bank: string; branchAddress: string; cardPickupDate: string; cardNumberMasked: string; iban: string } };
}
const open = async (pin: string) => postGraphQL(service.url, OPEN, { pin }, { authorization: await tokens.bearer(ENGINE) });
const rowsOf = async (pin: string) => (await sql.query<{ id: string; iban: string }>(`select id, iban from payments.payment_account where holder_pin = $1`, [pin])).rows;

beforeAll(async () => {
  db = await createTestDatabase(inject('adminDatabaseUrl'));
  tokens = await createTestTokens();
  bankServer = await serveSimulatedBank(bank, API_KEY);
  const module = createPaymentsSubgraph({ debtor: TREASURY_ACCOUNT, bank: httpBank({ url: bankServer.url, apiKey: API_KEY, timeoutMs: 300 }) });
  service = await startSubgraph(module, { databaseUrl: db.url, port: 0, auth: { verifier: tokens.verifier } });
  sql = new pg.Client({ connectionString: db.url });
  await sql.connect();
});

afterAll(async () => {
  await sql?.end();
  await service?.stop();
  await bankServer?.stop();
  await db?.drop();
});

describe('openPaymentAccount through the bank', () => {
  it('records the IBAN, card and pick-up date the bank answered, and asks nothing again on a replay', async () => {
    const res = await open('6AAAAA1');
    const { created, account } = (res.data as unknown as Opened).openPaymentAccount;
    expect(created).toBe(true);
    const answered = bank.accounts.get(account.id);
    expect(answered).toBeDefined();
    expect(account).toMatchObject({ iban: answered?.iban, cardNumberMasked: answered?.cardNumberMasked, branchAddress: answered?.branchAddress, cardPickupDate: answered?.cardPickupDate, bank: 'Kapital Bank' });
    const asked = bank.requests;
    const again = await open('6AAAAA1');
    expect((again.data as unknown as Opened).openPaymentAccount).toEqual({ created: false, account });
    expect(bank.requests).toBe(asked);
  });

  it('answers BANK_UNAVAILABLE and records nothing when the bank refuses; the retry opens the account', async () => {
    bank.faults.failures = 1;
    const refused = await open('6AAAAA2');
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('BANK_UNAVAILABLE');
    expect(refused.errors?.[0]?.message).not.toContain('6AAAAA2');
    expect(await rowsOf('6AAAAA2')).toEqual([]);
    const retried = await open('6AAAAA2');
    expect((retried.data as unknown as Opened).openPaymentAccount.created).toBe(true);
    expect(await rowsOf('6AAAAA2')).toHaveLength(1);
  });

  it('gives up on a late answer, and the retry records the very account the bank had opened, not a second one', async () => {
    bank.faults.delayMs = 900;
    const late = await open('6AAAAA3');
    expect(late.errors?.[0]?.extensions?.['code']).toBe('BANK_UNAVAILABLE');
    expect(await rowsOf('6AAAAA3')).toEqual([]);
    bank.faults.delayMs = 0;
    const opened = bank.accounts.size;
    const retried = (await open('6AAAAA3')).data as unknown as Opened;
    expect(bank.accounts.size).toBe(opened);
    expect(bank.accounts.get(retried.openPaymentAccount.account.id)?.iban).toBe(retried.openPaymentAccount.account.iban);
  });

  it('opens one account when the bank processes the request twice', async () => {
    bank.faults.answerTwice = true;
    const before = bank.accounts.size;
    const res = (await open('6AAAAA4')).data as unknown as Opened;
    bank.faults.answerTwice = false;
    expect(bank.accounts.size).toBe(before + 1);
    expect(await rowsOf('6AAAAA4')).toEqual([{ id: res.openPaymentAccount.account.id, iban: res.openPaymentAccount.account.iban }]);
  });
});

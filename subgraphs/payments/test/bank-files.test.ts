import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { azerbaijaniIban, startSubgraph, type RunningService } from '@usr/shared';
import { createTestDatabase, createTestTokens, ENGINE, postGraphQL, type TestDatabase, type TestTokenClaims, type TestTokens } from '@usr/shared/testing';
import { camtFile, pain002, readPain001, type StatementLine } from '../src/bank/simulated-bank-files.ts';
import { BANK_FILES_PATH, PAIN001_PATH, paymentsSubgraph } from '../src/index.ts';
import { insertAccount } from './fixtures.ts';
import { NOT_THE_ENGINE, PURPOSE } from './callers.ts';
import { xsdErrors } from './xsd.ts';

/** The bank's files in: who may upload, what each entry does, and that a replay changes nothing. */
let db: TestDatabase;
let tokens: TestTokens;
let service: RunningService;
let sql: pg.Client;

const BANK: TestTokenClaims = { roles: ['bank'], serviceAccount: true };
const MONTH = '2026-10';
const PEOPLE = 6;
const pinOf = (i: number) => `7${String(i).padStart(6, '0')}`;
const ibanOf = (i: number) => azerbaijaniIban('AIIB', String(4_000_000 + i).padStart(20, '0'));

interface Line {
  entry: number;
  reference: string | null;
  outcome: string;
}
interface Summary {
  summary: { kind: string; msgId: string; replay: boolean; entries: number; outcomes: Record<string, number> };
}

const upload = async (body: string, as: TestTokenClaims | null = BANK) => {
  const headers: Record<string, string> = { 'content-type': 'application/xml', ...PURPOSE };
  if (as) headers['authorization'] = await tokens.bearer(as);
  const res = await fetch(new URL(BANK_FILES_PATH, service.url), { method: 'POST', headers, body });
  const text = await res.text();
  const lines = res.headers.get('content-type')?.includes('ndjson') ? text.trim().split('\n').map((l) => JSON.parse(l) as Line | Summary) : [];
  return { status: res.status, text, entries: lines.filter((l): l is Line => 'entry' in l), summary: lines.find((l): l is Summary => 'summary' in l)?.summary };
};

const statuses = async (): Promise<Record<string, string>> =>
  Object.fromEntries((await sql.query<{ beneficiary_pin: string; status: string }>(`select beneficiary_pin, status from payments.payment where month = $1`, [MONTH])).rows.map((r) => [r.beneficiary_pin, r.status]));

let sent: Awaited<ReturnType<typeof readPain001>>;
const transferOf = (i: number) => {
  const t = sent.transfers.find((x) => x.iban === ibanOf(i));
  if (!t) throw new Error(`no transfer for ${i}`);
  return t;
};

beforeAll(async () => {
  db = await createTestDatabase(inject('adminDatabaseUrl'));
  tokens = await createTestTokens();
  service = await startSubgraph(paymentsSubgraph, { databaseUrl: db.url, port: 0, auth: { verifier: tokens.verifier } });
  sql = new pg.Client({ connectionString: db.url });
  await sql.connect();
  for (let i = 0; i < PEOPLE; i++) {
    const id = await insertAccount(sql, { holderPin: pinOf(i) });
    await sql.query(`update payments.payment_account set iban = $2 where id = $1`, [id, ibanOf(i)]);
  }
  const items = Array.from({ length: PEOPLE }, (_, i) => ({ assignmentId: randomUUID(), beneficiaryPin: pinOf(i), amount: `${200 + i}.50`, benefitCode: 'TSA' }));
  await postGraphQL(service.url, `mutation($input: RecordPayrollInput!) { recordPayroll(input: $input) { created } }`, { input: { month: MONTH, items } }, { authorization: await tokens.bearer(ENGINE) });
  const file = await fetch(`${new URL(PAIN001_PATH, service.url).toString()}?month=${MONTH}`, { headers: { authorization: await tokens.bearer(ENGINE) } });
  sent = await readPain001(await file.text());
});

afterAll(async () => {
  await sql?.end();
  await service?.stop();
  await db?.drop();
});

describe('POST /imports/bank-files: who may upload', () => {
  it('refuses a caller without a token (401) and everyone but the bank (403), the engine included, and changes nothing', async () => {
    const report = pain002({ msgId: 'BANK-STS-0', createdAt: new Date(), originalMsgId: sent.msgId, originalPaymentInfoId: sent.paymentInfoId, lines: [{ endToEndId: transferOf(0).endToEndId, status: 'ACCP' }] });
    const anonymous = await upload(report, null);
    expect(anonymous.status).toBe(401);
    expect(JSON.parse(anonymous.text)).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
    for (const [, caller] of [...NOT_THE_ENGINE, ['engine', ENGINE] as const, ['a person with the bank role', { roles: ['bank'] }] as const]) {
      const res = await upload(report, caller);
      expect(res.status).toBe(403);
      expect(JSON.parse(res.text)).toMatchObject({ errors: [{ extensions: { code: 'FORBIDDEN' } }] });
    }
    expect(new Set(Object.values(await statuses()))).toEqual(new Set(['SENT']));
  });

  it('answers 400 BAD_USER_INPUT for a file that is not XML, carries a DOCTYPE or is another message, and changes nothing', async () => {
    for (const body of ['not xml at all', '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x "y">]><Document/>', '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.10"><CstmrCdtTrfInitn/></Document>']) {
      const res = await upload(body);
      expect(res.status).toBe(400);
      expect(JSON.parse(res.text)).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] });
      expect(res.text).not.toMatch(/at .*\.ts/);
    }
  });
});

describe('pain.002: accepted and rejected', () => {
  let report: string;
  beforeAll(() => {
    report = pain002({
      msgId: 'BANK-STS-1',
      createdAt: new Date('2026-10-04T09:00:00Z'),
      originalMsgId: sent.msgId,
      originalPaymentInfoId: sent.paymentInfoId,
      lines: [
        ...[0, 1, 2, 3].map((i) => ({ endToEndId: transferOf(i).endToEndId, status: 'ACCP' })),
        { endToEndId: transferOf(4).endToEndId, status: 'RJCT', reason: 'AC04' },
        { endToEndId: transferOf(5).endToEndId, status: 'PDNG' },
        { endToEndId: randomUUID().replaceAll('-', ''), status: 'ACCP' },
      ],
    });
  });

  it('is valid against the official pain.001.001.10 and pain.002.001.11 XSDs', async () => {
    const file = await fetch(`${new URL(PAIN001_PATH, service.url).toString()}?month=${MONTH}&run=1`, { headers: { authorization: await tokens.bearer(ENGINE) } });
    expect(await xsdErrors(await file.text(), 'pain.001.001.10')).toBe('');
    expect(await xsdErrors(report, 'pain.002.001.11')).toBe('');
  });

  it('marks payments ACCEPTED or REJECTED, with an outcome per entry, the pending and unknown ones reported', async () => {
    const res = await upload(report);
    expect(res.status).toBe(200);
    expect(res.entries.map((e) => e.outcome)).toEqual(['APPLIED', 'APPLIED', 'APPLIED', 'APPLIED', 'APPLIED', 'PENDING', 'UNKNOWN_PAYMENT']);
    expect(res.entries.map((e) => e.entry)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(res.summary).toEqual({ kind: 'pain.002', msgId: 'BANK-STS-1', replay: false, entries: 7, outcomes: { APPLIED: 5, PENDING: 1, UNKNOWN_PAYMENT: 1 } });
    expect(await statuses()).toEqual({ [pinOf(0)]: 'ACCEPTED', [pinOf(1)]: 'ACCEPTED', [pinOf(2)]: 'ACCEPTED', [pinOf(3)]: 'ACCEPTED', [pinOf(4)]: 'REJECTED', [pinOf(5)]: 'SENT' });
    const rejected = await sql.query(`select bank_reason from payments.payment where beneficiary_pin = $1`, [pinOf(4)]);
    expect(rejected.rows[0]).toEqual({ bank_reason: 'AC04' });
    expect(res.text).not.toMatch(/\b7\d{6}\b|AZ\d\dAIIB/);
  });

  it('changes nothing when the same file comes again', async () => {
    const before = await sql.query(`select * from payments.payment order by id`);
    const res = await upload(report);
    expect(res.summary).toMatchObject({ replay: true, outcomes: { UNCHANGED: 5, PENDING: 1, UNKNOWN_PAYMENT: 1 } });
    expect((await sql.query(`select * from payments.payment order by id`)).rows).toEqual(before.rows);
  });

  it('reports a status for a payment of another file as MESSAGE_MISMATCH, never applied', async () => {
    const other = pain002({ msgId: 'BANK-STS-2', createdAt: new Date(), originalMsgId: 'USR-PAYROLL-2026-09-R1', originalPaymentInfoId: 'x', lines: [{ endToEndId: transferOf(5).endToEndId, status: 'RJCT', reason: 'AC04' }] });
    const res = await upload(other);
    expect(res.entries.map((e) => e.outcome)).toEqual(['MESSAGE_MISMATCH']);
    expect((await statuses())[pinOf(5)]).toBe('SENT');
  });
});

describe('camt.053 and camt.054: credited, withdrawn, returned', () => {
  const credit = (i: number, reference: string, amount = transferOf(i).amount): StatementLine => ({ kind: 'credit', reference, amount, bookedOn: '2026-10-05', endToEndId: transferOf(i).endToEndId });
  let statement: string;
  beforeAll(() => {
    statement = [
      ...camtFile('camt.053', { msgId: 'BANK-STMT-1', createdAt: new Date('2026-10-31T20:00:00Z') }, [
        { iban: ibanOf(0), lines: [credit(0, 'C0'), { kind: 'withdrawal', reference: 'W0', amount: '100.00', bookedOn: '2026-10-07' }] },
        { iban: ibanOf(1), lines: [credit(1, 'C1')] },
        // The credit names payment 2 but lands on account 3: a mismatch, never guessed.
        { iban: ibanOf(3), lines: [credit(2, 'C2'), credit(3, 'C3', '1.00')] },
        { iban: azerbaijaniIban('AIIB', '99999999999999999999'), lines: [{ kind: 'withdrawal', reference: 'W9', amount: '5.00', bookedOn: '2026-10-07' }] },
      ]),
    ].join('');
  });

  it('is valid against the official camt.053.001.08 XSD', async () => {
    expect(await xsdErrors(statement, 'camt.053.001.08')).toBe('');
  });

  it('marks the credited payments PAID and the withdrawn one WITHDRAWN; reports mismatches and unknown accounts', async () => {
    const res = await upload(statement);
    expect(res.entries.map((e) => [e.reference, e.outcome])).toEqual([
      ['C0', 'APPLIED'],
      ['W0', 'APPLIED'],
      ['C1', 'APPLIED'],
      ['C2', 'ACCOUNT_MISMATCH'],
      ['C3', 'AMOUNT_MISMATCH'],
      ['W9', 'UNKNOWN_ACCOUNT'],
    ]);
    expect(await statuses()).toMatchObject({ [pinOf(0)]: 'WITHDRAWN', [pinOf(1)]: 'PAID', [pinOf(2)]: 'ACCEPTED', [pinOf(3)]: 'ACCEPTED' });
    const paid = await sql.query(`select paid_at, withdrawn_at from payments.payment where beneficiary_pin = $1`, [pinOf(0)]);
    expect(paid.rows[0]).toEqual({ paid_at: new Date('2026-10-05T00:00:00Z'), withdrawn_at: new Date('2026-10-07T23:59:59.999Z') });
  });

  it('changes nothing when the statement comes again, or its entries come in a notification', async () => {
    const before = await sql.query(`select * from payments.payment order by id`);
    const again = await upload(statement);
    expect(again.entries.map((e) => e.outcome)).toEqual(['DUPLICATE', 'DUPLICATE', 'DUPLICATE', 'ACCOUNT_MISMATCH', 'AMOUNT_MISMATCH', 'UNKNOWN_ACCOUNT']);
    const notification = [...camtFile('camt.054', { msgId: 'BANK-NTF-1', createdAt: new Date() }, [{ iban: ibanOf(0), lines: [{ kind: 'withdrawal', reference: 'W0', amount: '100.00', bookedOn: '2026-10-07' }] }])].join('');
    expect(await xsdErrors(notification, 'camt.054.001.08')).toBe('');
    expect((await upload(notification)).entries.map((e) => e.outcome)).toEqual(['DUPLICATE']);
    expect((await sql.query(`select * from payments.payment order by id`)).rows).toEqual(before.rows);
  });

  it('marks a payment coming back RETURNED (camt.054), and a withdrawal with nothing credited left is reported', async () => {
    const notification = [
      ...camtFile('camt.054', { msgId: 'BANK-NTF-2', createdAt: new Date() }, [
        { iban: ibanOf(1), lines: [{ ...credit(1, 'R1'), returnReason: 'AC04' } as StatementLine] },
        { iban: ibanOf(0), lines: [{ kind: 'withdrawal', reference: 'W0b', amount: '5.00', bookedOn: '2026-10-20' }] },
      ]),
    ].join('');
    expect(await xsdErrors(notification, 'camt.054.001.08')).toBe('');
    const res = await upload(notification);
    expect(res.entries.map((e) => e.outcome)).toEqual(['APPLIED', 'NOTHING_TO_WITHDRAW']);
    expect((await statuses())[pinOf(1)]).toBe('RETURNED');
    expect((await sql.query(`select bank_reason from payments.payment where beneficiary_pin = $1`, [pinOf(1)])).rows[0]).toEqual({ bank_reason: 'AC04' });
  });

  it('keeps every file and each entry’s outcome', async () => {
    const files = await sql.query(`select kind, msg_id, completed from payments.bank_file order by received_at, msg_id`);
    expect(files.rows.map((r: { msg_id: string }) => r.msg_id)).toEqual(expect.arrayContaining(['BANK-STS-1', 'BANK-STMT-1', 'BANK-NTF-1', 'BANK-NTF-2']));
    const entries = await sql.query(`select e.outcome from payments.bank_entry e join payments.bank_file f on f.id = e.file_id where f.msg_id = 'BANK-STMT-1' order by e.index`);
    expect(entries.rows.map((r: { outcome: string }) => r.outcome)).toEqual(['APPLIED', 'APPLIED', 'APPLIED', 'ACCOUNT_MISMATCH', 'AMOUNT_MISMATCH', 'UNKNOWN_ACCOUNT']);
  });
});

describe('paymentReconciliation: control totals against the bank’s answers', () => {
  const QUERY = `query($month: String!) { paymentReconciliation(month: $month) {
    month matched
    runs { run msgId sentCount sentSum acceptedCount rejectedCount rejectedSum creditedCount creditedSum returnedCount returnedSum openCount matched }
    entriesToReview { fileKind fileMsgId entry reference outcome paymentId accountMasked amount bookedOn }
    paymentsToRepay { status bankReason amount }
  } }`;
  const ask = async (who: TestTokenClaims | null, purpose = true) =>
    postGraphQL(service.url, QUERY, { month: MONTH }, { ...(who ? { authorization: await tokens.bearer(who) } : {}), ...(purpose ? PURPOSE : {}) });

  it('shows each run’s count and sum beside what the bank confirmed, and the entries behind every mismatch', async () => {
    const res = await ask({ roles: ['auditor'] });
    expect(res.errors).toBeUndefined();
    const report = res.data?.['paymentReconciliation'] as {
      matched: boolean;
      runs: Array<Record<string, unknown>>;
      entriesToReview: Array<{ outcome: string; fileMsgId: string; accountMasked: string | null; paymentId: string | null }>;
    };
    const sentSum = sent.transfers.reduce((sum, t) => sum + Math.round(Number(t.amount) * 100), 0);
    expect(report.runs).toEqual([
      {
        run: 1,
        msgId: sent.msgId,
        sentCount: PEOPLE,
        sentSum: (sentSum / 100).toFixed(2),
        acceptedCount: 4,
        rejectedCount: 1,
        rejectedSum: transferOf(4).amount,
        creditedCount: 1,
        creditedSum: transferOf(0).amount,
        returnedCount: 1,
        returnedSum: transferOf(1).amount,
        openCount: 3,
        matched: false,
      },
    ]);
    expect(report.matched).toBe(false);
    expect(res.data?.['paymentReconciliation']).toMatchObject({
      paymentsToRepay: expect.arrayContaining([
        { status: 'REJECTED', bankReason: 'AC04', amount: transferOf(4).amount },
        { status: 'RETURNED', bankReason: 'AC04', amount: transferOf(1).amount },
      ]) as unknown,
    });
    expect(report.entriesToReview.map((e) => e.outcome).sort()).toEqual(['ACCOUNT_MISMATCH', 'AMOUNT_MISMATCH', 'MESSAGE_MISMATCH', 'NOTHING_TO_WITHDRAW', 'UNKNOWN_ACCOUNT']);
    for (const e of report.entriesToReview) if (e.accountMasked !== null) expect(e.accountMasked).toMatch(/^\*+\d{4}$/);
  });

  it('refuses everyone but auditors and administrators with a purpose', async () => {
    expect((await ask(null)).errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    for (const who of [ENGINE, BANK, { roles: ['citizen'], pin: pinOf(0) }, { roles: ['caseworker'], region: 'baku' }] as TestTokenClaims[]) {
      const res = await ask(who);
      expect(res.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
      expect(res.data?.['paymentReconciliation'] ?? null).toBeNull();
    }
    expect((await ask({ roles: ['auditor'] }, false)).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect((await ask({ roles: ['registry-admin'] })).errors).toBeUndefined();
  });
});

describe('Assignment.nextPayment: readable like the beneficiary’s payments, on every path', () => {
  const ENTITIES = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Assignment { nextPayment { month on amount } } } }`;
  const rep = (pin: string, status = 'ACTIVE') => ({ __typename: 'Assignment', id: randomUUID(), monthlyAmount: '285.00', status, periodTo: null, beneficiary: { pin } });
  const ask = async (who: TestTokenClaims, reps: unknown[]) => postGraphQL(service.url, ENTITIES, { reps }, { authorization: await tokens.bearer(who), ...PURPOSE });

  it('answers the beneficiary, and null for an assignment not being paid', async () => {
    const res = await ask({ roles: ['citizen'], pin: pinOf(0) }, [rep(pinOf(0)), rep(pinOf(0), 'ENDED')]);
    expect(res.errors).toBeUndefined();
    const [next, ended] = (res.data?.['_entities'] ?? []) as Array<{ nextPayment: { month: string; on: string; amount: string } | null }>;
    expect(next?.nextPayment).toMatchObject({ amount: '285.00', on: expect.stringMatching(/^\d{4}-\d{2}-(0[5-9])$/) as unknown });
    expect(ended?.nextPayment).toBeNull();
  });

  it('refuses another citizen, an agency feed and the bank', async () => {
    for (const who of [{ roles: ['citizen'], pin: pinOf(1) }, { roles: ['agency-feed'], agency: 'taxes', serviceAccount: true }, BANK] as TestTokenClaims[]) {
      const res = await ask(who, [rep(pinOf(0))]);
      expect(res.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    }
  });
});

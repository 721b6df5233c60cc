import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import pg from 'pg';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { createLogger, startSubgraph, type RunningService } from '@usr/shared';
import { composeSupergraph, DEFAULT_LIMITS, startGateway, type RunningGateway } from '@usr/gateway';
import { createTestDatabase, createTestTokens, ENGINE, memoryRecorder, postGraphQL, type TestDatabase, type TestTokenClaims, type TestTokens } from '@usr/shared/testing';
import type { AccessEntry } from '@usr/shared';
import { paymentsSubgraph, PAIN001_PATH } from '../src/index.ts';
import { pain001Route } from '../src/export/pain001-route.ts';
import { TREASURY_ACCOUNT } from '../src/export/treasury-account.ts';
import { AUDITOR, NOT_THE_ENGINE, PURPOSE } from './callers.ts';
import { xsdErrors } from './xsd.ts';

let db: TestDatabase;
let tokens: TestTokens;
let service: RunningService;
let sql: pg.Client;
const logged: AccessEntry[] = [];

/** Enough payments for several cursor fetches and many flushed writes. */
const BENEFICIARIES = 2600;
const MONTH = '2026-11';
/** Markup in a text that reaches the file: must come back out of the parser unchanged. */
const AWKWARD_CODE = `R&D <"TSA'>`;

const pinOf = (i: number): string => `8${String(i).padStart(6, '0')}`;
const amountOf = (i: number): string => `${100 + (i % 400)}.${String(i % 100).padStart(2, '0')}`;

beforeAll(async () => {
  db = await createTestDatabase(inject('adminDatabaseUrl'));
  tokens = await createTestTokens();
  service = await startSubgraph(paymentsSubgraph, { databaseUrl: db.url, port: 0, auth: { verifier: tokens.verifier, recorder: memoryRecorder(logged) } });
  sql = new pg.Client({ connectionString: db.url });
  await sql.connect();
  await sql.query(
    `insert into payments.payment_account (id, holder_pin, bank, branch_address, card_pickup_date, card_number_masked, iban, status)
     select gen_random_uuid(), '8' || lpad(i::text, 6, '0'), 'Kapital Bank', 'Bakı', '2026-01-10', '4169 **** **** 0000',
            'AZ' || '00' || 'AIIB' || lpad(i::text, 20, '0'), 'OPEN'
     from generate_series(0, $1 - 1) i`,
    [BENEFICIARIES],
  );
  // Real check digits for the synthetic IBANs: 98 − (BBAN + "AZ00") mod 97, digits of letters as 10..35.
  await sql.query(`
    update payments.payment_account
    set iban = 'AZ' || lpad((98 - (('10181113' || substr(iban, 9) || '103500')::numeric % 97))::text, 2, '0') || substr(iban, 5)`);
  const items = Array.from({ length: BENEFICIARIES }, (_, i) => ({
    assignmentId: randomUUID(),
    beneficiaryPin: pinOf(i),
    amount: amountOf(i),
    ...(i === 7 ? { benefitCode: AWKWARD_CODE } : { benefitCode: 'TSA' }),
  }));
  const res = await postGraphQL(
    service.url,
    `mutation($input: RecordPayrollInput!) { recordPayroll(input: $input) { created rejected { index code } } }`,
    { input: { month: MONTH, items } },
    { authorization: await tokens.bearer(ENGINE) },
  );
  expect(res.data?.['recordPayroll']).toEqual({ created: BENEFICIARIES, rejected: [] });
});

afterAll(async () => {
  await sql?.end();
  await service?.stop();
  await db?.drop();
});

const download = async (query: string, as?: TestTokenClaims, init: RequestInit = {}, purpose: Record<string, string> = PURPOSE) => {
  const headers: Record<string, string> = { ...purpose };
  if (as) headers['authorization'] = await tokens.bearer(as);
  const response = await fetch(`${new URL(PAIN001_PATH, service.url).toString()}${query}`, { ...init, headers });
  return { status: response.status, headers: response.headers, body: await response.text() };
};

const statusCounts = async (month = MONTH): Promise<Record<string, number>> =>
  Object.fromEntries(
    (await sql.query<{ status: string; n: string }>(`select status, count(*) as n from payments.payment where month = $1 group by status`, [month])).rows.map((r) => [r.status, Number(r.n)]),
  );

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false, isArray: (name) => name === 'CdtTrfTxInf' });
const orderedParser = new XMLParser({ preserveOrder: true, ignoreAttributes: true, parseTagValue: false });

type Node = Record<string, unknown>;
const at = (node: unknown, ...path: string[]): Node => path.reduce<Node>((n, key) => (n[key] ?? {}) as Node, node as Node);
const cents = (amount: string): number => Math.round(Number(amount) * 100);
/** Child element names, in document order, of the first element at `path` (a preserveOrder tree). */
const childNames = (tree: unknown, path: readonly string[]): string[] => {
  let nodes = tree as Node[];
  for (const name of path) {
    const found = nodes.find((n) => name in n);
    nodes = (found?.[name] ?? []) as Node[];
  }
  return nodes.flatMap((n) => Object.keys(n).filter((k) => k !== '#text' && k !== ':@'));
};

describe('GET /exports/pain001: who may download', () => {
  it('refuses callers without a token (401) and everyone but the engine and auditors (403), with a JSON code, and marks nothing', async () => {
    const anonymous = await download(`?month=${MONTH}`);
    expect(anonymous.status).toBe(401);
    expect(JSON.parse(anonymous.body)).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
    for (const [, caller] of NOT_THE_ENGINE.filter(([name]) => name !== 'auditor')) {
      const res = await download(`?month=${MONTH}`, caller);
      expect(res.status).toBe(403);
      expect(res.headers.get('content-type')).toContain('application/json');
      expect(JSON.parse(res.body)).toMatchObject({ errors: [{ extensions: { code: 'FORBIDDEN' } }] });
      expect(res.body).not.toMatch(/8\d{6}|AZ\d\d/);
    }
    expect(await statusCounts()).toEqual({ SCHEDULED: BENEFICIARIES });
  });

  it('gives an auditor nothing before the engine has exported, and an auditor never marks anything', async () => {
    const res = await download(`?month=${MONTH}`, AUDITOR);
    expect(res.status).toBe(404);
    expect(JSON.parse(res.body)).toMatchObject({ errors: [{ extensions: { code: 'NOT_FOUND' } }] });
    expect(await statusCounts()).toEqual({ SCHEDULED: BENEFICIARIES });
  });

  it('answers 400 for a malformed month or run and 405 for another method', async () => {
    for (const query of ['', '?month=2026-13', '?month=2026-1', `?month=${MONTH}&run=0`, `?month=${MONTH}&run=x`]) {
      const res = await download(query, ENGINE);
      expect(res.status).toBe(400);
      expect(JSON.parse(res.body)).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] });
    }
    expect((await download(`?month=${MONTH}`, ENGINE, { method: 'POST' })).status).toBe(405);
    expect(await statusCounts()).toEqual({ SCHEDULED: BENEFICIARIES });
  });
});

describe('GET /exports/pain001: the file', () => {
  let first: Awaited<ReturnType<typeof download>>;

  beforeAll(async () => {
    first = await download(`?month=${MONTH}`, ENGINE);
  });

  it('is a well-formed pain.001.001.10 document in the schema’s element order', () => {
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    expect(first.headers.get('x-message-id')).toBe(`USR-PAYROLL-${MONTH}-R1`);
    expect(XMLValidator.validate(first.body)).toBe(true);
    const doc = parser.parse(first.body) as Node;
    expect(at(doc, 'Document')['@xmlns']).toBe('urn:iso:std:iso:20022:tech:xsd:pain.001.001.10');
    const tree = orderedParser.parse(first.body) as unknown;
    const root = ['Document', 'CstmrCdtTrfInitn'];
    expect(childNames(tree, root)).toEqual(['GrpHdr', 'PmtInf']);
    expect(childNames(tree, [...root, 'GrpHdr'])).toEqual(['MsgId', 'CreDtTm', 'NbOfTxs', 'CtrlSum', 'InitgPty']);
    const paymentInfo = childNames(tree, [...root, 'PmtInf']);
    expect(paymentInfo.slice(0, 12)).toEqual(['PmtInfId', 'PmtMtd', 'BtchBookg', 'NbOfTxs', 'CtrlSum', 'PmtTpInf', 'ReqdExctnDt', 'Dbtr', 'DbtrAcct', 'DbtrAgt', 'ChrgBr', 'CdtTrfTxInf']);
    expect(new Set(paymentInfo.slice(11))).toEqual(new Set(['CdtTrfTxInf']));
    expect(childNames(tree, [...root, 'PmtInf', 'CdtTrfTxInf'])).toEqual(['PmtId', 'Amt', 'CdtrAgt', 'Cdtr', 'CdtrAcct', 'RmtInf']);
    const pmtInf = at(doc, 'Document', 'CstmrCdtTrfInitn', 'PmtInf');
    expect(pmtInf['PmtMtd']).toBe('TRF');
    expect(at(pmtInf, 'ReqdExctnDt')['Dt']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(at(pmtInf, 'DbtrAcct', 'Id')['IBAN']).toMatch(/^AZ\d{2}NABZ/);
    expect(at(pmtInf, 'DbtrAgt', 'FinInstnId')['BICFI']).toBe('NABZAZ2C');
    expect(at(doc, 'Document', 'CstmrCdtTrfInitn', 'GrpHdr')['CreDtTm']).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  });

  it('is valid against the official pain.001.001.10 XSD, and so is an auditor\'s masked copy', async () => {
    expect(await xsdErrors(first.body, 'pain.001.001.10')).toBe('');
    const copy = await download(`?month=${MONTH}`, AUDITOR);
    expect(await xsdErrors(copy.body, 'pain.001.001.10')).toBe('');
  });

  it('holds every SCHEDULED payment once, with counts and control sums that add up, and marks them SENT', async () => {
    const doc = parser.parse(first.body) as Node;
    const header = at(doc, 'Document', 'CstmrCdtTrfInitn', 'GrpHdr');
    const pmtInf = at(doc, 'Document', 'CstmrCdtTrfInitn', 'PmtInf');
    const txs = pmtInf['CdtTrfTxInf'] as Node[];
    const rows = (
      await sql.query<{ id: string; amount: string; beneficiary_pin: string; iban: string; status: string; export_run: number; sent_at: Date | null }>(
        `select p.id, p.amount::text, p.beneficiary_pin, a.iban, p.status, p.export_run, p.sent_at from payments.payment p join payments.payment_account a on a.id = p.account_id where p.month = $1`,
        [MONTH],
      )
    ).rows;
    expect(rows.every((r) => r.status === 'SENT' && r.export_run === 1 && r.sent_at !== null)).toBe(true);
    expect(txs).toHaveLength(BENEFICIARIES);
    expect(header['NbOfTxs']).toBe(String(BENEFICIARIES));
    expect(pmtInf['NbOfTxs']).toBe(String(BENEFICIARIES));
    const sum = txs.reduce((total, tx) => total + cents(String(at(tx, 'Amt', 'InstdAmt')['#text'])), 0);
    expect(cents(String(header['CtrlSum']))).toBe(sum);
    expect(pmtInf['CtrlSum']).toBe(header['CtrlSum']);
    expect(sum).toBe(rows.reduce((total, r) => total + cents(r.amount), 0));
    const byEndToEnd = new Map(rows.map((r) => [r.id.replaceAll('-', ''), r]));
    const seen = new Set<string>();
    for (const tx of txs) {
      const endToEnd = String(at(tx, 'PmtId')['EndToEndId']);
      expect(seen.has(endToEnd)).toBe(false);
      seen.add(endToEnd);
      const row = byEndToEnd.get(endToEnd);
      expect(row).toBeDefined();
      expect(endToEnd.length).toBeLessThanOrEqual(35);
      expect(at(tx, 'Amt', 'InstdAmt')).toEqual({ '#text': row?.amount, '@Ccy': 'AZN' });
      expect(at(tx, 'CdtrAcct', 'Id')['IBAN']).toBe(row?.iban);
      expect(at(tx, 'CdtrAgt', 'FinInstnId')['BICFI']).toBe('AIIBAZ2X');
      expect(at(tx, 'Cdtr', 'Id', 'PrvtId', 'Othr')['Id']).toBe(row?.beneficiary_pin);
      expect(String(at(tx, 'RmtInf')['Ustrd'])).toContain(MONTH);
    }
    expect(seen.size).toBe(rows.length);
    // Each beneficiary's payment read once, in the access log, as the engine's.
    expect(logged.filter((e) => e.viewer.kind === 'engine')).toHaveLength(BENEFICIARIES);
    // Markup in a benefit code is escaped in the file and read back unchanged.
    expect(first.body).not.toContain(AWKWARD_CODE);
    expect(first.body).toContain('R&amp;D &lt;&quot;TSA&apos;&gt;');
    expect(txs.map((tx) => String(at(tx, 'RmtInf')['Ustrd'])).filter((u) => u.startsWith('R&'))).toEqual([`${AWKWARD_CODE} ${MONTH}`]);
  });

  it('is the same file, byte for byte, when downloaded again (same MsgId and payments, nothing new marked)', async () => {
    const again = await download(`?month=${MONTH}`, ENGINE);
    expect(again.status).toBe(200);
    expect(again.body).toBe(first.body);
    expect(await statusCounts()).toEqual({ SENT: BENEFICIARIES });
  });

  it('shows the payment as SENT in the graph', async () => {
    const { rows } = await sql.query<{ id: string }>(`select id from payments.payment where month = $1 limit 1`, [MONTH]);
    const res = await postGraphQL(service.url, `query($id: ID!) { payment(id: $id) { status sentAt } }`, { id: rows[0]?.id }, { authorization: await tokens.bearer(ENGINE) });
    expect(res.data?.['payment']).toMatchObject({ status: 'SENT', sentAt: expect.stringMatching(/^\d{4}-/) });
  });

  it('refuses an auditor who declares no purpose of use', async () => {
    const res = await download(`?month=${MONTH}`, AUDITOR, {}, {});
    expect(res.status).toBe(403);
    expect(JSON.parse(res.body)).toMatchObject({ errors: [{ extensions: { code: 'FORBIDDEN' } }] });
  });

  it('gives auditors the same run with accounts masked, records each beneficiary read in the access log, and changes nothing', async () => {
    logged.length = 0;
    const copy = await download(`?month=${MONTH}`, AUDITOR);
    expect(logged).toHaveLength(BENEFICIARIES);
    expect(new Set(logged.map((e) => e.subjectPin)).size).toBe(BENEFICIARIES);
    expect(logged.every((e) => e.viewer.kind === 'auditor' && e.purpose === PURPOSE['x-purpose-of-use'] && e.service === 'payments')).toBe(true);
    expect(logged[0]?.fields).toEqual(['Payment.amount', 'Payment.month', 'PaymentAccount.iban']);
    expect(copy.status).toBe(200);
    expect(copy.headers.get('x-message-id')).toBe(`USR-PAYROLL-${MONTH}-R1`);
    const txs = at(parser.parse(copy.body) as Node, 'Document', 'CstmrCdtTrfInitn', 'PmtInf')['CdtTrfTxInf'] as Node[];
    expect(txs).toHaveLength(BENEFICIARIES);
    for (const tx of txs) {
      expect(at(tx, 'CdtrAcct', 'Id')['IBAN']).toBeUndefined();
      expect(String(at(tx, 'CdtrAcct', 'Id', 'Othr')['Id'])).toMatch(/^\*{24}\d{4}$/);
    }
    expect(copy.body.replace(/<CdtrAcct>.*?<\/CdtrAcct>/g, '')).toBe(first.body.replace(/<CdtrAcct>.*?<\/CdtrAcct>/g, ''));
    expect(await statusCounts()).toEqual({ SENT: BENEFICIARIES });
  });

  it('sends payments added later as the next run, and keeps the first run as it was', async () => {
    const late = { assignmentId: randomUUID(), beneficiaryPin: pinOf(3), amount: '12.34', benefitCode: 'TSA' };
    await postGraphQL(service.url, `mutation($input: RecordPayrollInput!) { recordPayroll(input: $input) { created } }`, { input: { month: MONTH, items: [late] } }, { authorization: await tokens.bearer(ENGINE) });
    const second = await download(`?month=${MONTH}`, ENGINE);
    expect(second.headers.get('x-message-id')).toBe(`USR-PAYROLL-${MONTH}-R2`);
    const header = at(parser.parse(second.body) as Node, 'Document', 'CstmrCdtTrfInitn', 'GrpHdr');
    expect(header).toMatchObject({ MsgId: `USR-PAYROLL-${MONTH}-R2`, NbOfTxs: '1', CtrlSum: '12.34' });
    expect((await download(`?month=${MONTH}&run=1`, ENGINE)).body).toBe(first.body);
    expect(await statusCounts()).toEqual({ SENT: BENEFICIARIES + 1 });
  });

  it('answers 404 for a month with nothing scheduled and no export', async () => {
    const res = await download('?month=2026-01', ENGINE);
    expect(res.status).toBe(404);
  });
});

describe('GET /exports/pain001 through the gateway', () => {
  const SECRET = 'test-only-gateway-shared-secret';
  let secured: RunningService;
  let gateway: RunningGateway;

  beforeAll(async () => {
    const composed = composeSupergraph();
    if (!composed.ok) throw new Error(composed.errors.join('; '));
    // The same database behind a subgraph that, as in production, only answers the gateway.
    secured = await startSubgraph(paymentsSubgraph, { databaseUrl: db.url, port: 0, auth: { verifier: tokens.verifier, gatewaySecret: SECRET } });
    gateway = await startGateway(
      {
        supergraphSdl: composed.supergraphSdl,
        subgraphUrls: { payments: secured.url },
        limits: DEFAULT_LIMITS,
        maxBodyBytes: 100_000,
        production: false,
        logger: createLogger('test', 'silent'),
        verifier: tokens.verifier,
        gatewaySecret: SECRET,
      },
      0,
    );
  });

  afterAll(async () => {
    await gateway?.stop();
    await secured?.stop();
  });

  const viaGateway = async (query: string, as: TestTokenClaims) => {
    const response = await fetch(`${new URL(PAIN001_PATH, gateway.url).toString()}${query}`, { headers: { authorization: await tokens.bearer(as), ...PURPOSE } });
    return { status: response.status, headers: response.headers, body: await response.text() };
  };

  it('streams the engine the same file as the subgraph serves, and refuses a citizen with 403 JSON', async () => {
    const direct = await download(`?month=${MONTH}&run=1`, ENGINE);
    const proxied = await viaGateway(`?month=${MONTH}&run=1`, ENGINE);
    expect(proxied.status).toBe(200);
    expect(proxied.headers.get('x-message-id')).toBe(`USR-PAYROLL-${MONTH}-R1`);
    expect(proxied.body).toBe(direct.body);
    const refused = await viaGateway(`?month=${MONTH}`, { roles: ['citizen'], pin: pinOf(1) });
    expect(refused.status).toBe(403);
    expect(JSON.parse(refused.body)).toMatchObject({ errors: [{ extensions: { code: 'FORBIDDEN' } }] });
  });

  it('is the only way in: the subgraph refuses a caller without the gateway secret', async () => {
    const response = await fetch(`${new URL(PAIN001_PATH, secured.url).toString()}?month=${MONTH}`, { headers: { authorization: await tokens.bearer(ENGINE) } });
    expect(response.status).toBeGreaterThanOrEqual(401);
    expect(response.status).toBeLessThan(500);
    expect(await response.text()).not.toContain('<Document');
  });
});

describe('GET /exports/pain001: all or nothing', () => {
  const schedule = async (month: string, count: number) => {
    const items = Array.from({ length: count }, (_, i) => ({ assignmentId: randomUUID(), beneficiaryPin: pinOf(i), amount: amountOf(i) }));
    const res = await postGraphQL(service.url, `mutation($input: RecordPayrollInput!) { recordPayroll(input: $input) { created } }`, { input: { month, items } }, { authorization: await tokens.bearer(ENGINE) });
    expect(res.data?.['recordPayroll']).toEqual({ created: count });
  };

  it('leaves every payment SCHEDULED and makes no run when the export fails after marking them', async () => {
    await schedule('2026-12', 50);
    // The same subgraph, but its file's debtor fails once the payments have been marked.
    const failing = {
      ...TREASURY_ACCOUNT,
      get name(): string {
        throw new Error('injected failure');
      },
    };
    const broken = await startSubgraph(
      { ...paymentsSubgraph, routes: (deps) => ({ [PAIN001_PATH]: pain001Route(deps, failing) }) },
      { databaseUrl: db.url, port: 0, auth: { verifier: tokens.verifier } },
    );
    try {
      const response = await fetch(`${new URL(PAIN001_PATH, broken.url).toString()}?month=2026-12`, { headers: { authorization: await tokens.bearer(ENGINE) } })
        .then((r) => r.text())
        .catch(() => 'cut off');
      expect(response).not.toContain('</Document>');
      expect(response).toContain('INTERNAL_SERVER_ERROR');
    } finally {
      await broken.stop();
    }
    expect(await statusCounts('2026-12')).toEqual({ SCHEDULED: 50 });
    expect(Number((await sql.query<{ n: string }>(`select count(*) as n from payments.payment_export where month = '2026-12'`)).rows[0]?.n)).toBe(0);
    // The next (working) export sends them all, as run 1.
    const res = await download('?month=2026-12', ENGINE);
    expect(res.headers.get('x-message-id')).toBe('USR-PAYROLL-2026-12-R1');
    expect(await statusCounts('2026-12')).toEqual({ SENT: 50 });
  });

  it('gives concurrent downloads of a month the same single run, never two runs or a split', async () => {
    await schedule('2027-01', 400);
    const [a, b, c] = await Promise.all([download('?month=2027-01', ENGINE), download('?month=2027-01', ENGINE), download('?month=2027-01', ENGINE)]);
    expect(a?.status).toBe(200);
    expect(b?.body).toBe(a?.body);
    expect(c?.body).toBe(a?.body);
    expect(a?.headers.get('x-message-id')).toBe('USR-PAYROLL-2027-01-R1');
    expect(await statusCounts('2027-01')).toEqual({ SENT: 400 });
    expect(Number((await sql.query<{ n: string }>(`select count(*) as n from payments.payment_export where month = '2027-01'`)).rows[0]?.n)).toBe(1);
  });
});

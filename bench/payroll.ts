// Payroll benchmark, the payments subgraph's side: N beneficiaries with open card accounts, the
// month's payroll recorded through GraphQL `recordPayroll` in batches of 5,000 (as the engine sends
// it), optionally replayed (all existing), then the month exported as pain.001 through
// GET /exports/pain001 (streamed, payments marked SENT) and downloaded again (same file):
//   node bench/payroll.ts [--assignments 300000] [--batch 5000] [--replay] [--without-access-log] [--keep]
// As in production, every payment exported is a read recorded in the hash-chained access log
// (audit.access_log, same database here), and the export keeps pace with those writes.
// Uses a fresh database on DATABASE_URL's server when set, otherwise an embedded PostgreSQL in a
// temporary directory (durable defaults). Accounts are seeded with SQL (synthetic PINs 9xxxxxx,
// valid AZ IBANs); the export is counted as it arrives, never held. Prints payments/s, export MB/s
// and the peak RSS of this Node process (client + subgraph) per phase; never personal data.
import { randomUUID } from 'node:crypto';
import { get } from 'node:http';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { createAccessLogRecorder, createLogger, migrateSchemas, NO_ACCESS_RECORDING, startSubgraph } from '@usr/shared';
import { auditDatabase } from '../subgraphs/audit/src/index.ts';
import { createTestTokens, ENGINE, postGraphQL } from '@usr/shared/testing';
import { paymentsSubgraph, PAIN001_PATH } from '../subgraphs/payments/src/index.ts';
import { openBenchDatabase, runBenchmark } from './support/bench-database.ts';
import { measured, memory } from './support/measure.ts';

const { values: args } = parseArgs({
  options: {
    assignments: { type: 'string', default: '300000' },
    batch: { type: 'string', default: '5000' },
    replay: { type: 'boolean', default: false },
    'without-access-log': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const assignments = Number(args.assignments);
const batchSize = Number(args.batch);
const MONTH = '2026-11';

const gc = (globalThis as { gc?: () => void }).gc;

const PAYROLL = `mutation($input: RecordPayrollInput!) { recordPayroll(input: $input) { created existing rejected { index code } } }`;

const runPayroll = async (url: string, authorization: string, ids: readonly string[]) => {
  const totals = { created: 0, existing: 0, rejected: 0 };
  for (let start = 0; start < assignments; start += batchSize) {
    const items = [];
    for (let i = start; i < Math.min(assignments, start + batchSize); i++) {
      items.push({ assignmentId: ids[i], beneficiaryPin: `9${String(i).padStart(6, '0')}`, amount: `${150 + (i % 300)}.${String(i % 100).padStart(2, '0')}`, benefitCode: 'TSA' });
    }
    const res = await postGraphQL<{ recordPayroll: { created: number; existing: number; rejected: unknown[] } }>(url, PAYROLL, { input: { month: MONTH, items } }, { authorization });
    if (res.errors || !res.data) throw new Error(`recordPayroll failed: ${JSON.stringify(res.errors?.map((e) => e.extensions?.['code']))}`);
    totals.created += res.data.recordPayroll.created;
    totals.existing += res.data.recordPayroll.existing;
    totals.rejected += res.data.recordPayroll.rejected.length;
  }
  return totals;
};

/** Downloads the export, counting bytes and transactions as they stream; keeps nothing. */
const download = (url: string, authorization: string): Promise<{ bytes: number; transactions: number; msgId: string }> =>
  new Promise((resolve, reject) => {
    get(url, { headers: { authorization } }, (res) => {
      if (res.statusCode !== 200) {
        reject(new Error(`export answered ${res.statusCode}`));
        res.resume();
        return;
      }
      let bytes = 0;
      let transactions = 0;
      let tail = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        bytes += Buffer.byteLength(chunk);
        const text = tail + chunk;
        transactions += text.split('<CdtTrfTxInf>').length - 1;
        tail = text.slice(-13);
      });
      res.on('end', () => resolve({ bytes, transactions, msgId: String(res.headers['x-message-id']) }));
      res.on('error', reject);
    }).on('error', reject);
  });

const main = async () => {
  const db = await openBenchDatabase({ prefix: 'payroll_bench', durable: true, keep: args.keep, databaseUrl: process.env['DATABASE_URL'] });
  const url = db.url;
  const tokens = await createTestTokens();
  const accessLog = !args['without-access-log'];
  if (accessLog) await migrateSchemas(url, [auditDatabase]);
  const recorder = accessLog ? createAccessLogRecorder({ databaseUrl: url, logger: createLogger('bench', 'warn') }) : NO_ACCESS_RECORDING;
  const service = await startSubgraph(paymentsSubgraph, { databaseUrl: url, port: 0, auth: { verifier: tokens.verifier, directory: {}, recorder } });
  try {
    const seeded = await measured(() =>
      db.query(
        `insert into payments.payment_account (id, holder_pin, bank, branch_address, card_pickup_date, card_number_masked, iban, status)
         select gen_random_uuid(), '9' || lpad(i::text, 6, '0'), 'Kapital Bank', 'Kapital Bank, Mərkəzi filial', '2026-01-10', '4169 **** **** 0000',
                'AZ' || lpad((98 - (('10181113' || lpad(i::text, 20, '0') || '103500')::numeric % 97))::text, 2, '0') || 'AIIB' || lpad(i::text, 20, '0'), 'OPEN'
         from generate_series(0, $1 - 1) i`,
        [assignments],
      ),
    );
    const authorization = await tokens.bearer(ENGINE);
    const ids = Array.from({ length: assignments }, () => randomUUID());
    const payroll = await measured(() => runPayroll(service.url, authorization, ids));
    const replay = args.replay ? await measured(() => runPayroll(service.url, authorization, ids)) : undefined;
    const exportUrl = `${new URL(PAIN001_PATH, service.url).toString()}?month=${MONTH}`;
    // Each download ends once its access-log entries are written too.
    const exported = await measured(async () => {
      const result = await download(exportUrl, authorization);
      await recorder.flush();
      return result;
    });
    const again = await measured(async () => {
      const result = await download(exportUrl, authorization);
      await recorder.flush();
      return result;
    });
    const check = new pg.Client({ connectionString: url });
    await check.connect();
    const sent = await check.query<{ n: string }>(`select count(*) as n from payments.payment where status = 'SENT'`);
    const logged = accessLog ? await check.query<{ n: string }>(`select count(*) as n from audit.access_log`) : undefined;
    await check.end();

    const mb = (bytes: number) => bytes / 2 ** 20;
    if (!gc) console.log('(run with node --expose-gc, as npm run bench:payroll does, for heap figures after a GC)');
    console.log(`\nPayroll: ${assignments.toLocaleString('en')} assignments, batches of ${batchSize}, ${db.embedded ? 'embedded PostgreSQL' : 'DATABASE_URL'}, access log ${accessLog ? 'on' : 'off'}`);
    console.log(`seed accounts (SQL): ${seeded.seconds.toFixed(1)} s`);
    console.log(
      `recordPayroll: ${payroll.seconds.toFixed(1)} s → ${Math.round(assignments / payroll.seconds).toLocaleString('en')} payments/s; created ${payroll.result.created}, existing ${payroll.result.existing}, rejected ${payroll.result.rejected}; ${memory(payroll)}`,
    );
    if (replay) console.log(`replay: ${replay.seconds.toFixed(1)} s → ${Math.round(assignments / replay.seconds).toLocaleString('en')} items/s; created ${replay.result.created}, existing ${replay.result.existing}; ${memory(replay)}`);
    for (const [name, run] of [['export (marks SENT)', exported], ['re-export (same file)', again]] as const) {
      console.log(
        `${name}: ${run.seconds.toFixed(1)} s, ${mb(run.result.bytes).toFixed(1)} MB → ${(mb(run.result.bytes) / run.seconds).toFixed(1)} MB/s, ${Math.round(run.result.transactions / run.seconds).toLocaleString('en')} payments/s; ${run.result.transactions} transactions, ${run.result.msgId}; ${memory(run)}`,
      );
    }
    console.log(`payments SENT: ${Number(sent.rows[0]?.n).toLocaleString('en')}${logged ? `; access-log entries: ${Number(logged.rows[0]?.n).toLocaleString('en')}` : ''}`);
    console.log(`peak RSS of this Node process over the whole run: ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
  } finally {
    await service.stop();
    await recorder.close();
    await db.close();
  }
};

runBenchmark(main);

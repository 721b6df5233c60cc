// Bank statement import benchmark, the payments subgraph's side: N/2 card accounts each with one
// payment the bank has accepted, then one camt.053.001.08 end-of-day statement of N entries (each
// account: the payment credited, then a cash withdrawal) uploaded to POST /imports/bank-files as
// the bank would, streamed in and answered as NDJSON; then the same statement again (nothing
// changes). The statement is generated as it is sent and the answer counted as it arrives, so
// neither is ever held by the client:
//   node --expose-gc bench/bank-statement.ts [--entries 300000] [--keep]
// Uses a fresh database on DATABASE_URL's server when set, otherwise an embedded PostgreSQL in a
// temporary directory (durable defaults). Prints entries/s, MB/s and memory per phase; never personal data.
import { request } from 'node:http';
import { Readable } from 'node:stream';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { startSubgraph } from '@usr/shared';
import { createTestTokens, type TestTokenClaims } from '@usr/shared/testing';
import { BANK_FILES_PATH, camtAccount, camtHead, camtTail, endToEndIdOf, paymentsSubgraph, type StatementLine } from '../subgraphs/payments/src/index.ts';
import { openBenchDatabase, runBenchmark } from './support/bench-database.ts';
import { measured, memory } from './support/measure.ts';

const { values: args } = parseArgs({ options: { entries: { type: 'string', default: '300000' }, keep: { type: 'boolean', default: false } } });
const accounts = Math.ceil(Number(args.entries) / 2);
const BANK: TestTokenClaims = { roles: ['bank'], serviceAccount: true };
const MONTH = '2026-11';

const ibanSql = `'AZ' || lpad((98 - (('10181113' || lpad(i::text, 20, '0') || '103500')::numeric % 97))::text, 2, '0') || 'AIIB' || lpad(i::text, 20, '0')`;

/** The whole camt.053 as text chunks, its accounts read from the database a page at a time as it is written. */
async function* camt053(url: string, msgId: string): AsyncGenerator<string> {
  const header = { msgId, createdAt: new Date('2026-11-30T20:00:00Z') };
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    yield camtHead('camt.053', header);
    let after = '';
    let n = 0;
    for (;;) {
      const page = await client.query<{ iban: string; id: string; amount: string }>(
        `select a.iban, p.id, p.amount::text as amount from payments.payment p join payments.payment_account a on a.id = p.account_id
         where a.iban > $1 order by a.iban limit 5000`,
        [after],
      );
      if (page.rows.length === 0) break;
      after = page.rows.at(-1)?.iban ?? '';
      let text = '';
      for (const r of page.rows) {
        const e2e = endToEndIdOf(r.id);
        const lines: StatementLine[] = [
          { kind: 'credit', reference: `C${e2e.slice(0, 30)}`, amount: r.amount, bookedOn: `${MONTH}-05`, endToEndId: e2e },
          { kind: 'withdrawal', reference: `W${e2e.slice(0, 30)}`, amount: '10.00', bookedOn: `${MONTH}-09` },
        ];
        for (const piece of camtAccount('camt.053', header, { iban: r.iban, lines }, ++n)) text += piece;
      }
      yield text;
    }
    yield camtTail('camt.053');
  } finally {
    await client.end();
  }
}

/** Uploads the generated statement, counting what goes out and the outcomes coming back. */
const upload = (target: string, authorization: string, body: AsyncIterable<string>): Promise<{ bytes: number; outcomes: Record<string, number> }> =>
  new Promise((resolve, reject) => {
    let bytes = 0;
    const counted = Readable.from(
      (async function* () {
        for await (const chunk of body) {
          bytes += Buffer.byteLength(chunk);
          yield chunk;
        }
      })(),
    );
    const req = request(target, { method: 'POST', headers: { authorization, 'content-type': 'application/xml' } }, (res) => {
      if (res.statusCode !== 200) reject(new Error(`import answered ${res.statusCode}`));
      const outcomes: Record<string, number> = {};
      let tail = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        const lines = (tail + chunk).split('\n');
        tail = lines.pop() ?? '';
        for (const line of lines) {
          const parsed = JSON.parse(line) as { outcome?: string; error?: unknown };
          if (parsed.error) reject(new Error(JSON.stringify(parsed.error)));
          if (parsed.outcome) outcomes[parsed.outcome] = (outcomes[parsed.outcome] ?? 0) + 1;
        }
      });
      res.on('end', () => resolve({ bytes, outcomes }));
      res.on('error', reject);
    });
    req.on('error', reject);
    counted.pipe(req);
  });

const main = async () => {
  const db = await openBenchDatabase({ prefix: 'statement_bench', durable: true, keep: args.keep, databaseUrl: process.env['DATABASE_URL'] });
  const tokens = await createTestTokens();
  const service = await startSubgraph(paymentsSubgraph, { databaseUrl: db.url, port: 0, auth: { verifier: tokens.verifier, directory: {} } });
  try {
    const seeded = await measured(async () => {
      await db.query(
        `insert into payments.payment_account (id, holder_pin, bank, branch_address, card_pickup_date, card_number_masked, iban, status)
         select gen_random_uuid(), '9' || lpad(i::text, 6, '0'), 'Kapital Bank', 'Kapital Bank, Mərkəzi filial', '2026-01-10', '4169 **** **** 0000', ${ibanSql}, 'OPEN'
         from generate_series(0, $1 - 1) i`,
        [accounts],
      );
      await db.query(
        `insert into payments.payment (id, assignment_id, beneficiary_pin, account_id, month, amount, status, sent_at, accepted_at, benefit_code)
         select gen_random_uuid(), gen_random_uuid(), a.holder_pin, a.id, '${MONTH}', 150 + (row_number() over () % 300), 'ACCEPTED', now(), now(), 'TSA'
         from payments.payment_account a`,
      );
      await db.query(`analyze`);
    });
    const authorization = await tokens.bearer(BANK);
    const target = new URL(BANK_FILES_PATH, service.url).toString();
    const first = await measured(() => upload(target, authorization, camt053(db.url, 'BENCH-STMT-1')));
    const again = await measured(() => upload(target, authorization, camt053(db.url, 'BENCH-STMT-1')));
    const check = await db.query(`select status, count(*)::int as n from payments.payment group by status`);
    const mb = (bytes: number) => bytes / 2 ** 20;
    const entries = accounts * 2;
    console.log(`\nBank statement import: ${entries.toLocaleString('en')} entries on ${accounts.toLocaleString('en')} accounts, ${db.embedded ? 'embedded PostgreSQL' : 'DATABASE_URL'}`);
    console.log(`seed (SQL): ${seeded.seconds.toFixed(1)} s`);
    for (const [name, run] of [['camt.053 import', first], ['same file again', again]] as const) {
      console.log(
        `${name}: ${run.seconds.toFixed(1)} s, ${mb(run.result.bytes).toFixed(1)} MB → ${(mb(run.result.bytes) / run.seconds).toFixed(1)} MB/s, ${Math.round(entries / run.seconds).toLocaleString('en')} entries/s; ${JSON.stringify(run.result.outcomes)}; ${memory(run)}`,
      );
    }
    console.log(`payments by status after: ${JSON.stringify(Object.fromEntries(check.rows.map((r: { status: string; n: number }) => [r.status, r.n])))}`);
    console.log(`peak RSS of this Node process over the whole run: ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
  } finally {
    await service.stop();
    await db.close();
  }
};

runBenchmark(main);

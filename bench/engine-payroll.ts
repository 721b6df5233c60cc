// Monthly payroll through the decision engine, as the scheduled job runs it:
//   node bench/engine-payroll.ts [--assignments 300000] [--month 2026-12] [--no-fsync]
// A fresh database (embedded PostgreSQL, or DATABASE_URL's server) seeded with SQL: N granting
// decisions with their ACTIVE assignments (synthetic PINs 8xxxxxx) and one open card account each.
// Then every subgraph, the gateway and the embedded issuer in this process, and the engine's payroll
// flow: activeAssignments pages through the gateway → recordPayroll calls → unwithdrawn check; then
// the same run again (every payment exists: nothing new). Access logging is on, as in production.
// Prints assignments/s, calls and peak RSS; never personal data.
import { parseArgs } from 'node:util';
import { migrateSchemas } from '@usr/shared';
import { startRegistry } from '../test/support/registry.ts';
import { SUBGRAPH_DATABASES } from '../scripts/subgraph-databases.ts';
import { engineFor } from '../engine/test/support/engine-harness.ts';
import { runPayroll } from '../engine/src/flows/payroll.ts';
import { openBenchDatabase, runBenchmark } from './support/bench-database.ts';

const { values: args } = parseArgs({
  options: {
    assignments: { type: 'string', default: '300000' },
    month: { type: 'string', default: '2026-12' },
    'no-fsync': { type: 'boolean', default: false },
  },
});
const assignments = Number(args.assignments);
const month = args.month;

const main = async () => {
  const bench = await openBenchDatabase({ prefix: 'engine_payroll', durable: !args['no-fsync'], databaseUrl: process.env['DATABASE_URL'] });
  try {
    await migrateSchemas(bench.url, SUBGRAPH_DATABASES);
    const seedStarted = performance.now();
    // One decision and one ACTIVE assignment per beneficiary, ids derived from the row number.
    await bench.query(
      `insert into benefits.decision (id, benefit_code, subject_pin, effective_date, outcome, monthly_amount, rule_version, reason_code)
       select md5('d' || i)::uuid, 'DISABILITY_ALLOWANCE', '8' || lpad(i::text, 6, '0'), '2026-01-01', 'GRANTED', 200, 'DISABILITY_ALLOWANCE@2025.1', 'DISABILITY_DETERMINED'
       from generate_series(0, $1 - 1) i`,
      [assignments],
    );
    await bench.query(
      `insert into benefits.assignment (id, decision_id, benefit_code, beneficiary_pin, period_from, monthly_amount, status)
       select md5('a' || i)::uuid, md5('d' || i)::uuid, 'DISABILITY_ALLOWANCE', '8' || lpad(i::text, 6, '0'), '2026-01-01', 200, 'ACTIVE'
       from generate_series(0, $1 - 1) i`,
      [assignments],
    );
    await bench.query(
      `insert into payments.payment_account (id, holder_pin, bank, branch_address, card_pickup_date, card_number_masked, iban, status)
       select md5('p' || i)::uuid, '8' || lpad(i::text, 6, '0'), 'Kapital Bank', 'Kapital Bank, Mərkəzi filial', '2026-01-10', '4169 **** **** 0000',
              'AZ' || lpad((98 - (('10181113' || lpad(i::text, 20, '0') || '103500')::numeric % 97))::text, 2, '0') || 'AIIB' || lpad(i::text, 20, '0'), 'OPEN'
       from generate_series(0, $1 - 1) i`,
      [assignments],
    );
    await bench.query('analyze');
    console.log(`seeded ${assignments.toLocaleString('en')} assignments and accounts in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s`);

    const registry = await startRegistry(bench.url);
    const { runtime: engine } = await engineFor(registry, bench.url);
    try {
      const runs: Record<string, Record<string, number | string>> = {};
      for (const name of ['payroll', 'replay (nothing new)']) {
        const started = performance.now();
        const summary = await runPayroll(engine.ctx, month);
        const seconds = (performance.now() - started) / 1000;
        runs[name] = { seconds: Number(seconds.toFixed(1)), 'assignments/s': Math.round(summary.assignments / seconds), created: summary.created, existing: summary.existing, rejected: summary.rejected };
      }
      const paid = await bench.query(`select count(*)::int as n, sum(amount)::text as total from payments.payment where month = $1`, [month]);
      console.log(`\nPayroll ${month} through the engine and the gateway: ${assignments.toLocaleString('en')} ACTIVE assignments (${bench.embedded ? 'embedded PostgreSQL' : 'DATABASE_URL'})`);
      console.table(runs);
      console.log(`payments for ${month}: ${Number(paid.rows[0]?.n).toLocaleString('en')}, total ${String(paid.rows[0]?.total)} AZN`);
      console.log(`peak RSS of this process (subgraphs, gateway, issuer, engine): ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
    } finally {
      await engine.close();
      await registry.stop();
    }
  } finally {
    await bench.close();
  }
};

runBenchmark(main);

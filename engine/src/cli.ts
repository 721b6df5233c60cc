import { parseArgs } from 'node:util';
import { refreshParameters } from './parameter-snapshot.ts';
import { loadEnvironment, registryToday } from '@usr/shared';
import { createEngineRuntime } from './engine.ts';
import { engineEnvironmentSchema } from './environment.ts';
import { dailySweep } from './flows/daily-sweep.ts';
import { runPayroll } from './flows/payroll.ts';
import { rerunCorrections } from './flows/rerun-corrections.ts';
import { RULE_VERSIONS } from './rules/index.ts';

/**
 * `npm run engine -- <command>`:
 *   sweep [--date YYYY-MM-DD]            the daily sweep for a day (default today, Baku)
 *   payroll --month YYYY-MM              the monthly payroll
 *   rerun --rule TSA@2020.2 --from YYYY-MM --to YYYY-MM [--apply]
 *                                        corrections report (dry run) or replacement decisions
 *   versions                             the rule versions and the dates they govern
 *   verify-chain [--against F] [--export F] [--full]
 *                                        the decision log's hash chain (the same check and options
 *                                        as `npm run verify:decisions`); exit 1 when broken
 * Runs in this process through the gateway (the same flows the worker runs); prints JSON.
 */
const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { date: { type: 'string' }, month: { type: 'string' }, rule: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, apply: { type: 'boolean', default: false }, against: { type: 'string' }, export: { type: 'string' }, full: { type: 'boolean' } },
});
const command = positionals[0];
const fail = (message: string): never => {
  console.error(message);
  process.exit(64);
};
const month = /^\d{4}-(0[1-9]|1[0-2])$/;

if (command === 'versions') {
  console.log(JSON.stringify(RULE_VERSIONS, null, 2));
  process.exit(0);
}
if (command === 'verify-chain') {
  // An operator's check of the benefits database, not a flow: the benefits verifier itself, the same
  // command and options as `npm run verify:decisions` (BENEFITS_DATABASE_URL or DATABASE_URL).
  const { runChainCli } = await import('@usr/shared');
  const { decisionLogCheckpointsAt, verifyDecisionLogAt } = await import('../../subgraphs/benefits/src/verify-decision-log.ts');
  await runChainCli({
    command: 'engine verify-chain',
    chain: 'decision-log',
    databaseVariable: 'BENEFITS_DATABASE_URL',
    verify: (url, signer, held, full) => verifyDecisionLogAt(url, signer, { held, full }),
    checkpoints: decisionLogCheckpointsAt,
    args: process.argv.slice(3),
  });
  // runChainCli ends the process once its line is written.
  await new Promise(() => undefined);
}
if (command !== 'sweep' && command !== 'payroll' && command !== 'rerun') fail('usage: npm run engine -- sweep [--date D] | payroll --month M | rerun --rule V --from M --to M [--apply] | versions | verify-chain');
const env = loadEnvironment('engine', engineEnvironmentSchema);
const runtime = await createEngineRuntime(env);
// The registry's approved parameters, as the worker decides with them.
await refreshParameters(runtime.ctx);
try {
  let output: unknown;
  if (command === 'sweep') {
    const date = values.date ?? registryToday();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) fail('--date must be YYYY-MM-DD');
    output = await dailySweep(runtime.ctx, runtime.db, date);
  } else if (command === 'payroll') {
    if (!values.month || !month.test(values.month)) fail('--month YYYY-MM is required');
    output = await runPayroll(runtime.ctx, values.month ?? '');
  } else {
    if (!values.rule || !values.from || !values.to || !month.test(values.from) || !month.test(values.to)) fail('--rule, --from YYYY-MM and --to YYYY-MM are required');
    output = await rerunCorrections(runtime.ctx, { ruleVersion: values.rule ?? '', from: values.from ?? '', to: values.to ?? '', apply: values.apply ?? false });
  }
  console.log(JSON.stringify(output, null, 2));
} finally {
  await runtime.close();
}

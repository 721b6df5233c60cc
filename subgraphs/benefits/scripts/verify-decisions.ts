// `npm run verify:decisions [-- --against FILE] [--export FILE] [--full]`: verifies the hash chain of
// benefits.decision_log after its newest signed checkpoint (or from the start with --full), against
// the checkpoints an auditor kept (--against), and signs a checkpoint at its end; prints the first
// broken link or "chain intact: N entries". Exits 1 when broken, 2 when the log cannot be read.
import { runChainCli } from '@usr/shared';
import { decisionLogCheckpointsAt, verifyDecisionLogAt } from '../src/verify-decision-log.ts';

await runChainCli({
  command: 'verify:decisions',
  chain: 'decision-log',
  databaseVariable: 'BENEFITS_DATABASE_URL',
  verify: (url, signer, held, full) => verifyDecisionLogAt(url, signer, { held, full }),
  checkpoints: decisionLogCheckpointsAt,
});

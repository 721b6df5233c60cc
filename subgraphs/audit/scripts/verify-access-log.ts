// `npm run verify:access-log [-- --against FILE] [--export FILE] [--full]`: verifies the hash chain of
// audit.access_log after its newest signed checkpoint (or from the start with --full), against the
// checkpoints an auditor kept (--against), and signs a checkpoint at its end; prints the first broken
// link or "chain intact: N entries". Exits 1 when broken, 2 when the log cannot be read.
import { runChainCli } from '@usr/shared';
import { accessLogCheckpointsAt, verifyAccessLogAt } from '../src/verify-access-log.ts';

await runChainCli({
  command: 'verify:access-log',
  chain: 'access-log',
  databaseVariable: 'AUDIT_DATABASE_URL',
  verify: (url, signer, held, full) => verifyAccessLogAt(url, signer, held, full),
  checkpoints: accessLogCheckpointsAt,
});

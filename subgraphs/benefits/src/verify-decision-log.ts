import { openDatabase, type ChainVerificationResult } from '@usr/shared';
import { benefitsDatabase } from './database.ts';
import { verifyDecisionLog } from './services/decision-log-store.ts';

/** The verifier's one line: where the chain breaks, or how long it is. */
export const describeVerification = (result: ChainVerificationResult): string =>
  result.verified ? `chain intact: ${result.entries} entries` : `chain broken at seq ${result.firstBrokenSeq ?? '?'} (${result.entries} entries checked)`;

/**
 * Recomputes the decision log's hash chain on the database at `url` (no migrations, no writes):
 * what `npm run verify:decisions` runs and `decisionLogChain` answers.
 */
export const verifyDecisionLogAt = async (url: string): Promise<ChainVerificationResult> => {
  const orm = await openDatabase({ ...benefitsDatabase, url, poolMax: 1 });
  try {
    return await verifyDecisionLog(orm.em.fork());
  } finally {
    await orm.close();
  }
};

import { openDatabase, type ChainCheckpoint, type ChainSigner, type ChainVerificationOptions, type ChainVerificationReport } from '@usr/shared';
import { benefitsDatabase } from './database.ts';
import { decisionLogChainStore, verifyDecisionLog } from './services/decision-log-store.ts';

export { describeChainVerification as describeVerification } from '@usr/shared';

const withDatabase = async <T>(url: string, work: (orm: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>): Promise<T> => {
  const orm = await openDatabase({ ...benefitsDatabase, url, poolMax: 1 });
  try {
    return await work(orm);
  } finally {
    await orm.close();
  }
};

/**
 * Verifies the decision log's hash chain on the database at `url` (no migrations; the only write is
 * the signed checkpoint at the end): what `npm run verify:decisions` runs and `decisionLogChain` answers.
 */
export const verifyDecisionLogAt = (url: string, signer: ChainSigner, options: ChainVerificationOptions = {}): Promise<ChainVerificationReport> =>
  withDatabase(url, (orm) => verifyDecisionLog(orm.em.fork(), signer, options));

/** Every signed checkpoint of the decision log, oldest first (what `--export` writes). */
export const decisionLogCheckpointsAt = (url: string): Promise<ChainCheckpoint[]> =>
  withDatabase(url, async (orm) => {
    const store = decisionLogChainStore(orm.em.fork());
    const all: ChainCheckpoint[] = [];
    for (;;) {
      const page = await store.all(1_000, all[all.length - 1]?.seq ?? '0');
      all.push(...page);
      if (page.length < 1_000) return all;
    }
  });

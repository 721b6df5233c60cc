import { openDatabase, type ChainCheckpoint, type ChainSigner, type ChainVerificationReport } from '@usr/shared';
import { auditDatabase } from './database.ts';
import { verifyAccessLog } from './services/access-log-service.ts';
import { accessLogChainStore } from './services/access-log-store.ts';

const withDatabase = async <T>(url: string, work: (orm: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>): Promise<T> => {
  const orm = await openDatabase({ ...auditDatabase, url, poolMax: 1 });
  try {
    return await work(orm);
  } finally {
    await orm.close();
  }
};

/** What `npm run verify:access-log` runs and `accessLogChain` answers (no migrations; writes only the checkpoint). */
export const verifyAccessLogAt = (url: string, signer: ChainSigner, held: readonly ChainCheckpoint[], full: boolean): Promise<ChainVerificationReport> =>
  withDatabase(url, (orm) => verifyAccessLog(orm.em.fork(), signer, held, full));

/** Every signed checkpoint of the access log, oldest first (what `--export` writes). */
export const accessLogCheckpointsAt = (url: string): Promise<ChainCheckpoint[]> =>
  withDatabase(url, async (orm) => {
    const store = accessLogChainStore(orm.em.fork());
    const all: ChainCheckpoint[] = [];
    for (;;) {
      const page = await store.all(1_000, all[all.length - 1]?.seq ?? '0');
      all.push(...page);
      if (page.length < 1_000) return all;
    }
  });

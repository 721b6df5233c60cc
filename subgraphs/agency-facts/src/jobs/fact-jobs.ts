import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Kysely } from '@mikro-orm/sql';
import { fromKysely, PgBoss, type Db } from 'pg-boss';
import type { FactKind } from '@usr/shared';

/** The pg-boss queue the decision engine consumes: one job per fact stored (accepted or superseding). */
export const FACTS_INGESTED = 'facts.ingested';
/** pg-boss's own schema; created and migrated by pg-boss itself (see `factQueue`). */
export const JOB_SCHEMA = 'pgboss';

/** The whole payload: which person to re-evaluate and why. No value, dates or reference of the fact. */
export interface FactIngestedJob {
  readonly subjectPin: string;
  readonly factId: string;
  readonly kind: FactKind;
  readonly agency: string;
  readonly outcome: 'ACCEPTED' | 'SUPERSEDED';
}

/** Just what a job is made of; takes the stored fact or anything shaped like it. */
export const factJob = (fact: { id: string; subjectPin: string; kind: FactKind; agencyCode: string }, outcome: FactIngestedJob['outcome']): FactIngestedJob => ({
  subjectPin: fact.subjectPin,
  factId: fact.id,
  kind: fact.kind,
  agency: fact.agencyCode,
  outcome,
});

/**
 * pg-boss's executor over the EntityManager's open transaction (MikroORM 7 runs on Kysely; pg-boss
 * ships the adapter): pg-boss's statements run on the transaction's connection, so the job rows
 * commit or roll back with the facts.
 */
const transactionExecutor = (em: EntityManager): Db => {
  const trx = em.getTransactionContext<Kysely<unknown>>();
  if (!trx) throw new Error('Fact jobs are enqueued only inside the transaction that stores the facts.');
  return fromKysely(trx);
};

/**
 * One pg-boss instance per ORM, started lazily on the first enqueue. Starting it runs pg-boss's own
 * migration (creates/upgrades schema `pgboss`; concurrent starters are serialised by pg-boss's
 * advisory lock) and creates the queue (idempotent). It does no maintenance, scheduling or work
 * (`supervise`/`schedule` off, no workers): that is the engine's; here it only builds INSERTs,
 * which run on our transaction through `transactionExecutor`. Its own pool (2 connections) only
 * serves the start and its queue-cache refreshes.
 */
const instances = new WeakMap<object, Promise<PgBoss>>();

const startBoss = async (connectionString: string): Promise<PgBoss> => {
  const boss = new PgBoss({ connectionString, schema: JOB_SCHEMA, max: 2, supervise: false, schedule: false, migrate: true, application_name: 'agency-facts-jobs' });
  // Background errors (e.g. the database going away at shutdown) must not crash the process; an
  // enqueue that fails still throws to its caller, and rolls its transaction back.
  boss.on('error', () => undefined);
  await boss.start();
  await boss.createQueue(FACTS_INGESTED);
  return boss;
};

/** The started pg-boss of the database `em` belongs to. */
export const factQueue = (em: EntityManager): Promise<PgBoss> => {
  const key = em.getConnection();
  let boss = instances.get(key);
  if (!boss) {
    const url = em.config.get('clientUrl');
    if (!url) throw new Error('The facts database has no connection URL for the job queue.');
    boss = startBoss(url);
    boss.catch(() => instances.delete(key));
    instances.set(key, boss);
  }
  return boss;
};

/** Stops this database's pg-boss client (no timers or connections left behind). */
export const stopFactQueue = async (orm: MikroORM): Promise<void> => {
  const key = orm.em.getConnection();
  const boss = instances.get(key);
  if (!boss) return;
  instances.delete(key);
  await (await boss.catch(() => undefined))?.stop({ graceful: false, close: true });
};

/** Starts the job queue now (pg-boss schema and queue), so the first submission does not pay for it. */
export const prepareFactQueue = async (orm: MikroORM): Promise<void> => {
  await factQueue(orm.em);
};

/**
 * Enqueues `jobs` in `em`'s open transaction with ONE multi-row insert. The job id is the fact id,
 * so a fact can never be queued twice (pg-boss inserts with ON CONFLICT DO NOTHING), and the
 * singleton key is the fact id too, for the engine's look-ups.
 */
export const enqueueFactJobs = async (em: EntityManager, jobs: readonly FactIngestedJob[]): Promise<void> => {
  if (jobs.length === 0) return;
  const boss = await factQueue(em);
  await boss.insert(
    FACTS_INGESTED,
    jobs.map((data) => ({ id: data.factId, singletonKey: data.factId, data })),
    { db: transactionExecutor(em) },
  );
};

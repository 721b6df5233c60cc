import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Kysely } from '@mikro-orm/sql';
import { fromKysely, PgBoss, type Db } from 'pg-boss';
import type { FactKind } from '../domain/fact-kinds.ts';
import { traceHeaders } from '../telemetry/tracing.ts';

/**
 * The registry's job queue (pg-boss, in PostgreSQL): every queue, every payload, and the one way
 * subgraphs enqueue, which is inside the transaction that writes the row the job is about. The
 * decision engine consumes the queues (workers, schedules, maintenance); subgraphs only insert.
 */

/** pg-boss's own schema; created and migrated by pg-boss itself (see `jobQueue`). */
export const JOB_SCHEMA = 'pgboss';

/** Every queue, named in one place. */
export const QUEUES = {
  /** agency-facts → engine: one job per fact stored (accepted or superseding). */
  factsIngested: 'facts.ingested',
  /**
   * agency-facts → engine: one job per chunk of the bulk feed, naming every fact the chunk stored;
   * the engine decides each fact on its own, as a facts.ingested job, and records each one done.
   */
  factsIngestedChunk: 'facts.ingested-chunk',
  /** benefits → engine: one job per application submitted. */
  applicationsSubmitted: 'applications.submitted',
  /** benefits → engine: one job per notification queued (the SMS to send). */
  notificationsSend: 'notifications.send',
  /** schedule or CLI → engine: the daily sweep over calendar rights. */
  sweepDaily: 'sweep.daily',
  /** schedule or CLI → engine: the monthly payroll run. */
  payrollMonthly: 'payroll.monthly',
  /** agency-facts → engine: a correction request was answered or forwarded (the SMS to the citizen). */
  correctionsAnswered: 'corrections.answered',
  /** payments → engine: a payment the bank credited, rejected or returned (the beneficiary's SMS). */
  paymentsSettled: 'payments.settled',
  /** benefits → engine: one job per step of an appeal (filed, sent to review, upheld, referred, settled). */
  appealsStep: 'appeals.step',
  // rules-core (issue #15)
  /** benefits → engine: a dry run of a parameter draft was requested (the engine fills its report). */
  parametersDryRun: 'parameters.dry-run',
  // changes stream (#13)
  /** benefits → engine: an officer closed a review item (the SMS; for ACCEPTED, the re-assessment). */
  changeReviewsClosed: 'change-reviews.closed',
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

/**
 * Queue settings both sides create a queue with (the producer may create it first). A chunk job
 * decides up to a thousand facts one after the other: it may run longer than pg-boss's default
 * 15-minute expiry; a killed worker is still noticed by its heartbeat within seconds.
 */
export const QUEUE_OPTIONS: Partial<Record<QueueName, { readonly expireInSeconds: number }>> = {
  [QUEUES.factsIngestedChunk]: { expireInSeconds: 4 * 60 * 60 },
};

/**
 * Every job's heartbeat: a worker refreshes it while the job runs; a worker killed mid-job stops,
 * and the engine's supervision fails and retries the job after this many seconds (pg-boss's minimum
 * is 10) rather than after the 15 minutes of job expiry. Set on each job as it is inserted, not only
 * on the queue: a producer's pg-boss client caches a queue's settings from before the engine set them.
 */
export const JOB_HEARTBEAT_SECONDS = 10;

/** facts.ingested: which person to re-evaluate and why. No value, dates or reference of the fact. */
export interface FactIngestedJob {
  readonly subjectPin: string;
  readonly factId: string;
  readonly kind: FactKind;
  readonly agency: string;
  readonly outcome: 'ACCEPTED' | 'SUPERSEDED';
}

/**
 * facts.ingested-chunk: facts of one agency that one transaction of the bulk feed stored, all with
 * the same outcome; the engine decides each as its facts.ingested job (which needs only the fact's
 * id and outcome: it reads the fact itself). One job row per chunk instead of one per fact, and
 * just the ids: a job row cost PostgreSQL more than the fact it is about, and a chunk's payload
 * with each fact's subject and kind twice what the ids cost (BENCHMARKS.md, "Agency bulk feed").
 */
export interface FactsIngestedChunkJob {
  readonly agency: string;
  readonly outcome: FactIngestedJob['outcome'];
  readonly factIds: readonly string[];
}

/**
 * What the engine needs of a facts.ingested job to decide the fact: its id and outcome (it reads
 * the rest through the graph). A whole facts.ingested payload is one; a chunk job gives just these.
 */
export type FactToDecide = Pick<FactIngestedJob, 'factId' | 'outcome'> & Partial<FactIngestedJob>;

/** applications.submitted: the application to decide (the engine reads the rest through the graph). */
export interface ApplicationSubmittedJob {
  readonly applicationId: string;
}

/** notifications.send: the notification to send (text and recipient stay in benefits.notification). */
export interface NotificationSendJob {
  readonly notificationId: string;
}

/** sweep.daily: the day swept (YYYY-MM-DD, Baku). */
export interface SweepDailyJob {
  readonly date: string;
}

/** payroll.monthly: the month paid (YYYY-MM). */
export interface PayrollMonthlyJob {
  readonly month: string;
}

/** corrections.answered: which request moved to which status. No reason text, no value of the fact. */
export interface CorrectionAnsweredJob {
  readonly requestId: string;
  readonly subjectPin: string;
  readonly status: 'CONFIRMED' | 'CORRECTED' | 'REJECTED' | 'FORWARDED';
}

/** payments.settled: which payment, and what the bank's file said of it. */
export interface PaymentSettledJob {
  readonly paymentId: string;
  readonly status: 'PAID' | 'REJECTED' | 'RETURNED';
}

/** appeals.step: the appeal and the step (an event of its timeline) the engine acts on. */
export interface AppealStepJob {
  readonly appealId: string;
  readonly eventId: string;
}

/** parameters.dry-run: the dry run to run (its draft and sample are in benefits.parameter_dry_run). */
export interface ParameterDryRunJob {
  readonly dryRunId: string;
}

/** change-reviews.closed: which review an officer closed, and how. No reason text. */
export interface ChangeReviewClosedJob {
  readonly reviewId: string;
  readonly subjectPin: string;
  readonly status: 'ACCEPTED' | 'REJECTED';
}

/** The payload of each queue. */
export interface JobPayloads {
  readonly 'facts.ingested': FactIngestedJob;
  readonly 'facts.ingested-chunk': FactsIngestedChunkJob;
  readonly 'applications.submitted': ApplicationSubmittedJob;
  readonly 'notifications.send': NotificationSendJob;
  readonly 'sweep.daily': SweepDailyJob;
  readonly 'payroll.monthly': PayrollMonthlyJob;
  readonly 'corrections.answered': CorrectionAnsweredJob;
  readonly 'payments.settled': PaymentSettledJob;
  readonly 'appeals.step': AppealStepJob;
  readonly 'parameters.dry-run': ParameterDryRunJob;
  readonly 'change-reviews.closed': ChangeReviewClosedJob;
}

/**
 * The W3C trace context of the request that enqueued a job (`traceparent`, `tracestate`), carried in
 * its data so the job's span is a child of that request. No personal datum: ids of the trace only.
 */
export interface JobTrace {
  readonly trace?: Readonly<Record<string, string>>;
}

/** The active trace context, to put in a job's data. */
export const jobTrace = (): JobTrace => {
  const trace = traceHeaders();
  return Object.keys(trace).length > 0 ? { trace } : {};
};

/** One job to insert: `id` is the id of the domain row it is about, so it is never queued twice. */
export interface JobToEnqueue<Q extends QueueName> {
  readonly id: string;
  readonly data: JobPayloads[Q];
}

/**
 * pg-boss's executor over the EntityManager's open transaction (MikroORM 7 runs on Kysely; pg-boss
 * ships the adapter): pg-boss's statements run on the transaction's connection, so the job rows
 * commit or roll back with the rows they are about.
 */
const transactionExecutor = (em: EntityManager): Db => {
  const trx = em.getTransactionContext<Kysely<unknown>>();
  if (!trx) throw new Error('Jobs are enqueued only inside the transaction that writes what they are about.');
  return fromKysely(trx);
};

interface StartedQueue {
  readonly boss: PgBoss;
  /** Queues created by this client (createQueue is idempotent, but costs a round trip). */
  readonly created: Map<QueueName, Promise<void>>;
  /** Each queue's job table (pg-boss's `job_common`, or the queue's own partition). */
  readonly tables: Map<QueueName, Promise<string>>;
}

/**
 * One pg-boss client per ORM, started lazily on the first enqueue. Starting it runs pg-boss's own
 * migration (creates/upgrades schema `pgboss`; concurrent starters are serialised by pg-boss's
 * advisory lock). It does no maintenance, scheduling or work (`supervise`/`schedule` off, no
 * workers): that is the engine's; here it only builds INSERTs, which run on the caller's
 * transaction through `transactionExecutor`. Its own pool (2 connections) only serves the start,
 * queue creation and its queue-cache refreshes.
 */
const instances = new WeakMap<object, Promise<StartedQueue>>();

const startQueue = async (connectionString: string): Promise<StartedQueue> => {
  const boss = new PgBoss({ connectionString, schema: JOB_SCHEMA, max: 2, supervise: false, schedule: false, migrate: true, application_name: 'registry-jobs' });
  // Background errors (e.g. the database going away at shutdown) must not crash the process; an
  // enqueue that fails still throws to its caller, and rolls its transaction back.
  boss.on('error', () => undefined);
  await boss.start();
  return { boss, created: new Map(), tables: new Map() };
};

const startedQueue = (em: EntityManager): Promise<StartedQueue> => {
  const key = em.getConnection();
  let started = instances.get(key);
  if (!started) {
    const url = em.config.get('clientUrl');
    if (!url) throw new Error('The database has no connection URL for the job queue.');
    started = startQueue(url);
    started.catch(() => instances.delete(key));
    instances.set(key, started);
  }
  return started;
};

/** Creates `queue` once per client (a failed creation is tried again next time). */
const ensureQueue = (started: StartedQueue, queue: QueueName): Promise<void> => {
  let created = started.created.get(queue);
  if (!created) {
    created = started.boss.createQueue(queue, QUEUE_OPTIONS[queue]);
    created.catch(() => started.created.delete(queue));
    started.created.set(queue, created);
  }
  return created;
};

/** The started pg-boss client of the database `em` belongs to. */
export const jobQueue = async (em: EntityManager): Promise<PgBoss> => (await startedQueue(em)).boss;

/** Starts the job queue now (pg-boss schema and `queues`), so the first write does not pay for it. */
export const prepareJobQueue = async (orm: MikroORM, queues: readonly QueueName[]): Promise<void> => {
  const started = await startedQueue(orm.em);
  await Promise.all(queues.map((queue) => ensureQueue(started, queue)));
};

/** Stops this database's pg-boss client (no timers or connections left behind). */
export const stopJobQueue = async (orm: MikroORM): Promise<void> => {
  const key = orm.em.getConnection();
  const started = instances.get(key);
  if (!started) return;
  instances.delete(key);
  await (await started.catch(() => undefined))?.boss.stop({ graceful: false, close: true });
};

/**
 * Enqueues `jobs` on `queue` in `em`'s open transaction with ONE multi-row insert. The job id (and
 * the singleton key, for the engine's look-ups) is the domain id: pg-boss inserts with ON CONFLICT
 * DO NOTHING, so a row can never be queued twice. Throws outside a transaction.
 */
export const enqueueJobs = async <Q extends QueueName>(em: EntityManager, queue: Q, jobs: readonly JobToEnqueue<Q>[]): Promise<void> => {
  if (jobs.length === 0) return;
  const db = transactionExecutor(em);
  const started = await startedQueue(em);
  await ensureQueue(started, queue);
  await started.boss.insert(
    queue,
    jobs.map((job) => ({ id: job.id, singletonKey: job.id, heartbeatSeconds: JOB_HEARTBEAT_SECONDS, data: { ...job.data, ...jobTrace() } })),
    { db },
  );
};

/** The job table `queue`'s rows live in, read once per client from pg-boss's queue row. */
const jobTable = (started: StartedQueue, queue: QueueName): Promise<string> => {
  let table = started.tables.get(queue);
  if (!table) {
    table = ensureQueue(started, queue)
      .then(() => started.boss.getQueue(queue))
      .then((found) => {
        if (!found) throw new Error(`The job queue ${queue} does not exist.`);
        // A table name pg-boss chose: checked before it is put into SQL text.
        if (!/^[a-z_][a-z0-9_]*$/.test(found.table)) throw new Error(`Unexpected job table name for ${queue}.`);
        return found.table;
      });
    table.catch(() => started.tables.delete(queue));
    started.tables.set(queue, table);
  }
  return table;
};

/**
 * For a writer that stores many rows and their jobs in ONE statement (the bulk fact feed): the SQL
 * of an INSERT of `queue`'s job rows selected from `source`, a query whose rows are (id uuid, data
 * jsonb), to use as a data-modifying CTE of that statement. Each row is the one `enqueueJobs`
 * (pg-boss's insert()) writes for a job with that id as id and singleton key and that data, the
 * queue's options copied from its pg-boss queue row as pg-boss does (job-queue.test.ts compares
 * the two rows column by column, so a pg-boss upgrade that changes its rows fails there). It
 * skips pg-boss's JSON round trip and its ON CONFLICT arbitration over every unique index of the
 * job table, about a third of a job's cost in PostgreSQL (BENCHMARKS.md, "Agency bulk feed"). So
 * the ids must be new, the ids of rows the same statement inserts: a repeated id is a unique
 * violation that aborts the statement, never a silent skip. `source` must be SQL the caller
 * wrote (it is put into the text), its data bound as parameters.
 */
// Every job carries the heartbeat, as `enqueue` sets it: a worker killed mid-job gives it back in seconds.
export const jobInsertSql = async (em: EntityManager, queue: QueueName, source: string): Promise<string> => {
  const table = await jobTable(await startedQueue(em), queue);
  return `insert into ${JOB_SCHEMA}.${table} (id, name, data, priority, start_after, created_on, singleton_key, expire_seconds, deletion_seconds,
       keep_until, retry_limit, retry_delay, retry_backoff, retry_delay_max, policy, dead_letter, heartbeat_seconds)
     select j.id, q.name, j.data, 0, ${JOB_SCHEMA}.job_now(), ${JOB_SCHEMA}.job_now(), j.id::text, q.expire_seconds, q.deletion_seconds,
       ${JOB_SCHEMA}.job_now() + q.retention_seconds * interval '1s', q.retry_limit, q.retry_delay, q.retry_backoff, q.retry_delay_max, q.policy,
       q.dead_letter, ${JOB_HEARTBEAT_SECONDS}
     from (${source}) as j (id, data) join ${JOB_SCHEMA}.queue q on q.name = '${queue}'`;
};

import { PgBoss, type Job } from 'pg-boss';
import { refreshParameters } from './parameter-snapshot.ts';
import {
  contextFrom,
  inSpan,
  JOB_HEARTBEAT_SECONDS,
  JOB_SCHEMA,
  QUEUE_OPTIONS,
  jobTrace,
  QUEUES,
  registryToday,
  SpanKind,
  type AppealStepJob,
  type ChangeReviewClosedJob,
  type ApplicationSubmittedJob,
  type CorrectionAnsweredJob,
  type FactIngestedJob,
  type FactsIngestedChunkJob,
  type FactToDecide,
  type JobTrace,
  type NotificationSendJob,
  type PaymentSettledJob,
  type ParameterDryRunJob,
} from '@usr/shared';
import type { EngineRuntime } from './engine.ts';
import type { EngineEnvironment } from './environment.ts';
import { onAppealStep } from './flows/appeal-step.ts';
import { applyApplication } from './flows/apply-application.ts';
import { onChangeReviewClosed } from './flows/change-review.ts';
import { reassessTsa } from './flows/reassess-tsa.ts';
import { onCorrectionAnswered } from './flows/correction-answered.ts';
import { dailySweep } from './flows/daily-sweep.ts';
import { onFactIngested } from './flows/fact-ingested.ts';
import { onFactsIngestedChunk } from './flows/facts-ingested-chunk.ts';
import { notifyPaymentSettled } from './flows/payment-settled.ts';
import { runParameterDryRun } from './flows/parameter-dry-run.ts';
import { runPayroll } from './flows/payroll.ts';
import { sendNotification } from './flows/send-notification.ts';

/**
 * Policy per queue: retries with backoff from `retryDelay` seconds, doubling, at most
 * `retryDelayMax`; and a heartbeat, which a live worker refreshes every `heartbeatSeconds / 2` while
 * its handler runs. A worker killed mid-job (kill -9, a lost machine) stops beating, so its job is
 * failed and retried after `heartbeatSeconds` plus at most one supervision pass, instead of staying
 * active until `expireInSeconds` (15 minutes); every flow is idempotent, so the retry writes nothing
 * twice (test/fault-injection.test.ts).
 */
const RETRIES = { retryLimit: 8, retryDelay: 2, retryBackoff: true, retryDelayMax: 600, heartbeatSeconds: JOB_HEARTBEAT_SECONDS } as const;

/** How often this process looks for jobs whose worker stopped beating (pg-boss's supervision and monitor). */
const SUPERVISE_SECONDS = 5;

export interface EngineWorker {
  readonly boss: PgBoss;
  stop(): Promise<void>;
}

/**
 * The engine's pg-boss: this process supervises (maintenance, expiry, retries) and schedules (the
 * daily sweep and the monthly payroll, cron in Baku time; several engines share one schedule), and
 * works every queue. Jobs carry domain ids (fact id, application id, notification id, the date or
 * month) as job id / singleton key, so the same work is never queued twice, and every flow is
 * idempotent, so a retried job writes nothing twice.
 */
export const startWorker = async (env: EngineEnvironment, runtime: EngineRuntime, options: { schedule?: boolean } = {}): Promise<EngineWorker> => {
  const { ctx, db } = runtime;
  const boss = new PgBoss({
    connectionString: env.databaseUrl,
    schema: JOB_SCHEMA,
    max: 4,
    supervise: true,
    superviseIntervalSeconds: SUPERVISE_SECONDS,
    monitorIntervalSeconds: SUPERVISE_SECONDS,
    schedule: options.schedule ?? true,
    migrate: true,
    application_name: 'engine',
  });
  boss.on('error', (error: Error) => ctx.logger.error({ err: error.name }, 'job queue error'));
  await boss.start();
  for (const name of Object.values(QUEUES)) {
    await boss.createQueue(name, { ...RETRIES, ...QUEUE_OPTIONS[name] });
    // A queue another service created first (facts.ingested) gets the engine's retry policy too.
    // No LISTEN/NOTIFY: the producers insert through their own transactions, which would not
    // notify; workers poll every half second instead.
    await boss.updateQueue(name, { ...RETRIES, ...QUEUE_OPTIONS[name], notify: false });
  }
  const work = { localConcurrency: env.concurrency, pollingIntervalSeconds: 0.5, batchSize: 1 } as const;
  // Each job runs in a CONSUMER span whose parent is the request that enqueued it (W3C context in
  // the job's data): the engine's gateway calls for that job join the same trace.
  const each = <T>(handler: (data: T, job: Job<T>) => Promise<unknown>) => async (jobs: Job<T>[]) => {
    for (const job of jobs) {
      try {
        const parent = contextFrom((job.data as JobTrace | null)?.trace);
        const attributes = { 'messaging.system': 'pg-boss', 'messaging.destination.name': job.name, 'messaging.message.id': job.id };
        await inSpan(`process ${job.name}`, { kind: SpanKind.CONSUMER, parent, attributes }, async () => {
          // Decide with the registry's approved parameters (one etag round trip; values only when changed).
          await refreshParameters(ctx);
          return handler(job.data, job);
        });
      } catch (error) {
        // The job id and the error's code only: never the payload (PINs) nor a message with data.
        const code = error instanceof Error ? ((error as { code?: unknown }).code ?? error.name) : 'UNKNOWN';
        ctx.logger.warn({ queue: job.name, jobId: job.id, code }, 'job failed; pg-boss retries it with backoff');
        throw error;
      }
    }
  };
  await boss.work<FactIngestedJob>(QUEUES.factsIngested, work, each((data) => onFactIngested(ctx, data)));
  // The bulk feed's chunk jobs: each fact decided on its own, in its own span, as its facts.ingested job would be.
  const decideFact = (fact: FactToDecide) =>
    inSpan(`process ${QUEUES.factsIngested}`, { attributes: { 'messaging.system': 'pg-boss', 'messaging.destination.name': QUEUES.factsIngested, 'messaging.message.id': fact.factId } }, async () => {
      await refreshParameters(ctx);
      return onFactIngested(ctx, fact);
    });
  await boss.work<FactsIngestedChunkJob>(
    QUEUES.factsIngestedChunk,
    work,
    each((data, job) =>
      onFactsIngestedChunk(db, job.id, data, decideFact, (fact, code) => ctx.logger.warn({ queue: job.name, jobId: job.id, factId: fact.factId, code }, 'a fact of the chunk failed; the retried job decides it')),
    ),
  );
  await boss.work<ApplicationSubmittedJob>(QUEUES.applicationsSubmitted, work, each((data) => applyApplication(ctx, data.applicationId)));
  await boss.work<NotificationSendJob>(QUEUES.notificationsSend, work, each((data) => sendNotification(ctx, data.notificationId)));
  await boss.work<CorrectionAnsweredJob>(QUEUES.correctionsAnswered, work, each((data) => onCorrectionAnswered(ctx, data)));
  await boss.work<PaymentSettledJob>(QUEUES.paymentsSettled, work, each((data) => notifyPaymentSettled(ctx, data)));
  await boss.work<AppealStepJob>(QUEUES.appealsStep, work, each((data) => onAppealStep(ctx, data)));
  await boss.work<ChangeReviewClosedJob>(QUEUES.changeReviewsClosed, work, each((data) => onChangeReviewClosed(ctx, data, (pin, factId) => reassessTsa(ctx, pin, factId))));
  // rules-screens (issue #15 item 4): a requested dry run of a parameter draft, one at a time.
  await boss.work<ParameterDryRunJob>(QUEUES.parametersDryRun, { pollingIntervalSeconds: 1 }, each((data) => runParameterDryRun(ctx, data.dryRunId)));
  await boss.work<{ date?: string }>(QUEUES.sweepDaily, { pollingIntervalSeconds: 5 }, each((data) => dailySweep(ctx, db, data.date ?? registryToday())));
  await boss.work<{ month?: string }>(QUEUES.payrollMonthly, { pollingIntervalSeconds: 5 }, each((data) => runPayroll(ctx, data.month ?? registryToday().slice(0, 7))));
  if (options.schedule ?? true) {
    if (env.sweepCron !== 'off') await boss.schedule(QUEUES.sweepDaily, env.sweepCron, null, { tz: 'Asia/Baku' });
    if (env.payrollCron !== 'off') await boss.schedule(QUEUES.payrollMonthly, env.payrollCron, null, { tz: 'Asia/Baku' });
  }
  return {
    boss,
    stop: async () => {
      await boss.stop({ graceful: true, close: true, timeout: 10_000 });
    },
  };
};

/** Queues a sweep or payroll run on demand, keyed by its date / month (queued once). */
export const enqueueRun = async (boss: PgBoss, queue: 'sweep.daily' | 'payroll.monthly', key: string): Promise<string | null> =>
  boss.send(queue, { ...(queue === 'sweep.daily' ? { date: key } : { month: key }), ...jobTrace() }, { singletonKey: `${queue}:${key}`, heartbeatSeconds: JOB_HEARTBEAT_SECONDS });

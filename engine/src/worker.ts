import { PgBoss, type Job } from 'pg-boss';
import { registryToday } from '@usr/shared';
import type { EngineRuntime } from './engine.ts';
import type { EngineEnvironment } from './environment.ts';
import { applyApplication } from './flows/apply-application.ts';
import { dailySweep } from './flows/daily-sweep.ts';
import { onFactIngested, type FactIngested, type VitalEventApplier } from './flows/fact-ingested.ts';
import { runPayroll } from './flows/payroll.ts';
import { sendNotification } from './flows/send-notification.ts';
import { ENGINE_QUEUES, JOB_SCHEMA_NAME } from './queues.ts';

/** Retry policy per queue: backoff from `retryDelay` seconds, doubling, at most `retryDelayMax`. */
const RETRIES = { retryLimit: 8, retryDelay: 2, retryBackoff: true, retryDelayMax: 600 } as const;

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
export const startWorker = async (env: EngineEnvironment, runtime: EngineRuntime, applyVitalEvent: VitalEventApplier, options: { schedule?: boolean } = {}): Promise<EngineWorker> => {
  const { ctx, db } = runtime;
  const boss = new PgBoss({ connectionString: env.databaseUrl, schema: JOB_SCHEMA_NAME, max: 4, supervise: true, schedule: options.schedule ?? true, migrate: true, useListenNotify: true, application_name: 'engine' });
  boss.on('error', (error: Error) => ctx.logger.error({ err: error.name }, 'job queue error'));
  await boss.start();
  for (const name of Object.values(ENGINE_QUEUES)) {
    await boss.createQueue(name, { ...RETRIES, notify: true });
    // A queue another service created first (facts.ingested) gets the engine's retry policy too.
    await boss.updateQueue(name, { ...RETRIES, notify: true });
  }
  const work = { localConcurrency: env.concurrency, pollingIntervalSeconds: 1, batchSize: 1 } as const;
  const each = <T>(handler: (data: T, job: Job<T>) => Promise<unknown>) => async (jobs: Job<T>[]) => {
    for (const job of jobs) await handler(job.data, job);
  };
  await boss.work<FactIngested>(ENGINE_QUEUES.factsIngested, work, each((data) => onFactIngested(ctx, data, applyVitalEvent)));
  await boss.work<{ applicationId: string }>(ENGINE_QUEUES.applicationsSubmitted, work, each((data) => applyApplication(ctx, data.applicationId)));
  await boss.work<{ notificationId: string }>(ENGINE_QUEUES.notificationsSend, work, each((data) => sendNotification(ctx, data.notificationId)));
  await boss.work<{ date?: string }>(ENGINE_QUEUES.sweepDaily, { pollingIntervalSeconds: 5 }, each((data) => dailySweep(ctx, db, data.date ?? registryToday())));
  await boss.work<{ month?: string }>(ENGINE_QUEUES.payrollMonthly, { pollingIntervalSeconds: 5 }, each((data) => runPayroll(ctx, data.month ?? registryToday().slice(0, 7))));
  if (options.schedule ?? true) {
    if (env.sweepCron !== 'off') await boss.schedule(ENGINE_QUEUES.sweepDaily, env.sweepCron, null, { tz: 'Asia/Baku' });
    if (env.payrollCron !== 'off') await boss.schedule(ENGINE_QUEUES.payrollMonthly, env.payrollCron, null, { tz: 'Asia/Baku' });
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
  boss.send(queue, queue === 'sweep.daily' ? { date: key } : { month: key }, { singletonKey: `${queue}:${key}` });

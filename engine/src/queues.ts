/** The queues the engine works (names owned by shared/src/jobs/job-queue.ts once merged). */
export const ENGINE_QUEUES = {
  factsIngested: 'facts.ingested',
  applicationsSubmitted: 'applications.submitted',
  notificationsSend: 'notifications.send',
  sweepDaily: 'sweep.daily',
  payrollMonthly: 'payroll.monthly',
} as const;
export const JOB_SCHEMA_NAME = 'pgboss';

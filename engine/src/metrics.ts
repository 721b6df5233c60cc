import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type pg from 'pg';
import { JOB_SCHEMA, QUEUES, scrapedGauge, serveMetrics } from '@usr/shared';

interface QueueRow {
  readonly name: string;
  readonly depth: number;
  readonly oldest_seconds: number;
}

/**
 * The job queue as Prometheus sees it, read from pg-boss's table when scraped: how many jobs wait
 * (created or waiting for a retry) in each queue and how old the oldest is. The SMS outbox is the
 * `notifications.send` queue: a notification is queued with its row and leaves the queue once sent.
 */
export const registerEngineMetrics = (db: pg.Pool): void => {
  let reading: Promise<QueueRow[]> | undefined;
  // One query per scrape for all four gauges.
  const rows = (): Promise<QueueRow[]> => {
    reading ??= db
      .query<QueueRow>(
        `select name, count(*)::int as depth, coalesce(extract(epoch from now() - min(created_on)), 0)::float8 as oldest_seconds
           from ${JOB_SCHEMA}.job where state in ('created', 'retry') group by name`,
      )
      .then((result) => result.rows)
      .finally(() => setTimeout(() => (reading = undefined), 0));
    return reading;
  };
  const byQueue = async (set: (labels: { queue?: string }, value: number) => void, pick: (row: QueueRow) => number) => {
    const found = new Map((await rows()).map((row) => [row.name, row]));
    for (const queue of Object.values(QUEUES)) {
      const row = found.get(queue);
      set({ queue }, row ? pick(row) : 0);
    }
  };
  scrapedGauge('registry_job_queue_depth', 'Jobs waiting (created or to retry), by queue.', ['queue'], (set) => byQueue(set, (row) => row.depth));
  scrapedGauge('registry_job_queue_oldest_age_seconds', 'Age of the oldest waiting job, by queue (0 when none waits).', ['queue'], (set) => byQueue(set, (row) => row.oldest_seconds));
  const outbox = async (set: (labels: object, value: number) => void, pick: (row: QueueRow) => number) => {
    const row = (await rows()).find((r) => r.name === QUEUES.notificationsSend);
    set({}, row ? pick(row) : 0);
  };
  scrapedGauge('registry_sms_outbox_depth', 'SMS notifications queued and not yet sent.', [], (set) => outbox(set, (row) => row.depth));
  scrapedGauge('registry_sms_outbox_oldest_age_seconds', 'Age of the oldest SMS notification not yet sent (0 when none waits).', [], (set) => outbox(set, (row) => row.oldest_seconds));
};

/** The engine has no GraphQL server: /metrics on a port of its own (ENGINE_METRICS_PORT). */
export const startMetricsServer = (port: number, host: string): Promise<{ url: string; close(): Promise<void> }> =>
  new Promise((resolve, reject) => {
    const server: Server = createServer((req, res) => {
      if (req.url === '/metrics' && req.method === 'GET') {
        serveMetrics(res).catch(() => res.writeHead(500).end());
        return;
      }
      res.writeHead(404).end();
    });
    server.once('error', reject);
    server.listen(port, host, () => {
      const actual = (server.address() as AddressInfo).port;
      resolve({ url: `http://${host}:${actual}/metrics`, close: () => new Promise<void>((done) => server.close(() => done())) });
    });
  });

import type { ServerResponse } from 'node:http';
import { Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * Prometheus metrics (prom-client), one registry per process, scraped at `/metrics`. Labels are
 * service names, operation names, error codes and queue names: bounded sets chosen by us or capped,
 * never a variable, a PIN or any other personal datum.
 */
export const metricsRegistry = new Registry();

const graphqlRequests = new Counter({
  name: 'registry_graphql_requests_total',
  help: 'GraphQL operations served, by service, operation name and outcome (ok, error).',
  labelNames: ['service', 'operation', 'outcome'] as const,
  registers: [metricsRegistry],
});
const graphqlDuration = new Histogram({
  name: 'registry_graphql_request_duration_seconds',
  help: 'Time to answer a GraphQL operation, by service and operation name.',
  labelNames: ['service', 'operation'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [metricsRegistry],
});
const graphqlErrors = new Counter({
  name: 'registry_graphql_errors_total',
  help: 'Errors in GraphQL responses, by service, operation name and extensions.code.',
  labelNames: ['service', 'operation', 'code'] as const,
  registers: [metricsRegistry],
});
const accessLogLag = new Histogram({
  name: 'registry_access_log_lag_seconds',
  help: 'Time from a read of personal data to its access-log entry being committed.',
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5, 30],
  registers: [metricsRegistry],
});

/** Operation names come from clients: only well-formed ones, and at most this many distinct, are labels. */
const MAX_OPERATIONS = 300;
const seenOperations = new Set<string>();
export const operationLabel = (name: string | null | undefined): string => {
  if (!name) return 'anonymous';
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(name)) return 'invalid';
  if (seenOperations.has(name)) return name;
  if (seenOperations.size >= MAX_OPERATIONS) return 'other';
  seenOperations.add(name);
  return name;
};

/** One GraphQL operation answered: its duration and the codes of its errors (none = ok). */
export const recordOperation = (service: string, operation: string, seconds: number, errorCodes: readonly string[]): void => {
  graphqlRequests.inc({ service, operation, outcome: errorCodes.length === 0 ? 'ok' : 'error' });
  graphqlDuration.observe({ service, operation }, seconds);
  for (const code of errorCodes) graphqlErrors.inc({ service, operation, code: /^[A-Z_]{1,40}$/.test(code) ? code : 'OTHER' });
};

/** Access-log entries just committed: how long each waited since its read. */
export const recordAccessLogCommitted = (entries: readonly { readonly at: Date }[], now = Date.now()): void => {
  for (const entry of entries) accessLogLag.observe(Math.max(0, (now - entry.at.getTime()) / 1000));
};

/** A gauge whose value is read when Prometheus scrapes (queue depths, ages). */
export const scrapedGauge = <L extends string>(
  name: string,
  help: string,
  labelNames: readonly L[],
  read: (set: (labels: Partial<Record<L, string>>, value: number) => void) => Promise<void>,
): Gauge<L> =>
  new Gauge<L>({
    name,
    help,
    labelNames,
    registers: [metricsRegistry],
    async collect() {
      this.reset();
      await read((labels, value) => this.set(labels, value));
    },
  });

/** GET /metrics: the Prometheus text format. */
export const serveMetrics = async (res: ServerResponse): Promise<void> => {
  const body = await metricsRegistry.metrics();
  res.writeHead(200, { 'content-type': metricsRegistry.contentType });
  res.end(body);
};

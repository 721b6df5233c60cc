import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ATTR_REGISTRY_SERVICE, inSpan, QUEUES, startTracing, traceHeaders } from '@usr/shared';
import { InMemorySpanExporter, postGraphQL, type ReadableSpan } from '@usr/shared/testing';
import { SUBGRAPHS } from '@usr/gateway';
import { startPortal, type RunningPortal } from '@usr/portal';
import { registerEngineMetrics, startMetricsServer } from '../engine/src/metrics.ts';
import { startWorker, type EngineWorker } from '../engine/src/worker.ts';
import { eventually, incomeFacts, startEngineTestbed, submitFacts, type EngineTestbed } from '../engine/test/support/engine-harness.ts';
import { FULL_RECORD } from './support/full-record-query.ts';
import { seeder, type SeededHousehold } from './support/seed.ts';

/**
 * Traces and metrics of the running registry: the portal server, the gateway, every subgraph and the
 * engine's jobs in one process, spans kept in memory (the same SDK a deployment exports over OTLP).
 * The process names its services as the subgraph host does, so each one's server spans carry its
 * own service.name.
 */
const spans = new InMemorySpanExporter();
const SERVICES = ['portal', 'gateway', ...SUBGRAPHS.map((entry) => entry.name)];
startTracing('registry-test', { exporter: spans, services: SERVICES });

let testbed: EngineTestbed;
let portal: RunningPortal;
let household: SeededHousehold;
let engineToken: string;
const distDir = mkdtempSync(join(tmpdir(), 'portal-dist-'));

beforeAll(async () => {
  testbed = await startEngineTestbed('observability', inject('adminDatabaseUrl'), inject('keycloakUrl'));
  writeFileSync(join(distDir, 'index.html'), '<!doctype html><title>portal</title>');
  portal = await startPortal({ port: 0, gatewayUrl: testbed.registry.gatewayUrl, keycloakUrl: testbed.registry.identityUrl, distDir });
  const seed = seeder(testbed.db.url);
  household = await seed.household(3).withFacts(3).withBenefit('TSA', '120.00').withPayments(2).save();
  await seed.close();
  engineToken = await testbed.registry.serviceToken('decision-engine');
});

afterAll(async () => {
  await portal?.stop();
  await testbed?.stop();
  rmSync(distDir, { recursive: true, force: true });
});

const serviceOf = (span: ReadableSpan) => span.attributes[ATTR_REGISTRY_SERVICE];
const parentOf = (span: ReadableSpan) => span.parentSpanContext?.spanId;
const inTrace = (traceId: string) => spans.getFinishedSpans().filter((s) => s.spanContext().traceId === traceId);
/** Nothing a span says (names, attributes) may hold a PIN or a name of the people read. */
const spanText = (list: readonly ReadableSpan[]) => JSON.stringify(list.map((s) => [s.name, s.attributes, s.events.map((e) => [e.name, e.attributes])]));

/** The household head's full record, asked of the portal server with the engine's token (spans recorded afresh). */
const fullRecordThroughPortal = async () => {
  spans.reset();
  const response = await fetch(`${portal.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${engineToken}` },
    body: JSON.stringify({ query: FULL_RECORD, variables: { pin: household.head }, operationName: 'FullRecord' }),
  });
  return (await response.json()) as { data?: { person?: { pin: string } }; errors?: unknown };
};

describe('one trace from the portal server through the gateway to every subgraph', () => {
  it('the full-record request shows the portal, the gateway and every subgraph call, each a child of the call that made it', async () => {
    const body = await fullRecordThroughPortal();
    expect(body.errors).toBeUndefined();
    expect(body.data?.person?.pin).toBe(household.head);

    const root = spans.getFinishedSpans().find((s) => serviceOf(s) === 'portal' && s.name === 'POST /graphql');
    expect(root).toBeDefined();
    const trace = inTrace(root?.spanContext().traceId ?? '');
    const byId = new Map(trace.map((s) => [s.spanContext().spanId, s]));

    const gateway = trace.find((s) => serviceOf(s) === 'gateway');
    expect(gateway?.name).toBe('query FullRecord');
    expect(gateway?.attributes['graphql.operation.name']).toBe('FullRecord');
    expect(parentOf(gateway as ReadableSpan)).toBe(root?.spanContext().spanId);

    // Apollo's gateway opens one `gateway.fetch` span per subgraph call; each call's server span in
    // the subgraph is its child, so the trace accounts for every call the plan made.
    const fetches = trace.filter((s) => s.name === 'gateway.fetch');
    const subgraphSpans = trace.filter((s) => SUBGRAPHS.some((entry) => entry.name === serviceOf(s)) && parentOf(s) !== undefined && byId.get(parentOf(s) ?? '')?.name === 'gateway.fetch');
    expect(fetches.length).toBeGreaterThanOrEqual(5);
    expect(subgraphSpans).toHaveLength(fetches.length);
    expect(new Set(subgraphSpans.map(serviceOf))).toEqual(new Set(['persons', 'households', 'agency-facts', 'benefits', 'payments']));
    for (const span of subgraphSpans) {
      expect(span.name).toMatch(/^query FullRecord__/);
      // The subgraph that answered is the one the plan's fetch was for.
      expect(byId.get(parentOf(span) ?? '')?.attributes['service']).toBe(serviceOf(span));
    }

    const text = spanText(trace);
    for (const pin of household.pins) expect(text).not.toContain(pin);
  });

  it('in a process that runs several services, each server span names its own service as its resource (what a trace viewer groups by)', async () => {
    expect((await fullRecordThroughPortal()).errors).toBeUndefined();
    const serverSpans = spans.getFinishedSpans().filter((s) => typeof serviceOf(s) === 'string');
    expect(new Set(serverSpans.map(serviceOf))).toEqual(new Set(['portal', 'gateway', 'persons', 'households', 'agency-facts', 'benefits', 'payments']));
    for (const span of serverSpans) expect(span.resource.attributes['service.name']).toBe(serviceOf(span));
    // Spans of no service of the process's own (Apollo's gateway.fetch) keep the process's name.
    const fetch = spans.getFinishedSpans().find((s) => s.name === 'gateway.fetch');
    expect(fetch?.resource.attributes['service.name']).toBe('registry-test');
  });
});

describe("an engine job's span is a child of the request that enqueued it", () => {
  let worker: EngineWorker | undefined;
  afterAll(async () => worker?.stop());

  it('a fact submitted in a traced request: the facts.ingested job and the engine’s own gateway calls join its trace', async () => {
    spans.reset();
    const [pin] = household.pins;
    const traceId = await inSpan('agency feed upload', {}, async (span) => {
      // The feed's call carries the trace context, as an instrumented agency client would.
      const token = await testbed.registry.serviceToken('agency-taxes');
      const res = await postGraphQL(
        testbed.registry.gatewayUrl,
        'mutation SubmitFacts($facts: [FactInput!]!) { submitFacts(facts: $facts) { results { outcome } } }',
        { facts: incomeFacts(pin ?? '', '2026-01', 150).slice(0, 1).map((f) => ({ validTo: null, ...f })) },
        { authorization: `Bearer ${token}`, ...traceHeaders() },
      );
      expect(res.errors).toBeUndefined();
      return span.spanContext().traceId;
    });
    worker = await startWorker(testbed.env, testbed.runtime, { schedule: false });

    const job = await eventually(async () => inTrace(traceId).find((s) => s.name === `process ${QUEUES.factsIngested}`));
    const byId = new Map(inTrace(traceId).map((s) => [s.spanContext().spanId, s]));
    const enqueuer = byId.get(parentOf(job) ?? '');
    expect(serviceOf(enqueuer as ReadableSpan)).toBe('agency-facts');
    // The gateway names each subgraph's part of the plan after the client's operation.
    expect(enqueuer?.name).toMatch(/^mutation SubmitFacts__agency_facts__\d+$/);
    expect(job.attributes['messaging.destination.name']).toBe(QUEUES.factsIngested);

    // The engine read the person's record through the gateway while working the job.
    const engineCalls = inTrace(traceId).filter((s) => serviceOf(s) === 'gateway' && parentOf(s) === job.spanContext().spanId);
    expect(engineCalls.length).toBeGreaterThan(0);
    expect(spanText(inTrace(traceId))).not.toContain(pin);
  });

  it('submitFacts stays valid without a trace context (a feed that sends none starts its own trace)', async () => {
    await expect(submitFacts(testbed.registry, 'taxes', incomeFacts(household.pins[1] ?? '', '2026-01', 90).slice(0, 1))).resolves.toHaveLength(1);
  });
});

describe('Prometheus metrics, scraped', () => {
  it('requests, latency and errors per operation at the gateway and the subgraphs; access-log lag', async () => {
    await postGraphQL(testbed.registry.gatewayUrl, FULL_RECORD, { pin: household.head }, { authorization: `Bearer ${engineToken}` });
    await postGraphQL(testbed.registry.gatewayUrl, 'query Broken { person(pin: "X") { nope } }', {}, { authorization: `Bearer ${engineToken}` });
    await testbed.registry.recorder.flush();
    const scrape = await fetch(testbed.registry.gatewayUrl.replace(/\/graphql$/, '/metrics'));
    expect(scrape.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await scrape.text();
    expect(text).toMatch(/registry_graphql_requests_total\{service="gateway",operation="FullRecord",outcome="ok"\} [1-9]/);
    expect(text).toMatch(/registry_graphql_request_duration_seconds_count\{service="gateway",operation="FullRecord"\} [1-9]/);
    expect(text).toMatch(/registry_graphql_requests_total\{service="persons",operation="\w+",outcome="ok"\} [1-9]/);
    expect(text).toMatch(/registry_graphql_errors_total\{service="gateway",operation="Broken",code="GRAPHQL_VALIDATION_FAILED"\} 1/);
    expect(text).toMatch(/registry_access_log_lag_seconds_count [1-9]/);
    for (const pin of household.pins) expect(text).not.toContain(pin);
  });

  it('job queue depth and age, and the SMS outbox, at the engine’s /metrics', async () => {
    registerEngineMetrics(testbed.runtime.db);
    const server = await startMetricsServer(0, '127.0.0.1');
    try {
      const text = await (await fetch(server.url)).text();
      for (const queue of Object.values(QUEUES)) {
        expect(text).toMatch(new RegExp(`registry_job_queue_depth\\{queue="${queue.replace('.', '\\.')}"\\} \\d+`));
        expect(text).toMatch(new RegExp(`registry_job_queue_oldest_age_seconds\\{queue="${queue.replace('.', '\\.')}"\\} [\\d.e+-]+`));
      }
      expect(text).toMatch(/registry_sms_outbox_depth \d+/);
      expect(text).toMatch(/registry_sms_outbox_oldest_age_seconds [\d.e+-]+/);
    } finally {
      await server.close();
    }
  });
});

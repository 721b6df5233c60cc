import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import { createRequire } from 'node:module';
import type * as esmApi from '@opentelemetry/api';
import { context, createContextKey, propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type Context, type Span, type Tracer } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, SimpleSpanProcessor, TracerProvider, type SpanExporter } from '@opentelemetry/sdk-trace';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';

/**
 * OpenTelemetry traces across the registry: the portal server, the gateway, every subgraph and the
 * engine's jobs join one trace through W3C trace context (`traceparent` on HTTP, and in pg-boss job
 * data). Spans carry operation names, queue names, services and status codes: never variables, PINs,
 * names or any other personal datum.
 */
const TRACER = 'unified-social-registry';
/** Tracers of the services of a process that runs several (the subgraph host), by service name. */
const serviceTracers = new Map<string, Tracer>();
/** The process's tracer, or that of one of its services when it runs several (startTracing's `services`). */
export const tracer = (service?: string): Tracer => (service === undefined ? undefined : serviceTracers.get(service)) ?? trace.getTracer(TRACER);

/** The attribute naming the service that served a span (one process may run several in tests). */
export const ATTR_REGISTRY_SERVICE = 'registry.service';

let installed = false;
/** Whether spans started here go anywhere (an exporter is configured). */
let recording = false;

export interface TracingOptions {
  /** OTLP/HTTP base URL of a collector (OTEL_EXPORTER_OTLP_ENDPOINT); none = spans are not exported. */
  readonly otlpEndpoint?: string | undefined;
  /** An exporter of one's own (tests: InMemorySpanExporter, exported at once). */
  readonly exporter?: SpanExporter;
  /**
   * The services a process runs when it runs several (the subgraph host: `service` is then
   * "subgraphs"): each one's server spans name it as their resource's service.name, as they would
   * from a process of its own, so a trace viewer still shows persons, households, ...
   */
  readonly services?: readonly string[];
}

/**
 * Installs the async context manager, the W3C propagator and, when spans go somewhere, the tracer
 * provider for this process. Without an endpoint or exporter it still propagates context (a caller's
 * `traceparent` reaches the next hop), it just records nothing here: the API's no-op tracer stays,
 * whose spans carry the caller's context on without ids, attributes or timing of their own (the SDK's
 * span for every request that nothing would export cost ≈ 2.5% of a subgraph's CPU). Call once per
 * process, first thing.
 */
export const startTracing = (service: string, options: TracingOptions = {}): { shutdown(): Promise<void> } => {
  if (installed) return { shutdown: async () => undefined };
  installed = true;
  // Registered through the CommonJS instance of @opentelemetry/api: Apollo's gateway (CommonJS) takes
  // its tracer from that instance's proxy when it loads, before this runs, and only that instance's
  // registration hands the proxy its delegate. Our ESM code looks the globals up on every call.
  const api = createRequire(import.meta.url)('@opentelemetry/api') as typeof esmApi;
  api.context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  api.propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  const spanProcessor = options.exporter
    ? new SimpleSpanProcessor({ exporter: options.exporter })
    : options.otlpEndpoint
      ? new BatchSpanProcessor({ exporter: new OTLPTraceExporter({ url: `${options.otlpEndpoint.replace(/\/+$/, '')}/v1/traces` }) })
      : undefined;
  if (!spanProcessor) return { shutdown: async () => undefined };
  const providerOf = (name: string) => new TracerProvider({ resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: name }), spanProcessors: [spanProcessor] });
  const provider = providerOf(service);
  api.trace.setGlobalTracerProvider(provider);
  // One span processor (and exporter) for all: shutting the process's provider down flushes them all.
  for (const name of options.services ?? []) serviceTracers.set(name, providerOf(name).getTracer(TRACER));
  recording = true;
  return { shutdown: () => provider.shutdown() };
};

/** The W3C headers (`traceparent`, `tracestate`) of the active span, for an outgoing request or a job. */
export const traceHeaders = (active: Context = context.active()): Record<string, string> => {
  const carrier: Record<string, string> = {};
  propagation.inject(active, carrier);
  return carrier;
};

/** The context a caller's W3C headers (HTTP headers or a job's `trace`) continue. */
export const contextFrom = (headers: IncomingHttpHeaders | Readonly<Record<string, unknown>> | undefined): Context =>
  propagation.extract(ROOT_CONTEXT, headers ?? {}, {
    keys: (carrier) => Object.keys(carrier),
    get: (carrier, key) => {
      const value = carrier[key];
      return typeof value === 'string' ? value : Array.isArray(value) && typeof value[0] === 'string' ? value[0] : undefined;
    },
  });

/** The request's server span, for code further down (the GraphQL plugin names it after the operation). */
const SERVER_SPAN = createContextKey('registry.server-span');
export const serverSpan = (): Span | undefined => context.active().getValue(SERVER_SPAN) as Span | undefined;

/** A request target's path, without its query string (which can hold personal data). */
export const pathOf = (target = '/'): string => {
  const query = target.indexOf('?');
  return query === -1 ? target : target.slice(0, query);
};

/**
 * Runs an HTTP request's handling inside a SERVER span continuing the caller's trace. Named by method
 * and path (never the query string); the GraphQL layer renames it after the operation.
 */
export const withServerSpan = async (
  service: string,
  req: Pick<IncomingMessage, 'headers' | 'method' | 'url'>,
  res: { readonly statusCode: number },
  handle: () => Promise<void>,
): Promise<void> => {
  // Nothing records spans here and the caller sent no trace to continue: there is nothing to carry.
  if (!recording && req.headers.traceparent === undefined) return handle();
  const path = pathOf(req.url);
  const parent = contextFrom(req.headers);
  const span = tracer(service).startSpan(`${req.method ?? 'GET'} ${path}`, { kind: SpanKind.SERVER, attributes: { [ATTR_REGISTRY_SERVICE]: service, 'http.request.method': req.method ?? 'GET', 'url.path': path } }, parent);
  try {
    await context.with(trace.setSpan(parent, span).setValue(SERVER_SPAN, span), handle);
    span.setAttribute('http.response.status_code', res.statusCode);
    if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
  } catch (error) {
    span.setStatus({ code: SpanStatusCode.ERROR });
    throw error;
  } finally {
    span.end();
  }
};

/** Runs `work` in a span of its own (a job, a flow step), ended and marked failed if it throws. */
export const inSpan = async <T>(name: string, options: { kind?: SpanKind; attributes?: Record<string, string | number | boolean>; parent?: Context }, work: (span: Span) => Promise<T>): Promise<T> =>
  tracer().startActiveSpan(name, { kind: options.kind ?? SpanKind.INTERNAL, ...(options.attributes ? { attributes: options.attributes } : {}) }, options.parent ?? context.active(), async (span) => {
    try {
      return await work(span);
    } catch (error) {
      span.setStatus({ code: SpanStatusCode.ERROR });
      span.setAttribute('error.type', error instanceof Error ? error.name : 'Error');
      throw error;
    } finally {
      span.end();
    }
  });

export { SpanKind };

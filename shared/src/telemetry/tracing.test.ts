import { describe, expect, it } from 'vitest';
import { context, trace } from '@opentelemetry/api';
import { contextFrom, inSpan, startTracing, traceHeaders, tracer } from './tracing.ts';

// Without an endpoint or exporter no provider is installed (each process calls startTracing once;
// vitest runs this file in its own process): spans cost nothing, yet the caller's trace goes on.
startTracing('tracing-test');

describe('tracing with nothing to export', () => {
  const traceparent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';

  it("hands a caller's traceparent on to the next hop unchanged, through nested spans", async () => {
    const parent = contextFrom({ traceparent, tracestate: 'registry=1' });
    const span = tracer().startSpan('POST /graphql', {}, parent);
    expect(span.isRecording()).toBe(false);
    const headers = await context.with(trace.setSpan(parent, span), () => inSpan('inner', {}, async () => traceHeaders()));
    expect(headers).toEqual({ traceparent, tracestate: 'registry=1' });
  });

  it('adds no trace headers when the caller sent none', async () => {
    expect(await inSpan('job', {}, async () => traceHeaders())).toEqual({});
  });
});

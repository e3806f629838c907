import { context, propagation, trace, TraceFlags } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { currentTraceCarrier, inConsumeSpan, startSendSpan } from './trace-context';

const traced = { traceId: '4bf92f3577b34da6a3ce929d0e0e4736', spanId: '00f067aa0ba902b7', traceFlags: TraceFlags.SAMPLED };

describe('trace context through the outbox and Kafka', () => {
  afterEach(() => {
    propagation.disable();
    context.disable();
  });

  it('stores nothing with tracing off, and the handling still runs and answers', async () => {
    expect(currentTraceCarrier()).toBeNull();
    expect(await inConsumeSpan('navigator.events', 'navigator.EnrollmentRequested', undefined, async () => 42)).toBe(42);
  });

  it('stores the caller’s trace and hands it on in the message headers, and the consumer continues it', async () => {
    context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
    propagation.setGlobalPropagator(new W3CTraceContextPropagator());
    const stored = context.with(trace.setSpanContext(context.active(), traced), () => currentTraceCarrier());
    expect(stored).toEqual({ traceparent: `00-${traced.traceId}-${traced.spanId}-01` });
    // without an SDK the send span is not recorded, so the stored context itself travels on
    const { span, headers } = startSendSpan('navigator.events', 'navigator.EnrollmentRequested', stored);
    span.end();
    expect(headers.traceparent).toContain(traced.traceId);
    const seen = await inConsumeSpan(
      'navigator.events',
      'navigator.EnrollmentRequested',
      { traceparent: Buffer.from(headers.traceparent!) },
      async () => trace.getSpanContext(context.active())?.traceId,
    );
    expect(seen).toBe(traced.traceId);
  });
});

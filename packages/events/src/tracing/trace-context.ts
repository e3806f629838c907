import { context, propagation, SpanKind, SpanStatusCode, trace, type Context } from '@opentelemetry/api';
import type { IHeaders } from 'kafkajs';

/** W3C trace context (`traceparent`, `tracestate`) as the outbox stores it and Kafka headers carry it. */
export type TraceCarrier = Record<string, string>;

const tracer = () => trace.getTracer('@pdo/events');

/** The caller's trace, to store with an event in the outbox; null when tracing is off or nothing is traced. */
export function currentTraceCarrier(): TraceCarrier | null {
  const carrier: TraceCarrier = {};
  propagation.inject(context.active(), carrier);
  return Object.keys(carrier).length > 0 ? carrier : null;
}

const fromCarrier = (carrier: TraceCarrier | null): Context =>
  carrier ? propagation.extract(context.active(), carrier) : context.active();

/**
 * A send span for each outbox row, child of the request that wrote the event; the headers it returns carry
 * that span to the consumers. The caller ends the spans once the broker has the messages.
 */
export function startSendSpan(topic: string, type: string, stored: TraceCarrier | null) {
  const span = tracer().startSpan(
    `send ${topic}`,
    {
      kind: SpanKind.PRODUCER,
      attributes: { 'messaging.system': 'kafka', 'messaging.destination.name': topic, 'pdo.event.type': type },
    },
    fromCarrier(stored),
  );
  const headers: TraceCarrier = {};
  propagation.inject(trace.setSpan(context.active(), span), headers);
  return { span, headers };
}

/** Runs a consumer's handling inside a span that continues the trace the message's headers carry. */
export async function inConsumeSpan<T>(
  topic: string,
  type: string,
  headers: IHeaders | undefined,
  work: () => Promise<T>,
): Promise<T> {
  const carrier: TraceCarrier = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (value !== undefined && !Array.isArray(value)) carrier[name] = value.toString();
  }
  return tracer().startActiveSpan(
    `process ${type}`,
    {
      kind: SpanKind.CONSUMER,
      attributes: { 'messaging.system': 'kafka', 'messaging.source.name': topic, 'pdo.event.type': type },
    },
    propagation.extract(context.active(), carrier),
    async (span) => {
      try {
        return await work();
      } catch (error) {
        span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
        throw error;
      } finally {
        span.end();
      }
    },
  );
}

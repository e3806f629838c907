// Imported first by every process's main, before Express, pg or GraphQL load: the instrumentations patch
// those modules as they are required. Without OTEL_EXPORTER_OTLP_ENDPOINT nothing is started.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { ExpressInstrumentation } from '@opentelemetry/instrumentation-express';
import { GraphQLInstrumentation } from '@opentelemetry/instrumentation-graphql';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { NodeSDK } from '@opentelemetry/sdk-node';

/** The process's service: OTEL_SERVICE_NAME, else its package's name without the scope (`@pdo/navigator` → navigator). */
function serviceName(): string {
  if (process.env.OTEL_SERVICE_NAME) return process.env.OTEL_SERVICE_NAME;
  for (let dir = dirname(require.main?.filename ?? process.cwd()); dir !== dirname(dir); dir = dirname(dir)) {
    try {
      const { name } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string };
      if (name) return name.replace(/^@[^/]+\//, '');
    } catch {
      // no package.json here: look in the parent
    }
  }
  return 'pdo';
}

export function startTracing(env: NodeJS.ProcessEnv = process.env): NodeSDK | null {
  if (!env.OTEL_EXPORTER_OTLP_ENDPOINT && !env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) return null;
  const sdk = new NodeSDK({
    serviceName: serviceName(),
    traceExporter: new OTLPTraceExporter(),
    // traces only: the SDK would otherwise also export metrics (Prometheus has them) and logs over OTLP/protobuf
    metricReaders: [],
    logRecordProcessors: [],
    instrumentations: [
      new HttpInstrumentation({ ignoreIncomingRequestHook: (request) => /^\/(metrics|ready|live)/.test(request.url ?? '') }),
      new ExpressInstrumentation(),
      // one span per operation and per non-trivial resolver, not one per field of every list item
      new GraphQLInstrumentation({ mergeItems: true, ignoreTrivialResolveSpans: true }),
      new PgInstrumentation(),
    ],
  });
  sdk.start();
  // spans still in the batch are sent before the process ends
  process.once('beforeExit', () => void sdk.shutdown());
  return sdk;
}

export const tracing = startTracing();

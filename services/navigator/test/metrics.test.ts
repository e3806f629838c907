import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { enrollmentCancelled, publish, startOutboxRelay, type Stoppable } from '@pdo/events';
import {
  anonymousViewer,
  buildSubgraph,
  createLogger,
  signViewer,
  startHttp,
  startProcessMetrics,
  VIEWER_HEADER,
} from '@pdo/service-kit';
import { createTestDatabase, eventually, requiredTestEnv, uniqueName, type TestDatabase } from '@pdo/service-kit/testing';
import { navigatorService } from '../src/navigator.service';

const GATEWAY_SECRET = 'metrics-test-gateway-secret-0123456789abcdef';
const logger = createLogger('navigator', 'silent');

let db: TestDatabase;
let http: Stoppable;
let relay: Stoppable | undefined;
let base: string;

beforeAll(async () => {
  startProcessMetrics('navigator');
  db = await createTestDatabase(navigatorService);
  const started = await startHttp({
    name: 'navigator',
    port: 0,
    host: '127.0.0.1',
    schema: await buildSubgraph(navigatorService.subgraph),
    dataSource: db.dataSource,
    gatewaySecret: GATEWAY_SECRET,
    production: true,
    logger,
  });
  started.setReady(true);
  http = started;
  base = `http://127.0.0.1:${(started.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await relay?.stop();
  await http.stop();
  await db.drop();
});

async function query(source: string): Promise<unknown> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [VIEWER_HEADER]: await signViewer(anonymousViewer, GATEWAY_SECRET) },
    body: JSON.stringify({ query: source }),
  });
  return response.json();
}

/** What Prometheus would scrape: the values of `name` whose labels include `labels`. */
async function scrape(name: string, labels: Record<string, string>): Promise<number[]> {
  const response = await fetch(`${base}/metrics`);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
  const text = await response.text();
  const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`);
  return text
    .split('\n')
    .filter((line) => line.startsWith(`${name}{`) && wanted.every((pair) => line.includes(pair)))
    .map((line) => Number(line.slice(line.lastIndexOf(' ') + 1)));
}

describe('/metrics of a running subgraph', () => {
  it('counts one GraphQL request under its operation name, and times it', async () => {
    expect(await query('query MetricsProbe { programs(first: 1) { id } }')).toEqual({ data: { programs: [] } });

    expect(
      await scrape('pdo_graphql_requests_total', { operation: 'MetricsProbe', result: 'success', service: 'navigator' }),
    ).toEqual([1]);
    expect(await scrape('pdo_graphql_request_duration_seconds_count', { operation: 'MetricsProbe' })).toEqual([1]);
    expect(await scrape('pdo_graphql_errors_total', { operation: 'MetricsProbe' })).toEqual([]);
  });

  it('counts a refused operation by its error code', async () => {
    await query('query MetricsUnknownField { nosuchfield }');
    expect(await scrape('pdo_graphql_requests_total', { operation: 'unresolved', result: 'client_error' })).toEqual([1]);
    expect(await scrape('pdo_graphql_errors_total', { operation: 'unresolved', code: 'GRAPHQL_VALIDATION_FAILED' })).toEqual([1]);
  });

  it('reports the outbox backlog, zero once the relay has sent the events', async () => {
    const topic = uniqueName('metrics');
    await db.dataSource.transaction(async (manager) => {
      for (let i = 0; i < 3; i += 1) {
        const enrollmentId = randomUUID();
        await publish(manager, { ...enrollmentCancelled, topic }, enrollmentId, {
          enrollmentId,
          childId: randomUUID(),
          certificateId: randomUUID(),
        });
      }
    });
    relay = await startOutboxRelay({
      dataSource: db.dataSource,
      brokers: requiredTestEnv('KAFKA_BROKERS').split(','),
      clientId: 'navigator',
      logger,
    });
    await eventually(
      'the events sent',
      () => scrape('pdo_outbox_published_total', { topic }),
      (values) => values[0] === 3,
    );
    expect(await scrape('pdo_outbox_backlog', { service: 'navigator' })).toEqual([0]);
    expect(await scrape('pdo_outbox_oldest_age_seconds', { service: 'navigator' })).toEqual([0]);
  });

  it('serves Node’s default metrics too, labelled with the service', async () => {
    expect((await scrape('process_cpu_user_seconds_total', { service: 'navigator' }))[0]).toBeGreaterThan(0);
    expect((await scrape('nodejs_heap_size_used_bytes', { service: 'navigator' }))[0]).toBeGreaterThan(0);
  });
});

// Issue 15: one trace follows an enrolment from the gateway through navigator, its outbox and Kafka to billing's
// consumer and back to navigator's. The test system sends spans over OTLP/HTTP to TRACES_RECEIVER_PORT, where
// this test listens (nobody listens there during the other tests).
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { eventually as until, requiredTestEnv } from '@pdo/service-kit/testing';
import { childWithActiveCertificate, publishedProgram } from './family.fixture';
import { signIn } from './gateway.client';

type ReceivedSpan = { service: string; name: string; traceId: string };
type OtlpValue = { stringValue?: string };
type OtlpExport = {
  resourceSpans?: {
    resource?: { attributes?: { key: string; value: OtlpValue }[] };
    scopeSpans?: { spans?: { traceId: string; name: string }[] }[];
  }[];
};

/** OTLP/JSON gives ids in hex; a base64 id (the protobuf mapping) is turned into hex. */
const hexId = (id: string) => (/^[0-9a-f]{32}$/.test(id) ? id : Buffer.from(id, 'base64').toString('hex'));

const received: ReceivedSpan[] = [];
const ignored: string[] = [];
let receiver: Server;

beforeAll(async () => {
  receiver = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      // only OTLP/JSON traces are read; anything else is acknowledged and noted, and fails the test below
      if (request.url !== '/v1/traces' || !request.headers['content-type']?.startsWith('application/json')) {
        ignored.push(`${request.method} ${request.url} ${request.headers['content-type']}`);
        response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
        return;
      }
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as OtlpExport;
      for (const resource of body.resourceSpans ?? []) {
        const service = resource.resource?.attributes?.find((a) => a.key === 'service.name')?.value.stringValue ?? '?';
        for (const scope of resource.scopeSpans ?? []) {
          for (const span of scope.spans ?? []) received.push({ service, name: span.name, traceId: hexId(span.traceId) });
        }
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(Number(requiredTestEnv('TRACES_RECEIVER_PORT')), '127.0.0.1', resolve));
});

afterAll(() => new Promise((resolve) => receiver.close(resolve)));

describe('one trace across the services (issue 15)', () => {
  it('follows an enrolment request from the gateway through navigator, Kafka and billing, and back to navigator', async () => {
    const suffix = randomBytes(3).toString('hex');
    const parent = await signIn('parent');
    const { childId } = await childWithActiveCertificate(parent, `trace-${suffix}@example.ru`, {
      lastName: 'Трассова',
      firstName: 'Вера',
      patronymic: 'Олеговна',
      sex: 'FEMALE',
      age: 10,
    });
    const { groupId } = await publishedProgram(await signIn('provider'), { title: `Трассировка ${suffix}` });

    // the caller's own trace id, as a browser or a proxy in front of the gateway would send it
    const traceId = randomBytes(16).toString('hex');
    const response = await fetch(requiredTestEnv('GATEWAY_URL'), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${parent}`,
        traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01`,
      },
      body: JSON.stringify({
        query: 'mutation ($input: EnrollmentRequestInput!) { requestEnrollment(input: $input) { id } }',
        variables: { input: { childId, groupId, idempotencyKey: `trace-${suffix}`, offerAccepted: true } },
      }),
    });
    expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();

    const inTrace = () => received.filter((span) => span.traceId === traceId);
    const has = (service: string, name: string) => inTrace().some((s) => s.service === service && s.name === name);
    await until(
      'the spans of the whole enrolment reach the receiver',
      async () => inTrace(),
      // each process exports in its own batches, so navigator's last span may arrive before billing's
      () =>
        has('navigator', 'process billing.EnrollmentFundsReserved') &&
        has('billing', 'process navigator.EnrollmentRequested') &&
        inTrace().some((s) => s.service === 'billing' && /^pg\.query/.test(s.name)) &&
        inTrace().some((s) => s.service === 'gateway' && s.name === 'gateway.request'),
      60_000,
    );
    // the processes export traces only (the SDK's default metrics exporter once sent protobuf here)
    expect(ignored).toEqual([]);
    const services = new Set(inTrace().map((span) => span.service));
    expect([...services].sort()).toEqual(expect.arrayContaining(['billing', 'gateway', 'navigator']));
    // the gateway's own spans, navigator's send and billing's handling of the request, with its SQL
    expect(inTrace().some((s) => s.service === 'gateway' && s.name === 'gateway.request')).toBe(true);
    expect(has('navigator', 'send navigator.events')).toBe(true);
    expect(has('billing', 'process navigator.EnrollmentRequested')).toBe(true);
    expect(inTrace().some((s) => s.service === 'billing' && /^pg\.query/.test(s.name))).toBe(true);
    // spans of other requests are not mixed into this trace
    expect(received.some((span) => span.traceId !== traceId)).toBe(true);
  });
});

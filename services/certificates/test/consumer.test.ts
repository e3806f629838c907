import { randomUUID } from 'node:crypto';
import { certificateAccountOpened, childRegistered, documentAdded } from '@pdo/events';
import { buildSubgraph } from '@pdo/service-kit';
import { consumerSetting, eventually, executeAs, uniqueName } from '@pdo/service-kit/testing';
import pino from 'pino';
import { certificatesService } from '../src/certificates.service';
import { startCertificatesConsumer } from '../src/events/certificates.consumer';
import { bornYearsAgo, ENTER, groupOf, ISSUE, operator, parent } from './certificates.fixture';

/** Through the real broker: identity's and billing's events, sent by an outbox relay, reach certificates. */
describe('certificates consumer on Kafka', () => {
  const logger = pino({ level: process.env.LOG_LEVEL ?? 'silent' });
  const topics = {
    groupId: uniqueName('certificates-test'),
    identityTopic: uniqueName('identity-test'),
    billingTopic: uniqueName('billing-test'),
  };
  const setting = consumerSetting(certificatesService, logger, (runtime) => startCertificatesConsumer(runtime, topics));
  beforeAll(() => setting.start());
  afterAll(() => setting.stop());

  it("takes identity's child and document, then billing's financing decision", async () => {
    const father = parent();
    const childId = randomUUID();
    const documentId = randomUUID();
    await setting.upstream.send(childRegistered, topics.identityTopic, childId, {
      childId,
      parentIds: [father.userId as string],
      birthDate: bornYearsAgo(9),
      municipalityCode: '07',
      attendsSchool: true,
    });
    await setting.upstream.send(documentAdded, topics.identityTopic, documentId, {
      documentId,
      childId,
      kind: 'birth_certificate',
    });
    await eventually(
      'the child and the document',
      () =>
        setting.database.dataSource.query('SELECT id FROM child_documents WHERE child_id = $1', [childId]) as Promise<unknown[]>,
      (rows) => rows.length === 1,
    );

    const schema = await buildSubgraph(certificatesService.subgraph);
    const run = <T>(viewer: Parameters<typeof executeAs>[2], query: string, variables: Record<string, unknown>) =>
      executeAs<T>(schema, setting.database.dataSource, viewer, query, variables);
    const entered = await run<{ enterApplication: { id: string } }>(operator('07'), ENTER, {
      input: { childId, parentUserId: father.userId },
    });
    const issued = await run<{ issueCertificate: { id: string } }>(father, ISSUE, {
      input: { applicationId: entered.data!.enterApplication.id, groupId: await groupOf(setting.database, '07'), documentId },
    });
    expect(issued.errors).toBeUndefined();
    const certificateId = issued.data!.issueCertificate.id;

    await setting.upstream.send(certificateAccountOpened, topics.billingTopic, certificateId, {
      certificateId,
      balanceKopecks: 1_160_900,
      periodStart: '2026-09-01',
    });
    await eventually(
      'the financing mode',
      () =>
        setting.database.dataSource.query('SELECT mode FROM certificates WHERE id = $1', [certificateId]) as Promise<
          { mode: string }[]
        >,
      (rows) => rows[0]?.mode === 'financing',
    );
  });
});

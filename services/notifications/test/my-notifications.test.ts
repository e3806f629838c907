import { randomUUID } from 'node:crypto';
import { buildSubgraph } from '@pdo/service-kit';
import { createTestDatabase, executeAs, type TestDatabase } from '@pdo/service-kit/testing';
import type { GraphQLSchema } from 'graphql';
import { notificationsService } from '../src/notifications.service';

let db: TestDatabase;
let schema: GraphQLSchema;

beforeAll(async () => {
  db = await createTestDatabase(notificationsService);
  schema = await buildSubgraph(notificationsService.subgraph);
});

afterAll(() => db.drop());

const MY_NOTIFICATIONS = '{ myNotifications { email kind subject status attempts sentAt } }';

async function insert(recipientUserId: string | null, subject: string, status: 'queued' | 'sent') {
  await db.dataSource.query(
    `INSERT INTO notifications (recipient_user_id, email, kind, subject, status, attempts, sent_at)
     VALUES ($1, 'parent@example.test', 'certificate_issued', $2, $3, $4, $5)`,
    [recipientUserId, subject, status, status === 'sent' ? 1 : 0, status === 'sent' ? new Date() : null],
  );
}

describe('myNotifications', () => {
  it('shows a user their own messages with the delivery state, and nobody else’s', async () => {
    const me = randomUUID();
    await insert(me, 'моё письмо', 'sent');
    await insert(randomUUID(), 'чужое письмо', 'queued');
    await insert(null, 'письмо без владельца', 'queued');

    const result = await executeAs<{ myNotifications: { subject: string; status: string; sentAt: string | null }[] }>(
      schema,
      db.dataSource,
      { userId: me, roles: ['parent'] },
      MY_NOTIFICATIONS,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.myNotifications).toEqual([
      expect.objectContaining({ subject: 'моё письмо', status: 'sent', attempts: 1, sentAt: expect.any(String) }),
    ]);
  });

  it('refuses an anonymous visitor', async () => {
    const result = await executeAs(schema, db.dataSource, {}, MY_NOTIFICATIONS);
    expect(result.errors?.[0]?.code).toBe('UNAUTHENTICATED');
  });
});

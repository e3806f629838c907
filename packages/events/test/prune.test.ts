import { randomUUID } from 'node:crypto';
import { pruneEvents } from '../src/outbox/events.prune';
import { createTestDatabase, type TestDatabase } from './support/database.fixture';

describe('pruning old events', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
  });

  afterAll(async () => {
    await db.drop();
  });

  const outboxRow = (sentDaysAgo: number | null) =>
    db.dataSource.query(
      `INSERT INTO outbox (id, topic, key, type, version, payload, occurred_at, sent_at)
       VALUES ($1, 'pdo.test', 'k', 'test.Happened', 1, '{}', now(), now() - make_interval(days => $2::int))`,
      [randomUUID(), sentDaysAgo ?? 0],
    );

  it('deletes only sent rows and handled ids past their retention, in batches', async () => {
    for (let i = 0; i < 12; i += 1) await outboxRow(8);
    await outboxRow(6);
    await outboxRow(30);
    await db.dataSource.query('UPDATE outbox SET sent_at = NULL WHERE seq = (SELECT max(seq) FROM outbox)');
    await db.dataSource.query(
      `INSERT INTO inbox (event_id, type, handled_at)
       SELECT gen_random_uuid(), 'test.Happened', now() - make_interval(days => d) FROM unnest(ARRAY[91, 95, 89, 1]) AS d`,
    );

    expect(await pruneEvents(db.dataSource, { batchSize: 5 })).toEqual({ outbox: 12, inbox: 2 });

    const left: { sent_days: number | null }[] = await db.dataSource.query(
      'SELECT round(extract(epoch FROM now() - sent_at) / 86400)::int AS sent_days FROM outbox ORDER BY seq',
    );
    // the recent row stays, and so does an unsent one however old it is
    expect(left).toEqual([{ sent_days: 6 }, { sent_days: null }]);
    const [{ count }] = await db.dataSource.query('SELECT count(*)::int AS count FROM inbox');
    expect(count).toBe(2);
    expect(await pruneEvents(db.dataSource)).toEqual({ outbox: 0, inbox: 0 });
  });
});

import { randomUUID } from 'node:crypto';
import { upsertIfNewer } from '../src/read-model/upsert-if-newer';
import { createTestDatabase, type TestDatabase } from './support/database.fixture';

describe('a read model written only by newer events', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
    await db.dataSource.query(
      `CREATE TABLE people (person_id uuid PRIMARY KEY, name text, town text NOT NULL, source_occurred_at timestamptz NOT NULL)`,
    );
  });
  afterAll(() => db.drop());

  const write = (id: string, values: { name: string | null; town: string }, at: string) =>
    db.dataSource.transaction((manager) =>
      upsertIfNewer(manager, { table: 'people', key: { column: 'person_id', value: id }, values, keepWhenNull: ['name'] }, at),
    );
  const row = async (id: string) =>
    ((await db.dataSource.query('SELECT name, town FROM people WHERE person_id = $1', [id])) as object[])[0];

  it('writes a first and a newer event, skips an older one delivered late, and re-writes the same event harmlessly', async () => {
    const id = randomUUID();
    expect(await write(id, { name: 'Пётр', town: 'Киселевск' }, '2026-01-01T00:00:00Z')).toBe(true);
    expect(await write(id, { name: 'Пётр', town: 'Кемерово' }, '2026-02-01T00:00:00Z')).toBe(true);
    expect(await write(id, { name: 'Павел', town: 'Белово' }, '2026-01-15T00:00:00Z')).toBe(false);
    expect(await row(id)).toEqual({ name: 'Пётр', town: 'Кемерово' });
    expect(await write(id, { name: 'Пётр', town: 'Кемерово' }, '2026-02-01T00:00:00Z')).toBe(true);
    expect(await row(id)).toEqual({ name: 'Пётр', town: 'Кемерово' });
  });

  it('keeps a value a newer event leaves out, when the column may be left out', async () => {
    const id = randomUUID();
    await write(id, { name: 'Пётр', town: 'Киселевск' }, '2026-01-01T00:00:00Z');
    await write(id, { name: null, town: 'Кемерово' }, '2026-02-01T00:00:00Z');
    expect(await row(id)).toEqual({ name: 'Пётр', town: 'Кемерово' });
  });

  it('refuses a table or column name that is not a plain identifier', async () => {
    await expect(
      db.dataSource.transaction((manager) =>
        upsertIfNewer(
          manager,
          { table: 'people; DROP TABLE people', key: { column: 'person_id', value: randomUUID() }, values: {} },
          '2026-01-01T00:00:00Z',
        ),
      ),
    ).rejects.toThrow('not a plain SQL identifier');
  });
});

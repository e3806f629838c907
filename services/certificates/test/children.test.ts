import { randomUUID } from 'node:crypto';
import { childChanged, childRegistered, documentAdded, documentChanged, type EventData, type EventOf } from '@pdo/events';
import { upsertChild } from '../src/events/child.handler';
import { upsertDocument } from '../src/events/document.handler';
import { ChildDocumentEntity } from '../src/entities/child-document.entity';
import { ChildEntity } from '../src/entities/child.entity';
import { startHarness, type Harness } from './certificates.fixture';

describe('children read model', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.db.drop();
  });

  const event = (
    definition: typeof childRegistered | typeof childChanged,
    data: EventData<typeof childRegistered>,
    occurredAt: string,
  ): EventOf<typeof childRegistered> | EventOf<typeof childChanged> => ({
    id: randomUUID(),
    type: definition.type,
    version: 1,
    occurredAt,
    aggregateId: data.childId,
    data,
  });
  const handle = (e: Parameters<typeof upsertChild>[0]) => h.db.dataSource.transaction((manager) => upsertChild(e, manager));
  const read = (id: string) => h.db.dataSource.getRepository(ChildEntity).findOneByOrFail({ id });

  it('records a registered child and takes later changes', async () => {
    const data = {
      childId: randomUUID(),
      parentIds: [randomUUID()],
      birthDate: '2015-06-11',
      municipalityCode: '07',
      attendsSchool: true,
    };
    await handle(event(childRegistered, data, '2026-01-01T00:00:00Z'));
    expect(await read(data.childId)).toMatchObject({
      parentIds: data.parentIds,
      birthDate: '2015-06-11',
      municipalityCode: '07',
      attendsSchool: true,
    });
    const secondParent = randomUUID();
    await handle(
      event(
        childChanged,
        { ...data, parentIds: [...data.parentIds, secondParent], attendsSchool: false },
        '2026-01-02T00:00:00Z',
      ),
    );
    expect(await read(data.childId)).toMatchObject({ parentIds: [...data.parentIds, secondParent], attendsSchool: false });
  });

  it('keeps the newer state when an older event arrives late', async () => {
    const data = {
      childId: randomUUID(),
      parentIds: [randomUUID()],
      birthDate: '2012-02-29',
      municipalityCode: '07',
      attendsSchool: true,
    };
    await handle(event(childChanged, { ...data, municipalityCode: '01' }, '2026-03-01T00:00:00Z'));
    await handle(event(childRegistered, data, '2026-02-01T00:00:00Z'));
    expect((await read(data.childId)).municipalityCode).toBe('01');
  });

  it("keeps each document's child and kind, and ignores an older event arriving late", async () => {
    const documentId = randomUUID();
    const childId = randomUUID();
    const documentEvent = (
      definition: typeof documentAdded | typeof documentChanged,
      kind: 'birth_certificate' | 'passport',
      occurredAt: string,
    ): EventOf<typeof documentAdded> | EventOf<typeof documentChanged> => ({
      id: randomUUID(),
      type: definition.type,
      version: 1,
      occurredAt,
      aggregateId: documentId,
      data: { documentId, childId, kind },
    });
    const handleDocument = (e: Parameters<typeof upsertDocument>[0]) =>
      h.db.dataSource.transaction((manager) => upsertDocument(e, manager));
    const readDocument = () => h.db.dataSource.getRepository(ChildDocumentEntity).findOneByOrFail({ id: documentId });
    await handleDocument(documentEvent(documentAdded, 'birth_certificate', '2026-01-01T00:00:00Z'));
    expect(await readDocument()).toEqual({ id: documentId, childId, kind: 'birth_certificate' });
    await handleDocument(documentEvent(documentChanged, 'passport', '2026-03-01T00:00:00Z'));
    await handleDocument(documentEvent(documentChanged, 'birth_certificate', '2026-02-01T00:00:00Z'));
    expect((await readDocument()).kind).toBe('passport');
  });
});

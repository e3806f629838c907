import { randomUUID } from 'node:crypto';
import { childRegistered } from '@pdo/events';
import { buildSubgraph, type Viewer } from '@pdo/service-kit';
import { createTestDatabase, executeAs, type TestDatabase } from '@pdo/service-kit/testing';
import type { GraphQLSchema } from 'graphql';
import { downloadLink, saveDocument } from '../src/documents/document.store';
import { signDownloadToken } from '../src/domain/download-token';
import { onChildRecorded } from '../src/events/identity.handler';
import { filesSecret } from '../src/notifications.config';
import { notificationsService } from '../src/notifications.service';
import { envelope } from './event-delivery';
import { type FilesServer, startFilesServer } from './files.fixture';
import { pdfText } from '@pdo/pdf/testing';

let db: TestDatabase;
let schema: GraphQLSchema;
let files: FilesServer;

beforeAll(async () => {
  db = await createTestDatabase(notificationsService);
  schema = await buildSubgraph(notificationsService.subgraph);
  files = await startFilesServer(db.dataSource);
});

afterAll(async () => {
  await files.stop();
  await db.drop();
});

const parentId = randomUUID();

async function registerChild(childId: string, parentIds: string[], municipalityCode = '07') {
  const data = { childId, parentIds, birthDate: '2015-02-01', municipalityCode, attendsSchool: true };
  await db.dataSource.transaction((manager) => onChildRecorded(envelope(childRegistered, childId, data), manager));
}

/** What the gateway sends for `@requires`: the child and certificate as identity and certificates return them. */
function representation(childId: string, lastName = 'Иванов') {
  const documentId = randomUUID();
  return {
    __typename: 'Child',
    id: childId,
    lastName,
    firstName: 'Пётр',
    patronymic: 'Сергеевич',
    birthDate: '2015-02-01',
    address: 'г. Киселевск, ул. Ленина, д. 1',
    documents: [{ __typename: 'IdentityDocument', id: documentId, series: 'III-ПО', number: '537155' }],
    certificate: {
      __typename: 'Certificate',
      id: randomUUID(),
      number: '4207000002',
      applicationNumber: 458,
      groupName: 'Дети в возрасте от 5 до 18 лет',
      documentId,
      applicantKind: 'parent',
      applicant: { __typename: 'User', id: parentId, displayName: 'Сидорова Мария Петровна' },
    },
  };
}

const LINK = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on Child { applicationForm { url fileName expiresAt } } }
}`;

type Link = { url: string; fileName: string; expiresAt: string };

async function linkAs(viewer: Partial<Viewer>, child: object) {
  return executeAs<{ _entities: { applicationForm: Link }[] }>(schema, db.dataSource, viewer, LINK, { representations: [child] });
}

async function download(url: string) {
  const response = await fetch(new URL(url, files.origin));
  return { response, body: Buffer.from(await response.arrayBuffer()) };
}

describe('the application form through a short-lived link', () => {
  it('gives the parent a 5-minute link to a PDF with the child, the certificate number and the 152-ФЗ consent', async () => {
    const childId = randomUUID();
    await registerChild(childId, [parentId]);
    const result = await linkAs({ userId: parentId, roles: ['parent'] }, representation(childId));
    expect(result.errors).toBeUndefined();
    const link = result.data!._entities[0].applicationForm;
    expect(link.url).toMatch(/^\/files\/[\w.-]+$/);
    expect(link.fileName).toBe('Заявление № 458.pdf');
    const lifetime = new Date(link.expiresAt).getTime() - Date.now();
    expect(lifetime).toBeGreaterThan(4 * 60_000);
    expect(lifetime).toBeLessThanOrEqual(5 * 60_000);

    const { response, body } = await download(link.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent('Заявление № 458.pdf')}`,
    );
    const text = await pdfText(body);
    expect(text).toContain('Иванов Пётр Сергеевич');
    expect(text).toContain('Сидорова Мария Петровна');
    expect(text).toContain('под реестровой записью № 4207000002');
    expect(text).toContain('серия III-ПО № 537155');
    expect(text).toContain('01.02.2015');
    expect(text).toContain('статьи 9 Федерального закона от 27.07.2006 г. № 152-ФЗ «О персональных данных»');
    expect(text).toContain('указанных в заявлении о получении сертификата дополнительного образования № 458');
  });

  it('«Обновить заявление»: a new link prints the changed data, and the certificate keeps one document', async () => {
    const childId = randomUUID();
    await registerChild(childId, [parentId]);
    const child = representation(childId);
    await linkAs({ userId: parentId, roles: ['parent'] }, child);
    const renamed = await linkAs({ userId: parentId, roles: ['parent'] }, { ...child, lastName: 'Петров' });
    const text = await pdfText((await download(renamed.data!._entities[0].applicationForm.url)).body);
    expect(text).toContain('Петров Пётр Сергеевич');
    expect(text).not.toContain('Иванов');
    const rows = await db.dataSource.query(`SELECT 1 FROM documents WHERE kind = 'application_form' AND subject_key = $1`, [
      child.certificate.id,
    ]);
    expect(rows).toHaveLength(1);
  });

  it('gives the link to an operator of the child’s municipality, and refuses a stranger and another municipality’s operator', async () => {
    const childId = randomUUID();
    await registerChild(childId, [parentId], '07');
    const child = representation(childId);
    const operator = await linkAs({ userId: randomUUID(), roles: ['operator'], municipalityCode: '07' }, child);
    expect(operator.errors).toBeUndefined();
    expect((await download(operator.data!._entities[0].applicationForm.url)).response.status).toBe(200);

    const refusals = [
      { userId: randomUUID(), roles: ['parent'] as const },
      { userId: randomUUID(), roles: ['operator'] as const, municipalityCode: '01' },
      { userId: randomUUID(), roles: ['provider_staff'] as const, providerId: randomUUID() },
    ];
    for (const viewer of refusals) {
      const result = await linkAs({ ...viewer, roles: [...viewer.roles] }, child);
      expect(result.errors?.map((e) => e.code)).toEqual(['FORBIDDEN']);
    }
    expect((await linkAs({}, child)).errors?.map((e) => e.code)).toEqual(['UNAUTHENTICATED']);
  });

  it('refuses a child it has not heard of from identity, and a child without a certificate', async () => {
    const unknown = await linkAs({ userId: parentId, roles: ['parent'] }, representation(randomUUID()));
    expect(unknown.errors?.map((e) => e.code)).toEqual(['FORBIDDEN']);
    const childId = randomUUID();
    await registerChild(childId, [parentId]);
    const result = await linkAs({ userId: parentId, roles: ['parent'] }, { ...representation(childId), certificate: null });
    expect(result.errors?.map((e) => e.code)).toEqual(['CERTIFICATE_NOT_FOUND']);
  });

  it('refuses an expired link with 410 and a forged or mangled one with 403/404, saying why in Russian', async () => {
    const childId = randomUUID();
    await registerChild(childId, [parentId]);
    const { url } = (await linkAs({ userId: parentId, roles: ['parent'] }, representation(childId))).data!._entities[0]
      .applicationForm;
    const documentId = url.split('/').pop()!.split('.')[0];

    const expired = await download(`/files/${signDownloadToken(documentId, new Date(Date.now() - 1000), filesSecret())}`);
    expect(expired.response.status).toBe(410);
    expect(JSON.parse(expired.body.toString())).toEqual({
      code: 'LINK_EXPIRED',
      message: 'Срок действия ссылки истёк. Нажмите «Скачать» в личном кабинете ещё раз.',
    });

    const later = new Date(Date.now() + 60 * 60_000);
    const forged = await download(`/files/${signDownloadToken(documentId, later, 'someone-else-s-secret-of-32-characters')}`);
    expect(forged.response.status).toBe(403);
    expect(JSON.parse(forged.body.toString())).toMatchObject({ code: 'LINK_INVALID' });

    const [, expiry, mac] = url.split('/').pop()!.split('.');
    const otherDocument = await download(`/files/${randomUUID()}.${expiry}.${mac}`);
    expect(otherDocument.response.status).toBe(403);

    expect((await download('/files/not-a-token')).response.status).toBe(404);
    const unknownDocument = await download(`/files/${signDownloadToken(randomUUID(), later, filesSecret())}`);
    expect(unknownDocument.response.status).toBe(404);
    expect(JSON.parse(unknownDocument.body.toString())).toMatchObject({ code: 'DOCUMENT_NOT_FOUND' });
  });

  it('serves a stored list of activating institutions as a PDF with the municipality and the institutions', async () => {
    const document = {
      kind: 'institutions_list' as const,
      data: {
        municipalityName: 'г. Киселевск',
        supportCentre: {
          name: 'МОЦ Киселевского городского округа',
          address: 'г. Киселевск, ул. Советская, д. 5',
          phone: '+7 (38464) 2-11-11',
        },
        institutions: [{ name: 'МБУ ДО «Дом детского творчества»', address: 'г. Киселевск, ул. Ленина, д. 30', phone: null }],
      },
    };
    const id = await saveDocument(db.dataSource.manager, {
      ...document,
      subjectKey: '07',
      scope: { ownerUserIds: [], municipalityCode: '07', providerId: null },
    });
    const link = downloadLink(id, document, filesSecret());
    expect(link.fileName).toBe('Учреждения — г. Киселевск.pdf');
    const { response, body } = await download(link.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const text = await pdfText(body);
    expect(text).toContain('Муниципалитет: г. Киселевск');
    expect(text).toContain('МБУ ДО «Дом детского творчества»');
  });
});

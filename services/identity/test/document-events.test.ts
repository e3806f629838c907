import type { Viewer } from '@pdo/service-kit';
import { kuzbassDate } from '@pdo/service-kit';
import { addUser, startIdentity, type IdentityHarness } from './identity.fixture';

const PNG_BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
/** The smallest PDF with one page, as the scan check wants. */
const PDF_BASE64 = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
).toString('base64');
const ADD_CHILD = 'mutation ($input: ChildInput!) { addChild(input: $input) { id } }';
const ADD_DOCUMENT = 'mutation ($childId: ID!, $input: DocumentInput!) { addDocument(childId: $childId, input: $input) { id } }';
const UPDATE_DOCUMENT =
  'mutation ($id: ID!, $input: DocumentChangeInput!) { updateDocument(id: $id, input: $input) { id number issuer scan { fileName contentType } } }';

const yearsAgo = (years: number) => {
  const date = new Date(`${kuzbassDate(new Date())}T00:00:00Z`);
  date.setUTCFullYear(date.getUTCFullYear() - years);
  return date.toISOString().slice(0, 10);
};
const certificate = {
  kind: 'BIRTH_CERTIFICATE',
  series: 'III-ПО',
  number: '123456',
  issuedOn: yearsAgo(8),
  issuer: 'Отдел ЗАГС г. Киселевска',
};

describe('document events', () => {
  let h: IdentityHarness;
  let parent: Viewer;
  let stranger: Viewer;
  let childId: string;
  let documentId: string;

  const outbox = async (type: string) =>
    (await h.db.dataSource.query('SELECT key, payload FROM outbox WHERE type = $1 ORDER BY id', [type])) as {
      key: string;
      payload: { data: unknown };
    }[];

  beforeAll(async () => {
    h = await startIdentity();
    parent = await addUser(h, 'parent', ['parent'], '07');
    stranger = await addUser(h, 'stranger', ['parent'], '07');
    const { addChild } = await h.run<{ addChild: { id: string } }>(parent, ADD_CHILD, {
      input: {
        lastName: 'Петров',
        firstName: 'Иван',
        birthDate: yearsAgo(9),
        sex: 'MALE',
        address: 'г. Киселевск, ул. Ленина, д. 1',
        municipalityCode: '07',
        attendsSchool: true,
      },
    });
    childId = addChild.id;
  });
  afterAll(() => h.db.drop());

  it('adding a document publishes identity.DocumentAdded with ids and kind only', async () => {
    const { addDocument } = await h.run<{ addDocument: { id: string } }>(parent, ADD_DOCUMENT, {
      childId,
      input: { ...certificate, scan: { fileName: 'скан.png', contentBase64: PNG_BASE64 } },
    });
    documentId = addDocument.id;
    expect(await outbox('identity.DocumentAdded')).toEqual([
      { key: documentId, payload: expect.objectContaining({ data: { documentId, childId, kind: 'birth_certificate' } }) },
    ]);
  });

  it('correcting it keeps the scan unless a new one comes, and publishes identity.DocumentChanged', async () => {
    const { updateDocument } = await h.run<{ updateDocument: Record<string, unknown> }>(parent, UPDATE_DOCUMENT, {
      id: documentId,
      input: { ...certificate, number: '654321' },
    });
    expect(updateDocument).toMatchObject({ number: '654321', scan: { fileName: 'скан.png', contentType: 'image/png' } });
    const replaced = await h.run<{ updateDocument: Record<string, unknown> }>(parent, UPDATE_DOCUMENT, {
      id: documentId,
      input: { ...certificate, number: '654321', scan: { fileName: 'скан.pdf', contentBase64: PDF_BASE64 } },
    });
    expect(replaced.updateDocument).toMatchObject({ scan: { fileName: 'скан.pdf', contentType: 'application/pdf' } });
    expect(await h.count('document_scans')).toBe(1);
    const changed = await outbox('identity.DocumentChanged');
    expect(changed.map((event) => event.payload.data)).toEqual([
      { documentId, childId, kind: 'birth_certificate' },
      { documentId, childId, kind: 'birth_certificate' },
    ]);
  });

  it.each([
    ['a wrong number', { number: '12' }, 'BAD_USER_INPUT'],
    [
      'a text file named .png',
      { scan: { fileName: 'a.png', contentBase64: Buffer.from('text').toString('base64') } },
      'SCAN_TYPE_NOT_ALLOWED',
    ],
  ])('refuses a change with %s and writes nothing', async (_case, change, code) => {
    const before = [await h.count('outbox'), JSON.stringify(await h.db.dataSource.query('SELECT * FROM identity_documents'))];
    expect((await h.errorOf(parent, UPDATE_DOCUMENT, { id: documentId, input: { ...certificate, ...change } })).code).toBe(code);
    expect([await h.count('outbox'), JSON.stringify(await h.db.dataSource.query('SELECT * FROM identity_documents'))]).toEqual(
      before,
    );
  });

  it('another parent and unknown ids get the same FORBIDDEN', async () => {
    for (const id of [documentId, '00000000-0000-4000-8000-00000000ffff', 'не-id']) {
      expect((await h.errorOf(stranger, UPDATE_DOCUMENT, { id, input: certificate })).code).toBe('FORBIDDEN');
    }
  });
});

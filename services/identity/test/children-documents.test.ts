import type { Viewer } from '@pdo/service-kit';
import { kuzbassDate } from '@pdo/service-kit';
import { addUser, startIdentity, type IdentityHarness } from './identity.fixture';

const PNG_BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
/** A 1×1 JPEG: scans are decoded, so the bytes must be a real picture */
const JPEG_BASE64 =
  '/9j/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19iZ2hnPk1xeXBkeFxlZ2P/2wBDARESEhgVGC8aGi9jQjhCY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2P/wAARCAABAAEDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAf/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFAEBAAAAAAAAAAAAAAAAAAAAAP/EABQRAQAAAAAAAAAAAAAAAAAAAAD/2gAMAwEAAhEDEQA/AKAAD//Z';
const CHILD_FIELDS = 'id lastName firstName patronymic birthDate sex address municipalityCode attendsSchool parentIds';
const DOCUMENT_FIELDS =
  'id childId kind series number issuedOn issuer divisionCode scan { fileName contentType sizeBytes contentBase64 }';

const ADD_CHILD = `mutation ($input: ChildInput!) { addChild(input: $input) { ${CHILD_FIELDS} } }`;
const UPDATE_CHILD = `mutation ($id: ID!, $input: ChildInput!) { updateChild(id: $id, input: $input) { ${CHILD_FIELDS} } }`;
const ADD_DOCUMENT = `mutation ($childId: ID!, $input: DocumentInput!) { addDocument(childId: $childId, input: $input) { ${DOCUMENT_FIELDS} } }`;
const CHILD = `query ($id: ID!, $reason: String) { child(id: $id, reason: $reason) { ${CHILD_FIELDS} documents { ${DOCUMENT_FIELDS} } } }`;
const DOCUMENT = `query ($id: ID!, $reason: String) { document(id: $id, reason: $reason) { ${DOCUMENT_FIELDS} } }`;
const AUDIT = `query ($recordId: ID) { auditLog(recordId: $recordId) { actorUserId actorRoles recordType recordId field reason readAt } }`;

const yearsAgo = (years: number, days = 0) => {
  const date = new Date(`${kuzbassDate(new Date())}T00:00:00Z`);
  date.setUTCFullYear(date.getUTCFullYear() - years);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
};

const childInput = {
  lastName: 'Иванов',
  firstName: 'Пётр',
  patronymic: 'Сергеевич',
  birthDate: yearsAgo(9),
  sex: 'MALE',
  address: 'г. Киселевск, ул. Ленина, д. 1, кв. 2',
  municipalityCode: '07',
  attendsSchool: true,
};
const certificateInput = {
  kind: 'BIRTH_CERTIFICATE',
  series: 'III-ПО',
  number: '123456',
  issuedOn: yearsAgo(9, -10),
  issuer: 'Отдел ЗАГС г. Киселевска',
  scan: { fileName: 'свидетельство.png', contentBase64: PNG_BASE64 },
};

interface ChildData {
  id: string;
  parentIds: string[];
  documents: DocumentData[];
}
interface DocumentData {
  id: string;
  series: string;
  number: string;
  scan: { fileName: string; contentType: string; sizeBytes: number; contentBase64: string };
}

describe('children and their documents', () => {
  let h: IdentityHarness;
  let parent: Viewer;
  let otherParent: Viewer;
  let operator: Viewer;
  let foreignOperator: Viewer;
  let admin: Viewer;
  let childId: string;
  let documentId: string;

  beforeAll(async () => {
    h = await startIdentity();
    parent = await addUser(h, 'parent', ['parent'], '07');
    otherParent = await addUser(h, 'other-parent', ['parent'], '07');
    operator = await addUser(h, 'operator', ['operator'], '07');
    foreignOperator = await addUser(h, 'operator-kemerovo', ['operator'], '01');
    admin = await addUser(h, 'admin', ['regional_admin']);
  });
  afterAll(() => h.db.drop());

  it('a parent adds a child and a birth certificate with a PNG scan, and sees both', async () => {
    const { addChild } = await h.run<{ addChild: ChildData }>(parent, ADD_CHILD, { input: childInput });
    childId = addChild.id;
    expect(addChild).toMatchObject({ ...childInput, sex: 'MALE', parentIds: [parent.userId] });

    const { addDocument } = await h.run<{ addDocument: DocumentData }>(parent, ADD_DOCUMENT, {
      childId,
      input: certificateInput,
    });
    documentId = addDocument.id;
    expect(addDocument).toMatchObject({
      childId,
      kind: 'BIRTH_CERTIFICATE',
      series: 'III-ПО',
      number: '123456',
      divisionCode: null,
      scan: { fileName: 'свидетельство.png', contentType: 'image/png' },
    });
    // The image is decoded and encoded again (its metadata dropped): a PNG, not the uploaded bytes.
    const stored = Buffer.from(addDocument.scan.contentBase64, 'base64');
    expect(stored.subarray(0, 8)).toEqual(Buffer.from(PNG_BASE64, 'base64').subarray(0, 8));
    expect(addDocument.scan.sizeBytes).toBe(stored.length);

    const { myChildren } = await h.run<{ myChildren: { id: string; documents: { id: string }[] }[] }>(
      parent,
      '{ myChildren { id documents { id } } }',
    );
    expect(myChildren).toEqual([{ id: childId, documents: [{ id: documentId }] }]);
    const { child } = await h.run<{ child: ChildData }>(parent, CHILD, { id: childId });
    expect(child.documents[0].scan.contentBase64).toBe(addDocument.scan.contentBase64);
    const { document } = await h.run<{ document: DocumentData }>(parent, DOCUMENT, { id: documentId });
    expect(document.number).toBe('123456');
    expect(await h.count('audit_log')).toBe(0); // a parent's own reads are not staff reads

    const [registered] = (await h.db.dataSource.query(
      `SELECT key, payload FROM outbox WHERE type = 'identity.ChildRegistered'`,
    )) as {
      key: string;
      payload: { data: Record<string, unknown> };
    }[];
    expect(registered.key).toBe(childId);
    expect(registered.payload.data).toEqual({
      childId,
      parentIds: [parent.userId],
      birthDate: childInput.birthDate,
      municipalityCode: '07',
      attendsSchool: true,
      firstName: 'Пётр',
    });
  });

  it('another parent gets FORBIDDEN on the same ids, the same as for ids that do not exist', async () => {
    const missing = '7a1f6a2e-0000-4000-8000-000000000000';
    for (const [query, id] of [
      [CHILD, childId],
      [CHILD, missing],
      [CHILD, 'не-uuid'],
      [DOCUMENT, documentId],
      [DOCUMENT, missing],
    ]) {
      expect(await h.errorOf(otherParent, query, { id })).toEqual({
        code: 'FORBIDDEN',
        message: 'Запись не найдена или у вас нет к ней доступа.',
      });
    }
    expect((await h.errorOf(otherParent, ADD_DOCUMENT, { childId, input: certificateInput })).code).toBe('FORBIDDEN');
    expect((await h.errorOf(otherParent, UPDATE_CHILD, { id: childId, input: childInput })).code).toBe('FORBIDDEN');
    expect(
      (await h.errorOf(otherParent, 'mutation ($id: ID!) { withdrawConsent(childId: $id) { id } }', { id: childId })).code,
    ).toBe('FORBIDDEN');
    expect(await h.run(otherParent, '{ myChildren { id } }')).toEqual({ myChildren: [] });
    expect(await h.count('identity_documents')).toBe(1);
  });

  it('an operator of another municipality and a regional admin are refused the child and the document', async () => {
    for (const viewer of [foreignOperator, admin]) {
      expect((await h.errorOf(viewer, CHILD, { id: childId })).code).toBe('FORBIDDEN');
      expect((await h.errorOf(viewer, DOCUMENT, { id: documentId })).code).toBe('FORBIDDEN');
    }
    expect(await h.count('audit_log')).toBe(0);
  });

  it("an operator of the child's municipality reads them, every read of a number or a scan is in the audit log", async () => {
    const reason = 'Проверка заявки на сертификат';
    const { child } = await h.run<{ child: ChildData }>(operator, CHILD, { id: childId, reason });
    expect(child.documents[0]).toMatchObject({ series: 'III-ПО', number: '123456', scan: { contentType: 'image/png' } });
    expect(child.documents[0].scan.contentBase64).toMatch(/^iVBORw0KGgo/);
    await h.run(operator, `query ($id: ID!) { document(id: $id) { number issuer } }`, { id: documentId });
    await h.run(operator, `query ($id: ID!) { document(id: $id) { issuer scan { fileName } } }`, { id: documentId });

    const { auditLog } = await h.run<{ auditLog: Record<string, unknown>[] }>(admin, AUDIT, { recordId: documentId });
    const entry = {
      actorUserId: operator.userId,
      actorRoles: ['operator'],
      recordType: 'identity_document',
      recordId: documentId,
    };
    // newest first; fields of one query are resolved together, so their order is not fixed.
    // Reads of other fields (issuer, the scan's name) are not logged.
    expect(auditLog).toHaveLength(4);
    expect(auditLog[0]).toMatchObject({ ...entry, field: 'number', reason: null });
    expect(
      auditLog
        .slice(1)
        .map(({ field }) => field)
        .sort(),
    ).toEqual(['number', 'scan', 'series']);
    for (const later of auditLog.slice(1)) expect(later).toMatchObject({ ...entry, reason });
    expect(Date.now() - Date.parse(auditLog[0].readAt as string)).toBeLessThan(60_000);
    expect((await h.run<{ auditLog: unknown[] }>(admin, AUDIT, {})).auditLog).toHaveLength(4);
    expect((await h.run<{ auditLog: unknown[] }>(admin, AUDIT, { recordId: childId })).auditLog).toEqual([]);
  });

  // A role that @Authorized turns away and a failed scope check both answer FORBIDDEN.
  it('only a regional admin may read the audit log; staff may not change a child', async () => {
    for (const viewer of [operator, parent, foreignOperator]) expect((await h.errorOf(viewer, AUDIT, {})).code).toBe('FORBIDDEN');
    expect((await h.errorOf(operator, ADD_DOCUMENT, { childId, input: certificateInput })).code).toBe('FORBIDDEN');
    expect((await h.errorOf(operator, 'mutation ($id: ID!) { giveConsent(childId: $id) { id } }', { id: childId })).code).toBe(
      'FORBIDDEN',
    );
    expect(await h.count('identity_documents')).toBe(1);
  });

  it.each([
    ['series', { series: 'IIII-ПО' }, 'BAD_USER_INPUT', 'Серия свидетельства'],
    ['series in Latin letters', { series: 'III-PO' }, 'BAD_USER_INPUT', 'Серия свидетельства'],
    ['number', { number: '12345' }, 'BAD_USER_INPUT', 'Номер свидетельства'],
    ['issue date in the future', { issuedOn: '2999-01-01' }, 'BAD_USER_INPUT', 'в будущем'],
    ['issue date before birth', { issuedOn: yearsAgo(10) }, 'BAD_USER_INPUT', 'раньше дня рождения'],
    ['issue date that does not exist', { issuedOn: '2020-02-30' }, 'BAD_USER_INPUT', 'дату выдачи'],
    ['issuer', { issuer: ' ' }, 'BAD_USER_INPUT', 'кем выдан'],
    ['division code on a birth certificate', { divisionCode: '420-007' }, 'BAD_USER_INPUT', 'Код подразделения'],
    ['passport of a child under 14', { kind: 'PASSPORT', series: '3225', divisionCode: '420-007' }, 'BAD_USER_INPUT', '14 лет'],
    [
      'text disguised as scan.pdf',
      { scan: { fileName: 'scan.pdf', contentBase64: Buffer.from('просто текст').toString('base64') } },
      'SCAN_TYPE_NOT_ALLOWED',
      'JPEG, PNG или PDF',
    ],
    [
      'oversized scan',
      {
        scan: {
          fileName: 'big.png',
          contentBase64: Buffer.concat([Buffer.from(PNG_BASE64, 'base64'), Buffer.alloc(10 * 1024 * 1024)]).toString('base64'),
        },
      },
      'SCAN_TOO_LARGE',
      '10 МБ',
    ],
    ['scan that is not base64', { scan: { fileName: 'scan.png', contentBase64: 'это не base64' } }, 'BAD_USER_INPUT', 'base64'],
    [
      'JPEG signature in front of an ELF binary',
      {
        scan: {
          fileName: 'photo.jpg',
          contentBase64: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x7f, 0x45, 0x4c, 0x46]).toString('base64'),
        },
      },
      'SCAN_TYPE_NOT_ALLOWED',
      'Файл повреждён',
    ],
  ])('refuses a document with a wrong %s and writes nothing', async (_case, change, code, message) => {
    const before = [await h.count('identity_documents'), await h.count('document_scans'), await h.count('outbox')];
    const error = await h.errorOf(parent, ADD_DOCUMENT, { childId, input: { ...certificateInput, number: '654321', ...change } });
    expect(error.code).toBe(code);
    expect(error.message).toContain(message);
    expect([await h.count('identity_documents'), await h.count('document_scans'), await h.count('outbox')]).toEqual(before);
  });

  it('refuses the same document twice with DOCUMENT_EXISTS', async () => {
    expect((await h.errorOf(parent, ADD_DOCUMENT, { childId, input: certificateInput })).code).toBe('DOCUMENT_EXISTS');
    expect(await h.count('document_scans')).toBe(1);
  });

  it('refuses a wrong child card with BAD_USER_INPUT and writes nothing', async () => {
    const before = [await h.count('children'), await h.count('outbox')];
    for (const change of [
      { lastName: 'Ivanov' },
      { firstName: '' },
      { birthDate: '2999-01-01' },
      { birthDate: yearsAgo(18) },
      { address: '' },
      { municipalityCode: '35' },
    ]) {
      expect((await h.errorOf(parent, ADD_CHILD, { input: { ...childInput, ...change } })).code).toBe('BAD_USER_INPUT');
      expect((await h.errorOf(parent, UPDATE_CHILD, { id: childId, input: { ...childInput, ...change } })).code).toBe(
        'BAD_USER_INPUT',
      );
    }
    expect([await h.count('children'), await h.count('outbox')]).toEqual(before);
  });

  it('a parent changes the card: ChildChanged carries the new facts, and the operator of the new municipality takes over', async () => {
    const input = { ...childInput, patronymic: '', municipalityCode: '01', attendsSchool: false };
    const { updateChild } = await h.run<{ updateChild: Record<string, unknown> }>(parent, UPDATE_CHILD, { id: childId, input });
    expect(updateChild).toMatchObject({ patronymic: null, municipalityCode: '01', attendsSchool: false });
    const [changed] = (await h.db.dataSource.query(`SELECT payload FROM outbox WHERE type = 'identity.ChildChanged'`)) as {
      payload: { data: Record<string, unknown> };
    }[];
    expect(changed.payload.data).toEqual({
      childId,
      parentIds: [parent.userId],
      birthDate: childInput.birthDate,
      municipalityCode: '01',
      attendsSchool: false,
      firstName: 'Пётр',
    });
    expect((await h.errorOf(operator, CHILD, { id: childId })).code).toBe('FORBIDDEN');
    // the scan in the card is opened only with the operator's reason
    expect((await h.errorOf(foreignOperator, CHILD, { id: childId })).code).toBe('ACCESS_REASON_REQUIRED');
    await h.run(foreignOperator, CHILD, { id: childId, reason: 'Переезд ребёнка в муниципалитет' });
  });

  it('a pupil of 14+ linked to the card sees it and adds a passport; under 14 the link gives nothing', async () => {
    const pupil = await addUser(h, 'pupil', ['child'], '07');
    const { addChild } = await h.run<{ addChild: { id: string } }>(parent, ADD_CHILD, {
      input: { ...childInput, firstName: 'Артём', birthDate: yearsAgo(14) },
    });
    // Accounts for pupils are issued by schools; linking them is not part of this API yet.
    await h.db.dataSource.query('UPDATE children SET child_user_id = $1 WHERE id = $2', [pupil.userId, addChild.id]);
    const { myChildren } = await h.run<{ myChildren: { id: string }[] }>(pupil, '{ myChildren { id } }');
    expect(myChildren).toEqual([{ id: addChild.id }]);
    const passport = {
      kind: 'PASSPORT',
      series: '3225',
      number: '654321',
      issuedOn: yearsAgo(0),
      issuer: 'ГУ МВД России по Кемеровской области — Кузбассу',
      divisionCode: '420-007',
      scan: { fileName: 'паспорт.jpg', contentBase64: JPEG_BASE64 },
    };
    const { addDocument } = await h.run<{ addDocument: { kind: string; scan: { contentType: string } } }>(pupil, ADD_DOCUMENT, {
      childId: addChild.id,
      input: passport,
    });
    expect(addDocument).toMatchObject({ kind: 'PASSPORT', scan: { contentType: 'image/jpeg' } });
    expect((await h.errorOf(pupil, UPDATE_CHILD, { id: addChild.id, input: childInput })).code).toBe('FORBIDDEN');

    await h.db.dataSource.query('UPDATE children SET birth_date = $1 WHERE id = $2', [yearsAgo(14, -1), addChild.id]);
    expect((await h.errorOf(pupil, CHILD, { id: addChild.id })).code).toBe('FORBIDDEN');
    expect(await h.run(pupil, '{ myChildren { id } }')).toEqual({ myChildren: [] });
  });
});

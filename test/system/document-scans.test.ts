// Issue 12: the МОЦ operator opens a child's scans while checking documents. Only the operator of the child's
// municipality may, each opening with the reason he gave, and every one is in the access journal.
import { randomInt } from 'node:crypto';
import { errorCodes, graphql, signIn } from './gateway.client';

const PNG_BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const SCAN =
  'query ($id: ID!, $reason: String) { document(id: $id, reason: $reason) { id scan { fileName contentType contentBase64 } } }';
const AUDIT = 'query ($recordId: ID) { auditLog(recordId: $recordId) { actorUserId recordId field reason } }';

const yearsAgo = (years: number, daysLater = 0) => {
  const date = new Date();
  date.setUTCFullYear(date.getUTCFullYear() - years);
  date.setUTCDate(date.getUTCDate() + daysLater);
  return date.toISOString().slice(0, 10);
};

interface AuditEntry {
  actorUserId: string;
  recordId: string;
  field: string;
  reason: string | null;
}

describe('scans opened while documents are checked (issue 12)', () => {
  it("refuses another municipality's operator and the regional admin, asks the right operator's reason, journals his read", async () => {
    const owner = await signIn('parent2');
    const child = await graphql<{ addChild: { id: string } }>(
      'mutation ($input: ChildInput!) { addChild(input: $input) { id } }',
      {
        input: {
          lastName: 'Сканова',
          firstName: 'Вера',
          patronymic: 'Олеговна',
          birthDate: yearsAgo(9),
          sex: 'FEMALE',
          address: 'г. Киселевск, ул. Мира, д. 3',
          municipalityCode: '07',
          attendsSchool: true,
        },
      },
      owner,
    );
    expect(child.errors).toBeUndefined();
    const added = await graphql<{ addDocument: { id: string } }>(
      'mutation ($childId: ID!, $input: DocumentInput!) { addDocument(childId: $childId, input: $input) { id } }',
      {
        childId: child.data!.addChild.id,
        input: {
          kind: 'BIRTH_CERTIFICATE',
          series: 'I-ЛО',
          number: String(randomInt(100000, 1000000)),
          issuedOn: yearsAgo(9, 20),
          issuer: 'Отдел ЗАГС г. Киселевска',
          scan: { fileName: 'свидетельство.png', contentBase64: PNG_BASE64 },
        },
      },
      owner,
    );
    expect(added.errors).toBeUndefined();
    const documentId = added.data!.addDocument.id;
    const reason = 'Проверка документов перед активацией';

    // Kemerovo's operator and the regional admin are refused, even with a reason, and read nothing.
    for (const login of ['operator01', 'admin']) {
      const refused = await graphql(SCAN, { id: documentId, reason }, await signIn(login));
      expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
      expect(refused.data ?? null).toBeNull();
    }

    // Kiselevsk's operator without a reason: refused with its code, nothing journaled.
    const operator = await signIn('operator');
    const unexplained = await graphql<{ document: { scan: { contentBase64: string } | null } | null }>(
      SCAN,
      { id: documentId },
      operator,
    );
    expect(errorCodes(unexplained)).toEqual(['ACCESS_REASON_REQUIRED']);
    expect(unexplained.errors![0]!.message).toContain('Укажите причину обращения');
    expect(unexplained.data?.document?.scan ?? null).toBeNull();
    const admin = await signIn('admin');
    const before = await graphql<{ auditLog: AuditEntry[] }>(AUDIT, { recordId: documentId }, admin);
    expect(before.data!.auditLog).toEqual([]);

    // With his reason he sees the file, and the journal has the read with that reason.
    const opened = await graphql<{ document: { scan: { fileName: string; contentType: string; contentBase64: string } } }>(
      SCAN,
      { id: documentId, reason },
      operator,
    );
    expect(opened.errors).toBeUndefined();
    // identity keeps the picture without its metadata, so the file is a PNG but not byte for byte the upload
    expect(opened.data!.document.scan).toEqual({
      fileName: 'свидетельство.png',
      contentType: 'image/png',
      contentBase64: expect.stringMatching(/^iVBORw0KGgo/),
    });
    const me = await graphql<{ me: { id: string } }>('{ me { id } }', {}, operator);
    const journal = await graphql<{ auditLog: AuditEntry[] }>(AUDIT, { recordId: documentId }, admin);
    expect(journal.data!.auditLog).toEqual([{ actorUserId: me.data!.me.id, recordId: documentId, field: 'scan', reason }]);
  });
});

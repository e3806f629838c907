// One real document backs one child across the region: the database index, the duplicates that got in
// before it (kept, marked disputed, listed for the МОЦ) and the refusal a second family gets.
import { UniqueDocumentRegion1763700000011 } from '../src/migrations/1763700000011-unique-document-region';
import { addUser, startIdentity, type IdentityHarness } from './identity.fixture';

const PNG_BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const ADD_CHILD = 'mutation ($input: ChildInput!) { addChild(input: $input) { id } }';
const ADD_DOCUMENT = 'mutation ($childId: ID!, $input: DocumentInput!) { addDocument(childId: $childId, input: $input) { id } }';
const CONFLICTS = '{ documentConflicts { documentId holderChildId claimantChildId series number } }';
const child = {
  lastName: 'Зайцев',
  firstName: 'Марк',
  birthDate: '2017-06-01',
  sex: 'MALE',
  address: 'г. Киселевск, ул. Ленина, д. 3',
  municipalityCode: '07',
  attendsSchool: true,
};
const document = (series: string, number: string) => ({
  kind: 'BIRTH_CERTIFICATE',
  series,
  number,
  issuedOn: '2017-06-20',
  issuer: 'Отдел ЗАГС г. Киселевска',
  scan: { fileName: 'скан.png', contentBase64: PNG_BASE64 },
});

describe('one document, one child, across the region', () => {
  let h: IdentityHarness;
  beforeAll(async () => {
    h = await startIdentity();
  });
  afterAll(() => h?.db.drop());

  async function familyWithChild(login: string) {
    const parent = await addUser(h, login, ['parent'], '07');
    const { addChild } = await h.run<{ addChild: { id: string } }>(parent, ADD_CHILD, { input: child });
    return { parent, childId: addChild.id };
  }

  it('keeps duplicates that got in before the index, marks the later one disputed and lists it for the МОЦ', async () => {
    const first = await familyWithChild('before-1');
    const second = await familyWithChild('before-2');
    const migration = new UniqueDocumentRegion1763700000011();
    const queryRunner = h.db.dataSource.createQueryRunner();
    await migration.down(queryRunner);
    const held = await h.run<{ addDocument: { id: string } }>(first.parent, ADD_DOCUMENT, {
      childId: first.childId,
      input: document('II-ЛО', '111111'),
    });
    // the second family typed the same document in lower case, as it was stored before the rules normalised it
    await h.db.dataSource.query(
      `INSERT INTO identity_documents (child_id, kind, series, number, issued_on, issuer, created_by)
       VALUES ($1, 'birth_certificate', 'ii-ло', '111111', '2017-06-20', 'ЗАГС', $2)`,
      [second.childId, second.parent.userId],
    );
    await migration.up(queryRunner);
    await queryRunner.release();

    const disputed = (await h.db.dataSource.query(
      'SELECT child_id FROM identity_documents WHERE number = $1 AND disputed ORDER BY child_id',
      ['111111'],
    )) as { child_id: string }[];
    expect(disputed).toEqual([{ child_id: second.childId }]);
    const { documentConflicts } = await h.run<{ documentConflicts: unknown[] }>(
      { userId: first.parent.userId, roles: ['operator'], municipalityCode: '07' },
      CONFLICTS,
    );
    expect(documentConflicts).toContainEqual({
      documentId: held.addDocument.id,
      holderChildId: first.childId,
      claimantChildId: second.childId,
      series: 'II-ЛО',
      number: '111111',
    });
  });

  it('refuses the same document for a second child however its series is typed, and the database holds the rule too', async () => {
    const first = await familyWithChild('after-1');
    const second = await familyWithChild('after-2');
    await h.run(first.parent, ADD_DOCUMENT, { childId: first.childId, input: document('IV-ЛО', '222222') });
    const refused = await h.errorOf(second.parent, ADD_DOCUMENT, {
      childId: second.childId,
      input: document('iv — ло', '222 222'),
    });
    expect(refused.code).toBe('DOCUMENT_OF_ANOTHER_CHILD');
    expect(refused.message).toMatch(/обратитесь в МОЦ/);
    // the same child adding it again is still the plain duplicate
    expect(
      (await h.errorOf(first.parent, ADD_DOCUMENT, { childId: first.childId, input: document('IV-ЛО', '222222') })).code,
    ).toBe('DOCUMENT_EXISTS');
    await expect(
      h.db.dataSource.query(
        `INSERT INTO identity_documents (child_id, kind, series, number, issued_on, issuer, created_by)
         VALUES ($1, 'birth_certificate', ' iv-ло', '222222', '2017-06-20', 'ЗАГС', $2)`,
        [second.childId, second.parent.userId],
      ),
    ).rejects.toMatchObject({ driverError: { constraint: 'identity_documents_region_uq' } });
    const conflicts = (await h.db.dataSource.query('SELECT claimed_by FROM document_conflicts WHERE claimant_child_id = $1', [
      second.childId,
    ])) as { claimed_by: string }[];
    expect(conflicts).toEqual([{ claimed_by: second.parent.userId }]);
  });
});

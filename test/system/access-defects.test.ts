// Issue 11's access defects, each reproduced through the gateway: who may read a certificate's money, what a
// confirmation link tells its holder, whether certificate numbers can be probed, and one document per child.
import { randomInt, randomUUID } from 'node:crypto';
import { errorCodes, graphql, signIn } from './gateway.client';
import { addChildWithBirthCertificate, childWithActiveCertificate, eventually, PNG_BASE64 } from './family.fixture';
import { waitForMail } from './mailbox.client';

const PRICE_SPLIT = `query ($id: ID!) { priceSplit(certificateId: $id, monthlyPriceKopecks: 150000, months: 9) {
  certificateId balanceKopecks certificateTotalKopecks } }`;
const CERTIFICATE = 'query ($number: String!) { certificate(number: $number) { id number } }';

describe('access defects of issue 11 through the gateway', () => {
  let certificate: { certificateId: string; number: string };
  beforeAll(async () => {
    certificate = await childWithActiveCertificate(await signIn('parent'), `split-${randomUUID()}@pdo.example.ru`, {
      lastName: 'Кузнецов',
      firstName: 'Тимур',
      patronymic: 'Андреевич',
      sex: 'MALE',
      age: 9,
    });
  });

  it('priceSplit: the parent and staff over the municipality see the balance; anyone else, an API key included, gets what a missing id gets', async () => {
    const staff = await signIn('provider');
    const key = await graphql<{ createApiKey: { key: string } }>(
      'mutation { createApiKey(name: "Проверка доступа к балансу") { key } }',
      {},
      staff,
    );
    for (const login of ['parent', 'operator', 'finance', 'admin']) {
      const token = await signIn(login);
      // billing learns of the certificate through Kafka
      const allowed = await eventually(
        () => graphql<{ priceSplit: { certificateId: string } }>(PRICE_SPLIT, { id: certificate.certificateId }, token),
        (r) => Boolean(r.data?.priceSplit),
      );
      expect([login, allowed.errors]).toEqual([login, undefined]);
      expect(allowed.data!.priceSplit.certificateId).toBe(certificate.certificateId);
    }
    const missing = await graphql(PRICE_SPLIT, { id: randomUUID() }, await signIn('parent2'));
    expect(errorCodes(missing)).toEqual(['NOT_FOUND']);
    for (const token of [
      await signIn('parent2'),
      await signIn('operator01'),
      await signIn('child14'),
      staff,
      `ApiKey ${key.data!.createApiKey.key}`,
    ]) {
      const refused = await graphql(PRICE_SPLIT, { id: certificate.certificateId }, token);
      expect(refused.data).toBeNull();
      expect(refused.errors?.map((e) => [e.message, e.extensions?.code])).toEqual(
        missing.errors?.map((e) => [e.message, e.extensions?.code]),
      );
    }
  });

  it('certificate(number): another family gets the same null for a number that exists as for one that does not', async () => {
    const stranger = await signIn('parent2');
    const existing = await graphql(CERTIFICATE, { number: certificate.number }, stranger);
    const unused = await graphql(CERTIFICATE, { number: '4207999998' }, stranger);
    expect(existing).toEqual({ status: 200, data: { certificate: null } });
    expect(unused).toEqual(existing);
    const own = await graphql<{ certificate: { id: string } }>(
      CERTIFICATE,
      { number: certificate.number },
      await signIn('parent'),
    );
    expect(own.data?.certificate?.id).toBe(certificate.certificateId);
  });

  it('confirmEmail: another signed-in parent cannot use the link; without signing in it confirms and tells nothing about the family', async () => {
    const parent = await signIn('parent');
    const email = `confirm-${randomUUID()}@pdo.example.ru`;
    const { childId } = await addChildWithBirthCertificate(parent, {
      lastName: 'Орлова',
      firstName: 'Вера',
      patronymic: 'Игоревна',
      sex: 'FEMALE',
      age: 7,
    });
    // the new child reaches certificates through Kafka
    const applied = await eventually(
      () =>
        graphql<{ applyForCertificate: { id: string } }>(
          'mutation ($input: ApplyForCertificateInput!) { applyForCertificate(input: $input) { id } }',
          { input: { childId, email } },
          parent,
        ),
      (r) => Boolean(r.data?.applyForCertificate),
    );
    const mail = await waitForMail(email, 'Заявка на сертификат ПДО. Подтверждение электронной почты');
    const token = /[?&]token=([\w-]+)/.exec(mail.text)?.[1];

    const asStranger = await graphql(
      'mutation ($token: String!) { confirmEmail(token: $token) { id } }',
      { token },
      await signIn('parent2'),
    );
    expect(errorCodes(asStranger)).toEqual(['CONFIRMATION_OTHER_ACCOUNT']);
    // the answer type has no e-mail and no child: asking for them is refused before anything runs
    const nosy = await graphql('mutation ($token: String!) { confirmEmail(token: $token) { id email childId } }', { token });
    expect(nosy.errors).toHaveLength(2);
    expect(JSON.stringify(nosy)).not.toContain(email);

    const confirmed = await graphql<{ confirmEmail: Record<string, unknown> }>(
      'mutation ($token: String!) { confirmEmail(token: $token) { __typename id applicationNumber status } }',
      { token },
    );
    expect(confirmed.errors).toBeUndefined();
    expect(confirmed.data!.confirmEmail).toEqual({
      __typename: 'EmailConfirmation',
      id: applied.data!.applyForCertificate.id,
      applicationNumber: expect.any(Number),
      status: 'email_confirmed',
    });
  });

  it('one birth certificate backs one child: a second family is refused and the operator sees both records, audited', async () => {
    const number = String(randomInt(100000, 1000000));
    const document = (series: string) => ({
      kind: 'BIRTH_CERTIFICATE',
      series,
      number,
      issuedOn: '2018-03-01',
      issuer: 'Отдел ЗАГС г. Киселевска',
      scan: { fileName: 'свидетельство.png', contentBase64: PNG_BASE64 },
    });
    const addChild = async (token: string, lastName: string) => {
      const added = await graphql<{ addChild: { id: string; lastName: string } }>(
        'mutation ($input: ChildInput!) { addChild(input: $input) { id lastName } }',
        {
          input: {
            lastName,
            firstName: 'Лев',
            patronymic: null,
            birthDate: '2018-02-11',
            sex: 'MALE',
            address: 'г. Киселевск, ул. Ленина, д. 12, кв. 4',
            municipalityCode: '07',
            attendsSchool: true,
          },
        },
        token,
      );
      expect(added.errors).toBeUndefined();
      return added.data!.addChild;
    };
    const ADD_DOCUMENT =
      'mutation ($childId: ID!, $input: DocumentInput!) { addDocument(childId: $childId, input: $input) { id } }';

    const first = await signIn('parent');
    // the typographic apostrophe is the one apostrophe, not a refusal
    const holder = await addChild(first, 'Д’Артаньян');
    expect(holder.lastName).toBe("Д'Артаньян");
    const held = await graphql<{ addDocument: { id: string } }>(
      ADD_DOCUMENT,
      { childId: holder.id, input: document('III-ЛО') },
      first,
    );
    expect(held.errors).toBeUndefined();

    const second = await signIn('parent2');
    const claimant = await addChild(second, 'Соколов');
    // the same document, typed differently
    const refused = await graphql(ADD_DOCUMENT, { childId: claimant.id, input: document(' iii – ло ') }, second);
    expect(errorCodes(refused)).toEqual(['DOCUMENT_OF_ANOTHER_CHILD']);
    expect(refused.errors?.[0]?.message).toMatch(/обратитесь в МОЦ/);
    const { data: mine } = await graphql<{ child: { documents: unknown[] } }>(
      'query ($id: ID!) { child(id: $id) { documents { id } } }',
      { id: claimant.id },
      second,
    );
    expect(mine?.child.documents).toEqual([]);

    const conflicts = await graphql<{ documentConflicts: Record<string, unknown>[] }>(
      'query { documentConflicts(reason: "Проверка дубля документа") { documentId holderChildId claimantChildId series number } }',
      {},
      await signIn('operator'),
    );
    expect(conflicts.errors).toBeUndefined();
    expect(conflicts.data!.documentConflicts).toContainEqual({
      documentId: held.data!.addDocument.id,
      holderChildId: holder.id,
      claimantChildId: claimant.id,
      series: 'III-ЛО',
      number,
    });
    const elsewhere = await graphql<{ documentConflicts: { documentId: string }[] }>(
      'query { documentConflicts { documentId } }',
      {},
      await signIn('operator01'),
    );
    expect(elsewhere.data!.documentConflicts.map((c) => c.documentId)).not.toContain(held.data!.addDocument.id);
    expect(errorCodes(await graphql('query { documentConflicts { id } }', {}, second))).toEqual(['FORBIDDEN']);

    const audit = await graphql<{ auditLog: { field: string; reason: string | null }[] }>(
      'query ($id: ID!) { auditLog(recordId: $id) { field reason } }',
      { id: held.data!.addDocument.id },
      await signIn('admin'),
    );
    expect(audit.data!.auditLog).toContainEqual({ field: 'number', reason: 'Проверка дубля документа' });
  });

  it('an application takes a .рф address typed in punycode and keeps it readable', async () => {
    const parent = await signIn('parent');
    const { childId } = await addChildWithBirthCertificate(parent, {
      lastName: 'Белова',
      firstName: 'Ника',
      patronymic: 'Олеговна',
      sex: 'FEMALE',
      age: 6,
    });
    const local = `belova${randomInt(1000, 10000)}`;
    const applied = await eventually(
      () =>
        graphql<{ applyForCertificate: { email: string } }>(
          'mutation ($input: ApplyForCertificateInput!) { applyForCertificate(input: $input) { email } }',
          { input: { childId, email: `${local}@XN--80A1ACNY.XN--P1AI` } },
          parent,
        ),
      (r) => Boolean(r.data?.applyForCertificate),
    );
    expect(applied.errors).toBeUndefined();
    expect(applied.data!.applyForCertificate.email).toBe(`${local}@почта.рф`);
  });
});

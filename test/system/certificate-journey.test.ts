// Journey 1 of DOMAIN.md through the gateway, as the web client calls it: the seed's steps 8–14.
import { randomBytes } from 'node:crypto';
import { requiredTestEnv } from '@pdo/service-kit/testing';
import { pdfText } from '@pdo/pdf/testing';
import { addChildWithBirthCertificate, eventually } from './family.fixture';
import { errorCodes, graphql, signIn } from './gateway.client';
import { waitForMail } from './mailbox.client';

type Child = {
  id: string;
  lastName: string;
  firstName: string;
  patronymic: string | null;
  documents: { id: string; kind: string }[];
};
type Certificate = { id: string; number: string; status: string; statusLabel: string };

const APPLICATION_FORM = 'query ($id: ID!) { child(id: $id) { applicationForm { url fileName expiresAt } } }';

describe('getting a certificate (journey 1)', () => {
  it('applies, confirms the e-mail, issues, and an operator activates', async () => {
    const parent = await signIn('parent');
    // A child of its own, so that other tests' certificates for the demo children do not matter.
    const child = { lastName: 'Иванова', firstName: 'Вера', patronymic: 'Сергеевна', sex: 'FEMALE' as const, age: 8 };
    const { childId, documentId } = await addChildWithBirthCertificate(parent, child);

    const email = `roditel-${randomBytes(4).toString('hex')}@example.ru`;
    // Identity's child reaches certificates through Kafka; until then the application is refused.
    const applied = await eventually(
      () =>
        graphql<{ applyForCertificate: { id: string; status: string } }>(
          'mutation ($input: ApplyForCertificateInput!) { applyForCertificate(input: $input) { id status } }',
          { input: { childId, email } },
          parent,
        ),
      (r) => Boolean(r.data?.applyForCertificate),
    );
    expect(applied.errors).toBeUndefined();

    // Step 10: the e-mail with the seed's exact subject and sentence, and the link.
    const mail = await waitForMail(email, 'Заявка на сертификат ПДО. Подтверждение электронной почты');
    expect(mail.text).toContain('Для подтверждения адреса электронной почты перейдите по ссылке');
    const token = /[?&]token=([\w-]+)/.exec(mail.text)?.[1];
    expect(token).toBeDefined();

    // Step 11: the link confirms the application, once.
    const confirm = 'mutation ($token: String!) { confirmEmail(token: $token) { id status } }';
    const confirmed = await graphql<{ confirmEmail: { status: string } }>(confirm, { token });
    expect(confirmed.errors).toBeUndefined();
    expect(errorCodes(await graphql(confirm, { token }))).toEqual(['CONFIRMATION_INVALID']);

    // Steps 12–13: group and document chosen, the certificate exists, «Не активирован».
    const groups = await graphql<{ municipality: { certificateGroups: { id: string; name: string }[] } }>(
      '{ municipality(code: "07") { certificateGroups { id name } } }',
    );
    const group = groups.data!.municipality.certificateGroups.find((g) => g.name === 'Дети в возрасте от 5 до 18 лет')!;
    // The document reaches certificates through Kafka: until then it is not known to be the child's.
    const issued = await eventually(
      () =>
        graphql<{ issueCertificate: Certificate }>(
          'mutation ($input: IssueCertificateInput!) { issueCertificate(input: $input) { id number status statusLabel } }',
          { input: { applicationId: applied.data!.applyForCertificate.id, groupId: group.id, documentId } },
          parent,
        ),
      (r) => Boolean(r.data?.issueCertificate),
    );
    expect(issued.errors).toBeUndefined();
    const certificate = issued.data!.issueCertificate;
    expect(certificate.number).toMatch(/^4207\d{6}$/);
    expect(certificate.statusLabel).toBe('Не активирован');

    // Step 13: «Скачать заявление» — a short-lived link on the gateway to the filled form with the consent.
    const form = await graphql<{ child: { applicationForm: { url: string; fileName: string } } }>(
      APPLICATION_FORM,
      { id: childId },
      parent,
    );
    expect(form.errors).toBeUndefined();
    const download = await fetch(new URL(form.data!.child.applicationForm.url, requiredTestEnv('GATEWAY_URL')));
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    const text = await pdfText(Buffer.from(await download.arrayBuffer()));
    expect(text).toContain(`${child.lastName} ${child.firstName} ${child.patronymic}`);
    expect(text).toContain(`под реестровой записью № ${certificate.number}`);
    expect(text).toContain('статьи 9 Федерального закона от 27.07.2006 г. № 152-ФЗ «О персональных данных»');
    // the link is the owner's: a provider asking for it is refused
    expect(errorCodes(await graphql(APPLICATION_FORM, { id: childId }, await signIn('provider')))).toContain('FORBIDDEN');

    // Step 13: «Скачать учреждения» — public, so no sign-in: the municipality's МОЦ and activating institutions.
    const list = await graphql<{ municipality: { institutionsList: { url: string; fileName: string } } }>(
      '{ municipality(code: "07") { institutionsList { url fileName } } }',
    );
    expect(list.errors).toBeUndefined();
    expect(list.data!.municipality.institutionsList.fileName).toBe('Учреждения — г. Киселевск.pdf');
    const listDownload = await fetch(new URL(list.data!.municipality.institutionsList.url, requiredTestEnv('GATEWAY_URL')));
    expect(listDownload.status).toBe(200);
    const listText = await pdfText(Buffer.from(await listDownload.arrayBuffer()));
    expect(listText).toContain('Муниципалитет: г. Киселевск');
    expect(listText).toContain('МБУ ДО «Детско-юношеская спортивная школа»');
    expect(listText).toContain('МОЦ Киселевского городского округа');

    // Step 14: an operator of another municipality may not activate; the right one does, once.
    const activate = 'mutation ($input: ActivateCertificateInput!) { activateCertificate(input: $input) { status statusLabel } }';
    const input = {
      certificateId: certificate.id,
      checkedDocuments: ['applicant_passport', 'child_document', 'application_form', 'residence_proof'],
    };
    const operator = await signIn('operator');
    const activated = await graphql<{ activateCertificate: Certificate }>(activate, { input }, operator);
    expect(activated.errors).toBeUndefined();
    expect(activated.data!.activateCertificate.statusLabel).toBe('Активирован');
    expect(errorCodes(await graphql(activate, { input }, operator))).toEqual(['CERTIFICATE_ALREADY_ACTIVE']);

    // The parent sees «Активирован» on the certificate card.
    const card = await graphql<{ certificate: Certificate }>(
      'query ($number: String!) { certificate(number: $number) { statusLabel } }',
      { number: certificate.number },
      parent,
    );
    expect(card.data!.certificate.statusLabel).toBe('Активирован');
  });

  it('refuses another parent and a guest', async () => {
    const children = await graphql<{ myChildren: Child[] }>('{ myChildren { id } }', {}, await signIn('parent'));
    const childId = children.data!.myChildren[0]!.id;
    const apply = 'mutation ($input: ApplyForCertificateInput!) { applyForCertificate(input: $input) { id } }';
    expect(errorCodes(await graphql(apply, { input: { childId, email: 'x@example.ru' } }))).toEqual(['UNAUTHENTICATED']);
    const provider = await signIn('provider');
    expect(errorCodes(await graphql(apply, { input: { childId, email: 'x@example.ru' } }, provider))).toEqual(['FORBIDDEN']);
  });
});

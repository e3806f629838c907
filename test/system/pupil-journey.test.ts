// Journey 1 as a pupil of 14+ walks it (DOMAIN: "may apply for own certificate with a passport"): the МОЦ gives
// him his own login, he adds his passport, applies, confirms the e-mail sent to him, gets the certificate,
// and the form names him as the applicant. The edges: too young, twice, another municipality, a taken login.
import { randomBytes } from 'node:crypto';
import { requiredTestEnv } from '@pdo/service-kit/testing';
import { pdfText } from '@pdo/pdf/testing';
import { addChildWithBirthCertificate, defaultGroupId, eventually, KISELEVSK, passportInput } from './family.fixture';
import { errorCodes, graphql, signIn } from './gateway.client';
import { waitForMail } from './mailbox.client';

const suffix = randomBytes(3).toString('hex');
const ISSUE_LOGIN = `mutation ($input: IssuePupilLoginInput!) {
  issuePupilLogin(input: $input) { temporaryPassword user { id displayName roles } } }`;
const issueLogin = (childId: string, login: string, token: string) =>
  graphql<{ issuePupilLogin: { temporaryPassword: string; user: { id: string; displayName: string; roles: string[] } } }>(
    ISSUE_LOGIN,
    { input: { childId, login } },
    token,
  );

describe('a pupil of 14+ gets his own certificate', () => {
  it('from the login the МОЦ issues to the form that names him as the applicant', async () => {
    const parent = await signIn('parent2');
    const operator = await signIn(KISELEVSK.operator);
    const pupil = { lastName: 'Соколов', firstName: 'Денис', patronymic: 'Андреевич', sex: 'MALE' as const, age: 15 };
    const { childId, documentId: birthCertificateId } = await addChildWithBirthCertificate(parent, pupil);
    const younger = await addChildWithBirthCertificate(parent, { ...pupil, firstName: 'Илья', age: 13 });
    const login = `pupil-${suffix}`;

    // who may issue it, to whom, and how often
    expect(errorCodes(await issueLogin(younger.childId, `young-${suffix}`, operator))).toEqual(['PUPIL_TOO_YOUNG']);
    expect(errorCodes(await issueLogin(childId, login, parent))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await issueLogin(childId, login, await signIn('operator01')))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await issueLogin(childId, 'Не латиница', operator))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await issueLogin(childId, 'operator', operator))).toEqual(['LOGIN_TAKEN']);
    expect(errorCodes(await issueLogin('not-an-id', login, operator))).toEqual(['BAD_USER_INPUT']);
    const issued = await issueLogin(childId, login, operator);
    expect(issued.errors).toBeUndefined();
    expect(issued.data!.issuePupilLogin.user).toMatchObject({ displayName: 'Соколов Денис Андреевич', roles: ['child'] });
    expect(errorCodes(await issueLogin(childId, `again-${suffix}`, operator))).toEqual(['PUPIL_LOGIN_EXISTS']);
    // the operator sees that the pupil has a login, and which
    const card = await graphql<{ child: { ownLogin: string | null } }>(
      'query ($id: ID!) { child(id: $id, reason: "Выдача входа обучающемуся") { ownLogin } }',
      { id: childId },
      operator,
    );
    expect(card.data!.child.ownLogin).toBe(login);

    // the pupil signs in with the temporary password and replaces it
    const temporary = await signIn(login, issued.data!.issuePupilLogin.temporaryPassword);
    const changed = await graphql<{ changePassword: { accessToken: string } }>(
      'mutation ($input: ChangePasswordInput!) { changePassword(input: $input) { accessToken } }',
      { input: { currentPassword: issued.data!.issuePupilLogin.temporaryPassword, newPassword: `Ученик-${suffix}-пароль` } },
      temporary,
    );
    expect(changed.errors).toBeUndefined();
    const own = changed.data!.changePassword.accessToken;
    const mine = await graphql<{ myChildren: { id: string }[] }>('{ myChildren { id } }', {}, own);
    expect(mine.data!.myChildren.map((c) => c.id)).toEqual([childId]);

    // he adds his passport himself
    const birthYear = new Date().getUTCFullYear() - pupil.age - (new Date().getUTCMonth() < 2 ? 1 : 0);
    const passport = await graphql<{ addDocument: { id: string } }>(
      'mutation ($childId: ID!, $input: DocumentInput!) { addDocument(childId: $childId, input: $input) { id } }',
      { childId, input: passportInput(`${birthYear + 14}-03-01`) },
      own,
    );
    expect(passport.errors).toBeUndefined();

    // he applies, the letter comes to his own address
    const email = `uchenik-${suffix}@example.ru`;
    const applied = await eventually(
      () =>
        graphql<{ applyForCertificate: { id: string } }>(
          'mutation ($input: ApplyForCertificateInput!) { applyForCertificate(input: $input) { id } }',
          { input: { childId, email } },
          own,
        ),
      (r) => Boolean(r.data?.applyForCertificate),
    );
    expect(applied.errors).toBeUndefined();
    // a pupil may not apply for his younger brother
    expect(
      errorCodes(
        await graphql(
          'mutation ($input: ApplyForCertificateInput!) { applyForCertificate(input: $input) { id } }',
          { input: { childId: younger.childId, email } },
          own,
        ),
      ),
    ).toEqual(['FORBIDDEN']);
    const mail = await waitForMail(email, 'Заявка на сертификат ПДО. Подтверждение электронной почты');
    const token = /[?&]token=([\w-]+)/.exec(mail.text)?.[1];
    expect(
      (await graphql('mutation ($token: String!) { confirmEmail(token: $token) { id } }', { token }, own)).errors,
    ).toBeUndefined();

    // with his birth certificate he is sent back for the passport; with the passport he gets the certificate
    const groupId = await defaultGroupId();
    const issue = (documentId: string) =>
      graphql<{ issueCertificate: { id: string; number: string; applicantKind: string; applicant: { displayName: string } } }>(
        `
          mutation ($input: IssueCertificateInput!) {
            issueCertificate(input: $input) {
              id
              number
              applicantKind
              applicant {
                displayName
              }
            }
          }
        `,
        { input: { applicationId: applied.data!.applyForCertificate.id, groupId, documentId } },
        own,
      );
    expect(errorCodes(await issue(birthCertificateId))).toEqual(['PASSPORT_REQUIRED']);
    const certificate = await eventually(
      () => issue(passport.data!.addDocument.id),
      (r) => Boolean(r.data?.issueCertificate),
    );
    expect(certificate.errors).toBeUndefined();
    expect(certificate.data!.issueCertificate).toMatchObject({
      applicantKind: 'pupil',
      applicant: { displayName: 'Соколов Денис Андреевич' },
    });

    // the form: he is the applicant and consents for himself
    const form = await graphql<{ child: { applicationForm: { url: string } } }>(
      'query ($id: ID!) { child(id: $id) { applicationForm { url } } }',
      { id: childId },
      own,
    );
    expect(form.errors).toBeUndefined();
    const download = await fetch(new URL(form.data!.child.applicationForm.url, requiredTestEnv('GATEWAY_URL')));
    expect(download.status).toBe(200);
    const text = await pdfText(Buffer.from(await download.arrayBuffer()));
    expect(text).toContain('Прошу зарегистрировать меня, достигшего возраста 14 лет, в реестре');
    expect(text).toContain('Я, Соколов Денис Андреевич, паспорт');
    expect(text).toContain(`под реестровой записью № ${certificate.data!.issueCertificate.number}`);
  });

  it('names the parent as the applicant on the form a parent applied for', async () => {
    const parent = await signIn('parent');
    const child = { lastName: 'Иванова', firstName: 'Нина', patronymic: 'Сергеевна', sex: 'FEMALE' as const, age: 9 };
    const { childId, documentId } = await addChildWithBirthCertificate(parent, child);
    const email = `roditel-${suffix}@example.ru`;
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
    expect(
      (await graphql('mutation ($token: String!) { confirmEmail(token: $token) { id } }', { token })).errors,
    ).toBeUndefined();
    const groupId = await defaultGroupId();
    const issued = await eventually(
      () =>
        graphql<{ issueCertificate: { applicantKind: string } }>(
          'mutation ($input: IssueCertificateInput!) { issueCertificate(input: $input) { applicantKind } }',
          { input: { applicationId: applied.data!.applyForCertificate.id, groupId, documentId } },
          parent,
        ),
      (r) => Boolean(r.data?.issueCertificate),
    );
    expect(issued.data!.issueCertificate.applicantKind).toBe('parent');
    const form = await graphql<{ child: { applicationForm: { url: string } } }>(
      'query ($id: ID!) { child(id: $id) { applicationForm { url } } }',
      { id: childId },
      parent,
    );
    const download = await fetch(new URL(form.data!.child.applicationForm.url, requiredTestEnv('GATEWAY_URL')));
    const text = await pdfText(Buffer.from(await download.arrayBuffer()));
    expect(text).toContain('Я, Иванова Мария Петровна, паспорт');
    expect(text).toContain('родителем (законным представителем) которого я являюсь');
  });
});

import { randomUUID } from 'node:crypto';
import {
  ACTIVATE,
  addDocument,
  APPLY,
  CONFIRM,
  ENTER,
  groupOf,
  ISSUE,
  operator,
  outbox,
  parent,
  registerChild,
  RESEND,
  startHarness,
  tokenFrom,
  withdrawConsent,
  bornYearsAgo,
  type Harness,
} from './certificates.fixture';

const allDocuments = ['applicant_passport', 'child_document', 'application_form'];

describe('getting a certificate (Journey 1)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.db.drop();
  });

  async function confirmedApplication(viewer = parent(), childData: Parameters<typeof registerChild>[1] | null = null) {
    const child = await registerChild(h.db, childData ?? { parentIds: [viewer.userId as string] });
    const applied = await h.run<{ applyForCertificate: { id: string } }>(viewer, APPLY, {
      input: { childId: child.childId, email: 'Mama@Example.ru ' },
    });
    expect(applied.errors).toBeUndefined();
    const applicationId = applied.data?.applyForCertificate.id as string;
    const [submitted] = (await outbox(h.db, 'certificates.CertificateApplicationSubmitted')).filter(
      (e) => e.aggregateId === applicationId,
    );
    const confirmed = await h.run(viewer, CONFIRM, { token: tokenFrom(submitted?.data.confirmationUrl) });
    expect(confirmed.errors).toBeUndefined();
    return { child, applicationId, viewer };
  }

  it('applies, confirms the e-mail from the link, issues, and the operator of 07 activates', async () => {
    const mother = parent();
    const child = await registerChild(h.db, { parentIds: [mother.userId as string] });
    const applied = await h.run<{ applyForCertificate: { id: string; applicationNumber: number; status: string } }>(
      mother,
      APPLY,
      {
        input: { childId: child.childId, email: 'mama@example.ru' },
      },
    );
    expect(applied.errors).toBeUndefined();
    const application = applied.data!.applyForCertificate;
    expect(application.status).toBe('email_pending');
    expect(application.applicationNumber).toBeGreaterThan(0);

    const [submitted] = (await outbox(h.db, 'certificates.CertificateApplicationSubmitted')).filter(
      (e) => e.aggregateId === application.id,
    );
    expect(submitted?.data).toMatchObject({ applicationId: application.id, childId: child.childId, email: 'mama@example.ru' });
    const url = new URL(String(submitted?.data.confirmationUrl));
    expect(`${url.origin}${url.pathname}`).toBe('http://localhost:8080/confirm-email');
    const token = tokenFrom(url.toString());
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    const [stored] = (await h.db.dataSource.query('SELECT token_hash FROM confirmation_letters WHERE application_id = $1', [
      application.id,
    ])) as [{ token_hash: string }];
    expect(stored.token_hash).not.toContain(token);

    const confirmed = await h.run<{ confirmEmail: { status: string } }>({}, CONFIRM, { token });
    expect(confirmed.errors).toBeUndefined();
    expect(confirmed.data?.confirmEmail.status).toBe('email_confirmed');

    const issued = await h.run<{ issueCertificate: Record<string, unknown> }>(mother, ISSUE, {
      input: { applicationId: application.id, groupId: await groupOf(h.db, '07'), documentId: child.documentId },
    });
    expect(issued.errors).toBeUndefined();
    const certificate = issued.data!.issueCertificate;
    expect(certificate.number).toMatch(/^4207\d{6}$/);
    expect(certificate).toMatchObject({
      status: 'inactive',
      statusLabel: 'Не активирован',
      groupName: 'Дети в возрасте от 5 до 18 лет',
      applicationNumber: application.applicationNumber,
      municipality: { code: '07', name: 'г. Киселевск' },
    });
    expect(Date.now() - Date.parse(String(certificate.createdAt))).toBeLessThan(60_000);
    expect((await outbox(h.db, 'certificates.CertificateIssued')).map((e) => e.data)).toContainEqual(
      expect.objectContaining({
        certificateId: certificate.id,
        number: certificate.number,
        childId: child.childId,
        municipalityCode: '07',
      }),
    );

    const byNumber = await h.run<{ certificate: { id: string } }>(
      mother,
      `query ($n: String!) { certificate(number: $n) { id } }`,
      { n: certificate.number },
    );
    expect(byNumber.data?.certificate.id).toBe(certificate.id);
    const stranger = await h.run(parent(), `query ($n: String!) { certificate(number: $n) { id } }`, { n: certificate.number });
    // numbers are sequential: another family's number answers like one never issued
    expect(stranger).toEqual(
      await h.run(parent(), `query ($n: String!) { certificate(number: $n) { id } }`, { n: '4207999997' }),
    );
    expect(stranger.errors).toBeUndefined();
    expect(stranger.data?.certificate).toBeNull();

    const activated = await h.run<{ activateCertificate: { status: string; statusLabel: string; checkedDocuments: string[] } }>(
      operator('07'),
      ACTIVATE,
      {
        input: { certificateId: certificate.id, checkedDocuments: allDocuments },
      },
    );
    expect(activated.errors).toBeUndefined();
    expect(activated.data?.activateCertificate).toMatchObject({
      status: 'active',
      statusLabel: 'Активирован',
      checkedDocuments: allDocuments,
    });
    expect((await outbox(h.db, 'certificates.CertificateStatusChanged')).map((e) => e.data)).toContainEqual(
      expect.objectContaining({ certificateId: certificate.id, number: certificate.number, status: 'active' }),
    );
  });

  it('refuses a link used twice, an unknown one and an expired one', async () => {
    const mother = parent();
    const child = await registerChild(h.db, { parentIds: [mother.userId as string] });
    const applied = await h.run<{ applyForCertificate: { id: string } }>(mother, APPLY, {
      input: { childId: child.childId, email: 'a@b.ru' },
    });
    const id = applied.data!.applyForCertificate.id;
    const [event] = (await outbox(h.db, 'certificates.CertificateApplicationSubmitted')).filter((e) => e.aggregateId === id);
    const token = tokenFrom(event?.data.confirmationUrl);

    await h.db.dataSource.query(
      `UPDATE confirmation_letters SET expires_at = now() - interval '1 second' WHERE application_id = $1`,
      [id],
    );
    expect((await h.run({}, CONFIRM, { token })).errors?.[0]?.code).toBe('CONFIRMATION_EXPIRED');
    await h.db.dataSource.query(
      `UPDATE confirmation_letters SET expires_at = now() + interval '72 hours' WHERE application_id = $1`,
      [id],
    );

    expect((await h.run({}, CONFIRM, { token })).errors).toBeUndefined();
    expect((await h.run({}, CONFIRM, { token })).errors?.[0]?.code).toBe('CONFIRMATION_INVALID');
    expect((await h.run({}, CONFIRM, { token: 'x'.repeat(43) })).errors?.[0]?.code).toBe('CONFIRMATION_INVALID');
    expect((await h.run({}, CONFIRM, { token: 'not a token' })).errors?.[0]?.code).toBe('CONFIRMATION_INVALID');
  });

  it('resends at most once a minute, and the new letter invalidates the old link', async () => {
    const mother = parent();
    const child = await registerChild(h.db, { parentIds: [mother.userId as string] });
    const id = (
      await h.run<{ applyForCertificate: { id: string } }>(mother, APPLY, { input: { childId: child.childId, email: 'a@b.ru' } })
    ).data!.applyForCertificate.id;
    expect((await h.run(mother, RESEND, { id })).errors?.[0]?.code).toBe('TOO_MANY_REQUESTS');
    await h.db.dataSource.query(
      `UPDATE confirmation_letters SET sent_at = sent_at - interval '61 seconds' WHERE application_id = $1`,
      [id],
    );
    expect((await h.run(mother, RESEND, { id })).errors).toBeUndefined();
    expect((await h.run(parent(), RESEND, { id })).errors?.[0]?.code).toBe('NOT_FOUND');

    const [first, second] = (await outbox(h.db, 'certificates.CertificateApplicationSubmitted')).filter(
      (e) => e.aggregateId === id,
    );
    expect((await h.run({}, CONFIRM, { token: tokenFrom(first?.data.confirmationUrl) })).errors?.[0]?.code).toBe(
      'CONFIRMATION_INVALID',
    );
    expect((await h.run({}, CONFIRM, { token: tokenFrom(second?.data.confirmationUrl) })).errors).toBeUndefined();
  });

  it('lets only a parent of the child apply, and validates the e-mail', async () => {
    const child = await registerChild(h.db, { parentIds: [randomUUID()] });
    expect((await h.run(parent(), APPLY, { input: { childId: child.childId, email: 'a@b.ru' } })).errors?.[0]?.code).toBe(
      'FORBIDDEN',
    );
    const mother = parent(child.parentIds[0]);
    expect((await h.run(mother, APPLY, { input: { childId: child.childId, email: 'not-an-email' } })).errors?.[0]?.code).toBe(
      'BAD_USER_INPUT',
    );
    expect((await h.run(mother, APPLY, { input: { childId: randomUUID(), email: 'a@b.ru' } })).errors?.[0]?.code).toBe(
      'NOT_FOUND',
    );
  });

  it('refuses a child too young or on the day of the 18th birthday, and a group of another municipality', async () => {
    for (const birthDate of [bornYearsAgo(18), bornYearsAgo(5, -1)]) {
      const mother = parent();
      const { applicationId, child } = await confirmedApplication(mother, { parentIds: [mother.userId as string], birthDate });
      const issued = await h.run(mother, ISSUE, {
        input: { applicationId, groupId: await groupOf(h.db, '07'), documentId: child.documentId },
      });
      expect(issued.errors?.[0]?.code).toBe('AGE_OUT_OF_RANGE');
    }
    const mother = parent();
    const { applicationId, child } = await confirmedApplication(mother, {
      parentIds: [mother.userId as string],
      birthDate: bornYearsAgo(18, -1),
    });
    const otherGroup = await h.run(mother, ISSUE, {
      input: { applicationId, groupId: await groupOf(h.db, '01'), documentId: child.documentId },
    });
    expect(otherGroup.errors?.[0]?.code).toBe('GROUP_NOT_AVAILABLE');
    const lastDay = await h.run(mother, ISSUE, {
      input: { applicationId, groupId: await groupOf(h.db, '07'), documentId: child.documentId },
    });
    expect(lastDay.errors).toBeUndefined();
  });

  it("refuses a document of another child, of another parent's child, or unknown, and issues with the child's own", async () => {
    const mother = parent();
    const { applicationId, child } = await confirmedApplication(mother);
    const sibling = await registerChild(h.db, { parentIds: [mother.userId as string] });
    const stranger = await registerChild(h.db, { parentIds: [randomUUID()] });
    const group = await groupOf(h.db, '07');
    const issue = (documentId: string) => h.run(mother, ISSUE, { input: { applicationId, groupId: group, documentId } });
    for (const documentId of [sibling.documentId, stranger.documentId, randomUUID()]) {
      const refused = await issue(documentId);
      expect(refused.errors?.[0]?.code).toBe('DOCUMENT_NOT_OF_CHILD');
      expect(refused.errors?.[0]?.message).toMatch(/не принадлежит ребёнку/);
    }
    const [{ count }] = (await h.db.dataSource.query('SELECT count(*)::int AS count FROM certificates WHERE child_id = $1', [
      child.childId,
    ])) as [{ count: number }];
    expect(count).toBe(0);
    const passport = await addDocument(h.db, child.childId, 'passport');
    expect((await issue(passport)).errors).toBeUndefined();
  });

  it('refuses an unconfirmed application and a document id that is not a uuid', async () => {
    const mother = parent();
    const child = await registerChild(h.db, { parentIds: [mother.userId as string] });
    const id = (
      await h.run<{ applyForCertificate: { id: string } }>(mother, APPLY, { input: { childId: child.childId, email: 'a@b.ru' } })
    ).data!.applyForCertificate.id;
    const group = await groupOf(h.db, '07');
    expect(
      (await h.run(mother, ISSUE, { input: { applicationId: id, groupId: group, documentId: child.documentId } })).errors?.[0]
        ?.code,
    ).toBe('EMAIL_NOT_CONFIRMED');
    expect(
      (await h.run(mother, ISSUE, { input: { applicationId: id, groupId: group, documentId: 'III-ПО 537155' } })).errors?.[0]
        ?.code,
    ).toBe('BAD_USER_INPUT');
  });

  it('lets an operator enter an application in person, confirmed at once, only in their municipality', async () => {
    const father = parent();
    const child = await registerChild(h.db, { parentIds: [father.userId as string] });
    const input = { childId: child.childId, parentUserId: father.userId };
    expect((await h.run(operator('01'), ENTER, { input })).errors?.[0]?.code).toBe('FORBIDDEN');
    expect((await h.run(operator('07'), ENTER, { input: { ...input, parentUserId: randomUUID() } })).errors?.[0]?.code).toBe(
      'PARENT_NOT_OF_CHILD',
    );
    const entered = await h.run<{ enterApplication: { id: string; status: string } }>(operator('07'), ENTER, { input });
    expect(entered.data?.enterApplication.status).toBe('email_confirmed');
    const issued = await h.run(father, ISSUE, {
      input: {
        applicationId: entered.data!.enterApplication.id,
        groupId: await groupOf(h.db, '07'),
        documentId: child.documentId,
      },
    });
    expect(issued.errors).toBeUndefined();
    const mine = await h.run<{ myApplications: { status: string }[] }>(father, `{ myApplications { status } }`);
    expect(mine.data?.myApplications).toEqual([{ status: 'certificate_issued' }]);
  });

  describe('activation', () => {
    async function issued(childData: Partial<Parameters<typeof registerChild>[1]> = {}) {
      const mother = parent();
      const { applicationId, child } = await confirmedApplication(mother, { parentIds: [mother.userId as string], ...childData });
      const result = await h.run<{ issueCertificate: { id: string; number: string } }>(mother, ISSUE, {
        input: { applicationId, groupId: await groupOf(h.db, '07'), documentId: child.documentId },
      });
      return result.data!.issueCertificate;
    }

    it("refuses another municipality's operator and leaves the certificate inactive", async () => {
      const certificate = await issued();
      const refused = await h.run(operator('01'), ACTIVATE, {
        input: { certificateId: certificate.id, checkedDocuments: allDocuments },
      });
      expect(refused.errors?.[0]?.code).toBe('FORBIDDEN');
      const [row] = (await h.db.dataSource.query('SELECT status FROM certificates WHERE id = $1', [certificate.id])) as [
        { status: string },
      ];
      expect(row.status).toBe('inactive');
      const found = await h.run<{ findCertificates: unknown[] }>(
        operator('01'),
        `query ($q: FindCertificatesQuery!) { findCertificates(query: $q) { id } }`,
        { q: { number: certificate.number } },
      );
      expect(found.data?.findCertificates).toEqual([]);
      const own = await h.run<{ findCertificates: { id: string }[] }>(
        operator('07'),
        `query ($q: FindCertificatesQuery!) { findCertificates(query: $q) { id } }`,
        { q: { number: certificate.number } },
      );
      expect(own.data?.findCertificates).toEqual([{ id: certificate.id }]);
    });

    it('refuses activating twice', async () => {
      const certificate = await issued();
      const input = { certificateId: certificate.id, checkedDocuments: allDocuments };
      expect((await h.run(operator('07'), ACTIVATE, { input })).errors).toBeUndefined();
      expect((await h.run(operator('07'), ACTIVATE, { input })).errors?.[0]?.code).toBe('CERTIFICATE_ALREADY_ACTIVE');
    });

    it('needs proof of residence only for a child outside school and kindergarten', async () => {
      const pupil = await issued({ attendsSchool: true });
      const homeChild = await issued({ attendsSchool: false });
      const missing = await h.run(operator('07'), ACTIVATE, {
        input: { certificateId: homeChild.id, checkedDocuments: allDocuments },
      });
      expect(missing.errors?.[0]?.code).toBe('DOCUMENTS_MISSING');
      expect(
        (
          await h.run(operator('07'), ACTIVATE, {
            input: { certificateId: homeChild.id, checkedDocuments: [...allDocuments, 'residence_proof'] },
          })
        ).errors,
      ).toBeUndefined();
      expect(
        (await h.run(operator('07'), ACTIVATE, { input: { certificateId: pupil.id, checkedDocuments: allDocuments.slice(1) } }))
          .errors?.[0]?.code,
      ).toBe('DOCUMENTS_MISSING');
      expect(
        (await h.run(operator('07'), ACTIVATE, { input: { certificateId: pupil.id, checkedDocuments: ['passport'] } }))
          .errors?.[0]?.code,
      ).toBe('BAD_USER_INPUT');
    });

    it('suspends, resumes and terminates, each with an event; terminated is final', async () => {
      const certificate = await issued();
      const op = operator('07');
      const change = (name: string, input: Record<string, unknown>) =>
        h.run<Record<string, { status: string }>>(
          op,
          `mutation ($input: ChangeCertificateStatusInput!) { ${name}(input: $input) { status } }`,
          { input },
        );
      await h.run(op, ACTIVATE, { input: { certificateId: certificate.id, checkedDocuments: allDocuments } });
      expect((await change('suspendCertificate', { certificateId: certificate.id })).data?.suspendCertificate?.status).toBe(
        'suspended',
      );
      expect((await change('resumeCertificate', { certificateId: certificate.id })).data?.resumeCertificate?.status).toBe(
        'active',
      );
      expect((await change('terminateCertificate', { certificateId: certificate.id })).errors?.[0]?.code).toBe('BAD_USER_INPUT');
      expect(
        (await change('terminateCertificate', { certificateId: certificate.id, reason: 'Переезд' })).data?.terminateCertificate
          ?.status,
      ).toBe('terminated');
      expect((await change('resumeCertificate', { certificateId: certificate.id })).errors?.[0]?.code).toBe(
        'CERTIFICATE_TERMINATED',
      );
      const changes = (await outbox(h.db, 'certificates.CertificateStatusChanged')).filter(
        (e) => e.aggregateId === certificate.id,
      );
      expect(changes.map((e) => e.data.status)).toEqual(['active', 'suspended', 'active', 'terminated']);
      // the status left tells notifications a resumption from a first activation
      expect(changes.map((e) => e.data.previousStatus)).toEqual(['inactive', 'active', 'suspended', 'active']);
    });

    it('terminates the live certificate when consent is withdrawn, which frees the child for none other', async () => {
      const mother = parent();
      const { child, applicationId } = await confirmedApplication(mother);
      const certificate = (
        await h.run<{ issueCertificate: { id: string } }>(mother, ISSUE, {
          input: { applicationId, groupId: await groupOf(h.db, '07'), documentId: child.documentId },
        })
      ).data!.issueCertificate;
      await withdrawConsent(h.db, child.childId);
      const [row] = (await h.db.dataSource.query('SELECT status, termination_reason FROM certificates WHERE id = $1', [
        certificate.id,
      ])) as [{ status: string; termination_reason: string }];
      expect(row).toEqual({ status: 'terminated', termination_reason: 'Отозвано согласие на обработку персональных данных' });
      const events = (await outbox(h.db, 'certificates.CertificateStatusChanged')).filter(
        (e) => e.aggregateId === certificate.id,
      );
      expect(events.map((e) => e.data.status)).toEqual(['terminated']);
      expect((await h.run(mother, APPLY, { input: { childId: child.childId, email: 'a@b.ru' } })).errors?.[0]?.code).toBe(
        'CONSENT_WITHDRAWN',
      );
    });
  });
});

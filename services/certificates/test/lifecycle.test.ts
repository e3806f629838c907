import { randomUUID } from 'node:crypto';
import {
  certificateAccountingOnly,
  certificateAccountOpened,
  type EventData,
  type EventDefinition,
  type EventOf,
} from '@pdo/events';
import { COMING_OF_AGE_REASON } from '../src/domain/coming-of-age';
import { onAccountingOnly, onAccountOpened } from '../src/events/certificate-mode.handler';
import { terminateComeOfAge } from '../src/operations/coming-of-age.operations';
import {
  ACTIVATE,
  APPLY,
  changeChild,
  CONFIRM,
  ENTER,
  groupOf,
  ISSUE,
  operator,
  outbox,
  parent,
  registerChild,
  startHarness,
  tokenFrom,
  type Harness,
} from './certificates.fixture';

const allDocuments = ['applicant_passport', 'child_document', 'application_form'];

describe('a certificate over its life: coming of age, moving, and whom its events concern', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.db.drop();
  });

  /** Entered in person by an operator of 07 for a new child of `father` (and `mother`), then issued. */
  async function issuedCertificate(father = parent(), mother = parent()) {
    const child = await registerChild(h.db, { parentIds: [father.userId as string, mother.userId as string] });
    const entered = await h.run<{ enterApplication: { id: string } }>(operator('07'), ENTER, {
      input: { childId: child.childId, parentUserId: father.userId },
    });
    const issued = await h.run<{ issueCertificate: { id: string; number: string } }>(father, ISSUE, {
      input: {
        applicationId: entered.data!.enterApplication.id,
        groupId: await groupOf(h.db, '07'),
        documentId: child.documentId,
      },
    });
    expect(issued.errors).toBeUndefined();
    return { child, father, mother, certificate: issued.data!.issueCertificate };
  }

  const statusOf = async (id: string) =>
    (
      (await h.db.dataSource.query(
        'SELECT status, termination_reason, municipality_code, group_id, number FROM certificates WHERE id = $1',
        [id],
      )) as [{ status: string; termination_reason: string | null; municipality_code: string; group_id: string; number: string }]
    )[0];

  describe('coming of age', () => {
    it('terminates on the 18th birthday by the Kuzbass date, with an event, once', async () => {
      const due = await issuedCertificate();
      const younger = await issuedCertificate();
      const alreadyEnded = await issuedCertificate();
      await h.run(operator('07'), ACTIVATE, { input: { certificateId: due.certificate.id, checkedDocuments: allDocuments } });
      await h.run(
        operator('07'),
        `mutation ($input: ChangeCertificateStatusInput!) { terminateCertificate(input: $input) { id } }`,
        {
          input: { certificateId: alreadyEnded.certificate.id, reason: 'Дубликат' },
        },
      );
      // birth dates corrected by identity: the first two turn 18 on 11 June 2026, the third a day later
      await changeChild(h.db, { ...due.child, birthDate: '2008-06-11' });
      await changeChild(h.db, { ...younger.child, birthDate: '2008-06-12' });
      await changeChild(h.db, { ...alreadyEnded.child, birthDate: '2008-06-11' });

      // 23:30 on 10 June in Novokuznetsk (UTC+7): not yet
      expect(await terminateComeOfAge(h.db.dataSource, new Date('2026-06-10T16:30:00Z'))).toEqual([]);
      expect((await statusOf(due.certificate.id)).status).toBe('active');

      // 00:30 on 11 June in Novokuznetsk, still 10 June in UTC
      expect(await terminateComeOfAge(h.db.dataSource, new Date('2026-06-10T17:30:00Z'))).toEqual([due.certificate.number]);
      expect(await statusOf(due.certificate.id)).toMatchObject({
        status: 'terminated',
        termination_reason: COMING_OF_AGE_REASON,
      });
      expect((await statusOf(younger.certificate.id)).status).toBe('inactive');
      expect((await statusOf(alreadyEnded.certificate.id)).termination_reason).toBe('Дубликат');

      expect(await terminateComeOfAge(h.db.dataSource, new Date('2026-06-10T18:30:00Z'))).toEqual([]);
      const events = (await outbox(h.db, 'certificates.CertificateStatusChanged')).filter(
        (e) => e.aggregateId === due.certificate.id && e.data.status === 'terminated',
      );
      expect(events.map((e) => e.data)).toEqual([
        {
          certificateId: due.certificate.id,
          number: due.certificate.number,
          childId: due.child.childId,
          status: 'terminated',
          reason: COMING_OF_AGE_REASON,
          applicantUserId: due.father.userId,
          parentUserIds: [due.father.userId, due.mother.userId],
        },
      ]);
      // the next day the younger one is due too
      expect(await terminateComeOfAge(h.db.dataSource, new Date('2026-06-11T17:30:00Z'))).toEqual([younger.certificate.number]);
    });
  });

  describe('moving municipality', () => {
    const MOVES =
      '{ certificateMoveRequests { id certificateId certificateNumber fromMunicipalityCode toMunicipalityCode status } }';
    const CONFIRM_MOVE = 'mutation ($id: ID!) { confirmCertificateMove(requestId: $id) { status } }';
    const REFUSE_MOVE =
      'mutation ($id: ID!, $reason: String!) { refuseCertificateMove(requestId: $id, reason: $reason) { status reason } }';
    const pendingFor = async (municipalityCode: string, certificateId: string) =>
      (
        await h.run<{ certificateMoveRequests: { id: string; certificateId: string }[] }>(operator(municipalityCode), MOVES)
      ).data!.certificateMoveRequests.filter((r) => r.certificateId === certificateId);

    it('asks the new municipality to confirm; once its МОЦ does, the certificate moves with its number and who is concerned is told', async () => {
      const { child, father, mother, certificate } = await issuedCertificate();
      const movedAt = new Date().toISOString();
      await changeChild(h.db, { ...child, municipalityCode: '01' }, movedAt);

      // nothing moves on the parent's word alone
      expect(await statusOf(certificate.id)).toMatchObject({ municipality_code: '07' });
      expect((await outbox(h.db, 'certificates.CertificateMoved')).filter((e) => e.aggregateId === certificate.id)).toEqual([]);
      const [request] = await pendingFor('01', certificate.id);
      expect(request).toMatchObject({
        certificateNumber: certificate.number,
        fromMunicipalityCode: '07',
        toMunicipalityCode: '01',
      });
      expect(await pendingFor('07', certificate.id)).toEqual([]);
      // only the new municipality's МОЦ decides
      expect((await h.run(operator('07'), CONFIRM_MOVE, { id: request!.id })).errors?.[0]?.code).toBe('FORBIDDEN');
      expect((await h.run(father, CONFIRM_MOVE, { id: request!.id })).errors?.[0]?.code).toBe('FORBIDDEN');
      expect((await h.run(operator('01'), CONFIRM_MOVE, { id: request!.id })).errors).toBeUndefined();
      expect((await h.run(operator('01'), CONFIRM_MOVE, { id: request!.id })).errors?.[0]?.code).toBe('MOVE_ALREADY_DECIDED');

      const row = await statusOf(certificate.id);
      expect(row).toMatchObject({ number: certificate.number, municipality_code: '01', group_id: await groupOf(h.db, '01') });
      const moves = (await h.db.dataSource.query(
        'SELECT from_municipality_code, to_municipality_code FROM certificate_moves WHERE certificate_id = $1',
        [certificate.id],
      )) as unknown[];
      expect(moves).toEqual([{ from_municipality_code: '07', to_municipality_code: '01' }]);
      expect((await outbox(h.db, 'certificates.CertificateMoved')).filter((e) => e.aggregateId === certificate.id)).toEqual([
        expect.objectContaining({
          data: {
            certificateId: certificate.id,
            number: certificate.number,
            childId: child.childId,
            fromMunicipalityCode: '07',
            toMunicipalityCode: '01',
            groupId: await groupOf(h.db, '01'),
            applicantUserId: father.userId,
            parentUserIds: [father.userId, mother.userId],
          },
        }),
      ]);

      // the old municipality's operator no longer acts on it; the new one does
      const input = { certificateId: certificate.id, checkedDocuments: allDocuments };
      expect((await h.run(operator('07'), ACTIVATE, { input })).errors?.[0]?.code).toBe('FORBIDDEN');
      expect((await h.run(operator('01'), ACTIVATE, { input })).errors).toBeUndefined();

      // an older event arriving late asks for nothing; a change that keeps the municipality records nothing
      await changeChild(h.db, { ...child, municipalityCode: '07' }, new Date(Date.parse(movedAt) - 60_000).toISOString());
      await changeChild(h.db, { ...child, municipalityCode: '01', attendsSchool: false });
      expect(await pendingFor('07', certificate.id)).toEqual([]);
      expect(
        await h.db.dataSource.query('SELECT count(*)::int AS n FROM certificate_moves WHERE certificate_id = $1', [
          certificate.id,
        ]),
      ).toEqual([{ n: 1 }]);
    });

    it('keeps the certificate where it is when the new МОЦ refuses, and withdraws a request when the family moves back', async () => {
      const { child, certificate, father, mother } = await issuedCertificate();
      await changeChild(h.db, { ...child, municipalityCode: '01' });
      const [first] = await pendingFor('01', certificate.id);
      expect((await h.run(operator('01'), REFUSE_MOVE, { id: first!.id, reason: ' ' })).errors?.[0]?.code).toBe('BAD_USER_INPUT');
      const refused = await h.run<{ refuseCertificateMove: { status: string; reason: string } }>(operator('01'), REFUSE_MOVE, {
        id: first!.id,
        reason: 'Регистрация по новому адресу не подтверждена',
      });
      expect(refused.data?.refuseCertificateMove).toEqual({
        status: 'refused',
        reason: 'Регистрация по новому адресу не подтверждена',
      });
      expect((await statusOf(certificate.id)).municipality_code).toBe('07');
      // the family is told, with the reason (a blank reason was refused before anything was written)
      expect((await outbox(h.db, 'certificates.CertificateMoveRefused')).filter((e) => e.aggregateId === certificate.id)).toEqual(
        [
          expect.objectContaining({
            data: {
              moveRequestId: first!.id,
              certificateId: certificate.id,
              number: certificate.number,
              childId: child.childId,
              fromMunicipalityCode: '07',
              toMunicipalityCode: '01',
              reason: 'Регистрация по новому адресу не подтверждена',
              applicantUserId: father.userId,
              parentUserIds: [father.userId, mother.userId],
            },
          }),
        ],
      );

      await changeChild(h.db, { ...child, municipalityCode: '12' });
      expect(await pendingFor('12', certificate.id)).toHaveLength(1);
      await changeChild(h.db, { ...child, municipalityCode: '07' });
      expect(await pendingFor('12', certificate.id)).toEqual([]);
      expect((await statusOf(certificate.id)).municipality_code).toBe('07');
    });

    it('moves nothing for a child without a live certificate', async () => {
      const child = await registerChild(h.db, { parentIds: [randomUUID()] });
      await changeChild(h.db, { ...child, municipalityCode: '16' });
      expect(await h.db.dataSource.query('SELECT 1 FROM certificates WHERE child_id = $1', [child.childId])).toEqual([]);
    });
  });

  describe('accounting and financing', () => {
    const CARD = `query ($n: String!) { certificate(number: $n) { mode modeLabel modeReason modeReasonCode modePeriodStart } }`;
    function billingEvent<D extends EventDefinition>(definition: D, data: EventData<D>): EventOf<D> {
      return {
        id: randomUUID(),
        type: definition.type,
        version: definition.version,
        occurredAt: new Date().toISOString(),
        aggregateId: String(data.certificateId),
        data,
      } as EventOf<D>;
    }
    const accountingOnly = (certificateId: string, periodStart: string, reason: 'QUOTA_EXHAUSTED' | 'NO_NORMATIVE') =>
      h.db.dataSource.transaction((manager) =>
        onAccountingOnly(billingEvent(certificateAccountingOnly, { certificateId, periodStart, reason }), manager),
      );
    const opened = (certificateId: string, periodStart: string) =>
      h.db.dataSource.transaction((manager) =>
        onAccountOpened(
          billingEvent(certificateAccountOpened, { certificateId, periodStart, balanceKopecks: 1_160_900 }),
          manager,
        ),
      );

    it("starts as an accounting certificate and follows billing's decisions, explaining each to the parent", async () => {
      const { father, mother, certificate, child } = await issuedCertificate();
      const card = async () =>
        (await h.run<{ certificate: Record<string, unknown> }>(father, CARD, { n: certificate.number })).data!.certificate;
      const fresh = await card();
      expect(fresh).toMatchObject({
        mode: 'accounting',
        modeLabel: 'Сертификат учёта',
        modeReasonCode: null,
        modePeriodStart: null,
      });
      expect(fresh.modeReason).toContain('бесплатные программы');

      await accountingOnly(certificate.id, '2026-09-01', 'QUOTA_EXHAUSTED');
      const full = await card();
      expect(full).toMatchObject({ mode: 'accounting', modeReasonCode: 'QUOTA_EXHAUSTED', modePeriodStart: '2026-09-01' });
      expect(full.modeReason).toMatch(/Квота .* исчерпана/);

      await opened(certificate.id, '2026-09-01');
      const financed = await card();
      expect(financed).toMatchObject({
        mode: 'financing',
        modeLabel: 'Сертификат персонифицированного финансирования',
        modeReasonCode: null,
      });
      expect(financed.modeReason).toMatch(/пополнен по нормативу/);

      // a repeat, and a late "accounting only" for the same year, change nothing
      await opened(certificate.id, '2026-09-01');
      await accountingOnly(certificate.id, '2026-09-01', 'NO_NORMATIVE');
      expect((await card()).mode).toBe('financing');

      const events = (await outbox(h.db, 'certificates.CertificateModeChanged')).filter((e) => e.aggregateId === certificate.id);
      expect(events.map((e) => e.data)).toEqual([
        {
          certificateId: certificate.id,
          number: certificate.number,
          childId: child.childId,
          mode: 'accounting',
          reason: 'QUOTA_EXHAUSTED',
          periodStart: '2026-09-01',
          applicantUserId: father.userId,
          parentUserIds: [father.userId, mother.userId],
        },
        expect.objectContaining({ mode: 'financing', periodStart: '2026-09-01' }),
      ]);

      // the next school year decides afresh
      await accountingOnly(certificate.id, '2027-09-01', 'NO_NORMATIVE');
      expect(await card()).toMatchObject({ mode: 'accounting', modeReasonCode: 'NO_NORMATIVE', modePeriodStart: '2027-09-01' });
    });
  });

  describe('events name the applicant and the parents', () => {
    it('on application, entered application, issue and status change', async () => {
      const mother = parent();
      const father = parent();
      const child = await registerChild(h.db, { parentIds: [mother.userId as string, father.userId as string] });
      const applied = await h.run<{ applyForCertificate: { id: string } }>(mother, APPLY, {
        input: { childId: child.childId, email: 'mama@example.ru' },
      });
      const applicationId = applied.data!.applyForCertificate.id;
      const [submitted] = (await outbox(h.db, 'certificates.CertificateApplicationSubmitted')).filter(
        (e) => e.aggregateId === applicationId,
      );
      expect(submitted?.data.applicantUserId).toBe(mother.userId);
      await h.run({}, CONFIRM, { token: tokenFrom(submitted?.data.confirmationUrl) });
      const issued = await h.run<{ issueCertificate: { id: string; applicationNumber: number } }>(mother, ISSUE, {
        input: { applicationId, groupId: await groupOf(h.db, '07'), documentId: child.documentId },
      });
      const [issuedEvent] = (await outbox(h.db, 'certificates.CertificateIssued')).filter(
        (e) => e.aggregateId === issued.data!.issueCertificate.id,
      );
      expect(issuedEvent?.data).toMatchObject({
        applicantUserId: mother.userId,
        parentUserIds: [mother.userId, father.userId],
        applicationNumber: issued.data!.issueCertificate.applicationNumber,
        groupName: 'Дети в возрасте от 5 до 18 лет',
      });

      const entered = await issuedCertificate(father, mother);
      const [enteredEvent] = (await outbox(h.db, 'certificates.CertificateApplicationEntered')).filter(
        (e) => e.data.childId === entered.child.childId,
      );
      expect(enteredEvent?.data).toMatchObject({
        childId: entered.child.childId,
        municipalityCode: '07',
        applicantUserId: father.userId,
        email: null,
      });
      expect(enteredEvent?.data.applicationNumber).toEqual(expect.any(Number));
      expect(enteredEvent?.data.enteredByUserId).toEqual(expect.any(String));
      await h.run(operator('07'), ACTIVATE, { input: { certificateId: entered.certificate.id, checkedDocuments: allDocuments } });
      const [activated] = (await outbox(h.db, 'certificates.CertificateStatusChanged')).filter(
        (e) => e.aggregateId === entered.certificate.id,
      );
      expect(activated?.data).toMatchObject({
        status: 'active',
        applicantUserId: father.userId,
        parentUserIds: [father.userId, mother.userId],
      });
    });
  });
});

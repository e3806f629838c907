// Issue 10's money rules through the gateway, each beside the journey the other tests walk: months before the
// enrolment, a terminated certificate, a free program on an accounting certificate, a budget cut below what
// is committed, and who approves an invoice (billing-journey.test.ts). The rules at every month and status
// are tried in billing's integration and model-based tests, where events can be dated.
import { randomBytes } from 'node:crypto';
import { eventually as until } from '@pdo/service-kit/testing';
import {
  childWithActiveCertificate,
  eventually,
  KEMEROVO,
  KISELEVSK,
  publishedProgram,
  type NewChild,
  type Residence,
} from './family.fixture';
import { errorCodes, graphql, signIn } from './gateway.client';
import { waitForMail } from './mailbox.client';

const suffix = randomBytes(3).toString('hex');
const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Novokuznetsk' });
const periodYear = Number(today.slice(5, 7)) >= 9 ? Number(today.slice(0, 4)) : Number(today.slice(0, 4)) - 1;
const monthBefore = (month: string) => {
  const [year, number] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  return number === 1 ? `${year - 1}-12` : `${year}-${String(number - 1).padStart(2, '0')}`;
};
const nextMonthStart = (() => {
  const [year, number] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
  return number === 12 ? `${year + 1}-01-01` : `${year}-${String(number + 1).padStart(2, '0')}-01`;
})();

/** 16 today, so also of age for a group that began in 2020 */
const child = (firstName: string): NewChild => ({
  lastName: 'Смирнова',
  firstName,
  patronymic: 'Игоревна',
  sex: 'FEMALE',
  age: 16,
});

type Balance = { balanceKopecks: number; reservedKopecks: number; openedWithKopecks: number; accountingOnlyCode: string | null };
const BALANCE = `query ($id: ID!) { child(id: $id) { certificate { id
  balance { balanceKopecks reservedKopecks openedWithKopecks accountingOnlyCode } movements { kind amountKopecks } } } }`;
const balanceOf = (childId: string, parent: string) =>
  graphql<{ child: { certificate: { balance: Balance | null; movements: { kind: string }[] } } }>(
    BALANCE,
    { id: childId },
    parent,
  );

type ProgramTerms = {
  registry: string;
  monthlyPriceKopecks: number;
  durationMonths: number;
  startDate: string;
  residence: Residence;
};

/** The demo provider publishes a program with one group; the МОЦ of its municipality certifies it. */
async function publishedGroup(provider: string, terms: ProgramTerms): Promise<string> {
  const { residence, startDate, ...program } = terms;
  const published = await publishedProgram(
    provider,
    {
      ...program,
      title: `Кружок ${terms.registry} ${suffix} ${randomBytes(2).toString('hex')}`,
      municipalityCode: residence.municipalityCode,
      address: residence.address,
    },
    { startDate },
    residence.operator,
  );
  return published.groupId;
}

type EnrollmentView = {
  id: string;
  status: string;
  endsOn: string | null;
  rejectionCode: string | null;
  certificateShareKopecks: number | null;
};
const myEnrollment = async (parent: string, id: string) =>
  (
    await graphql<{ myEnrollments: EnrollmentView[] }>(
      '{ myEnrollments { id status endsOn rejectionCode certificateShareKopecks } }',
      {},
      parent,
    )
  ).data?.myEnrollments.find((e) => e.id === id);

/** Enrols and waits for billing's answer; returns the enrolment once it left `awaiting_funds`. */
async function enrol(parent: string, childId: string, groupId: string): Promise<EnrollmentView> {
  const requested = await eventually(
    () =>
      graphql<{ requestEnrollment: { id: string } }>(
        'mutation ($input: EnrollmentRequestInput!) { requestEnrollment(input: $input) { id } }',
        { input: { childId, groupId, idempotencyKey: `money-${suffix}-${groupId}`, offerAccepted: true } },
        parent,
      ),
    (r) => !errorCodes(r).includes('CERTIFICATE_NOT_ACTIVE'),
  );
  expect(requested.errors).toBeUndefined();
  const id = requested.data!.requestEnrollment.id;
  const answered = await until(
    'billing answers the request',
    () => myEnrollment(parent, id),
    (e) => e !== undefined && e.status !== 'awaiting_funds',
    60_000,
  );
  return answered!;
}

const REPORT = `mutation ($input: MonthReportInput!) { reportMonth(input: $input) { charges } }`;

describe('money rules at their edges (issue 10)', () => {
  it('refuses a report of months before the enrolment was accepted, even when the group began years ago, and charges nothing', async () => {
    const parent = await signIn('parent');
    const provider = await signIn('provider');
    const { childId } = await childWithActiveCertificate(parent, `money-early-${suffix}@example.ru`, child('Алина'));
    const groupId = await publishedGroup(provider, {
      registry: 'certified',
      monthlyPriceKopecks: 50_000,
      durationMonths: 1,
      startDate: '2020-09-01',
      residence: KISELEVSK,
    });
    const enrolment = await enrol(parent, childId, groupId);
    expect(enrolment.status).toBe('pending_provider');
    expect(
      (await graphql('mutation ($id: ID!) { acceptEnrollment(id: $id) { status } }', { id: enrolment.id }, provider)).errors,
    ).toBeUndefined();
    const before = await balanceOf(childId, parent);

    for (const month of [monthBefore(today.slice(0, 7)), '2024-07', '2020-09']) {
      const refused = await eventually(
        () => graphql(REPORT, { input: { month, enrollmentIds: [enrolment.id] } }, provider),
        (r) => !errorCodes(r).includes('ENROLLMENT_NOT_ACCEPTED'),
      );
      expect(errorCodes(refused)).toEqual(['ENROLLMENT_NOT_STARTED']);
      expect(refused.errors![0]!.message).toMatch(/месяцы до этого не оплачиваются/);
    }
    const after = await balanceOf(childId, parent);
    expect(after.data).toEqual(before.data);
    expect(after.data!.child.certificate.movements.map((m) => m.kind)).not.toContain('charge');
  });

  it('ends the enrolments of a terminated certificate: a request at once with its money, an accepted one at the month’s end', async () => {
    const parent = await signIn('parent');
    const provider = await signIn('provider');
    const email = `money-end-${suffix}@example.ru`;
    const { childId, certificateId, number } = await childWithActiveCertificate(parent, email, child('Вера'));
    const terms = {
      registry: 'certified',
      monthlyPriceKopecks: 40_000,
      durationMonths: 9,
      startDate: `${periodYear}-09-01`,
      residence: KISELEVSK,
    };
    // the request is made first, so it holds money whatever Киселевск's normative is when this runs
    const pending = await enrol(parent, childId, await publishedGroup(provider, terms));
    const accepted = await enrol(parent, childId, await publishedGroup(provider, terms));
    expect(pending.certificateShareKopecks).toBeGreaterThan(0);
    expect(
      (await graphql('mutation ($id: ID!) { acceptEnrollment(id: $id) { status } }', { id: accepted.id }, provider)).errors,
    ).toBeUndefined();
    const held = await eventually(
      () => balanceOf(childId, parent),
      (r) =>
        r.data?.child.certificate.balance?.reservedKopecks ===
        accepted.certificateShareKopecks! + pending.certificateShareKopecks!,
    );
    expect(held.data!.child.certificate.balance!.reservedKopecks).toBeGreaterThan(accepted.certificateShareKopecks!);

    const operator = await signIn('operator');
    const terminated = await graphql(
      'mutation ($input: ChangeCertificateStatusInput!) { terminateCertificate(input: $input) { status } }',
      { input: { certificateId, reason: 'Семья переехала за пределы Кузбасса' } },
      operator,
    );
    expect(terminated.errors).toBeUndefined();

    const ended = await until(
      'navigator ends both enrolments',
      () => Promise.all([myEnrollment(parent, accepted.id), myEnrollment(parent, pending.id)]),
      (both) => both.every((e) => e?.status === 'withdrawn'),
      60_000,
    );
    expect(ended).toEqual([
      expect.objectContaining({ status: 'withdrawn', endsOn: nextMonthStart }),
      expect.objectContaining({ status: 'withdrawn' }),
    ]);
    // the request's money is back at once; the accepted one holds its own until the month end
    const released = await eventually(
      () => balanceOf(childId, parent),
      (r) => r.data?.child.certificate.balance?.reservedKopecks === accepted.certificateShareKopecks,
    );
    expect(released.data!.child.certificate.balance!.reservedKopecks).toBe(accepted.certificateShareKopecks);

    // both are told: the parent what happens to the enrolments and the money, the provider that its enrolment ends
    const lastDay = new Date(Date.parse(nextMonthStart) - 86_400_000).toISOString().slice(0, 10);
    const russian = (isoDate: string) => isoDate.split('-').reverse().join('.');
    const subject = `Действие сертификата дополнительного образования № ${number} прекращено`;
    const letter = await waitForMail(email, subject);
    expect(letter.text).toContain(`№ ${number} (ребёнок: Вера) прекращено.`);
    expect(letter.text).toContain('Причина: Семья переехала за пределы Кузбасса.');
    expect(letter.text).toContain(`оплачиваются сертификатом по ${russian(lastDay)} включительно`);
    expect(letter.text).toContain('оставшиеся зарезервированные средства сертификата освобождены');
    const providerLetter = await waitForMail(
      'ddt-kiselevsk@example.ru',
      new RegExp(`^Обучение по сертификату № ${number} по программе «.+» прекращается с ${russian(nextMonthStart)}$`),
    );
    expect(providerLetter.text).toContain(`Действие сертификата дополнительного образования № ${number} прекращено.`);
    const mailbox = await graphql<{ myNotifications: { subject: string; body: string }[] }>(
      '{ myNotifications { subject body } }',
      {},
      parent,
    );
    expect(mailbox.data!.myNotifications.find((n) => n.subject === subject)?.body).toContain('(ребёнок: Вера) прекращено.');
  });

  it('opens free programs to an accounting certificate without reserving anything, and keeps paid ones closed', async () => {
    // Кемерово's quota is closed here at what it already finances, so its new certificates stay accounting
    // ones; it is opened again at the end.
    const admin = await signIn('admin');
    const budget = await graphql<{
      municipalityBudget: {
        financedCertificates: number;
        committedKopecks: number;
        quota: number;
        budgetKopecks: number;
        normatives: { groupName: string; periodStart: string; amountKopecks: number }[];
      };
    }>(
      `
        {
          municipalityBudget(municipalityCode: "01") {
            financedCertificates
            committedKopecks
            quota
            budgetKopecks
            normatives {
              groupName
              periodStart
              amountKopecks
            }
          }
        }
      `,
      {},
      admin,
    );
    const { financedCertificates, committedKopecks, quota, budgetKopecks, normatives } = budget.data!.municipalityBudget;
    const normative = normatives[0]!;
    const setKemerovo = (figures: { quota: number; budgetKopecks: number }) =>
      graphql(
        'mutation ($input: SetNormativeInput!) { setNormative(input: $input) { quota } }',
        {
          input: {
            municipalityCode: '01',
            groupName: normative.groupName,
            periodStart: normative.periodStart,
            amountKopecks: normative.amountKopecks,
            ...figures,
          },
        },
        admin,
      );
    expect((await setKemerovo({ quota: financedCertificates, budgetKopecks: committedKopecks })).errors).toBeUndefined();

    const parent = await signIn('parent2');
    const provider = await signIn('provider');
    const { childId } = await childWithActiveCertificate(parent, `money-free-${suffix}@example.ru`, child('Дарья'), KEMEROVO);
    const accounting = await eventually(
      () => balanceOf(childId, parent),
      (r) => r.data?.child.certificate.balance?.accountingOnlyCode === 'QUOTA_EXHAUSTED',
    );
    expect(accounting.data!.child.certificate.balance).toMatchObject({ balanceKopecks: 0, reservedKopecks: 0 });

    // the programs are in Киселевск: a child may attend a club in another town, and Кемерово's catalogue stays as the catalogue test expects
    const terms = { monthlyPriceKopecks: 0, durationMonths: 9, startDate: `${periodYear}-09-01`, residence: KISELEVSK };
    const free = await enrol(parent, childId, await publishedGroup(provider, { ...terms, registry: 'significant' }));
    expect(free).toMatchObject({ status: 'pending_provider', rejectionCode: null, certificateShareKopecks: 0 });
    const accepted = await graphql<{ acceptEnrollment: { status: string } }>(
      'mutation ($id: ID!) { acceptEnrollment(id: $id) { status } }',
      { id: free.id },
      provider,
    );
    expect(accepted.data?.acceptEnrollment.status).toBe('accepted');

    const paid = await enrol(
      parent,
      childId,
      await publishedGroup(provider, { ...terms, registry: 'certified', monthlyPriceKopecks: 30_000 }),
    );
    expect(paid).toMatchObject({ status: 'rejected', rejectionCode: 'CERTIFICATE_NOT_FINANCED' });
    expect((await balanceOf(childId, parent)).data!.child.certificate.balance).toMatchObject({
      balanceKopecks: 0,
      reservedKopecks: 0,
    });
    expect((await setKemerovo({ quota, budgetKopecks })).errors).toBeUndefined();
  });

  it('moves a certificate to another municipality only when its МОЦ confirms, keeping the number; the account follows', async () => {
    const parent = await signIn('parent');
    const newChild = child('Ирина');
    const { childId, certificateId, number } = await childWithActiveCertificate(
      parent,
      `money-move-${suffix}@example.ru`,
      newChild,
    );
    const birthYear = new Date().getUTCFullYear() - newChild.age - (new Date().getUTCMonth() < 2 ? 1 : 0);
    const moved = await graphql(
      'mutation ($id: ID!, $input: ChildInput!) { updateChild(id: $id, input: $input) { id } }',
      {
        id: childId,
        input: {
          lastName: newChild.lastName,
          firstName: newChild.firstName,
          patronymic: newChild.patronymic,
          birthDate: `${birthYear}-02-11`,
          sex: newChild.sex,
          address: KEMEROVO.address,
          municipalityCode: KEMEROVO.municipalityCode,
          attendsSchool: true,
        },
      },
      parent,
    );
    expect(moved.errors).toBeUndefined();

    type MoveRequest = { id: string; certificateId: string; certificateNumber: string; fromMunicipalityCode: string };
    const newOperator = await signIn(KEMEROVO.operator);
    const requests = await eventually(
      () =>
        graphql<{ certificateMoveRequests: MoveRequest[] }>(
          '{ certificateMoveRequests { id certificateId certificateNumber fromMunicipalityCode } }',
          {},
          newOperator,
        ),
      (r) => Boolean(r.data?.certificateMoveRequests.some((m) => m.certificateId === certificateId)),
    );
    const request = requests.data!.certificateMoveRequests.find((m) => m.certificateId === certificateId)!;
    expect(request).toMatchObject({ certificateNumber: number, fromMunicipalityCode: '07' });
    const CERTIFICATE =
      'query ($id: ID!) { child(id: $id) { certificate { number municipality { code } pendingMove { toMunicipalityCode } } } }';
    // until the new МОЦ confirms, nothing moves; the parent sees the request waiting
    expect((await graphql(CERTIFICATE, { id: childId }, parent)).data).toEqual({
      child: { certificate: { number, municipality: { code: '07' }, pendingMove: { toMunicipalityCode: '01' } } },
    });
    const admin = await signIn('admin');
    const financedIn = async (code: string) =>
      (
        await graphql<{ municipalityBudget: { financedCertificates: number } }>(
          'query ($code: String!) { municipalityBudget(municipalityCode: $code) { financedCertificates } }',
          { code },
          admin,
        )
      ).data!.municipalityBudget.financedCertificates;
    // the account was opened in Киселевск before anything is counted
    await eventually(
      () => balanceOf(childId, parent),
      (r) => (r.data?.child.certificate.balance?.openedWithKopecks ?? 0) > 0,
    );
    const before = { kiselevsk: await financedIn('07'), kemerovo: await financedIn('01') };
    const CONFIRM = 'mutation ($id: ID!) { confirmCertificateMove(requestId: $id) { status } }';
    expect(errorCodes(await graphql(CONFIRM, { id: request.id }, await signIn('operator')))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graphql(CONFIRM, { id: request.id }, parent))).toEqual(['FORBIDDEN']);
    const confirmed = await graphql<{ confirmCertificateMove: { status: string } }>(CONFIRM, { id: request.id }, newOperator);
    expect(confirmed.data?.confirmCertificateMove.status).toBe('confirmed');
    expect((await graphql(CERTIFICATE, { id: childId }, parent)).data).toEqual({
      child: { certificate: { number, municipality: { code: '01' }, pendingMove: null } },
    });
    // billing moves the account: the new municipality's budget counts the child, the old one's frees it
    await until(
      'billing moves the account',
      () => financedIn('01'),
      (n) => n === before.kemerovo + 1,
      60_000,
    );
    expect(await financedIn('07')).toBe(before.kiselevsk - 1);
  });

  it('refuses a budget below what certificates already hold, saying how much that is, and changes nothing', async () => {
    const finance = await signIn('finance');
    const read = () =>
      graphql<{
        normatives: { groupName: string; periodStart: string; amountKopecks: number; quota: number; budgetKopecks: number }[];
      }>('{ normatives(municipalityCode: "07") { groupName periodStart amountKopecks quota budgetKopecks } }');
    const before = (await read()).data!.normatives[0]!;
    const cut = await graphql(
      'mutation ($input: SetNormativeInput!) { setNormative(input: $input) { budgetKopecks } }',
      {
        input: {
          municipalityCode: '07',
          groupName: before.groupName,
          periodStart: before.periodStart,
          amountKopecks: before.amountKopecks,
          quota: before.quota,
          budgetKopecks: 0,
        },
      },
      finance,
    );
    expect(errorCodes(cut)).toEqual(['BUDGET_BELOW_COMMITTED']);
    expect(cut.errors![0]!.message).toMatch(/уже выделенного на сертификаты: [\d ]+,\d\d руб\./);
    expect((await read()).data!.normatives[0]).toEqual(before);
  });
});

// Issue 6's "done when" through the gateway: the finance officer sets the normative, a certificate is
// activated and its account opens, the parent sees the split of a program priced above the balance, the
// enrolment reserves exactly the certificate share, the provider's monthly report produces the charge,
// the co-payment (its e-mail) and the invoice (its PDF), the municipality approves it, and running the
// month again changes nothing.
import { randomBytes } from 'node:crypto';
import { requiredTestEnv } from '@pdo/service-kit/testing';
import { pdfText } from '@pdo/pdf/testing';
import ExcelJS from 'exceljs';
import { childWithActiveCertificate, eventually, publishedProgram } from './family.fixture';
import { errorCodes, graphql, signIn } from './gateway.client';
import { waitForMail } from './mailbox.client';

const suffix = randomBytes(3).toString('hex');
const NORMATIVE = 100_000;
const PRICE = 120_000;
const MONTHS = 9;

/** The school year (1 September – 31 August) running today, as billing counts it. */
const today = new Date();
const periodYear = today.getUTCMonth() >= 8 ? today.getUTCFullYear() : today.getUTCFullYear() - 1;
const periodStart = `${periodYear}-09-01`;
/** The enrolment is accepted today, so the first month it may be charged for is this one. */
const thisMonth = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Novokuznetsk' }).slice(0, 7);

type Account = {
  balance: { balanceKopecks: number; reservedKopecks: number; openedWithKopecks: number } | null;
  movements: { kind: string; amountKopecks: number; enrollmentId: string | null }[];
};
const ACCOUNT = `query ($id: ID!) { child(id: $id) { certificate { id
  balance { balanceKopecks reservedKopecks openedWithKopecks } movements { kind amountKopecks enrollmentId } } } }`;
const REPORT = `mutation ($input: MonthReportInput!) { reportMonth(input: $input) { invoices charges coPaymentNotices releasedEnrollments } }`;
const INVOICES = `query ($month: String) { providerInvoices(month: $month) {
  id number status lineCount totalPriceKopecks certificateTotalKopecks coPaymentTotalKopecks advanceKopecks dueKopecks } }`;

describe('the billing journey (issue 6)', () => {
  it('normative → account → split → reservation → monthly report → charge, co-payment, invoice → approval; the re-run changes nothing', async () => {
    // The finance officer of Киселевск sets this year's normative for the default group.
    const finance = await signIn('finance');
    const set = await graphql<{ setNormative: { amountKopecks: number } }>(
      'mutation ($input: SetNormativeInput!) { setNormative(input: $input) { amountKopecks } }',
      {
        input: {
          municipalityCode: '07',
          groupName: 'Дети в возрасте от 5 до 18 лет',
          periodStart,
          amountKopecks: NORMATIVE,
          quota: 5000,
          budgetKopecks: 5000 * NORMATIVE,
        },
      },
      finance,
    );
    expect(set.errors).toBeUndefined();
    expect(
      errorCodes(
        await graphql(
          'mutation ($input: SetNormativeInput!) { setNormative(input: $input) { id } }',
          {
            input: {
              municipalityCode: '01',
              groupName: 'Дети в возрасте от 5 до 18 лет',
              periodStart,
              amountKopecks: 1,
              quota: 1,
              budgetKopecks: 1,
            },
          },
          finance,
        ),
      ),
    ).toEqual(['FORBIDDEN']);

    // A certificate is activated: billing opens its account with the normative.
    const parent = await signIn('parent2');
    const email = `billing-${suffix}@example.ru`;
    const { childId, certificateId } = await childWithActiveCertificate(parent, email, {
      lastName: 'Петрова',
      firstName: 'Мария',
      patronymic: 'Сергеевна',
      sex: 'FEMALE',
      age: 9,
    });
    const opened = await eventually(
      () => graphql<{ child: { certificate: Account & { id: string } } }>(ACCOUNT, { id: childId }, parent),
      (r) => r.data?.child.certificate?.balance?.openedWithKopecks === NORMATIVE,
    );
    expect(opened.data!.child.certificate).toMatchObject({
      id: certificateId,
      balance: { balanceKopecks: NORMATIVE, reservedKopecks: 0, openedWithKopecks: NORMATIVE },
      movements: [{ kind: 'opening', amountKopecks: NORMATIVE }],
    });

    // The provider publishes a program priced above the balance; the operator certifies it.
    // the second demo provider: no other test reports a month for it, so this month's invoice is its own
    const provider = await signIn('provider2');
    const { programId, groupId } = await publishedProgram(
      provider,
      {
        title: `Шахматная школа ${suffix}`,
        description: 'Шахматы для начинающих: правила, тактика, турниры.',
        direction: 'sports',
        durationMonths: MONTHS,
        hours: 72,
        monthlyPriceKopecks: PRICE,
      },
      { teacher: 'Иванов П. П.', daysOfWeek: [3], startTime: '16:00', endTime: '17:30', seats: 10 },
    );

    // Before enrolling the parent sees what the certificate covers, what they pay and what remains.
    type Split = {
      certificateTotalKopecks: number;
      coPaymentTotalKopecks: number;
      remainingKopecks: number;
      perMonth: { month: number; certificateKopecks: number; coPaymentKopecks: number }[];
    };
    const split = await graphql<{ program: { priceFor: Split } }>(
      `
        query ($id: ID!, $childId: ID!) {
          program(id: $id) {
            priceFor(childId: $childId) {
              certificateTotalKopecks
              coPaymentTotalKopecks
              remainingKopecks
              perMonth {
                month
                certificateKopecks
                coPaymentKopecks
              }
            }
          }
        }
      `,
      { id: programId, childId },
      parent,
    );
    expect(split.errors).toBeUndefined();
    const priceFor = split.data!.program.priceFor;
    expect(priceFor).toMatchObject({
      certificateTotalKopecks: NORMATIVE,
      coPaymentTotalKopecks: PRICE * MONTHS - NORMATIVE,
      remainingKopecks: 0,
    });
    expect(priceFor.perMonth[0]).toEqual({ month: 1, certificateKopecks: NORMATIVE, coPaymentKopecks: PRICE - NORMATIVE });
    const stranger = await graphql(
      'query ($id: ID!, $childId: ID!) { program(id: $id) { priceFor(childId: $childId) { remainingKopecks } } }',
      { id: programId, childId },
      await signIn('parent'),
    );
    expect(errorCodes(stranger)).toEqual(['FORBIDDEN']);

    // Enrolling reserves exactly the certificate share.
    const requested = await eventually(
      () =>
        graphql<{ requestEnrollment: { id: string } }>(
          'mutation ($input: EnrollmentRequestInput!) { requestEnrollment(input: $input) { id } }',
          { input: { childId, groupId, idempotencyKey: `billing-${suffix}`, offerAccepted: true } },
          parent,
        ),
      (r) => !errorCodes(r).includes('CERTIFICATE_NOT_ACTIVE'),
    );
    expect(requested.errors).toBeUndefined();
    const enrollmentId = requested.data!.requestEnrollment.id;
    const reserved = await eventually(
      () => graphql<{ child: { certificate: Account } }>(ACCOUNT, { id: childId }, parent),
      (r) => r.data?.child.certificate.balance?.reservedKopecks === priceFor.certificateTotalKopecks,
    );
    expect(reserved.data!.child.certificate.balance).toEqual({
      balanceKopecks: 0,
      reservedKopecks: priceFor.certificateTotalKopecks,
      openedWithKopecks: NORMATIVE,
    });

    // The provider accepts, then reports this month; billing charges the certificate, the parent the rest, and invoices.
    await eventually(
      () => graphql<{ myEnrollments: { id: string; status: string }[] }>('{ myEnrollments { id status } }', {}, parent),
      (r) => r.data?.myEnrollments.find((e) => e.id === enrollmentId)?.status === 'pending_provider',
    );
    const accepted = await graphql(
      'mutation ($id: ID!) { acceptEnrollment(id: $id) { status } }',
      { id: enrollmentId },
      provider,
    );
    expect(accepted.errors).toBeUndefined();
    const input = { month: thisMonth, enrollmentIds: [enrollmentId] };
    const reported = await eventually(
      () => graphql<{ reportMonth: Record<string, number> }>(REPORT, { input }, provider),
      (r) => !errorCodes(r).includes('ENROLLMENT_NOT_ACCEPTED'),
    );
    expect(reported.errors).toBeUndefined();
    expect(reported.data!.reportMonth).toEqual({ invoices: 1, charges: 1, coPaymentNotices: 1, releasedEnrollments: 0 });

    type Invoice = { id: string; number: string; status: string; certificateTotalKopecks: number; dueKopecks: number };
    // the provider's invoices to Киселевск (07/…): the finance journey bills Кемерово's children through the same provider
    const invoicesToKiselevsk = async () =>
      (await graphql<{ providerInvoices: Invoice[] }>(INVOICES, { month: thisMonth }, provider)).data!.providerInvoices.filter(
        (i) => i.number.startsWith('07/'),
      );
    const toKiselevsk = await invoicesToKiselevsk();
    expect(toKiselevsk).toEqual([
      expect.objectContaining({
        status: 'issued',
        lineCount: 1,
        totalPriceKopecks: PRICE,
        certificateTotalKopecks: NORMATIVE,
        coPaymentTotalKopecks: PRICE - NORMATIVE,
        advanceKopecks: 0,
        dueKopecks: NORMATIVE,
      }),
    ]);
    const invoice = toKiselevsk[0]!;
    const charged = await graphql<{ child: { certificate: Account } }>(ACCOUNT, { id: childId }, parent);
    expect(charged.data!.child.certificate.balance).toEqual({
      balanceKopecks: 0,
      reservedKopecks: 0,
      openedWithKopecks: NORMATIVE,
    });
    expect(charged.data!.child.certificate.movements.filter((m) => m.kind === 'charge')).toEqual([
      { kind: 'charge', amountKopecks: -NORMATIVE, enrollmentId },
    ]);

    // The co-payment notice reaches the parent; the invoice PDF is there for the provider.
    const notice = await waitForMail(email, /^Доплата за /);
    expect(notice.text).toContain('200,00');
    const document = await eventually(
      () =>
        graphql<{ invoiceDocument: { url: string } }>(
          'query ($id: ID!) { invoiceDocument(invoiceId: $id) { url } }',
          { id: invoice.id },
          provider,
        ),
      (r) => Boolean(r.data?.invoiceDocument),
    );
    expect(document.errors).toBeUndefined();
    const pdf = await fetch(new URL(document.data!.invoiceDocument.url, requiredTestEnv('GATEWAY_URL')));
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(await pdfText(Buffer.from(await pdf.arrayBuffer()))).toContain(invoice.number);

    // The municipality approves; the provider cannot approve its own invoice.
    expect(
      errorCodes(
        await graphql('mutation ($id: ID!) { approveInvoice(invoiceId: $id) { status } }', { id: invoice.id }, provider),
      ),
    ).toEqual(['FORBIDDEN']);
    const toReview = await graphql<{ municipalityInvoices: { id: string }[] }>(
      '{ municipalityInvoices(municipalityCode: "07") { id } }',
      {},
      finance,
    );
    expect(toReview.data!.municipalityInvoices.map((i) => i.id)).toContain(invoice.id);
    // Only the finance officer of the paying municipality approves: not its МОЦ operator, not the regional admin.
    for (const login of ['operator', 'admin']) {
      const refused = await graphql(
        'mutation ($id: ID!) { approveInvoice(invoiceId: $id) { status } }',
        { id: invoice.id },
        await signIn(login),
      );
      expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
    }
    const approval = await graphql<{ approveInvoice: { status: string } }>(
      'mutation ($id: ID!) { approveInvoice(invoiceId: $id) { status } }',
      { id: invoice.id },
      finance,
    );
    expect(approval.data?.approveInvoice.status).toBe('approved');

    // The approved invoices download as the table shows them: XLSX a spreadsheet reader opens, CSV for Excel;
    // another municipality's officer and the provider cannot download them.
    const EXPORT = `query ($code: String!, $format: String!) {
      municipalityInvoicesExport(municipalityCode: $code, status: "approved", format: $format) {
        fileName contentType contentBase64 rowCount } }`;
    type Export = {
      municipalityInvoicesExport: { fileName: string; contentType: string; contentBase64: string; rowCount: number };
    };
    const xlsx = await graphql<Export>(EXPORT, { code: '07', format: 'xlsx' }, finance);
    expect(xlsx.errors).toBeUndefined();
    expect(xlsx.data!.municipalityInvoicesExport.fileName).toBe('счета-07-approved.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      Buffer.from(xlsx.data!.municipalityInvoicesExport.contentBase64, 'base64') as unknown as ArrayBuffer,
    );
    const sheet = workbook.getWorksheet('Счета')!;
    const headings = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(headings).toEqual(expect.arrayContaining(['Номер счёта', 'Статус', 'К оплате, руб.']));
    const column = (heading: string) => headings.indexOf(heading) + 1;
    const rows = Array.from({ length: sheet.rowCount - 1 }, (_, i) => sheet.getRow(i + 2));
    expect(rows).toHaveLength(xlsx.data!.municipalityInvoicesExport.rowCount);
    const mine = rows.find((row) => row.getCell(column('Номер счёта')).value === invoice.number)!;
    expect(mine.getCell(column('Статус')).value).toBe('принят к оплате');
    expect(mine.getCell(column('К оплате, руб.')).value).toBeCloseTo(invoice.dueKopecks / 100, 2);
    expect(mine.getCell(column('Сертификатом, руб.')).value).toBeCloseTo(invoice.certificateTotalKopecks / 100, 2);
    const csv = await graphql<Export>(EXPORT, { code: '07', format: 'csv' }, finance);
    const csvText = Buffer.from(csv.data!.municipalityInvoicesExport.contentBase64, 'base64').toString('utf8');
    expect(csvText.startsWith('\ufeffНомер счёта;')).toBe(true);
    expect(csvText).toContain(`${invoice.number};`);
    expect(errorCodes(await graphql(EXPORT, { code: '07', format: 'xlsx' }, await signIn('finance01')))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graphql(EXPORT, { code: '07', format: 'xlsx' }, provider))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await graphql(EXPORT, { code: '07', format: 'pdf' }, finance))).toEqual(['BAD_USER_INPUT']);

    // Running the month again — the provider's report and the scheduled run — changes nothing.
    const before = {
      invoices: await invoicesToKiselevsk(),
      account: (await graphql(ACCOUNT, { id: childId }, parent)).data,
    };
    expect((await graphql(REPORT, { input }, provider)).data).toEqual({
      reportMonth: { invoices: 0, charges: 0, coPaymentNotices: 0, releasedEnrollments: 0 },
    });
    const rerun = await graphql(
      'mutation ($month: String!) { runMonthEnd(month: $month) { invoices charges coPaymentNotices } }',
      { month: thisMonth },
      await signIn('admin'),
    );
    expect(rerun.errors).toBeUndefined();
    expect(rerun.data).toEqual({ runMonthEnd: { invoices: 0, charges: 0, coPaymentNotices: 0 } });
    expect({
      invoices: await invoicesToKiselevsk(),
      account: (await graphql(ACCOUNT, { id: childId }, parent)).data,
    }).toEqual(before);
  });
});

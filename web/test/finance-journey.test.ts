// Issue 12: the finance officer of Кемерово reads providers' invoices end to end, on a phone (390×844) and on a
// desktop: the budget, the invoices waiting for approval, one invoice opened (provider, month, programs and the
// certificates behind their sums, amounts as «1 600,50 ₽»), one returned with a reason, another approved, the list
// exported. Each page is screenshotted at its size, checked with axe, and on the phone no wider than the screen.
// The children are Кемерово's and the clubs Киселевск's (a child may attend a club in another town), so this month's
// invoices to Кемерово are this test's own and other tests keep Киселевск's.
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Download, Locator, Page } from 'playwright-core';
import { KEMEROVO, childWithActiveCertificate, eventually, publishedProgram } from '../../test/system/family.fixture';
import { errorCodes, graphql, signIn as apiSignIn } from '../../test/system/gateway.client';
import {
  DESKTOP,
  PHONE,
  checkA11y,
  checkPhonePage,
  launchBrowser,
  openSection,
  screenshot,
  signedInPage,
  type BrowserSession,
  type Viewport,
} from './harness';

const suffix = randomBytes(3).toString('hex');
const thisMonth = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Novokuznetsk' }).slice(0, 7);
const monthLabel = thisMonth.split('-').reverse().join('.');
const ddt = 'МБУ ДО «Дом детского творчества» г. Киселевска';
const cdt = 'МБУ ДО «Центр детского творчества» г. Киселевска';
/** Any whitespace where Intl puts its no-break spaces: «1 600,50 ₽». */
const amount = (text: string) => new RegExp(text.replace(/ /g, '\\s').replace(/[()]/g, '\\$&'));

const REPORT = 'mutation ($input: MonthReportInput!) { reportMonth(input: $input) { invoices } }';
type Invoice = { id: string; number: string; status: string; municipalityCode: string };
const INVOICES = 'query ($month: String) { providerInvoices(month: $month) { id number status municipalityCode } }';

/** Enrols the child in the group, has the provider accept and report this month; the enrolment's id. */
async function chargedThisMonth(parent: string, provider: string, childId: string, groupId: string): Promise<string> {
  const requested = await eventually(
    () =>
      graphql<{ requestEnrollment: { id: string } }>(
        'mutation ($input: EnrollmentRequestInput!) { requestEnrollment(input: $input) { id } }',
        { input: { childId, groupId, idempotencyKey: `${groupId}-${childId}`, offerAccepted: true } },
        parent,
      ),
    (r) => !errorCodes(r).includes('CERTIFICATE_NOT_ACTIVE'),
  );
  expect(requested.errors).toBeUndefined();
  const enrollmentId = requested.data!.requestEnrollment.id;
  // billing reserves the money through Kafka before the request is the provider's to answer
  await eventually(
    () => graphql<{ myEnrollments: { id: string; status: string }[] }>('{ myEnrollments { id status } }', {}, parent),
    (r) => r.data?.myEnrollments.find((e) => e.id === enrollmentId)?.status === 'pending_provider',
  );
  const accepted = await graphql('mutation ($id: ID!) { acceptEnrollment(id: $id) { status } }', { id: enrollmentId }, provider);
  expect(accepted.errors).toBeUndefined();
  return enrollmentId;
}

/** Reports the month (again, after a return: that corrects the invoice) and gives the provider's current invoice to Кемерово. */
async function report(provider: string, enrollmentIds: string[]): Promise<Invoice> {
  const reported = await eventually(
    () => graphql(REPORT, { input: { month: thisMonth, enrollmentIds } }, provider),
    (r) => !errorCodes(r).includes('ENROLLMENT_NOT_ACCEPTED'),
  );
  expect(reported.errors).toBeUndefined();
  const invoices = await graphql<{ providerInvoices: Invoice[] }>(INVOICES, { month: thisMonth }, provider);
  const issued = invoices.data!.providerInvoices.filter(
    (invoice) => invoice.municipalityCode === KEMEROVO.municipalityCode && invoice.status === 'issued',
  );
  expect(issued).toHaveLength(1);
  return issued[0]!;
}

/** Screenshot at the page's size and axe; on a phone also no wider than the screen. */
async function check(page: Page, name: string): Promise<void> {
  if ((page.viewportSize()?.width ?? DESKTOP.width) <= PHONE.width) return checkPhonePage(page, `${name}-phone`);
  await screenshot(page, `${name}-desktop`);
  await checkA11y(page);
}

/** A control a thumb can reach: shown, and wholly within the screen's width once scrolled to. */
async function expectReachable(page: Page, control: Locator): Promise<void> {
  await control.scrollIntoViewIfNeeded();
  const box = await control.boundingBox();
  expect(box).not.toBeNull();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(page.viewportSize()!.width);
}

const invoiceCard = (page: Page, invoice: Invoice) => page.getByRole('article', { name: `Счёт № ${invoice.number}` });

async function download(page: Page, format: 'XLSX' | 'CSV'): Promise<Buffer> {
  const [file]: [Download, void] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: `Скачать счета в ${format}` }).click(),
  ]);
  expect(file.suggestedFilename()).toMatch(new RegExp(`\\.${format.toLowerCase()}$`));
  return readFile(await file.path());
}

describe('the finance officer reading invoices, on a phone and on a desktop', () => {
  const sessions: BrowserSession[] = [];
  let provider = '';
  let provider2 = '';
  /** The ДДТ's enrolments on its invoice: two children in two programs. */
  let ddtEnrollments: string[] = [];
  let certificateNumber = '';
  let ddtInvoice: Invoice;
  let cdtInvoice: Invoice;

  beforeAll(async () => {
    const parent = await apiSignIn('parent2');
    provider = await apiSignIn('provider');
    provider2 = await apiSignIn('provider2');
    const child = (firstName: string) =>
      ({ lastName: 'Счетова', firstName, patronymic: 'Игоревна', sex: 'FEMALE', age: 11 }) as const;
    const alice = await childWithActiveCertificate(parent, `scheta-a-${suffix}@example.ru`, child('Алиса'), KEMEROVO);
    const vera = await childWithActiveCertificate(parent, `scheta-v-${suffix}@example.ru`, child('Вера'), KEMEROVO);
    certificateNumber = alice.number;
    // two months each, so one certificate holds all three and the first month is charged in full
    const terms = { durationMonths: 2 };
    const robots = await publishedProgram(provider, { ...terms, title: `Робототехника ${suffix}`, monthlyPriceKopecks: 160_050 });
    const choir = await publishedProgram(provider, { ...terms, title: `Хоровая студия ${suffix}`, monthlyPriceKopecks: 120_000 });
    const chess = await publishedProgram(provider2, { ...terms, title: `Шахматы ${suffix}`, monthlyPriceKopecks: 75_000 });
    ddtEnrollments = [
      await chargedThisMonth(parent, provider, alice.childId, robots.groupId),
      await chargedThisMonth(parent, provider, vera.childId, choir.groupId),
    ];
    const chessEnrollment = await chargedThisMonth(parent, provider2, alice.childId, chess.groupId);
    ddtInvoice = await report(provider, ddtEnrollments);
    cdtInvoice = await report(provider2, [chessEnrollment]);
  });

  afterAll(async () => {
    await Promise.all(sessions.map((session) => session.close()));
  });

  /** Signs the officer in at the size given and opens the budget, checking the header and the figures. */
  async function budget(viewport: Viewport): Promise<Page> {
    const session = await launchBrowser(viewport);
    sessions.push(session);
    const finance = await signedInPage(session, 'finance01');
    const header = finance.getByRole('banner');
    await header.getByText('Кабинет уполномоченного органа').waitFor();
    await expectReachable(finance, header.getByRole('button', { name: 'Выйти' }));
    await openSection(finance, 'Бюджет');
    await finance.getByRole('heading', { level: 1, name: 'Бюджет' }).waitFor();
    // the figure «Бюджет» (its label a paragraph, unlike the page's heading)
    await finance
      .locator('main p', { hasText: /^Бюджет$/ })
      .locator('xpath=..')
      .getByText(/^\d{1,3}(\s\d{3})*,\d{2}\s₽$/)
      .waitFor();
    await finance.getByRole('heading', { level: 2, name: 'Прогноз до конца учебного года' }).waitFor();
    await finance.getByRole('region', { name: 'Списания по месяцам' }).waitFor();
    await check(finance, 'finance-journey-budget');
    return finance;
  }

  /** Opens «Счета» and reads the invoice: provider, month, programs, the sums and the certificates behind them. */
  async function readInvoice(finance: Page, invoice: Invoice): Promise<Locator> {
    await openSection(finance, 'Счета');
    await finance.getByRole('heading', { level: 1, name: 'Счета' }).waitFor();
    const card = invoiceCard(finance, invoice);
    await card.getByRole('heading', { name: `Счёт № ${invoice.number} за ${monthLabel}` }).waitFor();
    await card.getByText(ddt).waitFor();
    await card.getByText('Выставлен', { exact: true }).waitFor();
    await card.getByText(amount('К оплате муниципалитетом: 2 800,50 ₽')).waitFor();
    const byProgram = card.getByRole('region', { name: `Счёт № ${invoice.number} по программам` });
    const robots = byProgram.getByRole('row').filter({ hasText: `Робототехника ${suffix}` });
    await robots.filter({ hasText: amount('1 600,50 ₽') }).waitFor();
    await byProgram
      .getByRole('row')
      .filter({ hasText: `Хоровая студия ${suffix}` })
      .filter({ hasText: amount('1 200,00 ₽') })
      .waitFor();
    await robots.getByRole('button', { name: amount(`^Робототехника ${suffix}: строки счёта на 1 600,50 ₽$`) }).click();
    await byProgram
      .getByRole('row')
      .filter({ hasText: `Сертификат ${certificateNumber}` })
      .filter({ hasText: amount('1 600,50 ₽') })
      .waitFor();
    await check(finance, 'finance-journey-invoice');
    return card;
  }

  /** Returns the invoice: refused without a reason, then with one; it leaves those waiting and shows the reason. */
  async function giveBack(finance: Page, card: Locator, reason: string): Promise<void> {
    const give = card.getByRole('button', { name: 'Вернуть' });
    await expectReachable(finance, give);
    await give.click();
    await card.getByText('Укажите, почему счёт возвращается.').waitFor();
    await card.getByRole('textbox', { name: 'Почему возвращаете' }).fill(reason);
    await check(finance, 'finance-journey-return');
    await give.click();
    await card.waitFor({ state: 'detached' });
  }

  async function approve(finance: Page, invoice: Invoice): Promise<void> {
    const card = invoiceCard(finance, invoice);
    const accept = card.getByRole('button', { name: 'Принять к оплате' });
    await expectReachable(finance, accept);
    await accept.click();
    await card.waitFor({ state: 'detached' });
  }

  /** All the invoices, with the decisions made, and the list exported as the officer sees it. */
  async function reviewed(finance: Page, returned: Invoice, reason: string, approved: Invoice): Promise<Buffer> {
    await finance.getByRole('combobox', { name: 'Показать' }).selectOption({ label: 'Все' });
    const back = invoiceCard(finance, returned);
    await back.getByText('Возвращён', { exact: true }).waitFor();
    await back.getByText(`Причина возврата: ${reason}`).waitFor();
    await invoiceCard(finance, approved).getByText('Принят к оплате', { exact: true }).waitFor();
    await check(finance, 'finance-journey-reviewed');
    await expectReachable(finance, finance.getByRole('button', { name: 'Скачать счета в XLSX' }));
    return download(finance, (finance.viewportSize()?.width ?? 0) <= PHONE.width ? 'XLSX' : 'CSV');
  }

  it('on a phone: reads the budget and an invoice, returns it with a reason, approves another, exports the list', async () => {
    const finance = await budget(PHONE);
    const card = await readInvoice(finance, ddtInvoice);
    const reason = 'Хоровая студия не занималась в этом месяце';
    await giveBack(finance, card, reason);
    const chess = invoiceCard(finance, cdtInvoice);
    await chess.getByText(cdt).waitFor();
    await chess.getByText(amount('К оплате муниципалитетом: 750,00 ₽')).waitFor();
    await approve(finance, cdtInvoice);
    const file = await reviewed(finance, ddtInvoice, reason, cdtInvoice);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Счета')!;
    const headings = (sheet.getRow(1).values as unknown[]).slice(1);
    const column = (heading: string) => headings.indexOf(heading) + 1;
    const rows = Array.from({ length: sheet.rowCount - 1 }, (_, i) => sheet.getRow(i + 2));
    const row = (invoice: Invoice) => rows.find((r) => r.getCell(column('Номер счёта')).value === invoice.number);
    expect(row(ddtInvoice)?.getCell(column('Статус')).value).toBe('возвращён');
    expect(row(cdtInvoice)?.getCell(column('Статус')).value).toBe('принят к оплате');
    expect(row(cdtInvoice)?.getCell(column('К оплате, руб.')).value).toBeCloseTo(750, 2);
  });

  it('on a desktop: reads the corrected invoice, returns it again, approves the next correction, exports the list', async () => {
    // the ДДТ corrects its invoice by reporting the month again
    const corrected = await report(provider, ddtEnrollments);
    expect(corrected.number).not.toBe(ddtInvoice.number);
    const finance = await budget(DESKTOP);
    const card = await readInvoice(finance, corrected);
    const reason = 'Нет подписи руководителя на отчёте';
    await giveBack(finance, card, reason);
    const again = await report(provider, ddtEnrollments);
    await finance.reload();
    await finance.getByRole('heading', { level: 1, name: 'Счета' }).waitFor();
    await invoiceCard(finance, again).getByText(amount('К оплате муниципалитетом: 2 800,50 ₽')).waitFor();
    await approve(finance, again);
    const csv = (await reviewed(finance, corrected, reason, again)).toString('utf8');
    expect(csv.startsWith('\ufeffНомер счёта;')).toBe(true);
    for (const invoice of [ddtInvoice, corrected, again, cdtInvoice]) expect(csv).toContain(`${invoice.number};`);
  });
});

import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { checkA11y, checkOnPhone, launchBrowser, PHONE, screenshot, signedInPage, type BrowserSession } from './harness';

/** Clicks an export button and reads what the browser saved. */
async function download(page: Page, button: string): Promise<{ fileName: string; body: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return { fileName: file.suggestedFilename(), body: await readFile((await file.path())!) };
}

async function xlsxRowCount(body: Buffer, sheetName: string): Promise<number> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  return workbook.getWorksheet(sheetName)!.rowCount;
}

/** The export again at a phone's width: the buttons are there and work, the page fits and stays accessible. */
async function downloadOnPhone(page: Page, button: string, name: string): Promise<string> {
  const desktop = page.viewportSize();
  await page.setViewportSize(PHONE);
  await page.waitForTimeout(500);
  try {
    const { fileName } = await download(page, button);
    await page.getByRole('button', { name: button }).scrollIntoViewIfNeeded();
    await checkOnPhone(page, name);
    return fileName;
  } finally {
    if (desktop) await page.setViewportSize(desktop);
  }
}

// Issue 14: each overview opened as its role, at desktop and phone sizes, accessible, and saved as a screenshot.
describe('overviews', () => {
  let session: BrowserSession;

  beforeAll(async () => {
    session = await launchBrowser();
  });

  afterAll(async () => {
    await session?.close();
  });

  it('lands the МОЦ operator on the overview: the queue, the quota, charts with their tables', async () => {
    const operator = await signedInPage(session, 'operator');
    await operator.getByRole('heading', { level: 1, name: 'Обзор' }).waitFor();
    await operator.getByText('Ждут активации', { exact: true }).first().waitFor();
    await operator.getByText('Квота использована').waitFor();
    const days = operator.getByRole('region', { name: 'Заявки и сертификаты по дням' });
    expect(await days.getByRole('row').count()).toBe(31);
    const groups = operator.getByRole('region', { name: 'Сертификаты по группам' });
    await groups.getByRole('row', { name: /^Все группы / }).waitFor();
    // the charts are drawn (recharts renders its bars as svg paths)
    await operator.locator('.recharts-surface').first().waitFor();
    await screenshot(operator, 'support-centre-overview');
    await checkA11y(operator);
    await checkOnPhone(operator, 'support-centre-overview');
  });

  it('shows the regional admin all 34 municipalities side by side', async () => {
    const admin = await signedInPage(session, 'admin');
    await admin.getByRole('heading', { level: 1, name: 'Обзор региона' }).waitFor();
    const money = admin.getByRole('region', { name: 'Сертификаты и деньги по муниципалитетам' });
    await money
      .getByRole('row', { name: /Киселевск/ })
      .first()
      .waitFor();
    expect(await money.getByRole('row').count()).toBe(35);
    const programs = admin.getByRole('region', { name: 'Программы и места по муниципалитетам' });
    expect(await programs.getByRole('row').count()).toBe(35);
    await screenshot(admin, 'region-overview');
    await checkA11y(admin);
    await checkOnPhone(admin, 'region-overview');
  });

  it('downloads the МОЦ overview tables as XLSX and CSV', async () => {
    const operator = await signedInPage(session, 'operator');
    await operator.getByRole('region', { name: 'Заявки и сертификаты по дням' }).waitFor();
    const days = await download(operator, 'Скачать заявки и сертификаты по дням в XLSX');
    expect(days.fileName).toBe('обзор-по-дням-07.xlsx');
    // the heading and the page's 30 days
    expect(await xlsxRowCount(days.body, 'Заявки и сертификаты по дням')).toBe(31);
    const groups = await download(operator, 'Скачать сертификаты по группам в CSV');
    expect(groups.fileName).toBe('обзор-по-группам-07.csv');
    const lines = groups.body.toString('utf8').split('\r\n');
    expect(lines[0]).toBe('\ufeffГруппа;Выдано;Активировано;Ждут активации;"Ждёт дольше всех, дн.";Финансирования;Учёта');
    expect(lines.at(-2)).toMatch(/^Все группы;\d+;/);
    await screenshot(operator, 'support-centre-overview-exports');
    expect(await downloadOnPhone(operator, 'Скачать сертификаты по группам в XLSX', 'support-centre-overview-exports')).toBe(
      'обзор-по-группам-07.xlsx',
    );
  });

  it('downloads the region overview as one joined table', async () => {
    const admin = await signedInPage(session, 'admin');
    await admin.getByRole('heading', { level: 1, name: 'Обзор региона' }).waitFor();
    const xlsx = await download(admin, 'Скачать обзор региона в XLSX');
    expect(xlsx.fileName).toBe('обзор-региона.xlsx');
    expect(await xlsxRowCount(xlsx.body, 'Обзор региона')).toBe(35);
    const csv = await download(admin, 'Скачать обзор региона в CSV');
    const [headings, ...rows] = csv.body.toString('utf8').split('\r\n');
    // certificates', billing's and navigator's columns in one heading line
    expect(headings).toMatch(/^\ufeffКод;Муниципалитет;Выдано;.*;Квота;.*;Программ;техническая;.*;Мест занято$/);
    expect(rows.filter((row) => row !== '')).toHaveLength(34);
    await screenshot(admin, 'region-overview-exports');
    expect(await downloadOnPhone(admin, 'Скачать обзор региона в CSV', 'region-overview-exports')).toBe('обзор-региона.csv');
  });

  it('forecasts the finance officer budget to the end of the school year', async () => {
    const finance = await signedInPage(session, 'finance');
    await finance.getByRole('navigation', { name: 'Разделы кабинета' }).getByRole('link', { name: 'Бюджет' }).click();
    await finance.getByRole('heading', { level: 2, name: 'Прогноз до конца учебного года' }).waitFor();
    await finance.getByText('Будет списано к 31 августа').waitFor();
    await finance.getByText(/дней учебного года\.$/).waitFor();
    await screenshot(finance, 'budget-forecast');
    await checkA11y(finance);
    await checkOnPhone(finance, 'budget-forecast');
  });

  it('downloads the finance officer budget by months and the normatives', async () => {
    const finance = await signedInPage(session, 'finance');
    await finance.getByRole('navigation', { name: 'Разделы кабинета' }).getByRole('link', { name: 'Бюджет' }).click();
    await finance.getByRole('heading', { level: 2, name: 'Списания по месяцам' }).waitFor();
    // the months' table and its buttons appear once something has been charged this school year
    const monthsButton = finance.getByRole('button', { name: 'Скачать списания по месяцам в CSV' });
    if (await finance.getByRole('region', { name: 'Списания по месяцам' }).isVisible()) {
      const months = await download(finance, 'Скачать списания по месяцам в CSV');
      expect(months.fileName).toBe('списания-по-месяцам-07.csv');
      expect(months.body.toString('utf8').split('\r\n')[0]).toBe(
        '\ufeffМесяц;"Оплачено сертификатами, руб.";"Доплаты родителей, руб.";Оплаченных месяцев обучения',
      );
    } else expect(await monthsButton.count()).toBe(0);

    await finance.getByRole('navigation', { name: 'Разделы кабинета' }).getByRole('link', { name: 'Нормативы' }).click();
    await finance.getByRole('region', { name: 'Действующие нормативы' }).waitFor();
    const normatives = await download(finance, 'Скачать действующие нормативы в XLSX');
    expect(normatives.fileName).toBe('нормативы-07.xlsx');
    expect(await xlsxRowCount(normatives.body, 'Действующие нормативы')).toBeGreaterThan(1);
    await screenshot(finance, 'normatives-exports');
    expect(await downloadOnPhone(finance, 'Скачать действующие нормативы в CSV', 'normatives-exports')).toBe('нормативы-07.csv');
  });
});

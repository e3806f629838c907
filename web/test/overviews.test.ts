import { checkA11y, checkOnPhone, launchBrowser, screenshot, signedInPage, type BrowserSession } from './harness';

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
});

import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { checkA11y, checkOnPhone, launchBrowser, requiredEnv, screenshot, signedInPage, type BrowserSession } from './harness';

const webUrl = requiredEnv('WEB_URL');

describe('provider and operator cabinets: a program from draft to the catalogue', () => {
  let session: BrowserSession;
  let provider: Page;
  const title = `Шахматная школа «Ладья» ${randomBytes(3).toString('hex')}`;

  beforeAll(async () => {
    session = await launchBrowser();
    provider = await signedInPage(session, 'provider');
  });

  afterAll(async () => {
    await session?.close();
  });

  it('creates a draft program, refusing bad input with the API’s Russian message', async () => {
    await provider.getByRole('heading', { level: 1, name: 'Программы' }).waitFor();
    await screenshot(provider, 'provider-programs');
    await checkA11y(provider);
    await provider.getByRole('link', { name: 'Новая программа' }).click();
    await provider.getByRole('heading', { level: 1, name: 'Новая программа' }).waitFor();
    await provider.getByRole('button', { name: 'Сохранить черновик' }).click();
    for (const message of ['Укажите название программы.', 'Опишите программу.', 'Выберите муниципалитет.']) {
      await provider.getByText(message, { exact: true }).waitFor();
    }
    await provider.getByText(/^Укажите стоимость в рублях/).waitFor();
    await screenshot(provider, 'provider-program-empty');
    await checkA11y(provider);
    await provider.getByRole('textbox', { name: 'Название программы' }).fill(title);
    await provider.getByRole('textbox', { name: 'Описание' }).fill('Шахматы для начинающих: правила, тактика, турниры.');
    await provider.getByRole('combobox', { name: 'Направленность' }).selectOption('social');
    await provider.getByRole('combobox', { name: 'Муниципалитет' }).selectOption('07');
    await provider.getByRole('textbox', { name: 'Адрес' }).fill('г. Киселевск, ул. Ленина, 30');
    await provider.getByRole('textbox', { name: 'Возраст от, лет' }).fill('18');
    await provider.getByRole('textbox', { name: 'Возраст до, лет' }).fill('5');
    await provider.getByRole('textbox', { name: 'Стоимость в месяц, ₽' }).fill('1 600,50');
    await provider.getByRole('button', { name: 'Сохранить черновик' }).click();
    await provider.getByRole('alert').filter({ hasText: 'наименьший возраст не может быть больше наибольшего' }).waitFor();
    await screenshot(provider, 'provider-program-bad-input');
    await checkA11y(provider);

    await provider.getByRole('textbox', { name: 'Возраст от, лет' }).fill('7');
    await provider.getByRole('textbox', { name: 'Возраст до, лет' }).fill('16');
    await provider.getByRole('button', { name: 'Сохранить черновик' }).click();
    await provider.getByRole('heading', { level: 1, name: title }).waitFor();
    await provider.getByText('Черновик', { exact: true }).waitFor();
    // The price comes back in the Russian format it was typed in, not as «1600.5».
    await provider.getByText(/^Стоимость: 1[\s\u00a0\u202f]600,50[\s\u00a0\u202f]₽ в месяц\./).waitFor();
    const price = await provider.getByRole('textbox', { name: 'Стоимость в месяц, ₽' }).inputValue();
    expect(price.replace(/[\u00a0\u202f]/g, ' ')).toBe('1 600,50');
  });

  it('adds a group and submits the program for review', async () => {
    await provider.getByRole('button', { name: 'Добавить группу' }).click();
    await provider.getByRole('button', { name: 'Сохранить группу' }).click();
    for (const message of ['Укажите педагога.', 'Отметьте дни занятий.', 'Укажите дату начала обучения.']) {
      await provider.getByText(message, { exact: true }).waitFor();
    }
    await provider.getByRole('textbox', { name: 'Педагог' }).fill('Смирнов Олег Викторович');
    await provider.getByRole('checkbox', { name: 'вторник' }).check();
    await provider.getByRole('checkbox', { name: 'пятница' }).check();
    await provider.getByRole('textbox', { name: 'Мест' }).fill('8');
    await provider.getByLabel('Начало обучения').fill('2026-09-01');
    await provider.getByLabel('Окончание обучения').fill('2027-05-31');
    await provider.getByRole('button', { name: 'Сохранить группу' }).click();
    await provider.getByText(/вт, пт, 15:00–16:30 · Смирнов Олег Викторович · свободно 8 из 8/).waitFor();
    await screenshot(provider, 'provider-program');
    await checkA11y(provider);
    await checkOnPhone(provider, 'provider-program');
    await provider.getByRole('button', { name: 'Отправить на проверку' }).click();
    await provider.getByText('На проверке', { exact: true }).waitFor();
  });

  it('lets the operator approve it, and it appears in the catalogue', async () => {
    const operator = await signedInPage(session, 'operator');
    await operator
      .getByRole('navigation', { name: 'Разделы кабинета' })
      .getByRole('link', { name: 'Программы на проверке' })
      .click();
    const review = operator.getByRole('article').filter({ has: operator.getByRole('heading', { name: title }) });
    await review.waitFor().catch(async (error: unknown) => {
      await screenshot(operator, 'program-reviews-failed');
      throw error;
    });
    await screenshot(operator, 'program-reviews');
    await checkA11y(operator);
    await review.getByRole('button', { name: 'Вернуть на доработку' }).click();
    await review.getByRole('alert').waitFor();
    await review.getByRole('button', { name: 'Сертифицировать и опубликовать' }).click();
    await review.waitFor({ state: 'detached' });
    await operator.close();

    await provider.reload();
    await provider.getByText('Опубликована', { exact: true }).waitFor();
    const page = await session.context.newPage();
    await page.goto(new URL(`/navigator?q=${encodeURIComponent('шахматная ладья')}`, webUrl).href);
    await page.getByRole('link', { name: title }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByRole('row', { name: /вт, пт, 15:00–16:30 Смирнов Олег Викторович .* 8 из 8/ }).waitFor();
    await page.close();
  });

  it('issues an API key shown once, and revokes it', async () => {
    await provider.getByRole('navigation', { name: 'Разделы кабинета' }).getByRole('link', { name: 'Ключи API' }).click();
    await provider.getByRole('heading', { level: 1, name: 'Ключи API' }).waitFor();
    const name = `Учёт кружков ${randomBytes(2).toString('hex')}`;
    await provider.getByRole('textbox', { name: 'Название ключа' }).fill(name);
    await provider.getByRole('button', { name: 'Выпустить ключ' }).click();
    await provider.getByText(/^pdo_\S{20,}$/).waitFor();
    await screenshot(provider, 'api-keys');
    await checkA11y(provider);
    await provider.getByRole('button', { name: `Отозвать ключ ${name}` }).click();
    await provider.getByRole('row', { name: new RegExp(`^${name} .*Отозван`) }).waitFor();
  });

  it('lets the finance officer set next year’s normative, refusing bad input, and keeps the history', async () => {
    const finance = await signedInPage(session, 'finance');
    await finance.getByRole('heading', { level: 1, name: 'Нормативы' }).waitFor();
    const form = finance.getByRole('region', { name: 'Установить норматив' });
    const nextYear = form.getByRole('combobox', { name: 'Учебный год' });
    await nextYear.selectOption({ index: 1 });
    await form.getByRole('textbox', { name: 'Норматив на сертификат в год, ₽' }).fill('24000');
    await form.getByRole('textbox', { name: 'Число финансируемых сертификатов' }).fill('-5');
    await form.getByRole('textbox', { name: 'Бюджет на учебный год, ₽' }).fill('12000000');
    await form.getByRole('button', { name: 'Сохранить норматив' }).click();
    await form.getByRole('alert').waitFor();
    await form.getByRole('textbox', { name: 'Число финансируемых сертификатов' }).fill('500');
    await form.getByRole('button', { name: 'Сохранить норматив' }).click();
    await form.getByText('Норматив сохранён').waitFor();
    await finance
      .getByRole('region', { name: 'История изменений нормативов' })
      .getByRole('row', { name: /24\s000,00\s₽/ })
      .first()
      .waitFor();
    await screenshot(finance, 'finance-normatives');
    await checkA11y(finance);
    await checkOnPhone(finance, 'finance-normatives');

    // On a phone the long cabinet title stays inside the header, beside «Выйти».
    await finance.setViewportSize({ width: 390, height: 844 });
    const banner = finance.getByRole('banner');
    const title = await banner.getByText('Кабинет уполномоченного органа', { exact: true }).boundingBox();
    const leave = await banner.getByRole('button', { name: 'Выйти' }).boundingBox();
    const header = await banner.boundingBox();
    expect(title && leave && header).toBeTruthy();
    expect(title!.y + title!.height).toBeLessThanOrEqual(header!.y + header!.height);
    expect(title!.x + title!.width).toBeLessThanOrEqual(leave!.x);
    expect(leave!.x + leave!.width).toBeLessThanOrEqual(390);
    await finance.close();
  });
});

import type { Page } from 'playwright-core';
import { checkA11y, launchBrowser, requiredEnv, screenshot, signIn as signInAs, type BrowserSession } from './harness';

const webUrl = requiredEnv('WEB_URL');
const demoPassword = requiredEnv('DEMO_PASSWORD');

describe('web shell', () => {
  let session: BrowserSession;
  let page: Page;

  beforeAll(async () => {
    session = await launchBrowser();
    page = await session.context.newPage();
  });

  afterAll(async () => {
    await session?.close();
  });

  const signIn = (login: string, password: string) => signInAs(page, login, password);

  it('shows the sign-in page in Russian, accessible', async () => {
    await page.goto(new URL('/', webUrl).href);
    await page.getByRole('heading', { name: 'Вход в личный кабинет' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('ru');
    await page.getByRole('link', { name: 'Забыли пароль?' }).waitFor();
    await page.getByText('логин/пароль нужно получить в школе').waitFor();
    await screenshot(page, 'sign-in');
    await checkA11y(page);
  });

  it('explains how to recover a password and sends a link without telling whether the account exists', async () => {
    await page.getByRole('link', { name: 'Забыли пароль?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Восстановление пароля' }).waitFor();
    await page.getByText('муниципальный опорный центр (МОЦ)').waitFor();
    await page.getByRole('textbox', { name: 'Логин или адрес электронной почты' }).fill('nobody-here@example.ru');
    await page.getByRole('button', { name: 'Получить ссылку' }).click();
    await page.getByRole('status').filter({ hasText: 'Проверьте почту' }).waitFor();
    await screenshot(page, 'password-recovery');
    await checkA11y(page);
    await page.getByRole('link', { name: 'Вернуться ко входу' }).click();
    await page.getByRole('heading', { name: 'Вход в личный кабинет' }).waitFor();
  });

  it('refuses a forged recovery link in Russian', async () => {
    await page.goto(new URL('/password-recovery?token=forged-token', webUrl).href);
    await page.getByRole('heading', { level: 1, name: 'Новый пароль' }).waitFor();
    await page.getByRole('textbox', { name: 'Новый пароль', exact: true }).fill('Новый-пароль-2026');
    await page.getByRole('textbox', { name: 'Повторите пароль', exact: true }).fill('Новый-пароль-2026');
    await page.getByRole('button', { name: 'Сохранить пароль и войти' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: /[А-Яа-я]/ })
      .waitFor();
    await screenshot(page, 'password-recovery-bad-link');
    await checkA11y(page);
    await page.goto(new URL('/', webUrl).href);
  });

  it('says plainly when Gosuslugi is unavailable', async () => {
    await page.getByRole('button', { name: 'Войти через Госуслуги' }).click();
    await page.getByText('Госуслуги недоступны').waitFor();
    await page.getByText('Вход через Госуслуги временно не доступен.').waitFor();
    await screenshot(page, 'sign-in-gosuslugi-unavailable');
    await checkA11y(page);
  });

  it('rejects a wrong password with the guide wording', async () => {
    await signIn('parent', `${demoPassword}-wrong`);
    await page.getByRole('alert').filter({ hasText: 'Ваш логин/пароль не подходит.' }).waitFor();
    await screenshot(page, 'sign-in-wrong-password');
    await checkA11y(page);
  });

  it('signs the demo parent in to the parent cabinet, which survives a reload', async () => {
    await signIn('parent', demoPassword);
    await page.getByRole('banner').getByText('Личный кабинет', { exact: true }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Разделы кабинета' });
    for (const section of ['Услуги', 'Дополнительное образование', 'Дети', 'Почта']) {
      await nav.getByText(section, { exact: true }).waitFor();
    }
    await page.getByRole('heading', { level: 1, name: 'Дополнительное образование' }).waitFor();
    await screenshot(page, 'parent-cabinet');
    await checkA11y(page);

    await nav.getByRole('link', { name: 'Дети' }).click();
    await page.getByRole('heading', { level: 1, name: 'Дети' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Дети' }).waitFor();
    await checkA11y(page);

    // Without the access token the httpOnly refresh cookie restores the session.
    await page.evaluate('window.sessionStorage.clear()');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Дети' }).waitFor();
  });

  it('signs out back to the sign-in page and stays signed out', async () => {
    await page.getByRole('button', { name: 'Выйти' }).click();
    await page.getByRole('heading', { name: 'Вход в личный кабинет' }).waitFor();
    await page.goto(new URL('/cabinet/children', webUrl).href);
    await page.getByRole('heading', { name: 'Вход в личный кабинет' }).waitFor();
  });
});

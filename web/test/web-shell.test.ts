import type { Page } from 'playwright-core';
import {
  checkA11y,
  checkOnPhone,
  launchBrowser,
  requiredEnv,
  screenshot,
  signIn as signInAs,
  type BrowserSession,
} from './harness';

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

  it('opens on a public start page in Russian: the certificate, the steps, the navigator and the sign-in form', async () => {
    await page.goto(new URL('/', webUrl).href);
    await page.getByRole('heading', { level: 1, name: 'Сертификат дополнительного образования детей Кузбасса' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('ru');
    await page.getByText('выдаётся всем детям от 5 лет и действует до достижения 18 лет').waitFor();
    const steps = page.getByRole('region', { name: 'Как получить и использовать сертификат' }).getByRole('listitem');
    expect(await steps.allInnerTexts()).toEqual([
      expect.stringMatching(/^Получите сертификат\./),
      expect.stringMatching(/^Активируйте сертификат\. Обратитесь в МОЦ/),
      expect.stringMatching(/^Выберите программу в навигаторе\./),
      expect.stringMatching(/^Запишите ребёнка\./),
    ]);
    await page.getByRole('heading', { name: 'В школе не выдают логин/пароль?' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Вход в личный кабинет' }).waitFor();
    await page.getByRole('link', { name: 'Забыли пароль?' }).waitFor();
    await page.getByText('логин/пароль нужно получить в школе').waitFor();
    await screenshot(page, 'start');
    await checkA11y(page);
    await checkOnPhone(page, 'start');
  });

  it('shows the chosen municipality’s МОЦ with its address and phone, from the reference data', async () => {
    const centre = page.getByRole('region', { name: 'Муниципальный опорный центр (МОЦ)' });
    await centre.getByRole('combobox', { name: 'Ваш муниципалитет' }).selectOption({ label: 'г. Киселевск' });
    await centre.getByText('МОЦ Киселевского городского округа — МБУ ДО «Центр детского творчества»').waitFor();
    await centre.getByText('Адрес: г. Киселевск, ул. Советская, д. 5').waitFor();
    await centre.getByRole('link', { name: '+7 (38464) 2-20-34' }).first().waitFor();
    await centre.getByRole('heading', { name: 'Учреждения, где активируют сертификат' }).waitFor();
    expect(new URL(page.url()).searchParams.get('municipality')).toBe('07');
    await screenshot(page, 'start-support-centre');
    await checkA11y(page);
    await checkOnPhone(page, 'start-support-centre');
  });

  it('leads from the start page to the public navigator', async () => {
    await page.getByRole('link', { name: 'Открыть навигатор программ' }).click();
    await page.getByRole('heading', { level: 1, name: 'Навигатор дополнительного образования детей Кузбасса' }).waitFor();
    await page.goto(new URL('/', webUrl).href);
  });

  it('keeps the public header on one line on a phone', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      const nav = page.getByRole('navigation', { name: 'Основная навигация' });
      for (const name of ['Навигатор', 'Вход']) {
        const box = await nav.getByRole('link', { name, exact: true }).boundingBox();
        expect(box).not.toBeNull();
        expect(box!.x + box!.width).toBeLessThanOrEqual(390);
        expect(box!.y + box!.height).toBeLessThanOrEqual(64);
      }
    } finally {
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  });

  it('refuses an empty sign-in with its own Russian messages, not the browser’s', async () => {
    await page.getByRole('button', { name: 'Войти', exact: true }).click();
    await page.getByText('Введите логин.').waitFor();
    await page.getByText('Введите пароль.').waitFor();
    const login = page.getByRole('textbox', { name: 'Логин', exact: true });
    expect(await login.getAttribute('aria-invalid')).toBe('true');
    // The browser's own bubble (in the browser's language) is off: the form validates itself.
    expect(await login.evaluate((input) => (input as HTMLInputElement).form?.noValidate)).toBe(true);
    await screenshot(page, 'sign-in-empty');
    await checkA11y(page);
    await checkOnPhone(page, 'sign-in-empty');
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

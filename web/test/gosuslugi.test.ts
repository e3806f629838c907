// Issue 12: «Войти через Госуслуги» against the local stand-in for ESIA that the test system starts, through the
// same authorization-code flow with PKCE identity uses with the real one: the person chosen there comes back
// signed in; one who declines comes back to a plain refusal.
import type { Page } from 'playwright-core';
import { checkA11y, checkOnPhone, launchBrowser, requiredEnv, screenshot, type BrowserSession } from './harness';

const webUrl = requiredEnv('WEB_URL');

describe('sign-in through Gosuslugi (local stand-in)', () => {
  let session: BrowserSession;
  let page: Page;

  beforeAll(async () => {
    session = await launchBrowser();
    page = await session.context.newPage();
  });

  afterAll(async () => {
    await session?.close();
  });

  it('signs in the demo person chosen at the stand-in as a parent', async () => {
    await page.goto(new URL('/', webUrl).href);
    await page.getByRole('button', { name: 'Войти через Госуслуги' }).click();
    await page.getByRole('heading', { level: 1, name: 'Вход через Госуслуги' }).waitFor();
    await page.getByText('Это учебный стенд для разработки и тестов, а не настоящие Госуслуги.').waitFor();
    await screenshot(page, 'gosuslugi-stand-in');
    await checkA11y(page);
    await checkOnPhone(page, 'gosuslugi-stand-in');

    await page.getByRole('button', { name: 'Войти как Смирнова Анна Викторовна' }).click();
    await page.getByRole('button', { name: 'Выйти' }).waitFor();
    expect(new URL(page.url()).origin).toBe(new URL(webUrl).origin);
    await page.getByText('Смирнова Анна Викторовна').first().waitFor();
    await screenshot(page, 'gosuslugi-signed-in');
    await checkA11y(page);
    await checkOnPhone(page, 'gosuslugi-signed-in');
    await page.getByRole('button', { name: 'Выйти' }).click();
  });

  it('brings back one who declines at the stand-in to a plain refusal', async () => {
    // another computer: the stand-in, like ESIA, would otherwise remember the person signed in above
    page = await (await session.newContext()).newPage();
    await page.goto(new URL('/', webUrl).href);
    await page.getByRole('button', { name: 'Войти через Госуслуги' }).click();
    await page.getByRole('button', { name: 'Отказаться от входа' }).click();
    await page.getByText('Госуслуги не подтвердили вход. Попробуйте ещё раз или войдите по логину и паролю.').waitFor();
    await screenshot(page, 'gosuslugi-declined');
    await checkA11y(page);
    await checkOnPhone(page, 'gosuslugi-declined');
    await page.getByRole('link', { name: 'Вернуться ко входу' }).waitFor();
  });
});

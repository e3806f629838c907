import type { Page, Response } from 'playwright-core';
import { checkA11y, checkOnPhone, launchBrowser, requiredEnv, screenshot, signedInPage, type BrowserSession } from './harness';

const webUrl = requiredEnv('WEB_URL');

describe('public catalogue', () => {
  let session: BrowserSession;
  let page: Page;

  beforeAll(async () => {
    session = await launchBrowser();
    page = await session.context.newPage();
  });

  afterAll(async () => {
    await session?.close();
  });

  const robotics = () => page.getByRole('link', { name: 'Робототехника для начинающих' });
  const artStudio = () => page.getByRole('link', { name: 'Изостудия «Радуга»' });
  const results = () => page.getByRole('status').filter({ hasText: 'Найдено программ' });

  it('lists published programs with direction and municipality counts', async () => {
    await page.goto(new URL('/navigator', webUrl).href);
    await page.getByRole('heading', { level: 1, name: 'Навигатор дополнительного образования детей Кузбасса' }).waitFor();
    await robotics().waitFor();
    await artStudio().waitFor();
    await page.getByText(/^художественная \(\d+\)$/).waitFor();
    await page
      .getByRole('combobox', { name: 'Муниципалитет' })
      .locator('option', { hasText: /г\. Киселевск \(\d+\)/ })
      .waitFor({
        state: 'attached',
      });
    await screenshot(page, 'catalogue');
    await checkA11y(page);
    await checkOnPhone(page, 'catalogue');
  });

  it('prints a card’s town once and its price in Russian format', async () => {
    const card = page.getByRole('article').filter({ has: robotics() });
    const text = (await card.innerText()).replace(/[\u00a0\u202f]/g, ' ');
    expect(text.match(/г\. Киселевск,/g)).toHaveLength(1);
    expect(text).toContain('г. Киселевск, ул. Ленина, 30');
    expect(text).toContain('1 500,00 ₽ в месяц');
  });

  it('on a phone shows the programs first, with the filters folded until asked for', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      await page.reload();
      await robotics().waitFor();
      const price = page.getByRole('textbox', { name: 'Цена в месяц не больше, ₽' });
      expect(await price.isVisible()).toBe(false);
      await page.getByRole('searchbox', { name: 'Название или описание' }).waitFor();
      const firstCard = await page.getByRole('article').first().boundingBox();
      expect(firstCard?.y ?? Infinity).toBeLessThan(2 * 844);
      await screenshot(page, 'catalogue-filters-folded-phone');
      await checkA11y(page);

      await page.getByRole('button', { name: 'Все фильтры' }).click();
      await price.waitFor();
      await page.getByRole('button', { name: 'Скрыть фильтры', expanded: true }).waitFor();
      await screenshot(page, 'catalogue-filters-open-phone');
      await checkA11y(page);
      await page.getByRole('button', { name: 'Скрыть фильтры' }).click();
      await price.waitFor({ state: 'hidden' });
    } finally {
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  });

  it('sorts by price', async () => {
    await page.getByRole('combobox', { name: 'Сортировка' }).selectOption('price');
    const titles = page.getByRole('article').getByRole('heading', { level: 2 });
    await page.waitForURL(/sort=price/);
    // The address changes before the sorted list arrives, so the order is read until the new list is in.
    const cheaperFirst = (order: string[]) =>
      order.includes('Изостудия «Радуга»') && order.indexOf('Изостудия «Радуга»') < order.indexOf('Робототехника для начинающих');
    const deadline = Date.now() + 10_000;
    let order = await titles.allTextContents();
    while (!cheaperFirst(order) && Date.now() < deadline) {
      await page.waitForTimeout(200);
      order = await titles.allTextContents();
    }
    expect(order.indexOf('Изостудия «Радуга»')).toBeLessThan(order.indexOf('Робототехника для начинающих'));
    await page.getByRole('combobox', { name: 'Сортировка' }).selectOption('');
  });

  it('finds a program under a typo', async () => {
    await page.getByRole('searchbox', { name: 'Название или описание' }).fill('роботехника');
    await page.getByRole('button', { name: 'Найти' }).click();
    await artStudio().waitFor({ state: 'detached' });
    await robotics().waitFor();
    expect(new URL(page.url()).searchParams.get('q')).toBe('роботехника');
    await page.getByRole('button', { name: 'Сбросить' }).click();
    await artStudio().waitFor();
  });

  it('filters by day of week, age, direction, price, seats and certificate', async () => {
    await page.getByRole('combobox', { name: 'День занятий' }).selectOption({ label: 'суббота' });
    await artStudio().waitFor({ state: 'detached' });
    await robotics().waitFor();
    await page.getByRole('button', { name: 'Сбросить' }).click();

    await page.getByRole('textbox', { name: 'Возраст ребёнка, лет' }).fill('5');
    await robotics().waitFor({ state: 'detached' });
    await artStudio().waitFor();
    await page.getByRole('button', { name: 'Сбросить' }).click();

    await page.getByText(/^художественная \(\d+\)$/).click();
    await robotics().waitFor({ state: 'detached' });
    await artStudio().waitFor();
    await page.getByRole('button', { name: 'Сбросить' }).click();

    await page.getByRole('textbox', { name: 'Цена в месяц не больше, ₽' }).fill('1000');
    // The filters live in the address, which the router updates in a transition: wait for each box to show it.
    for (const name of ['Только со свободными местами', 'Оплата сертификатом']) {
      await page.getByRole('checkbox', { name }).click();
      await page.getByRole('checkbox', { name, checked: true }).waitFor();
    }
    await page.getByRole('button', { name: 'Найти' }).click();
    await robotics().waitFor({ state: 'detached' });
    await artStudio().waitFor();
    await results().waitFor();
    await screenshot(page, 'catalogue-filtered');
    await checkA11y(page);

    await page.getByRole('combobox', { name: 'Муниципалитет' }).selectOption('01');
    await page.getByText('Программ с такими условиями нет').waitFor();
    await page.getByRole('button', { name: 'Сбросить' }).click();
  });

  it('shows a program page with its groups and seats left', async () => {
    await robotics().click();
    await page.getByRole('heading', { level: 1, name: 'Робототехника для начинающих' }).waitFor();
    await page.getByText('МБУ ДО «Дом детского творчества» г. Киселевска').waitFor();
    const groups = page.getByRole('table');
    await groups.getByRole('row', { name: /вт, чт, 15:00–16:30 Кузнецов Андрей Петрович .* \d+ из 12/ }).waitFor();
    await groups.getByRole('row', { name: /сб, 10:00–12:00 .* \d+ из 10/ }).waitFor();
    await page.getByRole('link', { name: 'войдите в личный кабинет' }).waitFor();
    await screenshot(page, 'program');
    await checkA11y(page);
    await checkOnPhone(page, 'program');
  });

  /**
   * The catalogue page's search request and the gateway's answer with its results, as the browser sent and got them
   * (not a persisted query's first miss, which the client follows by sending the text).
   */
  async function searchExchange(on: Page): Promise<{ method: string; url: URL; cacheControl: string | undefined }> {
    const isSearch = async (response: Response) =>
      response.url().includes('/graphql') &&
      (response.request().method() === 'GET'
        ? new URL(response.url()).searchParams.get('operationName') === 'SearchPrograms'
        : response.request().postDataJSON()?.operationName === 'SearchPrograms') &&
      (await response.json()).data?.searchPrograms !== undefined;
    const [response] = await Promise.all([on.waitForResponse(isSearch), on.goto(new URL('/navigator?q=шахматы', webUrl).href)]);
    return {
      method: response.request().method(),
      url: new URL(response.url()),
      cacheControl: (await response.allHeaders())['cache-control'],
    };
  }

  it('sends a visitor’s search by GET, which the Ingress may keep a second, and a signed-in parent’s by POST, kept nowhere', async () => {
    const visitor = await searchExchange(page);
    expect(visitor.method).toBe('GET');
    expect(visitor.url.searchParams.get('variables')).toContain('шахматы');
    // a persisted query: the hash stands for the text, which the gateway learnt on its first miss
    expect(JSON.parse(visitor.url.searchParams.get('extensions') ?? '{}')).toMatchObject({
      persistedQuery: { version: 1, sha256Hash: expect.stringMatching(/^[0-9a-f]{64}$/) },
    });
    expect(visitor.cacheControl).toBe('public, max-age=1');

    const parentPage = await signedInPage(session, 'parent');
    const parent = await searchExchange(parentPage);
    expect(parent.method).toBe('POST');
    expect(parent.url.search).toBe('');
    expect(parent.cacheControl).toBe('no-store');
  });
});

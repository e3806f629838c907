import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { checkA11y, checkOnPhone, launchBrowser, screenshot, signedInPage, type BrowserSession } from './harness';

// Яйский округ: no other browser test touches its reference data.
const code = '33';

describe('regional admin: reference data of a municipality', () => {
  let session: BrowserSession;
  let admin: Page;
  const tag = randomBytes(3).toString('hex');

  beforeAll(async () => {
    session = await launchBrowser();
    admin = await signedInPage(session, 'admin');
  });

  afterAll(async () => {
    await session?.close();
  });

  it('keeps the МОЦ, refusing a bad phone with the API’s Russian message', async () => {
    // the regional admin lands on the region overview; the reference is the next section
    await admin.getByRole('navigation', { name: 'Разделы кабинета' }).getByRole('link', { name: 'Муниципалитеты' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Муниципалитеты' }).waitFor();
    await admin.getByRole('combobox', { name: 'Муниципалитет' }).selectOption(code);
    const centre = admin.getByRole('form', { name: 'Муниципальный опорный центр' });
    const phone = centre.getByRole('textbox', { name: 'Телефон МОЦ' });
    await phone.waitFor();
    expect(await centre.getByRole('textbox', { name: 'Название МОЦ' }).inputValue()).toContain('Яйского');
    const original = await phone.inputValue();
    await phone.fill('12-34');
    await centre.getByRole('button', { name: 'Сохранить МОЦ' }).click();
    await centre.getByRole('alert').filter({ hasText: 'Телефон — 11 цифр' }).waitFor();
    await phone.fill(original);
    await centre.getByRole('button', { name: 'Сохранить МОЦ' }).click();
    await centre.getByText(/^Сведения о МОЦ сохранены/).waitFor();
  });

  it('adds, edits and removes an activating institution', async () => {
    const name = `МБОУ «Яйская СОШ № ${tag}»`;
    const add = admin.getByRole('form', { name: 'Добавить учреждение' });
    await add.getByRole('textbox', { name: 'Название учреждения' }).fill(name);
    await add.getByRole('textbox', { name: 'Адрес учреждения' }).fill('пгт Яя, ул. Школьная, д. 1');
    await add.getByRole('textbox', { name: 'Телефон учреждения' }).fill('+7 (38441) 2-11-11');
    await add.getByRole('checkbox', { name: 'Принимает заявления от родителей' }).check();
    await add.getByRole('button', { name: 'Добавить учреждение' }).click();
    const item = admin.getByRole('article', { name });
    await item.getByText('пгт Яя, ул. Школьная, д. 1').waitFor();
    await screenshot(admin, 'region-municipality');
    await checkA11y(admin);
    await checkOnPhone(admin, 'region-municipality');

    await item.getByRole('button', { name: `Изменить: ${name}` }).click();
    await item.getByRole('textbox', { name: 'Адрес учреждения' }).fill('пгт Яя, ул. Школьная, д. 3');
    await item.getByRole('button', { name: 'Сохранить учреждение' }).click();
    await item.getByText('пгт Яя, ул. Школьная, д. 3').waitFor();
    await item.getByRole('button', { name: `Убрать: ${name}` }).click();
    await item.waitFor({ state: 'detached' });
  });

  it('adds a certificate group, refusing a wrong age range, and changes its ages', async () => {
    const name = `Дети-участники олимпиад ${tag}`;
    await admin.getByRole('navigation', { name: 'Разделы кабинета' }).getByRole('link', { name: 'Группы сертификатов' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Группы сертификатов' }).waitFor();
    await admin.getByRole('combobox', { name: 'Муниципалитет' }).selectOption(code);
    const add = admin.getByRole('form', { name: 'Добавить группу' });
    await add.getByRole('textbox', { name: 'Название группы' }).fill(name);
    await add.getByRole('textbox', { name: 'Возраст от, лет' }).fill('14');
    await add.getByRole('textbox', { name: 'Возраст до, лет' }).fill('10');
    await add.getByRole('button', { name: 'Добавить группу' }).click();
    await add.getByRole('alert').filter({ hasText: 'Возраст группы' }).waitFor();
    await add.getByRole('textbox', { name: 'Возраст до, лет' }).fill('18');
    await add.getByRole('button', { name: 'Добавить группу' }).click();
    const groups = admin.getByRole('region', { name: 'Группы сертификатов муниципалитета' });
    await groups.getByRole('row', { name: `${name} от 14 до 18 лет` }).waitFor();

    await groups.getByRole('button', { name: `Изменить возраст: ${name}` }).click();
    const edit = admin.getByRole('form', { name: `Возраст группы: ${name}` });
    await edit.getByRole('textbox', { name: 'Возраст от, лет' }).fill('10');
    await edit.getByRole('button', { name: 'Сохранить возраст' }).click();
    await groups.getByRole('row', { name: new RegExp(`^${name} от 10 до 18 лет`) }).waitFor();
    await screenshot(admin, 'region-certificate-groups');
    await checkA11y(admin);
    await checkOnPhone(admin, 'region-certificate-groups');
  });
});

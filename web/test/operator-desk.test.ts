import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import {
  checkA11y,
  checkOnPhone,
  launchBrowser,
  requiredEnv,
  screenshot,
  signedInPage,
  signIn,
  uniqueSurname,
  type BrowserSession,
} from './harness';

const header =
  'Фамилия родителя;Имя родителя;Отчество родителя;E-mail родителя;Логин родителя;Фамилия ребёнка;Имя ребёнка;Отчество ребёнка;Дата рождения ребёнка;Пол ребёнка;Адрес;Посещает школу или детский сад';

describe('operator desk: families from a file, and an application for a parent who came in person', () => {
  let session: BrowserSession;
  let operator: Page;
  const surname = uniqueSurname('Семья', 'ин');
  const email = `semya-${randomBytes(4).toString('hex')}@example.ru`;
  const childName = `${surname} Артём Сергеевич`;

  beforeAll(async () => {
    session = await launchBrowser();
    operator = await signedInPage(session, 'operator');
  });

  afterAll(async () => {
    await session?.close();
  });

  async function upload(csv: string) {
    await operator
      .locator('input[type=file]')
      .setInputFiles({ name: 'семьи.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await operator.getByRole('button', { name: 'Загрузить', exact: true }).click();
  }

  it('refuses a file with mistakes, listing the lines, and loads the corrected one with passwords to print', async () => {
    const nav = operator.getByRole('navigation', { name: 'Разделы кабинета' });
    await nav.getByRole('link', { name: 'Загрузка семей' }).click();
    await operator.getByRole('heading', { level: 1, name: 'Загрузка семей' }).waitFor();
    const row = (birthDate: string) =>
      `${surname}а;Ольга;Петровна;${email};;${surname};Артём;Сергеевич;${birthDate};м;г. Киселевск, ул. Мира, д. 5;да`;

    await upload([header, row('31.02.2016')].join('\n'));
    await operator.getByRole('alert').filter({ hasText: 'Файл не загружен' }).waitFor();
    await operator
      .getByRole('region', { name: 'Ошибки в файле' })
      .getByRole('row', { name: /^2 Дата рождения ребёнка / })
      .waitFor();
    await screenshot(operator, 'families-import-rejected');
    await checkA11y(operator);

    await upload([header, row('15.03.2016')].join('\n'));
    await operator.getByText('Загружено: родителей — 1, детей — 1.').waitFor();
    await operator
      .getByRole('region', { name: 'Созданные учётные записи' })
      .getByRole('row', { name: new RegExp(`^${surname}а Ольга Петровна ${email} \\S+ ${surname} Артём$`) })
      .waitFor();
    const [download] = await Promise.all([
      operator.waitForEvent('download'),
      operator.getByRole('button', { name: 'Скачать листы с паролями' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    expect((await readFile((await download.path())!)).subarray(0, 5).toString()).toBe('%PDF-');
    await screenshot(operator, 'families-import');
    await checkA11y(operator);
    await checkOnPhone(operator, 'families-import');
  });

  it('enters a certificate application for the parent and their child', async () => {
    await operator
      .getByRole('navigation', { name: 'Разделы кабинета' })
      .getByRole('link', { name: 'Заявление от родителя' })
      .click();
    await operator.getByRole('heading', { level: 1, name: 'Заявление от родителя' }).waitFor();
    // the reason for the access journal is the operator's own: picked from the usual ones here
    await operator.getByRole('group', { name: 'Частые причины' }).getByRole('button', { name: 'Обращение родителя' }).click();
    const parents = operator.getByRole('form', { name: 'Поиск родителя' });
    await parents.getByRole('textbox', { name: 'ФИО, логин или e-mail родителя' }).fill(email);
    await parents.getByRole('button', { name: 'Найти родителя' }).click();
    await operator.getByRole('button', { name: `Выбрать: ${surname}а Ольга Петровна` }).click();
    const children = operator.getByRole('form', { name: 'Поиск ребёнка' });
    await children.getByRole('textbox', { name: 'Фамилия, имя, отчество ребёнка' }).fill(surname);
    await children.getByRole('button', { name: 'Найти ребёнка' }).click();
    await operator.getByRole('button', { name: `Выбрать: ${childName}` }).click();
    await operator.getByRole('textbox', { name: 'E-mail заявителя' }).fill(email);
    await screenshot(operator, 'assisted-application');
    await checkA11y(operator);

    // The certificates service learns about the imported child from an event, a moment after the import.
    const deadline = Date.now() + 30_000;
    for (;;) {
      await operator.getByRole('button', { name: 'Подать заявление' }).click();
      const outcome = await Promise.race([
        operator
          .getByText(/^Заявление № \d+ подано\.$/)
          .waitFor()
          .then(() => 'entered' as const),
        operator
          .getByRole('alert')
          .filter({ hasText: 'Ребёнок не найден' })
          .waitFor()
          .then(() => 'not yet' as const),
      ]);
      if (outcome === 'entered') break;
      if (Date.now() > deadline) throw new Error('the certificates service never learned about the imported child');
      await operator.waitForTimeout(1_000);
    }
    await screenshot(operator, 'assisted-application-entered');
    await checkA11y(operator);
    await checkOnPhone(operator, 'assisted-application-entered');
  });

  it('gives a pupil of 14+ his own login, with which he signs in, sets his password and may apply himself', async () => {
    const pupilSurname = uniqueSurname('Семья', 'ин');
    const pupilName = `${pupilSurname} Денис Андреевич`;
    const pupilBorn = `10.01.${new Date().getFullYear() - 15}`;
    await operator.getByRole('navigation', { name: 'Разделы кабинета' }).getByRole('link', { name: 'Загрузка семей' }).click();
    await upload(
      [
        header,
        `${pupilSurname}а;Ольга;Петровна;pupil-${randomBytes(4).toString('hex')}@example.ru;;${pupilSurname};Денис;Андреевич;${pupilBorn};м;г. Киселевск, ул. Мира, д. 7;да`,
      ].join('\n'),
    );
    await operator.getByText('Загружено: родителей — 1, детей — 1.').waitFor();

    await operator
      .getByRole('navigation', { name: 'Разделы кабинета' })
      .getByRole('link', { name: 'Заявки и сертификаты' })
      .click();
    const search = operator.getByRole('form', { name: 'Поиск ребёнка' });
    await search.getByRole('button', { name: 'Найти ребёнка' }).click();
    await search.getByText('Введите фамилию, имя или отчество ребёнка.', { exact: true }).waitFor();
    await search.getByText('Укажите причину обращения.', { exact: true }).waitFor();
    await search.getByRole('textbox', { name: 'Фамилия, имя, отчество ребёнка' }).fill(pupilSurname);
    await search.getByRole('textbox', { name: 'Причина обращения' }).fill('Выдача входа обучающемуся');
    await search.getByRole('button', { name: 'Найти ребёнка' }).click();
    await operator
      .getByRole('region', { name: 'Найденные дети' })
      .getByRole('button', { name: `Выдать вход: ${pupilName}` })
      .click();
    const dialog = operator.getByRole('dialog', { name: `Свой вход для обучающегося: ${pupilName}` });
    const login = `pupil-${randomBytes(3).toString('hex')}`;
    await dialog.getByRole('textbox', { name: 'Логин' }).fill(login);
    await dialog.getByRole('button', { name: 'Выдать вход' }).click();
    const issued = dialog.getByRole('status');
    await issued.getByText('Вход выдан').waitFor();
    // the password alone in its own element, as the operator reads it out or writes it down
    const temporary = (await issued.getByText(/^[a-zA-Z2-9]{12}$/).textContent()) ?? '';
    await screenshot(operator, 'pupil-login-issued');
    await checkA11y(operator);
    await checkOnPhone(operator, 'pupil-login-issued');

    const pupil = await (await session.newContext()).newPage();
    await pupil.goto(new URL('/', requiredEnv('WEB_URL')).href);
    await signIn(pupil, login, temporary);
    await pupil.getByRole('heading', { name: 'Смена пароля' }).waitFor();
    await pupil.getByRole('textbox', { name: 'Временный пароль' }).fill(temporary);
    await pupil.getByRole('textbox', { name: 'Новый пароль' }).fill(`Свой-пароль-${randomBytes(3).toString('hex')}`);
    await pupil.getByRole('button', { name: 'Сохранить пароль' }).click();
    await pupil.getByRole('button', { name: 'Выйти' }).waitFor();
    await pupil.goto(new URL('/cabinet/services/additional-education', requiredEnv('WEB_URL')).href);
    await pupil.getByRole('button', { name: 'Подать заявку на сертификат' }).click();
    await pupil.getByRole('button', { name: `Подать заявление на получение сертификата: ${pupilName}` }).waitFor();
    await screenshot(pupil, 'pupil-cabinet');
    await checkA11y(pupil);
    await checkOnPhone(pupil, 'pupil-cabinet');
    await pupil.close();
  });
});

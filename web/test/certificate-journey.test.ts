import { execFile } from 'node:child_process';
import { randomBytes, randomInt } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { pdfText } from '@pdo/pdf/testing';
import { PNG_BASE64 } from '../../test/system/family.fixture';
import type { Page } from 'playwright-core';
import {
  checkA11y,
  confirmEmailFromLetter,
  checkOnPhone,
  launchBrowser,
  requiredEnv,
  screenshot,
  screenshotDir,
  sendApplication,
  signedInPage,
  uniqueSurname,
  type BrowserSession,
} from './harness';

const webUrl = requiredEnv('WEB_URL');
// the smallest scan identity accepts stands in for the birth certificate's
const scanPng = Buffer.from(PNG_BASE64, 'base64');

describe('certificate journey in the browser (seed steps 5–13)', () => {
  let session: BrowserSession;
  let parent: Page;
  const lastName = uniqueSurname();
  const childName = `${lastName} Мирон Андреевич`;
  const email = `roditel-${randomBytes(4).toString('hex')}@example.ru`;
  let certificateNumber = '';

  beforeAll(async () => {
    session = await launchBrowser();
    parent = await signedInPage(session, 'parent');
  });

  afterAll(async () => {
    await session?.close();
  });

  it('adds a child on «Дети»', async () => {
    const nav = parent.getByRole('navigation', { name: 'Разделы кабинета' });
    await nav.getByRole('link', { name: 'Дети' }).click();
    await parent.getByRole('heading', { level: 1, name: 'Дети' }).waitFor();
    await parent.getByRole('heading', { level: 2, name: 'Иванова Софья Сергеевна' }).waitFor();
    await parent.getByRole('link', { name: 'Добавить ребёнка' }).click();
    await parent.getByRole('heading', { level: 1, name: 'Новый ребёнок' }).waitFor();
    // Sent empty, the form answers in its own Russian words, field by field.
    await parent.getByRole('button', { name: 'Сохранить' }).click();
    for (const message of [
      'Укажите фамилию ребёнка.',
      'Укажите имя ребёнка.',
      'Укажите дату рождения ребёнка.',
      'Укажите адрес проживания ребёнка.',
      'Выберите муниципалитет.',
    ]) {
      await parent.getByText(message, { exact: true }).waitFor();
    }
    expect(await parent.getByRole('textbox', { name: 'Фамилия' }).getAttribute('aria-invalid')).toBe('true');
    await screenshot(parent, 'child-form-empty');
    await checkA11y(parent);
    await checkOnPhone(parent, 'child-form-empty');
    await parent.getByRole('textbox', { name: 'Фамилия' }).fill(lastName);
    await parent.getByRole('textbox', { name: 'Имя' }).fill('Мирон');
    await parent.getByRole('textbox', { name: 'Отчество (при наличии)' }).fill('Андреевич');
    await parent.getByLabel('Дата рождения').fill('2016-05-10');
    // the browser draws the field in its own locale; the date is spelled out in Russian beneath it
    await parent.getByText('Выбрано: 10 мая 2016 г.', { exact: true }).waitFor();
    await parent.getByRole('textbox', { name: 'Место (адрес) проживания ребёнка' }).fill('г. Киселевск, ул. Мира, д. 5, кв. 7');
    await parent.getByRole('combobox', { name: 'Муниципалитет' }).selectOption('07');
    await parent.getByRole('checkbox', { name: /Даю согласие на обработку персональных данных/ }).check();
    await screenshot(parent, 'child-form');
    await checkA11y(parent);
    await parent.getByRole('button', { name: 'Сохранить' }).click();
    await parent.getByRole('heading', { level: 2, name: childName }).waitFor();
  });

  it('adds the birth certificate with its scan', async () => {
    await parent.getByRole('link', { name: `Предоставить документ: ${childName}` }).click();
    await parent.getByRole('heading', { level: 1, name: 'Документ ребёнка' }).waitFor();
    const number = String(randomInt(100000, 999999));
    await parent.getByRole('button', { name: 'Сохранить документ' }).click();
    for (const message of ['Укажите серию документа.', 'Укажите номер документа.', 'Загрузите скан или фотографию документа.']) {
      await parent.getByText(message, { exact: true }).waitFor();
    }
    await screenshot(parent, 'document-form-empty');
    await checkA11y(parent);
    await parent.getByRole('textbox', { name: 'Серия' }).fill('II-ЛО');
    await parent.getByRole('textbox', { name: 'Номер' }).fill(number);
    await parent.getByLabel('Дата выдачи').fill('2016-05-20');
    await parent.getByRole('textbox', { name: 'Кем выдан' }).fill('Отдел ЗАГС г. Киселевска');
    await parent.locator('input[type=file]').setInputFiles({ name: 'свидетельство.png', mimeType: 'image/png', buffer: scanPng });
    await screenshot(parent, 'document-form');
    await checkA11y(parent);
    await parent.getByRole('button', { name: 'Сохранить документ' }).click();
    await parent.getByText(`свидетельство о рождении серия II-ЛО № ${number}`).waitFor();
    await screenshot(parent, 'children');
    await checkA11y(parent);
  });

  it('applies for a certificate with the applicant’s e-mail', async () => {
    await parent.getByRole('link', { name: 'Дополнительное образование' }).click();
    await parent.getByRole('heading', { level: 1, name: 'Дополнительное образование' }).waitFor();
    await parent.getByRole('button', { name: 'Подать заявку на сертификат' }).click();
    await parent.getByRole('button', { name: `Подать заявление на получение сертификата: ${childName}` }).click();
    await parent.getByRole('button', { name: 'Отправить заявку' }).click();
    await parent.getByText('Укажите адрес электронной почты.', { exact: true }).waitFor();
    await parent.getByRole('textbox', { name: 'Адрес личной электронной почты заявителя' }).fill('ivanova@');
    await parent.getByRole('button', { name: 'Отправить заявку' }).click();
    await parent.getByText(/^Адрес электронной почты указан неверно/).waitFor();
    await parent.getByRole('textbox', { name: 'Адрес личной электронной почты заявителя' }).fill(email);
    await sendApplication(parent, email);
    await screenshot(parent, 'certificate-applied');
    await checkA11y(parent);
  });

  it('confirms the e-mail from the link and gets the certificate', async () => {
    await confirmEmailFromLetter(parent, email);
    await screenshot(parent, 'email-confirmed');
    await checkA11y(parent);
    await parent.getByRole('link', { name: 'Получить сертификат' }).click();
    await parent.getByRole('heading', { name: 'Получение сертификата ПДО' }).waitFor();
    await parent.getByRole('combobox', { name: 'Группа сертификата' }).selectOption({ label: 'Дети в возрасте от 5 до 18 лет' });
    await screenshot(parent, 'certificate-issue');
    await checkA11y(parent);
    await parent.getByRole('button', { name: 'Получить сертификат' }).click();

    const card = parent.getByRole('article').filter({ hasText: childName });
    const heading = card.getByRole('heading', { name: /^Сертификат: 4207\d{6}$/ });
    await heading.waitFor();
    certificateNumber = (await heading.textContent())!.replace('Сертификат: ', '');
    await card.getByRole('row', { name: 'Статус Не активирован' }).waitFor();
    await card.getByRole('row', { name: 'Муниципалитет г. Киселевск' }).waitFor();
    await card.getByRole('row', { name: 'Группа сертификата Дети в возрасте от 5 до 18 лет' }).waitFor();
    await card.getByRole('row', { name: /^Документ свидетельство о рождении серия II-ЛО № \d{6}$/ }).waitFor();
    await screenshot(parent, 'certificate-card');
    await checkA11y(parent);
    await checkOnPhone(parent, 'certificate-card');
    expect(certificateNumber).toMatch(/^4207\d{6}$/);
  });

  it('lets the operator find the certificate, check the documents and activate it', async () => {
    const operator = await signedInPage(session, 'operator');
    // the МОЦ lands on its overview; the queue is the next section
    await operator
      .getByRole('navigation', { name: 'Разделы кабинета' })
      .getByRole('link', { name: 'Заявки и сертификаты' })
      .click();
    await operator.getByRole('heading', { level: 1, name: 'Заявки и сертификаты' }).waitFor();
    const queue = operator.getByRole('region', { name: 'Очередь на активацию', exact: true });
    await queue.getByRole('row', { name: new RegExp(`^${certificateNumber} ${childName} `) }).waitFor();

    // Found by the child's name, the reason of the look going to the access journal.
    const search = operator.getByRole('form', { name: 'Поиск ребёнка' });
    await search.getByRole('textbox', { name: 'Фамилия, имя, отчество ребёнка' }).fill(lastName);
    await search.getByRole('textbox', { name: 'Причина обращения' }).fill('Обращение родителя');
    await search.getByRole('button', { name: 'Найти ребёнка' }).click();
    const found = operator
      .getByRole('region', { name: 'Найденные дети' })
      .getByRole('row', { name: new RegExp(`^${childName}`) });
    await found.getByRole('button', { name: `Показать сертификат: ${childName}` }).click();
    await found.getByRole('link', { name: `${certificateNumber} · Не активирован` }).waitFor();
    await screenshot(operator, 'operator-certificates');
    await checkA11y(operator);
    await checkOnPhone(operator, 'operator-certificates');

    await operator.getByRole('textbox', { name: 'Номер сертификата' }).fill(certificateNumber);
    await operator.getByRole('button', { name: 'Найти', exact: true }).click();
    await operator.getByRole('region', { name: 'Найденные сертификаты' }).getByRole('link', { name: certificateNumber }).click();
    await operator.getByRole('heading', { level: 1, name: `Сертификат ${certificateNumber}` }).waitFor();
    // the child's card opens only with the operator's own reason for the access journal, none filled in for him
    const why = operator.getByRole('form', { name: 'Данные ребёнка' });
    await why.getByRole('button', { name: 'Показать данные ребёнка' }).click();
    await why.getByText('Укажите причину обращения.', { exact: true }).waitFor();
    await why.getByRole('button', { name: 'Активация сертификата' }).click();
    await why.getByRole('button', { name: 'Показать данные ребёнка' }).click();
    await operator.getByText(childName).waitFor();
    // While checking the documents the operator opens the uploaded scan; each opening asks for his own reason.
    const scans = operator.getByRole('row', { name: /^Сканы документов/ });
    await scans.getByRole('button', { name: /^Открыть скан: свидетельство о рождении серия II-ЛО/ }).click();
    const scanDialog = operator.getByRole('dialog', { name: /^Скан: свидетельство о рождении серия II-ЛО/ });
    await scanDialog.getByRole('button', { name: 'Открыть', exact: true }).click();
    await scanDialog.getByText('Укажите причину обращения.', { exact: true }).waitFor();
    await screenshot(operator, 'operator-scan-reason');
    await checkA11y(operator);
    await checkOnPhone(operator, 'operator-scan-reason');
    await scanDialog.getByRole('button', { name: 'Проверка документов' }).click();
    await scanDialog.getByRole('button', { name: 'Открыть', exact: true }).click();
    const scanImage = scanDialog.getByRole('img', { name: /^Скан: свидетельство о рождении/ });
    await scanImage.waitFor();
    expect(await scanImage.evaluate((image) => (image as HTMLImageElement).naturalWidth)).toBe(1);
    await scanDialog.getByRole('link', { name: /^Скачать файл «.+\.png»$/ }).waitFor();
    await screenshot(operator, 'operator-scan');
    await checkA11y(operator);
    await checkOnPhone(operator, 'operator-scan');
    await operator.keyboard.press('Escape');
    await scanDialog.waitFor({ state: 'detached' });
    const activate = operator.getByRole('button', { name: 'Активировать сертификат' });
    expect(await activate.isDisabled()).toBe(true);
    // The child attends a school, so proof of residence is not asked for (seed, step 14).
    await operator.getByRole('checkbox', { name: /прописку/ }).waitFor({ state: 'detached' });
    for (const name of [/^Заявление и согласие/, 'Паспорт заявителя', /^Свидетельство о рождении ребёнка/]) {
      await operator.getByRole('checkbox', { name }).check();
    }
    await screenshot(operator, 'operator-certificate');
    await checkA11y(operator);
    await activate.click();
    await operator.getByText('Активирован', { exact: true }).waitFor();
    await operator.getByRole('button', { name: 'Приостановить' }).waitFor();
    await screenshot(operator, 'operator-certificate-active');
    await checkA11y(operator);
    await checkOnPhone(operator, 'operator-certificate-active');
    await operator.close();

    await parent.reload();
    const card = parent.getByRole('article').filter({ hasText: childName });
    await card.getByRole('row', { name: 'Статус Активирован' }).waitFor();
    await card.getByRole('heading', { name: 'Остаток на сертификате' }).waitFor();
  });

  it('enrols the child from the program page after showing the price split', async () => {
    await parent.goto(new URL('/navigator/programs/00000000-0000-4000-8000-0000000000b2', webUrl).href);
    await parent.getByRole('heading', { level: 1, name: 'Изостудия «Радуга»' }).waitFor();
    await parent.getByRole('button', { name: /^Записаться в группу пн, ср, 16:00/ }).click();
    await parent
      .getByRole('combobox', { name: 'Ребёнок' })
      .selectOption({ label: `${childName}, сертификат ${certificateNumber}` });
    await parent.getByText('Оплата обучения').waitFor();
    await parent.getByText(/^Оплатит сертификат: /).waitFor();
    await parent.getByText(/^Доплата семьи: /).waitFor();
    // From which month the family pays, or that it does not (other tests may change Киселевск's normative)
    await parent
      .getByText(
        /^(Сертификат оплачивает всё обучение, доплаты нет\.|Семья доплачивает с \d+-го месяца обучения: в этом месяце — .+)$/,
      )
      .waitFor();
    await screenshot(parent, 'enrol-price-split');
    await checkA11y(parent);
    // «Записать ребёнка» first shows the contract offer; nothing is sent until the parent ticks the acceptance.
    await parent.getByRole('button', { name: 'Записать ребёнка' }).click();
    const offer = parent.getByRole('dialog', { name: 'Договор-оферта на обучение' });
    await offer.getByText('Организация: МБУ ДО «Дом детского творчества» г. Киселевска').waitFor();
    await offer.getByText(/^Программа: Изостудия «Радуга», \d+ мес\.$/).waitFor();
    await offer.getByText(/^Группа: пн, ср, 16:00/).waitFor();
    await offer.getByText(`Обучающийся: ${childName}`).waitFor();
    await offer.getByText(/^Стоимость обучения: .+ в месяц$/).waitFor();
    await offer
      .getByText(/сертификат оплачивает .+, семья платит /)
      .first()
      .waitFor();
    await offer.getByRole('button', { name: 'Принять и записать' }).click();
    await offer.getByText('Отметьте, что прочитали договор-оферту и принимаете её условия.').waitFor();
    await screenshot(parent, 'enrol-contract-offer');
    await checkA11y(parent);
    await checkOnPhone(parent, 'enrol-contract-offer');
    await offer.getByRole('checkbox', { name: 'Я прочитал(а) договор-оферту и принимаю её условия' }).check();
    // The activation reaches the navigator through Kafka; until then the API refuses with its reason, in the dialog.
    const sent = parent.getByText('Заявка на зачисление подана');
    const deadline = Date.now() + 60_000;
    for (;;) {
      await offer.getByRole('button', { name: 'Принять и записать' }).click();
      await Promise.race([sent.waitFor(), offer.getByRole('alert').first().waitFor()]);
      await parent.waitForTimeout(1_000);
      if (await sent.isVisible()) break;
      if (Date.now() > deadline) throw new Error(`enrolment refused: ${await offer.getByRole('alert').first().textContent()}`);
    }
    await screenshot(parent, 'enrol-offer-accepted');
    await checkA11y(parent);
    await checkOnPhone(parent, 'enrol-offer-accepted');
    await parent.getByRole('link', { name: 'Мои записи' }).click();
    await parent.getByRole('heading', { level: 1, name: 'Мои записи' }).waitFor();
    await parent.getByRole('article', { name: 'Изостудия «Радуга»' }).filter({ hasText: childName }).waitFor();
    await screenshot(parent, 'my-enrollments');
    await checkA11y(parent);
  });

  it('lets the provider accept the request, and the parent sees the child enrolled', async () => {
    const provider = await signedInPage(session, 'provider');
    await provider
      .getByRole('navigation', { name: 'Разделы кабинета' })
      .getByRole('link', { name: 'Заявки на зачисление' })
      .click();
    await provider.getByRole('heading', { level: 1, name: 'Заявки на зачисление' }).waitFor();
    const request = provider.getByRole('article', { name: 'Заявка: Изостудия «Радуга»' }).first();
    await request.waitFor();
    await screenshot(provider, 'provider-enrollments');
    await checkA11y(provider);
    await request.getByRole('button', { name: 'Принять' }).click();
    // Answered, the request leaves the list of those waiting.
    await provider.getByRole('article', { name: 'Заявка: Изостудия «Радуга»' }).waitFor({ state: 'detached' });
    await provider.getByRole('combobox', { name: 'Показать' }).selectOption('accepted');
    await provider.getByRole('article', { name: 'Заявка: Изостудия «Радуга»' }).first().waitFor();
    await provider.close();

    await parent.reload();
    await parent
      .getByRole('article', { name: 'Изостудия «Радуга»' })
      .filter({ hasText: childName })
      .getByText('Зачислен', { exact: true })
      .waitFor();
  });

  it('shows the parent, before a second enrolment, what «Радуга» holds and from which month the family pays', async () => {
    await parent.goto(new URL('/navigator/programs/00000000-0000-4000-8000-0000000000b1', webUrl).href);
    await parent.getByRole('heading', { level: 1, name: 'Робототехника для начинающих' }).waitFor();
    await parent.getByRole('button', { name: /^Записаться в группу вт, чт, 15:00/ }).click();
    await parent
      .getByRole('combobox', { name: 'Ребёнок' })
      .selectOption({ label: `${childName}, сертификат ${certificateNumber}` });
    // «Радуга» holds part or all of the balance (the demo normative leaves 3 509 руб. for robotics: co-payment from the
    // 3rd month, and robotics takes the rest); the normative is not asserted, other tests may change Киселевск's
    const held = parent.getByText(
      /^(Часть средств сертификата уже занята|Почему сертификат не оплачивает эту программу: его остаток занят)$/,
    );
    await held.waitFor();
    await parent
      .getByRole('listitem')
      .filter({ hasText: /^Изостудия «Радуга» — [\d\s]+,\d{2}\s₽: (заявка ждёт ответа организации|идёт обучение)/ })
      .waitFor();
    await parent.getByText(/^Семья доплачивает с \d+-го месяца обучения: в этом месяце — [\d\s]+,\d{2}\s₽/).waitFor();
    if ((await held.textContent()) === 'Часть средств сертификата уже занята') {
      await parent.getByText('Программа заберёт весь сертификат').waitFor();
    }
    await screenshot(parent, 'enrol-price-split-held');
    await checkA11y(parent);
    await checkOnPhone(parent, 'enrol-price-split-held');
  });

  it('takes the provider’s monthly report into an invoice the finance officer approves', async () => {
    const now = new Date();
    const month = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
    const monthLabel = month.split('-').reverse().join('.');
    const provider = await signedInPage(session, 'provider');
    await provider.getByRole('navigation', { name: 'Разделы кабинета' }).getByRole('link', { name: 'Отчёт и счета' }).click();
    await provider.getByRole('heading', { level: 1, name: 'Отчёт и счета' }).waitFor();
    await provider.getByRole('combobox', { name: 'Месяц' }).selectOption(month);
    // The sheet names the child, the certificate and the program; nothing is ticked in advance.
    const sheet = provider.getByRole('region', { name: 'Табель за месяц' });
    const row = sheet.getByRole('row').filter({ hasText: childName });
    await row.waitFor();
    await row.filter({ hasText: certificateNumber }).filter({ hasText: 'Изостудия «Радуга»' }).waitFor();
    expect(await sheet.getByRole('checkbox', { checked: true, disabled: false }).count()).toBe(0);
    // Only this test's enrolment is reported, so other tests' months stay theirs.
    await row.getByRole('checkbox', { name: `${childName}: занимался в месяце` }).check();
    await provider.getByText(/^Отмечено детей: 1\. С сертификатов будет списано 900,00\s₽, доплаты семей — 0,00\s₽\.$/).waitFor();
    await screenshot(provider, 'provider-report-sheet');
    await checkA11y(provider);
    await checkOnPhone(provider, 'provider-report-sheet');
    await provider.getByRole('button', { name: 'Отправить отчёт' }).click();
    await provider.getByText('Отчёт принят').waitFor();
    const invoice = provider.getByRole('article', { name: /^Счёт № / }).filter({ hasText: monthLabel });
    await invoice.first().waitFor();
    await screenshot(provider, 'provider-reports');
    await checkA11y(provider);
    await provider.close();

    const finance = await signedInPage(session, 'finance');
    await finance.getByRole('navigation', { name: 'Разделы кабинета' }).getByRole('link', { name: 'Счета' }).click();
    const toApprove = finance
      .getByRole('article', { name: /^Счёт № / })
      .filter({ hasText: monthLabel })
      .first();
    await toApprove.waitFor();
    await toApprove.getByText('МБУ ДО «Дом детского творчества» г. Киселевска').waitFor();
    const byProgram = toApprove.getByRole('region', { name: /по программам$/ });
    const radugaRow = byProgram.getByRole('row').filter({ hasText: 'Изостудия «Радуга»' });
    await radugaRow.waitFor();
    await radugaRow.getByRole('button', { name: /^Изостудия «Радуга»: строки счёта на / }).click();
    // the line behind the sum: this child's certificate, 900 руб. paid by it
    await byProgram
      .getByRole('row')
      .filter({ hasText: `Сертификат ${certificateNumber}` })
      .filter({ hasText: '900,00' })
      .waitFor();
    await screenshot(finance, 'finance-invoices');
    await checkA11y(finance);
    await checkOnPhone(finance, 'finance-invoices');
    const [download] = await Promise.all([
      finance.waitForEvent('download'),
      toApprove.getByRole('button', { name: /^Скачать счёт/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    await toApprove.getByRole('button', { name: 'Принять к оплате' }).click();
    // Approved, the invoice leaves the list of those waiting.
    await finance
      .getByRole('article', { name: /^Счёт № / })
      .filter({ hasText: monthLabel })
      .waitFor({ state: 'detached' });
    await finance.getByRole('combobox', { name: 'Показать' }).selectOption('approved');
    await finance
      .getByRole('article', { name: /^Счёт № / })
      .filter({ hasText: monthLabel })
      .filter({ hasText: 'Принят к оплате' })
      .first()
      .waitFor();

    await finance.getByRole('navigation', { name: 'Разделы кабинета' }).getByRole('link', { name: 'Бюджет' }).click();
    await finance.getByRole('heading', { level: 1, name: 'Бюджет' }).waitFor();
    const monthName = ['янв', 'фев', 'мар', 'апр', 'май', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'][now.getMonth()]!;
    await finance
      .getByRole('region', { name: 'Списания по месяцам' })
      .getByRole('row', { name: new RegExp(`^${monthName} ${now.getFullYear()} \\d`) })
      .waitFor();
    await finance.getByText('Списано за оказанные услуги').waitFor();
    await screenshot(finance, 'finance-budget');
    await checkA11y(finance);
    await checkOnPhone(finance, 'finance-budget');
    await finance.close();
  });

  it('downloads the application form from the certificate card', async () => {
    await parent.goto(new URL('/cabinet/services/additional-education', webUrl).href);
    const card = parent.getByRole('article').filter({ hasText: childName });
    const [download] = await Promise.all([
      parent.waitForEvent('download'),
      card.getByRole('button', { name: 'Скачать заявление' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^Заявление № \d+\.pdf$/);
    const [institutions] = await Promise.all([
      parent.waitForEvent('download'),
      card.getByRole('button', { name: 'Скачать учреждения' }).click(),
    ]);
    expect(institutions.suggestedFilename()).toMatch(/\.pdf$/);
    expect((await readFile((await institutions.path())!)).subarray(0, 5).toString()).toBe('%PDF-');
    // The form as printed: its text has the child, and its first page is kept as a picture next to the screenshots.
    const pdf = await download.path();
    expect(await pdfText(await readFile(pdf))).toContain(childName);
    const png = join(screenshotDir, 'application-form-page-1');
    await promisify(execFile)('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdf, png]);
    expect((await stat(`${png}.png`)).size).toBeGreaterThan(10_000);
  });

  it('keeps a copy of the letters in «Почта»', async () => {
    await parent.getByRole('navigation', { name: 'Разделы кабинета' }).getByRole('link', { name: 'Почта' }).click();
    await parent.getByRole('heading', { level: 1, name: 'Почта' }).waitFor();
    const letter = parent
      .getByRole('article', { name: 'Заявка на сертификат ПДО. Подтверждение электронной почты' })
      .filter({ hasText: email });
    await letter.waitFor();
    // the letter opens to its text, the link in it clickable
    await letter.getByRole('button', { name: 'Открыть письмо' }).click();
    await letter.getByText('Для подтверждения адреса электронной почты перейдите по ссылке').waitFor();
    await letter.getByRole('link', { name: /confirm-email\?token=/ }).waitFor();
    await screenshot(parent, 'mail');
    await checkA11y(parent);
  });

  it('lets the operator terminate the certificate only after a confirmation that says what happens, with a reason', async () => {
    const operator = await signedInPage(session, 'operator');
    await operator.goto(new URL(`/operator/certificates/${certificateNumber}`, webUrl).href);
    await operator.getByRole('heading', { level: 1, name: `Сертификат ${certificateNumber}` }).waitFor();
    const why = operator.getByRole('form', { name: 'Данные ребёнка' });
    await why.getByRole('textbox', { name: 'Причина обращения' }).fill('Заявление родителя об отзыве согласия');
    await why.getByRole('button', { name: 'Показать данные ребёнка' }).click();
    await operator.getByRole('button', { name: 'Прекратить действие' }).click();
    const dialog = operator.getByRole('dialog', { name: `Прекратить действие сертификата № ${certificateNumber}?` });
    await dialog.getByText(/Отменить прекращение нельзя/).waitFor();
    // no reason: the form says so in Russian and nothing is sent
    await dialog.getByRole('button', { name: 'Прекратить действие' }).click();
    await dialog.getByText('Укажите причину.').waitFor();
    await screenshot(operator, 'operator-terminate-confirm');
    await checkA11y(operator);
    await checkOnPhone(operator, 'operator-terminate-confirm');
    // cancelled: the certificate is as it was
    await dialog.getByRole('button', { name: 'Отмена' }).click();
    await dialog.waitFor({ state: 'detached' });
    await operator.getByRole('button', { name: 'Приостановить' }).waitFor();

    await operator.getByRole('button', { name: 'Прекратить действие' }).click();
    await dialog.getByRole('textbox', { name: 'Причина' }).fill('Отзыв согласия родителем');
    await dialog.getByRole('button', { name: 'Прекратить действие' }).click();
    await operator.getByText('Действие сертификата прекращено: Отзыв согласия родителем.').waitFor();
    await screenshot(operator, 'operator-terminated');
    await checkA11y(operator);
    await operator.close();
  });
});

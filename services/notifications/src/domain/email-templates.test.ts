import {
  activationChecklist,
  applicationEnteredEmail,
  certificateMovedEmail,
  certificateActivatedEmail,
  certificateIssuedEmail,
  coPaymentEmail,
  confirmationEmail,
  contractEmail,
  passwordResetEmail,
  escapeHtml,
} from './email-templates';

describe('confirmationEmail', () => {
  const url = 'https://pdo.kuzbass.local/confirm-email?token=abc&x=<b>"q"';
  const email = confirmationEmail({ confirmationUrl: url });

  it('has the subject of the guide, word for word', () => {
    expect(email.subject).toBe('Заявка на сертификат ПДО. Подтверждение электронной почты');
  });

  it('puts the sentence and then the link, unchanged, into the text part', () => {
    expect(email.text).toContain(`Для подтверждения адреса электронной почты перейдите по ссылке:\n${url}\n`);
  });

  it('makes the link clickable in the HTML part, escaped', () => {
    const escaped = 'https://pdo.kuzbass.local/confirm-email?token=abc&amp;x=&lt;b&gt;&quot;q&quot;';
    expect(email.html).toContain(
      `<p>Для подтверждения адреса электронной почты перейдите по ссылке: <a href="${escaped}">${escaped}</a></p>`,
    );
    expect(email.html).not.toContain('<b>');
    expect(email.html).toContain('<html lang="ru">');
  });
});

describe('certificateIssuedEmail', () => {
  const email = certificateIssuedEmail({ number: '4207000002' });

  it('names the certificate, says it is not activated and lists what to bring, in both parts', () => {
    expect(email.subject).toBe('Сертификат дополнительного образования № 4207000002 выдан');
    for (const part of [email.text, email.html]) {
      expect(part).toContain('№ 4207000002');
      expect(part).toContain('Статус: Не активирован.');
    }
    for (const item of activationChecklist) {
      expect(email.text).toContain(`— ${item}`);
      expect(email.html).toContain(`<li>${escapeHtml(item)}</li>`);
    }
  });
});

describe('certificateActivatedEmail', () => {
  it('says the certificate is active, in both parts', () => {
    const email = certificateActivatedEmail({ number: '4207000002' });
    expect(email.subject).toBe('Сертификат дополнительного образования № 4207000002 активирован');
    expect(email.text).toContain('№ 4207000002 активирован');
    expect(email.html).toContain('№ 4207000002 активирован');
  });
});

describe('escapeHtml', () => {
  it('escapes every character that could open markup or end an attribute', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});

describe('money and recovery letters', () => {
  const contract = {
    contractNumber: '0B6F7C1E',
    certificateNumber: '4207000002',
    programTitle: 'Шахматы',
    providerName: 'ИП Петров П. П.',
    daysOfWeek: [6],
    startTime: '10:00',
    endTime: '11:00',
    startDate: '2026-09-01',
    endDate: '2026-12-31',
    monthlyPriceKopecks: 100_000,
    certificateShareKopecks: 400_000,
    coPaymentKopecks: 0,
  };

  it('the contract letter names the contract, the certificate and the schedule, and never doubles a full stop', () => {
    const { subject, text, html } = contractEmail(contract);
    expect(subject).toBe('Заявка принята: договор № 0B6F7C1E на обучение по программе «Шахматы»');
    expect(text).toContain(
      'ИП Петров П. П. принимает ребёнка на обучение по программе «Шахматы» по сертификату дополнительного образования № 4207000002.',
    );
    expect(text).toContain('— занятия: с 01.09.2026 по 31.12.2026, сб, 10:00–11:00;');
    expect(text).toContain('— ваша доплата за весь срок: 0,00 руб.\n');
    expect(`${text}${html}`).not.toContain('..');
  });

  it('the co-payment notice gives the month in words and the three amounts', () => {
    const { subject, text } = coPaymentEmail({
      month: '2027-01',
      priceKopecks: 250_050,
      certificateShareKopecks: 200_000,
      coPaymentKopecks: 50_050,
    });
    expect(subject).toBe('Доплата за январь 2027: 500,50 руб.');
    expect(text).toContain(
      'За январь 2027 обучение стоило 2 500,50 руб.; с сертификата оплачено 2 000,00 руб., доплата составляет 500,50 руб.\n',
    );
  });

  it('the recovery letter carries the link in both parts and its expiry in Kuzbass time (UTC+7)', () => {
    const resetUrl = 'https://pdo.example/reset-password?token=abc&from=mail';
    const { subject, text, html } = passwordResetEmail({ resetUrl, expiresAt: '2026-12-31T20:15:00Z' });
    expect(subject).toBe('Восстановление пароля к личному кабинету');
    expect(text).toContain(`Чтобы задать новый пароль, перейдите по ссылке:\n${resetUrl}`);
    expect(html).toContain('<a href="https://pdo.example/reset-password?token=abc&amp;from=mail">');
    expect(text).toContain('до 01.01.2027 03:15 (время кемеровское)');
  });
});

describe('applicationEnteredEmail', () => {
  const email = applicationEnteredEmail({ applicationNumber: 458 });

  it('names the application, needs no confirmation and tells the next step, in both parts', () => {
    expect(email.subject).toBe('Заявка на сертификат ПДО № 458 зарегистрирована');
    for (const part of [email.text, email.html]) {
      expect(part).toContain('заявку № 458');
      expect(part).toContain('Подтверждать адрес электронной почты не нужно.');
      expect(part).toContain('«Получить сертификат»');
    }
  });
});

describe('certificateMovedEmail', () => {
  const email = certificateMovedEmail({ number: '4207000002', from: 'г. Киселевск', to: 'г. Кемерово' });

  it('names the certificate and both municipalities, and says the number is kept', () => {
    expect(email.subject).toBe('Сертификат дополнительного образования № 4207000002 переведён: г. Кемерово');
    expect(email.text).toContain(
      'из муниципалитета «г. Киселевск» в муниципалитет «г. Кемерово». Номер сертификата не изменился.',
    );
    expect(email.html).toContain('из муниципалитета «г. Киселевск» в муниципалитет «г. Кемерово»');
  });
});

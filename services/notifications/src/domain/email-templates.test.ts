import {
  activationChecklist,
  applicationEnteredEmail,
  certificateMovedEmail,
  certificateMoveRefusedEmail,
  certificateActivatedEmail,
  certificateIssuedEmail,
  certificateResumedEmail,
  certificateSuspendedEmail,
  certificateTerminatedEmail,
  enrollmentDeclinedEmail,
  enrollmentEndedEmail,
  enrollmentExpiredEmail,
  enrollmentReceivedEmail,
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

describe('confirmationEmail, naming the child and the link’s expiry', () => {
  const email = confirmationEmail({
    confirmationUrl: 'https://pdo.example/confirm-email?token=t',
    expiresAt: '2026-12-07T16:59:00Z',
    childName: 'Артём',
  });

  it('names the child and says until when the link works, in Kuzbass time, in both parts', () => {
    for (const part of [email.text, email.html]) {
      expect(part).toContain('заявке на получение сертификата дополнительного образования (ребёнок: Артём).');
      expect(part).toContain('Ссылка действует один раз, до 07.12.2026 23:59 (время кемеровское).');
    }
  });

  it('still reads right for an event that carried neither', () => {
    const { text } = confirmationEmail({ confirmationUrl: 'https://pdo.example/c' });
    expect(text).toContain('заявке на получение сертификата дополнительного образования.\n');
    expect(text).toContain('Ссылка действует один раз и ограниченное время.');
    expect(text).not.toContain('ребёнок:');
  });
});

describe('certificate status letters', () => {
  it('suspension names the child and the reason, keeps the enrolments and does not charge a fully suspended month', () => {
    const { subject, text, html } = certificateSuspendedEmail({
      number: '4207000002',
      childName: 'Софья',
      reason: 'Проверка документов',
    });
    expect(subject).toBe('Действие сертификата дополнительного образования № 4207000002 приостановлено');
    expect(text).toContain('№ 4207000002 (ребёнок: Софья) приостановлено.');
    expect(text).toContain('Причина: Проверка документов.\n');
    expect(text).toContain('— зачисления ребёнка и зарезервированные на них средства сертификата сохраняются;');
    expect(text).toContain(
      '— месяц, который целиком приходится на приостановку, с сертификата не оплачивается и не списывается.',
    );
    expect(html).toContain('<li>месяц, который целиком приходится на приостановку');
  });

  it('resumption has its own words and never says activated', () => {
    const { subject, text, html } = certificateResumedEmail({ number: '4207000002', childName: 'Софья' });
    expect(subject).toBe('Действие сертификата дополнительного образования № 4207000002 возобновлено');
    expect(text).toContain('№ 4207000002 (ребёнок: Софья) возобновлено.');
    expect(`${subject}${text}${html}`).not.toMatch(/активирован/i);
  });

  it('termination gives the last paid day (the month’s end), cancelled requests and the freed reservation', () => {
    const { subject, text } = certificateTerminatedEmail({
      number: '4207000002',
      childName: 'Артём',
      reason: 'Отзыв согласия на обработку персональных данных.',
      lastDay: '2026-11-30',
    });
    expect(subject).toBe('Действие сертификата дополнительного образования № 4207000002 прекращено');
    expect(text).toContain('№ 4207000002 (ребёнок: Артём) прекращено.');
    expect(text).toContain('Причина: Отзыв согласия на обработку персональных данных.\n');
    expect(text).toContain('оплачиваются сертификатом по 30.11.2026 включительно');
    expect(text).toContain('— заявки, которые организации ещё не приняли, отменены;');
    expect(text).toContain('— оставшиеся зарезервированные средства сертификата освобождены и больше не списываются.');
  });

  it('a letter without the child’s name or a reason leaves both out rather than printing blanks', () => {
    const { text } = certificateSuspendedEmail({ number: '4207000002' });
    expect(text).toContain('№ 4207000002 приостановлено.');
    expect(text).not.toContain('Причина');
    expect(text).not.toContain('undefined');
  });

  it('a refused move names both municipalities, the reason, and says the certificate stays', () => {
    const { subject, text } = certificateMoveRefusedEmail({
      number: '4207000002',
      childName: 'Артём',
      from: 'г. Киселевск',
      to: 'г. Кемерово',
      reason: 'Не подтверждена регистрация по месту жительства',
    });
    expect(subject).toBe('Перевод сертификата дополнительного образования № 4207000002 не выполнен');
    expect(text).toContain(
      'Муниципальный опорный центр муниципалитета «г. Кемерово» отказал в переводе сертификата дополнительного образования № 4207000002 (ребёнок: Артём) из муниципалитета «г. Киселевск».',
    );
    expect(text).toContain('Причина: Не подтверждена регистрация по месту жительства.\n');
    expect(text).toContain('Сертификат остаётся в муниципалитете «г. Киселевск»');
  });
});

describe('enrolment letters', () => {
  const letter = { programTitle: 'Робототехника', providerName: 'МБУ ДО «ДДТ»', childName: 'Артём' };

  it('a received request names the child, the program and the provider, and warns that an unanswered one expires', () => {
    const { subject, text, html } = enrollmentReceivedEmail({ ...letter, payableByCertificate: true });
    expect(subject).toBe('Заявка на обучение по программе «Робототехника» получена');
    expect(text).toContain(
      'Заявка на обучение (ребёнок: Артём) по программе «Робототехника» (организация: МБУ ДО «ДДТ») получена.',
    );
    expect(text).toContain('резервируются средства сертификата');
    expect(text).toContain('Если организация не ответит в срок, заявка будет отменена');
    expect(html).toContain('«Робототехника» (организация: МБУ ДО «ДДТ»)');
  });

  it.each([
    ['written', 'по вашему письменному заявлению от 03.12.2026'],
    ['in_person', 'по вашему личному согласию от 03.12.2026'],
  ] as const)('a request staff entered on %s consent says so, with the offer’s terms and how to refuse it', (method, words) => {
    const { text } = enrollmentReceivedEmail({
      ...letter,
      payableByCertificate: true,
      // 23:00 on the 2nd in Moscow is 03:00 on the 3rd in Kuzbass
      staffEntry: { consentMethod: method, consentGivenAt: '2026-12-02T20:00:00.000Z', monthlyPriceKopecks: 150050, months: 9 },
    });
    expect(text).toContain(`Заявку внёс сотрудник МОЦ или организации ${words}.`);
    expect(text).toContain('на условиях договора-оферты организации: обучение 9 мес., стоимость 1 500,50');
    expect(text).toContain('Если вы не давали согласия на эту заявку, отзовите её в личном кабинете («Отозвать заявку»)');
  });

  it('a request the parent sent themselves says nothing of staff or consent', () => {
    const { text } = enrollmentReceivedEmail({ ...letter, payableByCertificate: true, staffEntry: null });
    expect(text).not.toContain('сотрудник');
    expect(text).not.toContain('согласия');
  });

  it('a request for a free program reserves nothing and says nothing of money', () => {
    expect(enrollmentReceivedEmail({ ...letter, payableByCertificate: false }).text).not.toContain('средства сертификата;');
    expect(enrollmentReceivedEmail({ ...letter, payableByCertificate: false }).text).not.toContain('резервируются');
  });

  it('a declined request gives the provider’s reason and frees the money for another program', () => {
    const { subject, text } = enrollmentDeclinedEmail({ ...letter, reason: 'Группа переведена на другое время' });
    expect(subject).toBe('Заявка на обучение по программе «Робототехника» отклонена');
    expect(text).toContain(
      'Организация МБУ ДО «ДДТ» отклонила заявку на обучение (ребёнок: Артём) по программе «Робототехника».',
    );
    expect(text).toContain('Причина: Группа переведена на другое время.\n');
    expect(text).toContain('Остаток средств можно использовать для выбора другой программы');
  });

  it('an expired request says the provider did not answer in time and the seat and money are free', () => {
    const { subject, text } = enrollmentExpiredEmail(letter);
    expect(subject).toBe('Заявка на обучение по программе «Робототехника» отменена: организация не ответила в срок');
    expect(text).toContain('Организация МБУ ДО «ДДТ» не ответила в установленный срок');
    expect(text).toContain('Место в группе и зарезервированные средства сертификата освобождены.');
  });

  it('the provider is told the certificate, the program and the day the enrolment stops running', () => {
    const { subject, text } = enrollmentEndedEmail({
      certificateNumber: '4207000002',
      programTitle: 'Робототехника',
      endsOn: '2026-12-01',
    });
    expect(subject).toBe('Обучение по сертификату № 4207000002 по программе «Робототехника» прекращается с 01.12.2026');
    expect(text).toContain('Действие сертификата дополнительного образования № 4207000002 прекращено.');
    expect(text).toContain('с 01.12.2026 обучение по сертификату не оплачивается');
  });
});

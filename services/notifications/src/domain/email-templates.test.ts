import {
  activationChecklist,
  certificateActivatedEmail,
  certificateIssuedEmail,
  confirmationEmail,
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

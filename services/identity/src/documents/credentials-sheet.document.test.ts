import { pdfText } from '@pdo/pdf/testing';
import { credentialsSheetPdf, siteAddress } from './credentials-sheet.document';

// The first render loads the fonts and pdftotext starts a process: on a busy 2-core CI machine that can pass 5 s.
jest.setTimeout(30_000);

const sidorova = {
  displayName: 'Сидорова Елена Павловна',
  login: 'sidorova@mail.ru',
  temporaryPassword: 'Xk7mPq2RtZ9a',
  children: ['Сидоров Максим', 'Сидорова Ксения'],
};
const petrova = { displayName: 'Петрова Анна', login: 'petrova', temporaryPassword: 'aB3cD4eF5gH6', children: ['Петров Илья'] };

describe('credentials sheet of a CSV import', () => {
  it('prints one slip per parent: heading, name, login, one-time password, children, site and the first sign-in note', async () => {
    const text = await pdfText(await credentialsSheetPdf([sidorova, petrova], 'https://pdo.kuzbass.example/'));
    const slips = text.split('Данные для входа в систему ПДО').slice(1);
    expect(slips).toHaveLength(2);
    expect(slips[0]).toContain('ФИО: Сидорова Елена Павловна');
    expect(slips[0]).toContain('Логин: sidorova@mail.ru');
    expect(slips[0]).toContain('Временный пароль: Xk7mPq2RtZ9a');
    expect(slips[0]).toContain('Дети: Сидоров Максим, Сидорова Ксения');
    expect(slips[0]).toContain('Адрес сайта: https://pdo.kuzbass.example');
    expect(slips[0]).toContain('При первом входе система попросит сменить пароль.');
    expect(slips[1]).toContain('Логин: petrova');
    expect(slips[1]).toContain('Ребёнок: Петров Илья');
    expect(slips[1]).not.toContain('sidorova');
  });

  it('keeps a path in the site address but drops a bare trailing slash', () => {
    expect(siteAddress('https://pdo.example/')).toBe('https://pdo.example');
    expect(siteAddress('https://gov.example/pdo/')).toBe('https://gov.example/pdo/');
  });
});

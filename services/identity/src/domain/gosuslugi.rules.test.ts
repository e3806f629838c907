import { displayNameFrom, gosuslugiLogin, gosuslugiSignInExpiry, normalizeSnils, verifiedEmailFrom } from './gosuslugi.rules';

describe('Gosuslugi rules', () => {
  it('keeps a sign-in attempt ten minutes', () => {
    const now = new Date('2026-11-21T12:00:00Z');
    expect(gosuslugiSignInExpiry(now)).toEqual(new Date('2026-11-21T12:10:00Z'));
  });

  it('builds the display name from the name claims', () => {
    expect(displayNameFrom({ sub: 's', family_name: 'Иванова', given_name: 'Мария', middle_name: 'Петровна' })).toBe(
      'Иванова Мария Петровна',
    );
    expect(displayNameFrom({ sub: 's', family_name: ' Иванова ', given_name: 'Мария', middle_name: '' })).toBe('Иванова Мария');
    expect(displayNameFrom({ sub: 's', family_name: 42 })).toBe('Пользователь Госуслуг');
  });

  it('takes only a verified, well-formed e-mail', () => {
    expect(verifiedEmailFrom({ sub: 's', email: 'mama@mail.ru', email_verified: true })).toBe('mama@mail.ru');
    expect(verifiedEmailFrom({ sub: 's', email: 'mama@mail.ru', email_verified: false })).toBeNull();
    expect(verifiedEmailFrom({ sub: 's', email: 'mama', email_verified: true })).toBeNull();
    expect(verifiedEmailFrom({ sub: 's' })).toBeNull();
  });

  it.each([
    ['112-233-445 95', '11223344595'],
    ['11223344595', '11223344595'],
    ['087-654-303 00', '08765430300'],
  ])('accepts SNILS %s with a right check number', (input, expected) => {
    expect(normalizeSnils(input)).toBe(expected);
  });

  it.each([['112-233-445 96'], ['1122334459'], ['abc'], [null], [11223344595]])('rejects SNILS %p', (input) => {
    expect(normalizeSnils(input)).toBeNull();
  });

  it('makes lower-case logins with a prefix', () => {
    expect(gosuslugiLogin('AbC123')).toBe('gu-abc123');
  });
});

import { LOGIN, pupilLoginRefusal } from './pupil-login.rules';

const born = '2011-03-05';
const code = (birthDate: string, childUserId: string | null, today: string) =>
  pupilLoginRefusal({ birthDate, childUserId }, today)?.code ?? null;

describe('a pupil’s own login', () => {
  it('is issued from the 14th birthday, not the day before', () => {
    expect(code(born, null, '2025-03-04')).toBe('PUPIL_TOO_YOUNG');
    expect(code(born, null, '2025-03-05')).toBeNull();
    expect(code(born, null, '2029-03-04')).toBeNull();
  });

  it('is issued once: a pupil with a login is sent to the password reset', () => {
    expect(code(born, '00000000-0000-4000-8000-000000000009', '2026-12-04')).toBe('PUPIL_LOGIN_EXISTS');
    expect(code(born, '00000000-0000-4000-8000-000000000009', '2024-12-04')).toBe('PUPIL_LOGIN_EXISTS');
  });

  it('accepts logins of Latin letters, digits and . _ - @ only, 3 to 100 long', () => {
    for (const good of ['ivanov.a', 'a_b', 'pupil-14@school42', '9abc', 'a'.repeat(100)]) expect(LOGIN.test(good)).toBe(true);
    for (const bad of ['ab', 'Иванов', '.abc', 'with space', 'UPPER', 'a'.repeat(101), 'x;drop', '']) {
      expect(LOGIN.test(bad)).toBe(false);
    }
  });
});

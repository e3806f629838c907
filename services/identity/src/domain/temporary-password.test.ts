import { TEMPORARY_PASSWORD_ALPHABET, temporaryPassword } from './temporary-password';

describe('temporary passwords', () => {
  it('are 12 characters from an alphabet without look-alikes, different each time', () => {
    const passwords = Array.from({ length: 200 }, temporaryPassword);
    for (const p of passwords) expect(p).toMatch(/^[a-km-zA-HJ-NP-Z2-9]{12}$/);
    expect(new Set(passwords).size).toBe(200);
    expect(TEMPORARY_PASSWORD_ALPHABET).not.toMatch(/[0O1lI]/);
    expect(new Set(TEMPORARY_PASSWORD_ALPHABET).size).toBe(TEMPORARY_PASSWORD_ALPHABET.length);
  });

  it('use the whole alphabet', () => {
    const seen = new Set(Array.from({ length: 300 }, temporaryPassword).join(''));
    expect(seen.size).toBe(TEMPORARY_PASSWORD_ALPHABET.length);
  });
});

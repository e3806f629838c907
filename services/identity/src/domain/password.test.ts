import { DECOY_HASH, hashPassword, verifyPassword } from './password';

describe('passwords', () => {
  it('hashes with argon2id and verifies only the right password', async () => {
    const stored = await hashPassword('Кузбасс-2026');
    expect(stored.startsWith('$argon2id$')).toBe(true);
    expect(await verifyPassword(stored, 'Кузбасс-2026')).toBe(true);
    expect(await verifyPassword(stored, 'кузбасс-2026')).toBe(false);
  });

  it('never matches the decoy hash and never throws on garbage', async () => {
    expect(await verifyPassword(DECOY_HASH, '')).toBe(false);
    expect(await verifyPassword('not-a-hash', 'x')).toBe(false);
  });
});

import { apiKeyPrefix, isApiKeyShaped, newApiKey } from './api-key.rules';
import { sha256 } from './secret-token';

describe('provider API keys', () => {
  it('are pdo_ and 32 random bytes in base64url, kept as a 12-character prefix and a SHA-256', () => {
    const { key, prefix, keyHash } = newApiKey();
    expect(key).toMatch(/^pdo_[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(key.slice(4), 'base64url')).toHaveLength(32);
    expect(prefix).toBe(key.slice(0, 12));
    expect(keyHash).toBe(sha256(key));
    expect(newApiKey().key).not.toBe(key);
  });

  it('recognise only well-formed keys', () => {
    const { key } = newApiKey();
    expect(isApiKeyShaped(key)).toBe(true);
    expect(isApiKeyShaped(key.slice(0, -1))).toBe(false);
    expect(isApiKeyShaped(`${key}x`)).toBe(false);
    expect(isApiKeyShaped(`xyz_${key.slice(4)}`)).toBe(false);
    expect(isApiKeyShaped(`${key.slice(0, -1)}+`)).toBe(false);
    expect(apiKeyPrefix('pdo_abcdefghXYZ')).toBe('pdo_abcdefgh');
  });
});

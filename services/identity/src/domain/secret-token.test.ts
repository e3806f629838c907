import fc from 'fast-check';
import { openWith, randomSecret, sameHash, sealWith, sha256 } from './secret-token';

describe('secret tokens', () => {
  it('are 32 random bytes in base64url, different each time', () => {
    const secrets = Array.from({ length: 50 }, randomSecret);
    for (const s of secrets) {
      expect(s).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(Buffer.from(s, 'base64url')).toHaveLength(32);
    }
    expect(new Set(secrets).size).toBe(50);
  });

  it('hash to the SHA-256 hex digest', () => {
    expect(sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('compare hashes exactly: equal only for the same secret, false for malformed input', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(sameHash(sha256(a), sha256(b))).toBe(a === b);
      }),
    );
    expect(sameHash('', '')).toBe(false);
    expect(sameHash(sha256('a'), 'abcd')).toBe(false);
  });

  it('seal a value that only the same secret opens, differently each time, never showing it', () => {
    const [secret, other, value] = [randomSecret(), randomSecret(), randomSecret()];
    const sealed = sealWith(secret, value);
    expect(openWith(secret, sealed)).toBe(value);
    expect(sealed).not.toContain(value);
    expect(sealWith(secret, value)).not.toBe(sealed);
    expect(openWith(other, sealed)).toBeNull();
    expect(openWith(sha256(secret), sealed)).toBeNull();
    const tampered = Buffer.from(sealed, 'base64url');
    tampered[tampered.length - 1] ^= 1;
    expect(openWith(secret, tampered.toString('base64url'))).toBeNull();
    expect(openWith(secret, '')).toBeNull();
    expect(openWith(secret, 'not-a-seal')).toBeNull();
  });
});

import fc from 'fast-check';
import { signDownloadToken, verifyDownloadToken } from './download-token';

const secret = 'a-secret-of-at-least-thirty-two-characters';
const documentId = '0b6f7c1e-8d5a-4f3e-9a2b-1c4d5e6f7a8b';
const now = new Date('2026-09-01T03:00:00Z');
const inFiveMinutes = new Date(now.getTime() + 5 * 60_000);

describe('download tokens', () => {
  it('reads back the document a fresh token names', () => {
    expect(verifyDownloadToken(signDownloadToken(documentId, inFiveMinutes, secret), secret, now)).toEqual({
      ok: true,
      documentId,
      expiresAt: inFiveMinutes,
    });
  });

  it('refuses a token at and after its expiry', () => {
    const token = signDownloadToken(documentId, inFiveMinutes, secret);
    expect(verifyDownloadToken(token, secret, inFiveMinutes)).toEqual({ ok: false, reason: 'expired' });
    expect(verifyDownloadToken(token, secret, new Date(inFiveMinutes.getTime() + 1000))).toEqual({
      ok: false,
      reason: 'expired',
    });
  });

  it('refuses a token signed with another secret, or with its expiry or document changed', () => {
    const token = signDownloadToken(documentId, inFiveMinutes, secret);
    expect(verifyDownloadToken(token, 'another-secret-of-thirty-two-characters', now)).toEqual({ ok: false, reason: 'forged' });
    const [, expiry, mac] = token.split('.');
    const later = String(Number(expiry) + 3600);
    expect(verifyDownloadToken(`${documentId}.${later}.${mac}`, secret, now)).toEqual({ ok: false, reason: 'forged' });
    const other = '11111111-2222-4333-8444-555555555555';
    expect(verifyDownloadToken(`${other}.${expiry}.${mac}`, secret, now)).toEqual({ ok: false, reason: 'forged' });
  });

  it('an expired forgery is refused as forged, not as expired', () => {
    const [, expiry] = signDownloadToken(documentId, inFiveMinutes, secret).split('.');
    expect(verifyDownloadToken(`${documentId}.${expiry}.AAAA`, secret, new Date('2030-01-01'))).toEqual({
      ok: false,
      reason: 'forged',
    });
  });

  it('calls anything that is not three parts of the right shape malformed', () => {
    for (const token of ['', 'abc', `${documentId}.1`, `not-a-uuid.123.mac`, `${documentId}.soon.mac`, `${documentId}.1.2.3`]) {
      expect(verifyDownloadToken(token, secret, now)).toEqual({ ok: false, reason: 'malformed' });
    }
  });

  it('never accepts an arbitrary string', () => {
    fc.assert(fc.property(fc.string(), (token) => !verifyDownloadToken(token, secret, now).ok));
  });
});

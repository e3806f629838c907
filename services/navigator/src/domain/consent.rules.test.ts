import { DomainError } from '@pdo/service-kit/domain';
import { checkConsentTime, CONSENT_VALID_DAYS } from './consent.rules';

const now = new Date('2026-11-21T10:00:00Z');
const at = (ms: number) => new Date(now.getTime() + ms);
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

describe('checkConsentTime', () => {
  it.each([
    ['just now', at(0)],
    ['an hour ago', at(-60 * MINUTE)],
    ['a few minutes ahead (clock skew)', at(4 * MINUTE)],
    ['exactly the oldest allowed', at(-CONSENT_VALID_DAYS * DAY)],
  ])('accepts a consent given %s', (_, givenAt) => expect(() => checkConsentTime(givenAt, now)).not.toThrow());

  it.each([
    ['tomorrow', at(DAY)],
    ['ten minutes ahead', at(10 * MINUTE)],
    ['a day too old', at(-(CONSENT_VALID_DAYS + 1) * DAY)],
  ])('refuses a consent given %s, naming the field', (_, givenAt) => {
    let error: unknown;
    try {
      checkConsentTime(givenAt, now);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'consentGivenAt' });
  });
});

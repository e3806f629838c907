import fc from 'fast-check';
import {
  FAILURE_WINDOW_MS,
  laterRetry,
  MAX_ADDRESS_FAILURES,
  MAX_FAILURES,
  retryAfter,
  tooManyAttemptsMessage,
} from './sign-in-throttle.rules';

const now = new Date('2026-11-21T12:00:00Z');
const minutesAgo = (...minutes: number[]) => minutes.map((m) => new Date(now.getTime() - m * 60_000));

describe('sign-in throttling', () => {
  it('lets four recent failures pass and blocks at five', () => {
    expect(retryAfter(minutesAgo(1, 2, 3, 4), now)).toBeNull();
    expect(retryAfter(minutesAgo(1, 2, 3, 4, 5), now)).toEqual(new Date(now.getTime() + 10 * 60_000));
  });

  it('gives an address thirty failures', () => {
    const failures = Array.from({ length: MAX_ADDRESS_FAILURES }, (_, i) => minutesAgo(i / 10 + 1)[0]);
    expect(retryAfter(failures.slice(1), now, MAX_ADDRESS_FAILURES)).toBeNull();
    expect(retryAfter(failures, now, MAX_ADDRESS_FAILURES)).toEqual(new Date(now.getTime() + (15 - 3.9) * 60_000));
  });

  it('waits for the later of the login and the address', () => {
    const [soon, late] = [new Date(now.getTime() + 1000), new Date(now.getTime() + 2000)];
    expect(laterRetry(null, null)).toBeNull();
    expect(laterRetry(soon, null)).toBe(soon);
    expect(laterRetry(null, late)).toBe(late);
    expect(laterRetry(soon, late)).toBe(late);
    expect(laterRetry(late, soon)).toBe(late);
  });

  it('forgets failures older than 15 minutes', () => {
    expect(retryAfter(minutesAgo(1, 2, 3, 4, 15, 16, 30), now)).toBeNull();
  });

  it('with more than five failures waits until only four remain in the window', () => {
    expect(retryAfter(minutesAgo(1, 2, 3, 4, 5, 6, 14), now)).toEqual(new Date(now.getTime() + 10 * 60_000));
  });

  it('blocks exactly while five failures fall within the window', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 40 * 60_000 }), { maxLength: 12 }), (ago) => {
        const failures = ago.map((ms) => new Date(now.getTime() - ms));
        const inWindow = ago.filter((ms) => ms < FAILURE_WINDOW_MS).length;
        const retryAt = retryAfter(failures, now);
        expect(retryAt !== null).toBe(inWindow >= MAX_FAILURES);
        if (retryAt) {
          expect(retryAt.getTime()).toBeGreaterThan(now.getTime());
          expect(retryAfter(failures, retryAt)).toBeNull();
        }
      }),
    );
  });

  it('tells the parent in whole minutes, rounded up, when to retry', () => {
    expect(tooManyAttemptsMessage(new Date(now.getTime() + 9 * 60_000 + 1), now)).toBe(
      'Слишком много неудачных попыток входа. Повторите через 10 мин.',
    );
    expect(tooManyAttemptsMessage(new Date(now.getTime() + 1_000), now)).toMatch(/через 1 мин\.$/);
  });
});

import fc from 'fast-check';
import { nextAttemptAt, type RetryPolicy } from './delivery-retry';

const policy: RetryPolicy = { maxAttempts: 4, initialDelayMs: 1000, maxDelayMs: 5000 };
const now = new Date('2026-09-01T03:00:00Z');
const delayAfter = (attempts: number) => (nextAttemptAt(attempts, policy, now)?.getTime() ?? NaN) - now.getTime();

describe('nextAttemptAt', () => {
  it('waits the initial delay after the first failure, doubling after each next one, capped', () => {
    expect([1, 2, 3].map(delayAfter)).toEqual([1000, 2000, 4000]);
    expect(delayAfter(3)).toBeLessThanOrEqual(policy.maxDelayMs);
  });

  it('gives up once the last allowed try failed', () => {
    expect(nextAttemptAt(4, policy, now)).toBeNull();
    expect(nextAttemptAt(5, policy, now)).toBeNull();
  });

  it('never schedules a retry in the past or beyond the cap', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1, max: 60_000 }), (attempts, initialDelayMs) => {
        const wide: RetryPolicy = { maxAttempts: 100, initialDelayMs, maxDelayMs: 600_000 };
        const at = nextAttemptAt(attempts, wide, now);
        expect(at).not.toBeNull();
        const delay = (at as Date).getTime() - now.getTime();
        expect(delay).toBeGreaterThanOrEqual(Math.min(initialDelayMs, wide.maxDelayMs));
        expect(delay).toBeLessThanOrEqual(wide.maxDelayMs);
      }),
    );
  });
});

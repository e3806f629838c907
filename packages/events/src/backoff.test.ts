import fc from 'fast-check';
import { backoffDelay, createWakeup } from './backoff';

describe('backoffDelay', () => {
  it('waits the initial delay after the first failure and doubles after each next one', () => {
    expect([1, 2, 3, 4, 5].map((failures) => backoffDelay(failures, 100))).toEqual([100, 200, 400, 800, 1600]);
  });

  it('never exceeds the ceiling and never decreases', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 200 }),
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 1, max: 600_000 }),
        (failures, initial, max) => {
          const delay = backoffDelay(failures, initial, max);
          expect(delay).toBeLessThanOrEqual(max);
          expect(backoffDelay(failures + 1, initial, max)).toBeGreaterThanOrEqual(delay);
        },
      ),
    );
  });

  it('rejects a failure count that is not a positive integer', () => {
    expect(() => backoffDelay(0, 100)).toThrow(RangeError);
    expect(() => backoffDelay(1.5, 100)).toThrow(RangeError);
  });
});

describe('createWakeup', () => {
  it('ends a sleep early when woken', async () => {
    const wakeup = createWakeup();
    const started = Date.now();
    const sleeping = wakeup.sleep(10_000);
    wakeup.wake();
    await sleeping;
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('keeps a wake-up that came while nobody slept for the next sleep, once', async () => {
    const wakeup = createWakeup();
    wakeup.wake();
    const started = Date.now();
    await wakeup.sleep(10_000);
    expect(Date.now() - started).toBeLessThan(1000);
    await wakeup.sleep(50);
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
  });
});

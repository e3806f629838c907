import { lagAfter } from './event.metrics';
import { pendingCount } from '../dead-letter/dead-letter.pending';

describe('lagAfter', () => {
  it('is what remains after the handled offset, up to the high watermark', () => {
    expect(lagAfter('10', '4')).toBe(5);
    expect(lagAfter('10', '9')).toBe(0);
    // offsets past 2^53 still subtract exactly
    expect(lagAfter('9007199254741000', '9007199254740990')).toBe(9);
  });

  it('is never negative, even when the watermark the batch saw is stale', () => {
    expect(lagAfter('5', '7')).toBe(0);
  });
});

describe('pendingCount', () => {
  it('adds up the letters waiting in every partition', () => {
    expect(pendingCount(new Map())).toBe(0);
    expect(
      pendingCount(
        new Map([
          [0, { from: 3n, end: 5n }],
          [4, { from: 0n, end: 1n }],
        ]),
      ),
    ).toBe(3);
  });
});

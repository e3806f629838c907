import fc from 'fast-check';
import { decodeQueueCursor, encodeQueueCursor } from './queue-cursor';

describe('queue cursor', () => {
  it('round-trips any position (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 4_102_444_800_000_000n }), fc.uuid(), (micros, id) => {
        const position = { createdAtMicros: String(micros), id };
        expect(decodeQueueCursor(encodeQueueCursor(position))).toEqual(position);
      }),
    );
  });

  it('refuses what it did not give out', () => {
    for (const text of [
      '',
      'garbage',
      '1763740800000000',
      'yesterday|a3bb189e-8bf9-3888-9912-ace4e6543002',
      '-1|a3bb189e-8bf9-3888-9912-ace4e6543002',
      '1763740800000000|not-a-uuid',
      '1763740800000000|a3bb189e-8bf9-3888-9912-ace4e6543002|x',
    ]) {
      expect(decodeQueueCursor(Buffer.from(text).toString('base64url'))).toBeNull();
    }
  });
});

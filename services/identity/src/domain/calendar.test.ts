import fc from 'fast-check';
import { isIsoDate } from './calendar';

const isoDate = fc
  .date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('calendar', () => {
  it('accepts real dates only', () => {
    expect(isIsoDate('2016-02-29')).toBe(true);
    for (const bad of [
      '2015-02-29',
      '2016-13-01',
      '2016-00-10',
      '2016-04-31',
      '16-04-01',
      '2016-4-1',
      '01.04.2016',
      '',
      '1899-12-31',
    ]) {
      expect(isIsoDate(bad)).toBe(false);
    }
    fc.assert(fc.property(isoDate, (d) => expect(isIsoDate(d)).toBe(true)));
  });
});

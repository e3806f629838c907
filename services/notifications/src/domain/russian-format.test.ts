import fc from 'fast-check';
import { formatRubles, municipalityName, russianDate, russianMonth, russianWeekdays } from './russian-format';

describe('Russian formats', () => {
  it('writes kopecks as roubles with spaces between thousands and a decimal comma', () => {
    expect(formatRubles(0)).toBe('0,00 руб.');
    expect(formatRubles(5)).toBe('0,05 руб.');
    expect(formatRubles(120_000)).toBe('1 200,00 руб.');
    expect(formatRubles(1_160_900_07)).toBe('1 160 900,07 руб.');
    expect(() => formatRubles(1.5)).toThrow(RangeError);
  });

  it('reads back to the same kopecks for any amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (kopecks) => {
        const digits = formatRubles(kopecks).replace(/[ ,]|руб\./g, '');
        return BigInt(digits) === BigInt(kopecks);
      }),
    );
  });

  it('writes dates, months and days of the week as people read them', () => {
    expect(russianDate('2026-09-01')).toBe('01.09.2026');
    expect(russianDate('2026-09-01T03:00:00.000Z')).toBe('01.09.2026');
    expect(russianMonth('2026-09')).toBe('сентябрь 2026');
    expect(russianMonth('2027-01')).toBe('январь 2027');
    expect(russianWeekdays([1, 3, 7])).toBe('пн, ср, вс');
  });

  it('names a municipality by its code, and shows an unknown code rather than nothing', () => {
    expect(municipalityName('07')).toBe('г. Киселевск');
    expect(municipalityName('01')).toBe('г. Кемерово');
    expect(municipalityName('99')).toBe('муниципалитет 99');
  });
});

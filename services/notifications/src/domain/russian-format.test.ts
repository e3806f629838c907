import fc from 'fast-check';
import { formatRubles, lastDayOfMonth, municipalityName, russianDate, russianMonth, russianWeekdays } from './russian-format';

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

describe('lastDayOfMonth', () => {
  it('knows short months and leap years', () => {
    expect(lastDayOfMonth('2026-11-17')).toBe('2026-11-30');
    expect(lastDayOfMonth('2026-12-01')).toBe('2026-12-31');
    expect(lastDayOfMonth('2027-02-28')).toBe('2027-02-28');
    expect(lastDayOfMonth('2028-02-03')).toBe('2028-02-29');
  });

  it('is in the same month, on or after the day, and the next day is the first of a month', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }), (date) => {
        const day = date.toISOString().slice(0, 10);
        const last = lastDayOfMonth(day);
        expect(last.slice(0, 7)).toBe(day.slice(0, 7));
        expect(last >= day).toBe(true);
        expect(new Date(Date.parse(last) + 86_400_000).toISOString().slice(8, 10)).toBe('01');
      }),
    );
  });
});

import fc from 'fast-check';
import {
  ageOn,
  formatCount,
  formatDate,
  formatDateLong,
  formatDays,
  formatKopecks,
  parseRubles,
  placeOf,
  rublesInputOf,
} from './format';

describe('amounts and counts as a person reads them', () => {
  // Intl groups thousands and parts the sign with no-break spaces, so a sum never breaks across lines
  it.each([
    [160050, '1 600,50 ₽'],
    [5804500000, '58 045 000,00 ₽'],
    [0, '0,00 ₽'],
  ])('writes %i kopecks as «%s»', (kopecks, text) => {
    expect(formatKopecks(kopecks)).toBe(text.replace(/ /g, '\u00a0'));
  });

  it('groups a count’s thousands: «5 000»', () => {
    expect(formatCount(5000)).toBe('5\u00a0000');
    expect(formatCount(12)).toBe('12');
  });
});

describe('amounts typed in rubles', () => {
  it('reads back every amount it writes, to the kopeck', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000_00 }), (kopecks) => {
        expect(parseRubles(rublesInputOf(kopecks))).toBe(kopecks);
      }),
    );
  });

  it.each([
    ['1 600,50', 160050],
    ['1600.5', 160050],
    ['1 500', 150000],
    ['0,01', 1],
    [' 12 ', 1200],
  ])('reads «%s» as %i kopecks', (text, kopecks) => {
    expect(parseRubles(text)).toBe(kopecks);
  });

  it.each(['', ',50', '1,234', '-100', '1e3', '12 руб.', '1,5,0', 'NaN', 'Infinity', '0x10'])(
    'refuses «%s», which is not an amount',
    (text) => {
      expect(parseRubles(text)).toBeNull();
    },
  );

  it('never turns text into a fraction of a kopeck', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const kopecks = parseRubles(text);
        if (kopecks !== null) expect(Number.isInteger(kopecks) && kopecks >= 0).toBe(true);
      }),
    );
  });
});

describe('places, dates and days', () => {
  it('names the municipality once', () => {
    expect(placeOf('г. Киселевск', 'г. Киселевск, ул. Ленина, 1')).toBe('г. Киселевск, ул. Ленина, 1');
    expect(placeOf('г. Киселевск', 'ул. Ленина, 1')).toBe('г. Киселевск, ул. Ленина, 1');
    expect(placeOf(undefined, 'ул. Ленина, 1')).toBe('ул. Ленина, 1');
  });

  it('prints dates and instants day first', () => {
    expect(formatDate('2026-09-01')).toBe('01.09.2026');
    expect(formatDate('2026-09-01T10:00:00.000Z')).toBe('01.09.2026');
    expect(formatDateLong('2016-02-11')).toBe('11 февраля 2016 г.');
    expect(formatDateLong('2016-11-02')).toBe('2 ноября 2016 г.');
  });

  it('prints the days of the week Monday first', () => {
    expect(formatDays([2, 4])).toBe('вт, чт');
    expect(formatDays([7])).toBe('вс');
  });

  it('counts a birthday from its own day, not the day before', () => {
    expect(ageOn('2012-03-15', new Date(2026, 2, 14))).toBe(13);
    expect(ageOn('2012-03-15', new Date(2026, 2, 15))).toBe(14);
    expect(ageOn('2012-03-15', new Date(2026, 11, 31))).toBe(14);
  });
});

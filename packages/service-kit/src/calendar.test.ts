import fc from 'fast-check';
import { ageOn, birthdayAt, kuzbassDate } from './calendar';

describe('ageOn', () => {
  it('adds a year on the birthday, not the day before', () => {
    expect(ageOn('2015-06-11', '2020-06-10')).toBe(4);
    expect(ageOn('2015-06-11', '2020-06-11')).toBe(5);
    expect(ageOn('2015-06-11', '2020-06-12')).toBe(5);
  });

  it('compares the month before the day', () => {
    expect(ageOn('2015-12-01', '2020-11-30')).toBe(4);
    expect(ageOn('2015-01-31', '2020-02-01')).toBe(5);
  });

  it('is zero on the day of birth', () => {
    expect(ageOn('2024-03-01', '2024-03-01')).toBe(0);
  });

  it('lets a child born on 29 February turn older on 28 February of a common year', () => {
    expect(ageOn('2012-02-29', '2017-02-27')).toBe(4);
    expect(ageOn('2012-02-29', '2017-02-28')).toBe(5);
    expect(ageOn('2012-02-29', '2017-03-01')).toBe(5);
  });

  it('lets a child born on 29 February turn older on 29 February of a leap year', () => {
    expect(ageOn('2012-02-29', '2016-02-28')).toBe(3);
    expect(ageOn('2012-02-29', '2016-02-29')).toBe(4);
    expect(ageOn('2000-02-29', '2100-02-28')).toBe(100); // 2100 is not a leap year
  });

  it('puts the birthday of a child born on 29 February on 28 February of a common year', () => {
    expect(birthdayAt('2012-02-29', 14)).toBe('2026-02-28');
    expect(birthdayAt('2012-02-29', 4)).toBe('2016-02-29');
    expect(birthdayAt('2012-05-10', 14)).toBe('2026-05-10');
  });

  it('leaves a child born on 28 February unaffected by leap years', () => {
    expect(ageOn('2012-02-28', '2016-02-28')).toBe(4);
    expect(ageOn('2012-02-28', '2016-02-27')).toBe(3);
  });

  it('rejects dates that do not exist and a day before the birth', () => {
    expect(() => ageOn('2017-02-29', '2020-01-01')).toThrow(RangeError);
    expect(() => ageOn('2015-13-01', '2020-01-01')).toThrow(RangeError);
    expect(() => ageOn('15-06-2015', '2020-01-01')).toThrow(RangeError);
    expect(() => ageOn('2015-06-11', '2015-06-10')).toThrow(RangeError);
  });

  it('grows by exactly one on each birthday (property)', () => {
    const day = fc
      .date({ min: new Date('1990-01-01'), max: new Date('2060-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 40 }), (birth, years) => {
        const year = Number(birth.slice(0, 4)) + years;
        const anniversary = `${year}${birth.slice(4)}`;
        if (birth.slice(5) === '02-29') return; // covered by the leap-day cases above
        expect(ageOn(birth, anniversary)).toBe(years);
        const dayBefore = new Date(`${anniversary}T00:00:00Z`);
        dayBefore.setUTCDate(dayBefore.getUTCDate() - 1);
        expect(ageOn(birth, dayBefore.toISOString().slice(0, 10))).toBe(years - 1);
      }),
    );
  });
});

describe('birthdayAt and ageOn together', () => {
  const isoDate = fc
    .date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));

  it('turns n years old exactly on the n-th birthday, leap-day children included', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: 0, max: 60 }), (birth, years) => {
        const birthday = birthdayAt(birth, years);
        expect(ageOn(birth, birthday)).toBe(years);
        const dayBefore = new Date(Date.parse(birthday) - 86_400_000).toISOString().slice(0, 10);
        if (years > 0) expect(ageOn(birth, dayBefore)).toBe(years - 1);
      }),
    );
  });

  it('never decreases as time passes', () => {
    fc.assert(
      fc.property(isoDate, isoDate, isoDate, (birth, a, b) => {
        const [earlier, later] = a <= b ? [a, b] : [b, a];
        fc.pre(earlier >= birth);
        expect(ageOn(birth, later)).toBeGreaterThanOrEqual(ageOn(birth, earlier));
      }),
    );
  });
});

describe('kuzbassDate', () => {
  it('takes the date in Novokuznetsk (UTC+7), not in UTC', () => {
    expect(kuzbassDate(new Date('2026-06-10T16:59:59Z'))).toBe('2026-06-10');
    expect(kuzbassDate(new Date('2026-06-10T17:00:00Z'))).toBe('2026-06-11');
  });
});

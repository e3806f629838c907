import fc from 'fast-check';
import { ageOn } from '@pdo/service-kit/domain';
import { ADULT_AGE, adulthoodCutoff } from './coming-of-age';

describe('adulthoodCutoff', () => {
  it('is the same day 18 years back', () => {
    expect(adulthoodCutoff('2026-11-21')).toBe('2008-11-21');
    expect(adulthoodCutoff('2026-01-01')).toBe('2008-01-01');
    expect(adulthoodCutoff('2026-12-31')).toBe('2008-12-31');
  });

  it('lets a child born on 29 February come of age on 28 February of a common year', () => {
    expect(adulthoodCutoff('2026-02-27')).toBe('2008-02-27');
    expect(adulthoodCutoff('2026-02-28')).toBe('2008-02-29');
    expect(adulthoodCutoff('2026-03-01')).toBe('2008-03-01');
  });

  it('takes 28 February back when 29 February has no counterpart 18 years earlier', () => {
    expect(adulthoodCutoff('2028-02-28')).toBe('2010-02-28');
    expect(adulthoodCutoff('2028-02-29')).toBe('2010-02-28');
  });

  it('agrees with ageOn for every birth date and day (property)', () => {
    const day = fc
      .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2060-12-31T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, (a, b) => {
        const [birth, today] = a <= b ? [a, b] : [b, a];
        expect(ageOn(birth, today) >= ADULT_AGE).toBe(birth <= adulthoodCutoff(today));
      }),
      { numRuns: 5000 },
    );
  });

  it('agrees with ageOn around every 29 February (property)', () => {
    const leapDay = fc
      .integer({ min: 1992, max: 2060 })
      .filter((y) => y % 4 === 0)
      .map((y) => `${y}-02-29`);
    const nearby = fc.integer({ min: -3, max: 3 });
    fc.assert(
      fc.property(leapDay, nearby, fc.integer({ min: 17, max: 19 }), nearby, (birthAnchor, shift, years, todayShift) => {
        const birth = new Date(Date.parse(`${birthAnchor.slice(0, 4)}-02-28T00:00:00Z`) + shift * 86_400_000)
          .toISOString()
          .slice(0, 10);
        const today = new Date(Date.UTC(Number(birthAnchor.slice(0, 4)) + years, 1, 28 + todayShift)).toISOString().slice(0, 10);
        if (birth > today) return;
        expect(ageOn(birth, today) >= ADULT_AGE).toBe(birth <= adulthoodCutoff(today));
      }),
    );
  });
});
